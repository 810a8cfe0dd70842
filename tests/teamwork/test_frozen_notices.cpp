// Issued means frozen: an issued notice keeps a snapshot of what it printed, every export
// prints it again whatever changed since, its SHA-256 is in the PDF, and results of its
// round change only with a reason that the history keeps.
#include "tests/teamwork/TeamworkFixtures.h"

#include "core/builtin/DemoFile.h"
#include "core/common/Clock.h"
#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"
#include "core/report/DocxOutput.h"
#include "core/report/NoticeSnapshot.h"
#include "tests/report/PdfProbe.h"
#include "core/report/Reports.h"
#include "core/storage/Migrations.h"
#include "core/storage/ReportStore.h"
#include "core/teamwork/EditHistory.h"
#include "core/teamwork/FrozenGuards.h"
#include "core/teamwork/FrozenRounds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

using namespace cchc;
using namespace cchc::test;

namespace {

const teamwork::Editor kLan{QStringLiteral("Nguyễn Thị Lan"),
                            QStringLiteral("11111111-1111-4111-8111-111111111111")};

// The demo file with its notice issued as 01/TB-ĐKT on 30/5/2022.
struct IssuedDemo
{
    IssuedDemo()
    {
        REQUIRE(writeDemoFile(path).ok());
        file = openFile(path);
        auto rounds = file->rounds();
        REQUIRE(rounds.ok());
        roundId = rounds->at(0).id;
        auto issued = report::issueNotice(*file, roundId, QDate(2022, 5, 30));
        REQUIRE(issued.ok());
        notice = *issued;
    }
    // A criterion not met with a finding: the notice names it, so changing it changes the draft.
    Assessment notMet() const
    {
        auto all = file->roundAssessments(roundId);
        REQUIRE(all.ok());
        for (const auto &list : *all)
            for (const Assessment &assessment : list)
                if (assessment.result == AssessmentResult::NotMet && !assessment.finding.isEmpty())
                    return assessment;
        FAIL("the demo has unmet criteria");
        return {};
    }
    QString exportPdf(const QString &name) const
    {
        report::ReportRequest request;
        request.roundId = roundId;
        auto document = report::buildReport(*file, request);
        REQUIRE(document.ok());
        const QString out = dir.path(name);
        REQUIRE(report::writeReport(*document, out).ok());
        return out;
    }
    QString draftedText() const
    {
        auto draft = report::loadNoticeDraft(*file, roundId);
        REQUIRE(draft.ok());
        QString text;
        for (const auto &paragraph : draft->paragraphs)
            text += paragraph.paragraph.text + QLatin1Char('\n');
        return text;
    }
    teamwork::EditorScope lan{kLan};
    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.cchc"));
    std::unique_ptr<InspectionFile> file;
    QString roundId;
    report::IssuedNotice notice;
};

int storedAssessmentResult(const InspectionFile &file, const QString &id)
{
    return storedValue(file, QStringLiteral("SELECT result FROM assessments WHERE id = '%1'").arg(id))
        .toInt();
}

QString snapshotDigest(const InspectionFile &file)
{
    return storedValue(file, QStringLiteral("SELECT sha256 FROM notice_snapshots")).toString();
}

// The JSON with its first round's snapshot object changed by `change`.
QByteArray withSnapshot(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray rounds = root.value(QStringLiteral("rounds")).toArray();
    QJsonObject round = rounds.at(0).toObject();
    QJsonObject snapshot = round.value(QStringLiteral("noticeSnapshot")).toObject();
    change(snapshot);
    round.insert(QStringLiteral("noticeSnapshot"), snapshot);
    rounds.replace(0, round);
    root.insert(QStringLiteral("rounds"), rounds);
    return QJsonDocument(root).toJson();
}

int roundCount(const InspectionFile &file)
{
    return storedValue(file, QStringLiteral("SELECT COUNT(*) FROM rounds")).toInt();
}

} // namespace

