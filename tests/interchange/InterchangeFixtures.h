#pragma once

#include "core/builtin/DemoFile.h"
#include "core/common/Clock.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "core/storage/InspectionFile.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace cchc::test {

// Pins the clock for a test, so exports are comparable byte for byte.
struct PinnedClock
{
    explicit PinnedClock(const QDateTime &time = QDateTime(QDate(2022, 6, 1), QTime(9, 0), Qt::UTC))
    {
        Clock::setOverride([time] { return time; });
    }
    ~PinnedClock() { Clock::setOverride({}); }
};

// The report data of schema version 3, edited through ReportStore as the team would:
// settings, two number series, and two edited notice paragraphs of `roundId` (one whose
// key the drafter no longer writes: an edit that must survive all the same).
inline void addReportData(InspectionFile &file, const QString &roundId)
{
    report::ReportStore store(file);
    report::ReportSettings settings;
    settings.governingBody = QStringLiteral("UBND HUYỆN CẨM XUYÊN");
    settings.issuerSymbol = QStringLiteral("ĐKT-CX");
    settings.recipients = {QStringLiteral("UBND huyện (để b/c);"), QStringLiteral("Lưu: VT.")};
    REQUIRE(store.saveSettings(settings).ok());
    REQUIRE(store.setNextNumber(QStringLiteral("ĐKT-CX"), 2022, 6).ok());
    REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2021, 14).ok());
    REQUIRE(store
                .saveParagraph(roundId, QStringLiteral("closing"),
                               QStringLiteral("Trên đây là thông báo kết quả kiểm tra."),
                               QStringLiteral("Trên đây là thông báo kết quả kiểm tra CCHC "
                                              "năm 2022 của Đoàn."))
                .ok());
    REQUIRE(store
                .saveParagraph(roundId, QStringLiteral("retired-key"), QStringLiteral("Bản cũ."),
                               QStringLiteral("Đoạn nhóm đã viết lại, \"giữ nguyên\"\n"
                                              "cả xuống dòng."))
                .ok());
}

// The demo file plus what it lacks for an interchange test: evidence with binary content
// (every byte value), a document reference, corrective actions with and without a
// criterion, and report data (addReportData) in the first round.
inline std::unique_ptr<InspectionFile> makeRichDemo(const QString &path)
{
    REQUIRE(writeDemoFile(path).ok());
    auto opened = InspectionFile::open(path);
    REQUIRE(opened.ok());
    std::unique_ptr<InspectionFile> file = std::move(*opened);
    auto rounds = file->rounds();
    REQUIRE(rounds.ok());
    auto round = file->loadRound(rounds->at(0).id);
    REQUIRE(round.ok());
    const QString roundUnitId = round->units.at(1).id;
    // The fourth criterion of the checklist: "assessments[3]" in the JSON, which follows
    // the checklist order.
    auto checklist = file->loadTemplate(round->templateId);
    REQUIRE(checklist.ok());
    QStringList criterionIds;
    for (const CriteriaGroup &group : checklist->groups) {
        for (const Criterion &criterion : group.criteria)
            criterionIds.append(criterion.id);
    }
    const QString criterionId = criterionIds.at(3);
    auto assessments = file->assessments(roundUnitId);
    REQUIRE(assessments.ok());
    Assessment assessment;
    for (const Assessment &candidate : *assessments) {
        if (candidate.criterionId == criterionId)
            assessment = candidate;
    }
    REQUIRE_FALSE(assessment.id.isEmpty());

    QByteArray bytes;
    for (int i = 0; i < 512; ++i)
        bytes.append(char(i % 256));
    Evidence photo;
    photo.kind = EvidenceKind::AttachedFile;
    photo.fileName = QStringLiteral("ảnh-bảng-chấm-công.jpg");
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.description = QStringLiteral("Bảng chấm công tháng 5");
    REQUIRE(file->addEvidence(assessment.id, photo, bytes).ok());
    Evidence document;
    document.documentNumber = QStringLiteral("15/KH-TTYT");
    document.description = QStringLiteral("Kế hoạch CCHC năm 2022");
    REQUIRE(file->addEvidence(assessment.id, document).ok());

    CorrectiveAction tied;
    tied.roundUnitId = roundUnitId;
    tied.criterionId = assessment.criterionId;
    tied.description = QStringLiteral("Cập nhật quy chế làm việc");
    tied.deadline = QDate(2022, 7, 30);
    REQUIRE(file->saveCorrectiveAction(tied).ok());
    CorrectiveAction general;
    general.roundUnitId = roundUnitId;
    general.description = QStringLiteral("Báo cáo kết quả khắc phục về Phòng Nội vụ");
    general.status = ActionStatus::Done;
    general.completedOn = QDate(2022, 8, 15);
    REQUIRE(file->saveCorrectiveAction(general).ok());
    addReportData(*file, round->id);
    return file;
}

// Sets (or with `remove`, deletes) the value at "rounds.0.units.3.result" in a JSON tree.
inline QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value,
                            bool remove = false)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (index == array.size()) // one past the end appends
            array.append(QJsonValue());
        array[index] = path.isEmpty() ? value : withValue(array.at(index), path, value, remove);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && remove)
        object.remove(key);
    else
        object[key] = path.isEmpty() ? value : withValue(object.value(key), path, value, remove);
    return object;
}

inline QByteArray edited(const QByteArray &json, const QString &path, const QJsonValue &value,
                         bool remove = false)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(withValue(root, path.split(QLatin1Char('.')), value, remove).toObject())
        .toJson();
}

inline QJsonValue valueAt(const QByteArray &json, const QString &path)
{
    QJsonValue node = QJsonDocument::fromJson(json).object();
    for (const QString &key : path.split(QLatin1Char('.')))
        node = node.isArray() ? node.toArray().at(key.toInt()) : node.toObject().value(key);
    return node;
}

} // namespace cchc::test
