#include "tests/ui/UiFixtures.h"

#include "core/storage/InspectionFile.h"
#include "ui/editors/CorrectiveActionDialog.h"
#include "ui/editors/RoundEditor.h"
#include "ui/editors/UnitRegisterDialog.h"
#include "ui/models/ChecklistModel.h"
#include "ui/Session.h"
#include "ui/widgets/CriterionPane.h"
#include "ui/widgets/Workspace.h"

#include <QAction>
#include <QImage>
#include <QListWidget>
#include <QTableWidget>
#include <QTreeView>

using namespace cchc;
using namespace cchc::test;

namespace {

QList<Evidence> storedEvidence(InspectionFile *file, const QString &roundUnitId,
                               const QString &criterionId)
{
    return storedAssessment(file, roundUnitId, criterionId).evidence;
}

} // namespace

TEST_CASE("Evidence: a document number and a photo are kept in the file, with undo",
          "[ui][evidence]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::Workspace *workspace = window.workspace();
    ui::CriterionPane *pane = workspace->criterionPane();
    const QString roundUnitId = workspace->currentRoundUnitId();
    const QString criterionId = workspace->currentCriterionId();
    const qsizetype before = storedEvidence(window.file(), roundUnitId, criterionId).size();

    ui::prompts::queueText(QStringLiteral("15/KH-TTYT"));
    emit pane->addDocumentRequested();
    const QString photo = demo.dir.path(QStringLiteral("bảng niêm yết.png"));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    REQUIRE(image.save(photo));
    ui::prompts::queuePath(photo);
    emit pane->attachFileRequested();

    QList<Evidence> evidence = storedEvidence(window.file(), roundUnitId, criterionId);
    REQUIRE(evidence.size() == before + 2);
    CHECK(evidence.at(before).documentNumber == QStringLiteral("15/KH-TTYT"));
    CHECK(evidence.at(before + 1).fileName == QStringLiteral("bảng niêm yết.png"));
    CHECK(evidence.at(before + 1).mimeType == QStringLiteral("image/png"));
    CHECK(*window.file()->evidenceContent(evidence.at(before + 1).id) == readAll(photo));
    REQUIRE(pane->evidenceList()->count() == before + 2);
    const QImage thumbnail =
        pane->evidenceList()->item(int(before + 1))->icon().pixmap(QSize(48, 48)).toImage();
    REQUIRE_FALSE(thumbnail.isNull());
    // The photo itself, not a generic file icon.
    CHECK(thumbnail.pixelColor(thumbnail.width() / 2, thumbnail.height() / 2) ==
          QColor(Qt::darkGreen));

    window.action(QStringLiteral("undo"))->trigger();
    CHECK(storedEvidence(window.file(), roundUnitId, criterionId).size() == before + 1);
    window.action(QStringLiteral("redo"))->trigger();
    evidence = storedEvidence(window.file(), roundUnitId, criterionId);
    REQUIRE(evidence.size() == before + 2);
    CHECK(*window.file()->evidenceContent(evidence.at(before + 1).id) == readAll(photo));

    // Removing keeps the bytes for undo.
    pane->evidenceList()->setCurrentRow(int(before + 1));
    emit pane->removeEvidenceRequested(evidence.at(before + 1).id);
    CHECK(storedEvidence(window.file(), roundUnitId, criterionId).size() == before + 1);
    window.action(QStringLiteral("undo"))->trigger();
    evidence = storedEvidence(window.file(), roundUnitId, criterionId);
    REQUIRE(evidence.size() == before + 2);
    CHECK(*window.file()->evidenceContent(evidence.last().id) == readAll(photo));
    CHECK(ui::prompts::recordedErrors().isEmpty());
}

TEST_CASE("Undo in another unit brings that unit and criterion back into view", "[ui][undo]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::Workspace *workspace = window.workspace();
    const QString firstUnit = workspace->currentRoundUnitId();
    const QString criterion = workspace->currentCriterionId();
    workspace->checklistView()->setFocus();
    QTest::keyClick(workspace->checklistView(), Qt::Key_4);
    CHECK(workspace->checklistModel()->assessment(criterion).result ==
          AssessmentResult::NotApplicable);

    window.action(QStringLiteral("nextUnit"))->trigger();
    CHECK(workspace->currentRoundUnitId() != firstUnit);
    QTest::keyClick(workspace->checklistView(), Qt::Key_N);

    window.action(QStringLiteral("undo"))->trigger();
    CHECK(workspace->currentRoundUnitId() == firstUnit);
    CHECK(workspace->currentCriterionId() == criterion);
    CHECK(workspace->checklistModel()->assessment(criterion).result !=
          AssessmentResult::NotApplicable);
    window.action(QStringLiteral("previousUnit"))->trigger(); // already the first: stays
    CHECK(workspace->currentRoundUnitId() == firstUnit);
}