TEST_CASE("An issued notice's snapshot travels with JSON: the same bytes back, its digest "
          "checked on the way",
          "[teamwork][frozen][interchange]")
{
    IssuedDemo demo;
    Clock::setOverride([] { return QDateTime(QDate(2022, 6, 1), QTime(9, 0), Qt::UTC); });
    const auto unpin = qScopeGuard([] { Clock::setOverride({}); });
    auto first = interchange::exportFileJson(*demo.file);
    REQUIRE(first.ok());
    CHECK(first->contains("\"formatVersion\": 5"));
    auto original = report::ReportStore(*demo.file).noticeSnapshot(demo.roundId);
    REQUIRE(original.ok());
    REQUIRE(*original);

    auto copy = InspectionFile::create(demo.dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(copy.ok());
    REQUIRE(interchange::importJson(**copy, *first).ok());
    auto second = interchange::exportFileJson(**copy);
    REQUIRE(second.ok());
    CHECK(*second == *first);
    auto copied = report::ReportStore(**copy).noticeSnapshot(demo.roundId);
    REQUIRE(copied.ok());
    REQUIRE(*copied);
    CHECK((*copied)->id == (*original)->id);
    CHECK((*copied)->content == (*original)->content);
    CHECK((*copied)->madeAt == (*original)->madeAt);
    CHECK_FALSE((*copied)->afterTheFact);
    auto check = teamwork::checkFrozenRounds(**copy);
    REQUIRE(check.ok());
    CHECK(check->problems.isEmpty());
    CHECK(check->notes.join(QLatin1Char('\n')).contains((*original)->sha256 + QStringLiteral(": khớp")));
    // The copy prints what was issued, with the same digest in its footer.
    report::ReportRequest request;
    request.roundId = demo.roundId;
    auto printed = report::buildReport(**copy, request);
    REQUIRE(printed.ok());
    CHECK(printed->footer.contains((*original)->sha256.left(12)));
    // A second import keeps the snapshot the file has: written once.
    auto again = interchange::importJson(**copy, withSnapshot(*first, [](QJsonObject &s) {
        s.insert(QStringLiteral("modifiedAt"), QStringLiteral("2030-01-01T00:00:00.000Z"));
    }));
    REQUIRE(again.ok());
    CHECK(again->replaced == 0);

    // A snapshot changed on the way is refused, and the refused import writes nothing.
    auto fresh = InspectionFile::create(demo.dir.path(QStringLiteral("fresh.cchc")));
    REQUIRE(fresh.ok());
    const QByteArray tampered = withSnapshot(*first, [&](QJsonObject &s) {
        s.insert(QStringLiteral("content"),
                 QString::fromLatin1(((*original)->content + ' ').toBase64()));
    });
    auto refused = interchange::importJson(**fresh, tampered);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(refused.error().startsWith(QStringLiteral("rounds[0].noticeSnapshot.sha256: ")));
    CHECK(refused.error().contains(QStringLiteral("không khớp")));
    CHECK(roundCount(**fresh) == 0);
    CHECK(storedValue(**fresh, QStringLiteral("SELECT COUNT(*) FROM units")).toInt() == 0);
    // A snapshot without the notice it belongs to is refused too.
    QJsonObject root = QJsonDocument::fromJson(*first).object();
    QJsonArray rounds = root.value(QStringLiteral("rounds")).toArray();
    QJsonObject round = rounds.at(0).toObject();
    round.insert(QStringLiteral("issuedNotice"), QJsonValue::Null);
    rounds.replace(0, round);
    root.insert(QStringLiteral("rounds"), rounds);
    CHECK_FALSE(interchange::importJson(**fresh, QJsonDocument(root).toJson()).ok());
    CHECK(roundCount(**fresh) == 0);

    // A version 4 document has no snapshot: it still imports, issued without one.
    round.insert(QStringLiteral("issuedNotice"),
                 QJsonDocument::fromJson(*first).object()[QStringLiteral("rounds")][0]
                     [QStringLiteral("issuedNotice")]);
    round.remove(QStringLiteral("noticeSnapshot"));
    rounds.replace(0, round);
    root.insert(QStringLiteral("rounds"), rounds);
    root.insert(QStringLiteral("formatVersion"), 4);
    REQUIRE(interchange::importJson(**fresh, QJsonDocument(root).toJson()).ok());
    auto none = report::ReportStore(**fresh).noticeSnapshot(demo.roundId);
    REQUIRE(none.ok());
    CHECK_FALSE(*none);
    CHECK(report::ReportStore(**fresh).issuedNotice(demo.roundId)->has_value());
}

TEST_CASE("An issued notice prints the same text after its results changed", "[teamwork][frozen][pdf]")
{
    IssuedDemo demo;
    const QString before = pdf::pdfText(demo.exportPdf(QStringLiteral("before.pdf")));
    const QString draftBefore = demo.draftedText();
    report::ReportRequest request;
    request.roundId = demo.roundId;
    auto docxBefore = report::buildReport(*demo.file, request);
    REQUIRE(docxBefore.ok());

    Assessment changed = demo.notMet();
    changed.result = AssessmentResult::Met;
    changed.finding.clear();
    REQUIRE(teamwork::withReason(*demo.file, QStringLiteral("Đơn vị bổ sung hồ sơ"), [&] {
                return demo.file->saveAssessment(changed);
            }).ok());

    // The data and a fresh draft did change; the issued notice did not.
    CHECK(demo.draftedText() != draftBefore);
    const QString after = pdf::pdfText(demo.exportPdf(QStringLiteral("after.pdf")));
    CHECK(after == before);
    auto docxAfter = report::buildReport(*demo.file, request);
    REQUIRE(docxAfter.ok());
    CHECK(report::docxParts(*docxAfter).value(QStringLiteral("word/document.xml")) ==
          report::docxParts(*docxBefore).value(QStringLiteral("word/document.xml")));
    // Without the annex: the notice's section of the same snapshot.
    request.withAnnex = false;
    auto notice = report::buildReport(*demo.file, request);
    REQUIRE(notice.ok());
    CHECK(notice->sections.size() == 1);
    CHECK(report::snapshotContent(*notice).size() < report::snapshotContent(*docxAfter).size());
}

TEST_CASE("The snapshot's digest is in the PDF's metadata and on every page's foot",
          "[teamwork][frozen][pdf]")
{
    IssuedDemo demo;
    const QString digest = snapshotDigest(*demo.file);
    REQUIRE(digest.size() == 64);
    auto snapshot = report::ReportStore(*demo.file).noticeSnapshot(demo.roundId);
    REQUIRE(snapshot.ok());
    REQUIRE(*snapshot);
    CHECK(report::sha256Hex((*snapshot)->content) == digest);
    CHECK_FALSE((*snapshot)->afterTheFact);

    const QString out = demo.exportPdf(QStringLiteral("notice.pdf"));
    const QString info = pdf::run(QStringLiteral("pdfinfo"), {out});
    CHECK(info.contains(QStringLiteral("snapshot SHA-256 ") + digest));
    const QString text = pdf::pdfText(out);
    const int pages = pdf::pageCount(out);
    REQUIRE(pages > 1);
    CHECK(text.count(QStringLiteral("Mã bản lưu ") + digest.left(12)) == pages);
    // The Word export: the same footer on every page, the digest in its properties.
    report::ReportRequest issued;
    issued.roundId = demo.roundId;
    auto document = report::buildReport(*demo.file, issued);
    REQUIRE(document.ok());
    const auto parts = report::docxParts(*document);
    CHECK(QString::fromUtf8(parts.value(QStringLiteral("word/footer1.xml")))
              .contains(QStringLiteral("Mã bản lưu ") + digest.left(12)));
    CHECK(QString::fromUtf8(parts.value(QStringLiteral("docProps/core.xml"))).contains(digest));
    // A draft has neither.
    TempDir other;
    REQUIRE(writeDemoFile(other.path(QStringLiteral("draft.cchc"))).ok());
    auto draft = openFile(other.path(QStringLiteral("draft.cchc")));
    report::ReportRequest request;
    request.roundId = draft->rounds()->at(0).id;
    auto drafted = report::buildReport(*draft, request);
    REQUIRE(drafted.ok());
    CHECK(drafted->footer.isEmpty());
    CHECK(drafted->metadataNote.isEmpty());
    CHECK_FALSE(report::docxParts(*drafted).contains(QStringLiteral("word/footer1.xml")));
}

TEST_CASE("A result of an issued round changes only with a reason, kept in the history",
          "[teamwork][frozen]")
{
    IssuedDemo demo;
    const Assessment original = demo.notMet();
    Assessment changed = original;
    changed.result = AssessmentResult::Met;
    const int historyRows =
        storedValue(*demo.file, QStringLiteral("SELECT COUNT(*) FROM edit_history")).toInt();

    // No reason: refused, nothing written, nothing recorded.
    auto refused = demo.file->saveAssessment(changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(teamwork::isFrozenRefusal(refused.error()));
    auto withEmptyReason = teamwork::withReason(*demo.file, QStringLiteral("  "), [&] {
        return demo.file->saveAssessment(changed);
    });
    REQUIRE_FALSE(withEmptyReason.ok());
    CHECK(withEmptyReason.error() == teamwork::frozenRefusalMessage());
    CHECK(storedAssessmentResult(*demo.file, original.id) == int(AssessmentResult::NotMet));
    CHECK(storedValue(*demo.file, QStringLiteral("SELECT COUNT(*) FROM edit_history")).toInt() ==
          historyRows);
    // Saving it unchanged is no change.
    Assessment same = original;
    CHECK(demo.file->saveAssessment(same).ok());

    // With a reason: written and recorded with it; the next write needs one again.
    const QString reason = QStringLiteral("Đơn vị bổ sung Quyết định ngày 08/6/2022");
    REQUIRE(teamwork::withReason(*demo.file, reason, [&] { return demo.file->saveAssessment(changed); })
                .ok());
    CHECK(storedAssessmentResult(*demo.file, original.id) == int(AssessmentResult::Met));
    auto history = teamwork::readHistory(*demo.file, demo.roundId);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->constLast().field == QStringLiteral("result"));
    CHECK(history->constLast().reason == reason);
    CHECK(history->constLast().author == kLan.name);
    changed.finding += QStringLiteral(" Đã khắc phục.");
    CHECK_FALSE(demo.file->saveAssessment(changed).ok());

    auto frozen = teamwork::frozenRound(*demo.file, demo.roundId);
    REQUIRE(frozen.ok());
    REQUIRE(*frozen);
    CHECK((*frozen)->changesAfterIssue == 1);
    CHECK((*frozen)->reasons == QStringList{reason});

    // A round whose notice is a draft needs no reason.
    TempDir other;
    SmallFile small = makeSmallFile(other.path(QStringLiteral("small.cchc")));
    saveFirstCriterion(small, 0, AssessmentResult::Met);
}

TEST_CASE("check reports results changed after the issue and a snapshot that no longer "
          "matches its digest",
          "[teamwork][frozen]")
{
    IssuedDemo demo;
    const QString digest = snapshotDigest(*demo.file);
    auto quiet = teamwork::checkFrozenRounds(*demo.file);
    REQUIRE(quiet.ok());
    CHECK(quiet->problems.isEmpty());
    REQUIRE(quiet->notes.size() == 1);
    CHECK(quiet->notes.at(0).contains(digest));

    Assessment changed = demo.notMet();
    changed.result = AssessmentResult::PartiallyMet;
    REQUIRE(teamwork::withReason(*demo.file, QStringLiteral("Họp đoàn ngày 10/6/2022"), [&] {
                return demo.file->saveAssessment(changed);
            }).ok());
    auto flagged = teamwork::checkFrozenRounds(*demo.file);
    REQUIRE(flagged.ok());
    CHECK(flagged->problems.isEmpty());
    CHECK(flagged->notes.join(QLatin1Char('\n'))
              .contains(QStringLiteral("kết quả đã thay đổi sau khi ban hành Thông báo số "
                                       "01/TB-ĐKT ngày 30/5/2022")));
    CHECK(flagged->notes.join(QLatin1Char('\n')).contains(QStringLiteral("Họp đoàn ngày 10/6/2022")));

    // The snapshot changed behind the program's back: a problem, and no export from it.
    QSqlQuery tamper(demo.file->database());
    REQUIRE(tamper.exec(QStringLiteral("UPDATE notice_snapshots SET content = content || ' '")));
    auto damaged = teamwork::checkFrozenRounds(*demo.file);
    REQUIRE(damaged.ok());
    REQUIRE(damaged->problems.size() == 1);
    CHECK(damaged->problems.at(0).contains(digest));
    report::ReportRequest request;
    request.roundId = demo.roundId;
    CHECK_FALSE(report::buildReport(*demo.file, request).ok());
}

TEST_CASE("A version 7 file is upgraded: its issued notice gets a snapshot only on export, "
          "marked as made after the fact",
          "[teamwork][frozen][migrations]")
{
    teamwork::EditorScope lan(kLan);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("schema-v7.cchc"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("schema-v7.cchc")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readAll(path);
    auto file = openFile(path);
    CHECK(file->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK(readAll(file->upgradeBackupPath()) == original);
    const QString roundId = QStringLiteral("88888888-8888-4888-8888-888888888888");
    CHECK(storedValue(*file, QStringLiteral("SELECT COUNT(*) FROM notice_snapshots")).toInt() == 0);

    // The fixture's change after the issue is flagged; there is no snapshot to vouch for.
    auto frozen = teamwork::frozenRound(*file, roundId);
    REQUIRE(frozen.ok());
    REQUIRE(*frozen);
    CHECK((*frozen)->notice.number == 5);
    CHECK_FALSE((*frozen)->snapshot);
    CHECK((*frozen)->changesAfterIssue == 1);
    auto check = teamwork::checkFrozenRounds(*file);
    REQUIRE(check.ok());
    CHECK(check->problems.isEmpty());
    const QString notes = check->notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("kết quả đã thay đổi sau khi ban hành Thông báo số "
                                        "05/TB-ĐKT ngày 30/5/2022")));

    report::ReportRequest request;
    request.roundId = roundId;
    auto current = report::buildReport(*file, request);
    REQUIRE(current.ok());
    CHECK(current->footer.contains(QStringLiteral("in từ dữ liệu hiện tại")));

    // The first export makes one, marked as such: it never passes for the original.
    REQUIRE(report::snapshotIssuedNotice(*file, roundId).ok());
    auto snapshot = report::ReportStore(*file).noticeSnapshot(roundId);
    REQUIRE(snapshot.ok());
    REQUIRE(*snapshot);
    CHECK((*snapshot)->afterTheFact);
    auto printed = report::buildReport(*file, request);
    REQUIRE(printed.ok());
    CHECK(printed->footer == QStringLiteral("Bản lưu lập sau khi ban hành, mã ") +
                                 (*snapshot)->sha256.left(12));
    CHECK(printed->metadataNote.startsWith(QStringLiteral("after-the-fact snapshot SHA-256 ")));
    // Made once: a second call keeps it.
    REQUIRE(report::snapshotIssuedNotice(*file, roundId).ok());
    CHECK(storedValue(*file, QStringLiteral("SELECT COUNT(*) FROM notice_snapshots")).toInt() == 1);
    // The fixture's results are frozen like any issued round's.
    Assessment changed;
    changed.roundUnitId = QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1");
    changed.criterionId = QStringLiteral("66666666-6666-4666-8666-666666666663");
    changed.result = AssessmentResult::NotMet;
    CHECK_FALSE(file->saveAssessment(changed).ok());
}

TEST_CASE("Evidence and the corrective actions of an issued round change only with a reason, "
          "but an action's follow-up stays free",
          "[teamwork][frozen]")
{
    IssuedDemo demo;
    InspectionFile &file = *demo.file;
    const Assessment assessment = demo.notMet();
    const QString reason = QStringLiteral("Đơn vị nộp bổ sung Quyết định số 12/QĐ-UBND");
    const auto withReason = [&](const std::function<Status()> &work) {
        return teamwork::withReason(file, reason, work);
    };
    const auto evidenceCount = [&] {
        return storedValue(file, QStringLiteral("SELECT COUNT(*) FROM evidence WHERE assessment_id"
                                                " = '%1'").arg(assessment.id))
            .toInt();
    };
    const int evidenceBefore = evidenceCount();

    // Evidence: added, changed and removed only with a reason.
    Evidence document;
    document.documentNumber = QStringLiteral("12/QĐ-UBND");
    document.description = QStringLiteral("Quyết định ban hành quy chế");
    auto refused = file.addEvidence(assessment.id, document);
    REQUIRE_FALSE(refused.ok());
    CHECK(teamwork::isFrozenRefusal(refused.error()));
    CHECK(evidenceCount() == evidenceBefore);
    Evidence added;
    REQUIRE(withReason([&]() -> Status {
                auto result = file.addEvidence(assessment.id, document);
                if (!result)
                    return result.failure();
                added = *result;
                return {};
            }).ok());
    CHECK(evidenceCount() == evidenceBefore + 1);
    added.description = QStringLiteral("Quyết định số 12");
    CHECK_FALSE(file.updateEvidence(added).ok());
    CHECK_FALSE(file.removeEvidence(added.id).ok());
    CHECK(evidenceCount() == evidenceBefore + 1);
    REQUIRE(withReason([&] { return file.removeEvidence(added.id); }).ok());
    CHECK(evidenceCount() == evidenceBefore);

    // Corrective actions: what the notice asked needs a reason; status and completion do not.
    CorrectiveAction action;
    action.roundUnitId = assessment.roundUnitId;
    action.criterionId = assessment.criterionId;
    action.description = QStringLiteral("Ban hành quy chế làm việc");
    action.deadline = QDate(2022, 9, 30);
    CorrectiveAction unsaved = action;
    CHECK(teamwork::isFrozenRefusal(file.saveCorrectiveAction(unsaved).error()));
    REQUIRE(withReason([&] { return file.saveCorrectiveAction(action); }).ok());
    CorrectiveAction later = action;
    later.deadline = QDate(2022, 12, 31);
    CHECK(teamwork::isFrozenRefusal(file.saveCorrectiveAction(later).error()));
    CorrectiveAction done = action;
    done.status = ActionStatus::Done;
    done.completedOn = QDate(2022, 9, 15);
    CHECK(file.saveCorrectiveAction(done).ok());
    CHECK(teamwork::isFrozenRefusal(file.removeCorrectiveAction(action.id).error()));
    auto actions = file.correctiveActions(demo.roundId);
    REQUIRE(actions.ok());
    const auto kept = std::find_if(actions->cbegin(), actions->cend(),
                                   [&](const CorrectiveAction &a) { return a.id == action.id; });
    REQUIRE(kept != actions->cend());
    CHECK(kept->deadline == QDate(2022, 9, 30));
    CHECK(kept->status == ActionStatus::Done);

    // The changes made with the reason are the round's changes after the issue.
    auto frozen = teamwork::frozenRound(file, demo.roundId);
    REQUIRE(frozen.ok());
    REQUIRE(*frozen);
    CHECK((*frozen)->changesAfterIssue >= 3);
    CHECK((*frozen)->reasons == QStringList{reason});
}

TEST_CASE("An issued round, or a unit of it, is never removed", "[teamwork][frozen]")
{
    IssuedDemo demo;
    InspectionFile &file = *demo.file;
    const auto count = [&](const char *table) {
        return storedValue(file, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    };
    const int rounds = count("rounds"), units = count("round_units"),
              assessments = count("assessments");

    auto removed = file.removeRound(demo.roundId);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error() == teamwork::issuedRoundRemovalMessage());
    CHECK(removed.error().contains(QStringLiteral("hồ sơ chính thức")));
    // A reason does not open it: the notice would go with the round.
    CHECK_FALSE(teamwork::withReason(file, QStringLiteral("Nhập nhầm"), [&] {
                    return file.removeRound(demo.roundId);
                }).ok());

    auto round = file.loadRound(demo.roundId);
    REQUIRE(round.ok());
    InspectionRound fewer = *round;
    fewer.units.removeLast();
    auto saved = file.saveRound(fewer);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error() == teamwork::issuedUnitRemovalMessage());
    CHECK(count("rounds") == rounds);
    CHECK(count("round_units") == units);
    CHECK(count("assessments") == assessments);
    CHECK(count("notice_snapshots") == 1);
    // Its other facts are still edited as before.
    InspectionRound renamed = *round;
    renamed.notes = QStringLiteral("Hồ sơ lưu tại Phòng Nội vụ");
    CHECK(file.saveRound(renamed).ok());

    // A round still in draft is removed as before.
    TempDir other;
    SmallFile small = makeSmallFile(other.path(QStringLiteral("small.cchc")));
    CHECK(small.file->removeRound(small.round.id).ok());
}
