// Issued means frozen, in the window: changing a result of a round whose notice is issued
// asks why (cancel changes nothing), the reason goes into the history, and the round is
// marked as changed after the notice.
#include "tests/ui/UiFixtures.h"

#include "core/report/Reports.h"
#include "core/teamwork/EditHistory.h"
#include "core/teamwork/FrozenGuards.h"
#include "ui/Session.h"
#include "ui/editors/EditableTable.h"
#include "ui/editors/RoundEditor.h"
#include "ui/teamwork/FrozenRoundUi.h"
#include "ui/teamwork/TeamworkActions.h"
#include "ui/widgets/Workspace.h"
#include "ui/models/ChecklistModel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
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

TEST_CASE("The window does not offer to remove an issued round or a unit of it, and says why",
          "[ui][teamwork][frozen]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const QString roundId = window.currentRoundId();
    QAction *remove = window.action(QStringLiteral("removeRound"));
    REQUIRE(remove);
    CHECK(remove->isEnabled());
    REQUIRE(window.session()->issueNotice(roundId, QDate(2022, 5, 30), 0).ok());
    CHECK_FALSE(remove->isEnabled());
    CHECK(remove->toolTip() == teamwork::issuedRoundRemovalMessage());
    CHECK(remove->toolTip().contains(QStringLiteral("hồ sơ chính thức")));

    // Reached anyway (a script, a stale menu): refused without asking, the file unchanged.
    int asked = 0;
    ui::prompts::setDialogHook([&](QDialog *) { return ++asked, int(QDialog::Rejected); });
    CHECK_FALSE(window.removeRound(roundId));
    CHECK(asked == 0);
    CHECK(window.banner()->text() == teamwork::issuedRoundRemovalMessage());
    CHECK(window.file()->loadRound(roundId).ok());

    // The round editor keeps the units the notice names: no Remove, no other unit.
    ui::RoundEditor editor(window.file(), roundId);
    auto *units = editor.findChild<ui::EditableTable *>(QStringLiteral("roundUnits"));
    REQUIRE(units);
    QTableWidget *table = units->table();
    REQUIRE(table->rowCount() > 1);
    table->setCurrentCell(1, 0);
    auto *removeUnit = units->findChild<QPushButton *>(QStringLiteral("removeRow"));
    REQUIRE(removeUnit);
    CHECK_FALSE(removeUnit->isEnabled());
    CHECK(removeUnit->toolTip() == teamwork::issuedUnitRemovalMessage());
    removeUnit->click();
    CHECK(editor.round().units.size() == table->rowCount());
    CHECK_FALSE(table->cellWidget(1, 0)->isEnabled());
    bool said = false;
    for (const QLabel *label : editor.findChildren<QLabel *>())
        said = said || label->text() == teamwork::issuedUnitRemovalMessage();
    CHECK(said);
    // A unit added in the editor can still be taken out again before it is saved.
    editor.addUnit(editor.round().units.at(0).unitId, QDate(2022, 5, 30));
    table->setCurrentCell(table->rowCount() - 1, 0);
    CHECK(removeUnit->isEnabled());
    const QImage shot = editor.grab().toImage();
    CHECK_FALSE(shot.isNull());
}

TEST_CASE("Adding or removing evidence of an issued round asks for the reason, an action's "
          "status does not",
          "[ui][teamwork][frozen]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const QString roundId = window.currentRoundId();
    REQUIRE(window.session()->issueNotice(roundId, QDate(2022, 5, 30), 0).ok());
    const QString roundUnitId = window.workspace()->checklistModel()->roundUnitId();
    const QString criterionId = window.workspace()->checklistModel()->criterionIds().at(0);
    int asked = 0;
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        ++asked;
        CHECK(qobject_cast<ui::ReasonDialog *>(dialog));
        return int(QDialog::Rejected);
    });

    // A corrective action the notice asked for: its follow-up asks nothing, a change of
    // what was asked does (cancelled here: nothing changes).
    const QString reason = QStringLiteral("Đơn vị gửi bổ sung báo cáo");
    CorrectiveAction action;
    action.roundUnitId = roundUnitId;
    action.description = QStringLiteral("Niêm yết công khai thủ tục hành chính");
    REQUIRE(teamwork::withReason(*window.file(), reason, [&] {
                return window.file()->saveCorrectiveAction(action);
            }).ok());
    CorrectiveAction done = action;
    done.status = ActionStatus::Done;
    done.completedOn = QDate(2022, 8, 1);
    REQUIRE(window.session()->saveCorrectiveAction(action, done).ok());
    CHECK(asked == 0);
    CorrectiveAction reworded = done;
    reworded.description += QStringLiteral(" tại bộ phận một cửa");
    CHECK(window.session()->saveCorrectiveAction(done, reworded).error() ==
          teamwork::frozenRefusalMessage());
    CHECK(asked == 1);
    CHECK_FALSE(window.session()->removeCorrectiveAction(done).ok());
    CHECK(asked == 2);
    CHECK(window.file()->correctiveActions(roundId)->size() >= 1);

    // Evidence: cancelled, nothing added; with a reason, added, and undone without asking.
    const Assessment assessment = storedAssessment(window.file(), roundUnitId, criterionId);
    const auto evidenceCount = [&] {
        return int(storedAssessment(window.file(), roundUnitId, criterionId).evidence.size());
    };
    const int before = evidenceCount();
    Evidence document;
    document.documentNumber = QStringLiteral("15/BC-UBND");
    document.description = QStringLiteral("Báo cáo kết quả khắc phục");
    auto cancelled = window.session()->addEvidence(assessment, document, {});
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == teamwork::frozenRefusalMessage());
    CHECK(asked == 3);
    CHECK(evidenceCount() == before);
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        ++asked;
        qobject_cast<ui::ReasonDialog *>(dialog)->reasonEdit()->setPlainText(reason);
        return int(QDialog::Accepted);
    });
    REQUIRE(window.session()->addEvidence(assessment, document, {}).ok());
    CHECK(asked == 4);
    CHECK(evidenceCount() == before + 1);
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(evidenceCount() == before);
    CHECK(asked == 4);
    CHECK(ui::prompts::recordedErrors().isEmpty());
    auto history = teamwork::readHistory(*window.file(), roundId);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->constLast().table == QStringLiteral("evidence"));
    CHECK(history->constLast().reason == reason);
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
