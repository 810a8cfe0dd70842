#include "core/storage/FileCopy.h"

#include "core/storage/InspectionFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace cchc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::FileCopy)
};
} // namespace

Status copyInspectionFile(InspectionFile &file, const QString &target)
{
    const QString native = QDir::toNativeSeparators(target);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(file.path()).absoluteFilePath())
        return Error{
            Tr::tr("“%1” is the open file; choose another name for the copy.").arg(native)};
    // VACUUM INTO refuses an existing file: write beside it, then swap, so a failed copy
    // never destroys an earlier one.
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    QSqlQuery query(file.database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return Error{
            Tr::tr("The copy “%1” could not be written: %2").arg(native, query.lastError().text())};
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(temporary);
        return Error{Tr::tr("“%1” could not be replaced.").arg(native)};
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Error{Tr::tr("The copy “%1” could not be written.").arg(native)};
    }
    return {};
}

namespace storage {

namespace {

QByteArray contentHash(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

} // namespace

QString existingIdenticalCopy(const QString &path, const QString &stem)
{
    const qint64 size = QFileInfo(path).size();
    QByteArray original;
    QString candidate = stem + QStringLiteral(".cchc");
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        if (QFileInfo(candidate).size() == size) {
            if (original.isEmpty())
                original = contentHash(path);
            if (!original.isEmpty() && contentHash(candidate) == original)
                return candidate;
        }
        candidate = stem + QStringLiteral("-%1.cchc").arg(n);
    }
    return {};
}

} // namespace storage

} // namespace cchc
