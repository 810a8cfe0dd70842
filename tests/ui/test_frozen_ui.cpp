// Issued means frozen, in the window: changing a result of a round whose notice is issued
// asks why (cancel changes nothing), the reason goes into the history, and the round is
// marked as changed after the notice.
#include "tests/ui/UiFixtures.h"

#include "core/report/Reports.h"
#include "core/teamwork/EditHistory.h"
#include "ui/Session.h"
#include "ui/teamwork/FrozenRoundUi.h"
#include "ui/teamwork/TeamworkActions.h"
#include "ui/widgets/Workspace.h"
#include "ui/models/ChecklistModel.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QSqlQuery>

using namespace cchc;
using namespace cchc::test;

namespace {

// The criteria of the unit in view that are not met, as the checklist shows them.
QStringList unmetCriteria(ui::MainWindow &window)
{
    QStringList ids;
    const ui::ChecklistModel *model = window.workspace()->checklistModel();
    for (const QString &id : model->criterionIds())
        if (model->assessment(id).result == AssessmentResult::NotMet)
            ids.append(id);
    return ids;
}

int historyRows(InspectionFile *file, const QString &roundId)
{
    auto history = teamwork::readHistory(*file, roundId);
    REQUIRE(history.ok());
    return int(history->size());
}

} // namespace

TEST_CASE("Changing a result of an issued round asks for a reason, records it and marks the "
          "round",
          "[ui][teamwork][frozen]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const QString roundId = window.currentRoundId();
    REQUIRE(window.session()->issueNotice(roundId, QDate(2022, 5, 30), 0).ok());
    auto *banner = window.findChild<ui::FrozenRoundBanner *>(QStringLiteral("frozenRoundBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Thông báo số 01/TB-ĐKT ngày 30/5/2022 đã ban hành")));

    // A unit with unmet criteria.
    auto round = window.file()->loadRound(roundId);
    REQUIRE(round.ok());
    QStringList unmet;
    for (const RoundUnit &unit : round->units) {
        REQUIRE(window.workspace()->selectRoundUnit(unit.id));
        unmet = unmetCriteria(window);
        if (unmet.size() >= 2)
            break;
    }
    REQUIRE(unmet.size() >= 2);
    const QString roundUnitId = window.workspace()->checklistModel()->roundUnitId();
    const int rowsBefore = historyRows(window.file(), roundId);

    // Cancelled: nothing changes, nothing is said to have failed.
    int asked = 0;
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        ++asked;
        CHECK(qobject_cast<ui::ReasonDialog *>(dialog));
        return int(QDialog::Rejected);
    });
    REQUIRE(window.workspace()->selectCriterion(unmet.at(0)));
    window.workspace()->setResult(AssessmentResult::Met);
    CHECK(asked == 1);
    CHECK(storedAssessment(window.file(), roundUnitId, unmet.at(0)).result == AssessmentResult::NotMet);
    CHECK(window.workspace()->checklistModel()->assessment(unmet.at(0)).result == AssessmentResult::NotMet);
    CHECK(historyRows(window.file(), roundId) == rowsBefore);
    CHECK(ui::prompts::recordedErrors().isEmpty());
    CHECK_FALSE(banner->text().contains(QStringLiteral("đã thay đổi")));

    // With a reason (the OK button waits for one): changed and recorded; asked once.
    const QString reason = QStringLiteral("Đơn vị bổ sung hồ sơ ngày 08/6/2022");
    QImage dialogShot;
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        ++asked;
        auto *reasonDialog = qobject_cast<ui::ReasonDialog *>(dialog);
        REQUIRE(reasonDialog);
        reasonDialog->reasonEdit()->setPlainText(reason);
        dialogShot = reasonDialog->grab().toImage();
        return int(QDialog::Accepted);
    });
    window.workspace()->setResult(AssessmentResult::Met);
    CHECK(asked == 2);
    CHECK_FALSE(dialogShot.isNull());
    CHECK(storedAssessment(window.file(), roundUnitId, unmet.at(0)).result == AssessmentResult::Met);
    REQUIRE(window.workspace()->selectCriterion(unmet.at(1)));
    window.workspace()->setResult(AssessmentResult::PartiallyMet);
    CHECK(asked == 2); // the reason holds for the round while the file is open
    auto history = teamwork::readHistory(*window.file(), roundId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == rowsBefore + 2);
    CHECK(history->at(rowsBefore).reason == reason);
    CHECK(history->at(rowsBefore + 1).reason == reason);
    CHECK(banner->text().startsWith(
        QStringLiteral("Kết quả đã thay đổi sau khi ban hành Thông báo số 01/TB-ĐKT ngày 30/5/2022")));
    CHECK(banner->text().contains(reason));
    CHECK_FALSE(window.grab().isNull());

    // Undo writes the old value back with the same reason, without asking again.
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(storedAssessment(window.file(), roundUnitId, unmet.at(1)).result == AssessmentResult::NotMet);
    CHECK(asked == 2);
    CHECK(ui::prompts::recordedErrors().isEmpty());

    // The notice as exported is still the one issued.
    report::ReportRequest request;
    request.roundId = roundId;
    auto document = report::buildReport(*window.file(), request);
    REQUIRE(document.ok());
    CHECK(document->footer.startsWith(QStringLiteral("Mã bản lưu ")));
}

