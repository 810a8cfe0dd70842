#include "core/interchange/JsonSnapshot.h"

#include "core/report/NoticeSnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cchc::interchange {

QJsonValue noticeSnapshotJson(const std::optional<report::NoticeSnapshot> &snapshot)
{
    if (!snapshot)
        return QJsonValue(QJsonValue::Null);
    // The content as base64: the digest is over exactly these bytes.
    return QJsonObject{{QLatin1String("id"), snapshot->id},
                       {QLatin1String("content"), QString::fromLatin1(snapshot->content.toBase64())},
                       {QLatin1String("sha256"), snapshot->sha256},
                       {QLatin1String("madeAt"), snapshot->madeAt},
                       {QLatin1String("afterTheFact"), snapshot->afterTheFact},
                       {QLatin1String("modifiedAt"), snapshot->madeAt}};
}

report::NoticeSnapshot readNoticeSnapshot(const detail::Fields &f, const QString &id)
{
    report::NoticeSnapshot snapshot;
    snapshot.id = id;
    const auto decoded =
        QByteArray::fromBase64Encoding(f.text("content", detail::Fields::Need::Required).toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        f.fail("content", QCoreApplication::translate("cchc::JsonImport", "is not valid base64"));
    snapshot.content = decoded.decoded;
    snapshot.sha256 = f.text("sha256", detail::Fields::Need::Required);
    snapshot.madeAt = f.timestamp("madeAt");
    snapshot.afterTheFact = f.boolean("afterTheFact");
    f.timestamp(); // written as madeAt: a snapshot is never modified
    if (!decoded || snapshot.sha256.isEmpty())
        return snapshot;
    if (report::sha256Hex(snapshot.content) != snapshot.sha256) {
        f.fail("sha256", QCoreApplication::translate(
                             "cchc::JsonImport",
                             "the snapshot of the issued notice does not match its SHA-256 "
                             "digest %1: its content was changed after it was made, so it is "
                             "not imported")
                             .arg(snapshot.sha256));
    } else if (!report::documentFromSnapshot(snapshot.content)) {
        f.fail("content",
               QCoreApplication::translate("cchc::JsonImport", "is not the snapshot of a notice"));
    }
    return snapshot;
}

} // namespace cchc::interchange
