#include "tests/ui/UiFixtures.h"

#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "ui/report/NoticeDraftEditor.h"
#include "core/storage/InspectionFile.h"
#include "ui/models/ChecklistModel.h"
#include "ui/Session.h"
#include "ui/widgets/Banner.h"
#include "ui/widgets/CriterionPane.h"
#include "ui/widgets/Workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QPointer>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUrl>

using namespace cchc;
using namespace cchc::test;

namespace {

// What a round holds, in a form two snapshots can be compared by.
QStringList roundContents(InspectionFile *file, const QString &roundId)
{
    QStringList lines;
    auto assessments = file->roundAssessments(roundId);
    REQUIRE(assessments.ok());
    for (auto it = assessments->cbegin(); it != assessments->cend(); ++it) {
        for (const Assessment &assessment : it.value()) {
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(it.key(), assessment.criterionId)
                         .arg(int(assessment.result))
                         .arg(assessment.finding)
                         .arg(assessment.evidence.size());
        }
    }
    auto actions = file->correctiveActions(roundId);
    REQUIRE(actions.ok());
    for (const CorrectiveAction &action : *actions)
        lines << action.id + action.description;
    lines.sort();
    return lines;
}

void setQueryOnly(InspectionFile *file, bool on)
{
    QSqlQuery(file->database())
        .exec(on ? QStringLiteral("PRAGMA query_only = 1") : QStringLiteral("PRAGMA query_only = 0"));
}

} // namespace

TEST_CASE("Removing a round asks with its size, and undo brings all of it back",
          "[ui][round][undo]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    InspectionFile *file = window.file();
    const QString roundId = window.currentRoundId();
    REQUIRE_FALSE(roundId.isEmpty());
    const QString title = file->loadRound(roundId)->title;
    const QString key = QStringLiteral("closing");
    REQUIRE(report::ReportStore(*file)
                .saveParagraph(roundId, key, QStringLiteral("Bản dự thảo"),
                               QStringLiteral("Đoạn văn đoàn đã sửa"))
                .ok());
    const QStringList before = roundContents(file, roundId);
    REQUIRE(before.size() > 8);
    CHECK(window.action(QStringLiteral("removeRound"))->isEnabled());

    ui::prompts::queueAnswer(QMessageBox::No);
    CHECK_FALSE(window.removeRound(roundId));
    CHECK(file->rounds()->size() == 1);
    const QString question = ui::prompts::recordedQuestions().constLast();
    CHECK(question.contains(title));
    CHECK(question.contains(QStringLiteral("8 đơn vị")));
    CHECK(question.contains(QStringLiteral("248 kết quả")));
    CHECK(question.contains(QStringLiteral("Hoàn tác")));

    // A draft editor open on the round closes with it, rather than write into nothing.
    QAction *editDraft = nullptr;
    for (QAction *action : window.findChild<QMenu *>(QStringLiteral("reportsMenu"))->actions())
        editDraft = action->text() == QStringLiteral("Sửa dự thảo thông báo…") ? action : editDraft;
    REQUIRE(editDraft);
    editDraft->trigger();
    QPointer<ui::NoticeDraftEditor> draft = window.findChild<ui::NoticeDraftEditor *>();
    REQUIRE(draft);
    CHECK(draft->isVisible());

    ui::prompts::queueAnswer(QMessageBox::Yes);
    CHECK(window.removeRound(roundId));
    CHECK((!draft || !draft->isVisible()));
    CHECK(window.action(QStringLiteral("undo"))->text().size() < 80);
    CHECK(file->rounds()->isEmpty());
    CHECK(window.currentRoundId().isEmpty());
    CHECK_FALSE(window.action(QStringLiteral("removeRound"))->isEnabled());

    window.action(QStringLiteral("undo"))->trigger();
    REQUIRE(file->rounds()->size() == 1);
    CHECK(roundContents(file, roundId) == before);
    auto paragraphs = report::ReportStore(*file).paragraphs(roundId);
    REQUIRE(paragraphs.ok());
    REQUIRE(paragraphs->size() == 1);
    CHECK(paragraphs->constFirst().editedText == QStringLiteral("Đoạn văn đoàn đã sửa"));
    CHECK(window.currentRoundId() == roundId); // the workspace shows it again

    window.action(QStringLiteral("redo"))->trigger();
    CHECK(file->rounds()->isEmpty());
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(roundContents(file, roundId) == before);
    CHECK(ui::prompts::recordedErrors().isEmpty());
}