TEST_CASE("Undoing the removal of an issued round brings its snapshot back as it was",
          "[ui][teamwork][frozen]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const QString roundId = window.currentRoundId();
    REQUIRE(window.session()->issueNotice(roundId, QDate(2022, 5, 30), 0).ok());
    const auto snapshotRow = [&] {
        QSqlQuery query(window.file()->database());
        REQUIRE(query.exec(QStringLiteral("SELECT sha256, made_at, after_the_fact, length(content)"
                                          " FROM notice_snapshots")));
        QStringList values;
        while (query.next())
            values << query.value(0).toString() << query.value(1).toString()
                   << query.value(2).toString() << query.value(3).toString();
        return values;
    };
    const QStringList before = snapshotRow();
    REQUIRE(before.size() == 4);

    ui::prompts::queueAnswer(QMessageBox::Yes);
    REQUIRE(window.removeRound(roundId));
    CHECK(snapshotRow().isEmpty());
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(ui::prompts::recordedErrors().isEmpty());
    CHECK(snapshotRow() == before);
    auto frozen = teamwork::frozenRound(*window.file(), roundId);
    REQUIRE(frozen.ok());
    REQUIRE(*frozen);
    CHECK_FALSE((*frozen)->changedAfterIssue());
}

TEST_CASE("Merging a member's work into an issued round asks for the reason first",
          "[ui][teamwork][frozen]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const QString roundId = window.currentRoundId();
    const QString path = demo.dir.path(QStringLiteral("nam.cchc"));
    REQUIRE(window.teamwork()->handOut({roundId, {}, QStringLiteral("Nam")}, path).ok());
    Assessment changed;
    {
        auto member = InspectionFile::open(path);
        REQUIRE(member.ok());
        auto all = (*member)->roundAssessments(roundId);
        REQUIRE(all.ok());
        for (const auto &list : *all)
            for (const Assessment &assessment : list)
                if (assessment.result == AssessmentResult::NotMet && changed.id.isEmpty())
                    changed = assessment;
        REQUIRE_FALSE(changed.id.isEmpty());
        changed.result = AssessmentResult::Met;
        REQUIRE((*member)->saveAssessment(changed).ok());
    }
    REQUIRE(window.session()->issueNotice(roundId, QDate(2022, 5, 30), 0).ok());

    int asked = 0;
    ui::prompts::setDialogHook([&](QDialog *) {
        ++asked;
        return int(QDialog::Rejected);
    });
    auto cancelled = window.session()->mergePackage(path, {});
    CHECK(asked == 1);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == teamwork::frozenRefusalMessage());
    CHECK(storedAssessment(window.file(), changed.roundUnitId, changed.criterionId).result ==
          AssessmentResult::NotMet);

    const QString reason = QStringLiteral("Kết quả nhóm 2 gửi về sau họp đoàn");
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        ++asked;
        qobject_cast<ui::ReasonDialog *>(dialog)->reasonEdit()->setPlainText(reason);
        return int(QDialog::Accepted);
    });
    auto merged = window.session()->mergePackage(path, {});
    REQUIRE(merged.ok());
    CHECK(merged->applied);
    CHECK(asked == 2);
    CHECK(storedAssessment(window.file(), changed.roundUnitId, changed.criterionId).result ==
          AssessmentResult::Met);
    auto frozen = teamwork::frozenRound(*window.file(), roundId);
    REQUIRE(frozen.ok());
    REQUIRE(*frozen);
    CHECK((*frozen)->changedAfterIssue());
    CHECK((*frozen)->reasons.contains(reason));
}