TEST_CASE("The unit register saves a typed cell at once and undoes it", "[ui][units]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::UnitRegisterDialog dialog(window.session());
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() >= 8);
    const QString oldName = table->item(0, 0)->text();
    const QString unitId = window.file()->units()->at(0).id;
    table->item(0, 2)->setText(QStringLiteral("Bà Trần Thị Hoa")); // the head's name
    CHECK(window.file()->unit(unitId)->headName == QStringLiteral("Bà Trần Thị Hoa"));
    CHECK(window.file()->unit(unitId)->name == oldName);
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(window.file()->unit(unitId)->headName != QStringLiteral("Bà Trần Thị Hoa"));

    // A unit a round uses cannot go: the register says why, in Vietnamese.
    table->setCurrentCell(0, 0);
    QTest::qWait(10); // the queued reload after the undo
    const int units = int(window.file()->units()->size());
    dialog.findChild<QPushButton *>(QStringLiteral("removeUnit"))->click();
    CHECK(window.file()->units()->size() == units);
    CHECK_FALSE(dialog.errorText().isEmpty());
}

TEST_CASE("The round editor does not close without a title", "[ui][round]")
{
    DemoWindow demo;
    ui::RoundEditor editor(demo.window.file(), QString());
    editor.accept();
    CHECK(editor.result() != QDialog::Accepted);
    editor.setTitle(QStringLiteral("Kiểm tra CCHC năm 2023"));
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(editor.round().title == QStringLiteral("Kiểm tra CCHC năm 2023"));
}

TEST_CASE("Scores and the exemplary flag are saved and undone like results", "[ui][scores]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::Workspace *workspace = window.workspace();
    ui::CriterionPane *pane = workspace->criterionPane();
    const QString criterion = workspace->currentCriterionId();
    const Assessment before = workspace->checklistModel()->assessment(criterion);

    emit pane->scoresEdited(1.5, 0.5);
    emit pane->exemplaryToggled(!before.exemplary);
    Assessment stored = workspace->checklistModel()->assessment(criterion);
    CHECK(stored.selfScore == std::optional<double>(1.5));
    CHECK(stored.appraisedScore == std::optional<double>(0.5));
    CHECK(stored.exemplary != before.exemplary);

    window.action(QStringLiteral("undo"))->trigger();
    window.action(QStringLiteral("undo"))->trigger();
    auto reloaded = window.file()->assessments(workspace->currentRoundUnitId());
    for (const Assessment &assessment : *reloaded) {
        if (assessment.criterionId != criterion)
            continue;
        CHECK(assessment.selfScore == before.selfScore);
        CHECK(assessment.appraisedScore == before.appraisedScore);
        CHECK(assessment.exemplary == before.exemplary);
    }
}

TEST_CASE("Corrective actions are added, marked done and undone from the criterion pane",
          "[ui][actions]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::Workspace *workspace = window.workspace();
    ui::CriterionPane *pane = workspace->criterionPane();
    const QString roundId = window.currentRoundId();
    const auto countFor = [&] {
        int count = 0;
        const auto actions = window.file()->correctiveActions(roundId);
        for (const CorrectiveAction &action : *actions)
            count += action.criterionId == workspace->currentCriterionId() &&
                     action.roundUnitId == workspace->currentRoundUnitId();
        return count;
    };
    const int before = countFor();
    ui::prompts::setDialogHook([](QDialog *dialog) {
        auto *editor = qobject_cast<ui::CorrectiveActionDialog *>(dialog);
        REQUIRE(editor);
        editor->setDescription(QStringLiteral("Ban hành kế hoạch CCHC năm 2023"));
        editor->setDeadline(QDate(2023, 1, 31));
        editor->accept();
        return editor->result();
    });
    emit pane->addActionRequested();
    ui::prompts::setDialogHook({});
    CHECK(countFor() == before + 1);
    REQUIRE(pane->actionList()->count() == before + 1);
    CHECK(pane->actionList()->item(before)->text().contains(QStringLiteral("31/01/2023")));

    const QString id = pane->actionList()->item(before)->data(Qt::UserRole + 1).toString();
    emit pane->toggleActionRequested(id);
    bool done = false;
    const auto actions = window.file()->correctiveActions(roundId);
    for (const CorrectiveAction &action : *actions)
        done = done || (action.id == id && action.status == ActionStatus::Done);
    CHECK(done);
    window.action(QStringLiteral("undo"))->trigger(); // not done again
    window.action(QStringLiteral("undo"))->trigger(); // gone
    CHECK(countFor() == before);
    window.action(QStringLiteral("redo"))->trigger();
    CHECK(countFor() == before + 1);
}