TEST_CASE("An undo or redo whose write fails leaves the history where the file is",
          "[ui][undo][durability]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    InspectionFile *file = window.file();
    ui::Workspace *workspace = window.workspace();
    const QString roundUnitId = workspace->currentRoundUnitId();
    const QString criterion = workspace->currentCriterionId();
    const AssessmentResult original = storedAssessment(file, roundUnitId, criterion).result;
    const AssessmentResult changed = original == AssessmentResult::NotApplicable
                                         ? AssessmentResult::NotMet
                                         : AssessmentResult::NotApplicable;
    workspace->setResult(changed);
    QUndoStack *history = window.session()->undoStack();
    const int done = history->index();
    REQUIRE(storedAssessment(file, roundUnitId, criterion).result == changed);

    setQueryOnly(file, true);
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(history->index() == done); // the step stays done: the file still has it
    CHECK(history->canUndo());
    CHECK(storedAssessment(file, roundUnitId, criterion).result == changed);
    CHECK(workspace->checklistModel()->assessment(criterion).result == changed);
    CHECK(window.banner()->text().contains(QStringLiteral("không hoàn tác được")));
    CHECK(window.saveStateText() == QStringLiteral("Đã lưu")); // file and history agree
    CHECK_FALSE(window.isWindowModified());

    setQueryOnly(file, false);
    window.action(QStringLiteral("undo"))->trigger(); // the retry writes it
    CHECK(history->index() == done - 1);
    CHECK(storedAssessment(file, roundUnitId, criterion).result == original);

    setQueryOnly(file, true);
    window.action(QStringLiteral("redo"))->trigger();
    CHECK(history->index() == done - 1);
    CHECK(history->canRedo());
    CHECK(storedAssessment(file, roundUnitId, criterion).result == original);
    CHECK(window.banner()->text().contains(QStringLiteral("không làm lại được")));

    setQueryOnly(file, false);
    window.action(QStringLiteral("redo"))->trigger();
    CHECK(history->index() == done);
    CHECK(storedAssessment(file, roundUnitId, criterion).result == changed);
    // The step skipped while moving back writes again the next time: undo still undoes.
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(storedAssessment(file, roundUnitId, criterion).result == original);
}

TEST_CASE("Open hands another program a temporary copy with the file's bytes and name",
          "[ui][evidence]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::Workspace *workspace = window.workspace();
    ui::CriterionPane *pane = workspace->criterionPane();
    const QString roundUnitId = workspace->currentRoundUnitId();
    const QString criterion = workspace->currentCriterionId();
    const QString source = demo.dir.path(QStringLiteral("Biên bản họp.txt"));
    const QByteArray bytes = QByteArrayLiteral("Nội dung biên bản\n\x01\x02 binary tail");
    writeAll(source, bytes);
    ui::prompts::queuePath(source);
    emit pane->attachFileRequested();
    const QList<Evidence> evidence = storedAssessment(window.file(), roundUnitId, criterion).evidence;
    REQUIRE_FALSE(evidence.isEmpty());
    const Evidence attached = evidence.constLast();
    REQUIRE(attached.fileName == QStringLiteral("Biên bản họp.txt"));

    QList<QUrl> opened;
    ui::prompts::setUrlHook([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    emit pane->openEvidenceRequested(attached.id);
    REQUIRE(opened.size() == 1);
    REQUIRE(opened.constFirst().isLocalFile());
    const QString copy = opened.constFirst().toLocalFile();
    CHECK(QFileInfo(copy).fileName() == attached.id.left(8) + QStringLiteral("-Biên bản họp.txt"));
    CHECK(readAll(copy) == bytes);
    CHECK(QFileInfo(copy).absolutePath() != QFileInfo(demo.path).absolutePath());
    CHECK(window.banner()->text().isEmpty());

    // Nothing to open it with: the user is told where the copy is.
    ui::prompts::setUrlHook([](const QUrl &) { return false; });
    emit pane->openEvidenceRequested(attached.id);
    CHECK(window.banner()->text().contains(QStringLiteral("Biên bản họp.txt")));
}
