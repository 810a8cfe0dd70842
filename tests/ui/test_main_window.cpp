#include "tests/ui/UiFixtures.h"

#include "core/builtin/DemoFile.h"
#include "core/common/VietnameseText.h"
#include "core/storage/InspectionFile.h"
#include "ui/Icons.h"
#include "ui/editors/RoundEditor.h"
#include "ui/editors/UnitRegisterDialog.h"
#include "ui/models/ChecklistModel.h"
#include "ui/Screenshots.h"
#include "ui/Session.h"
#include "ui/widgets/Banner.h"
#include "ui/widgets/CriterionPane.h"
#include "ui/widgets/FindingEditor.h"
#include "ui/widgets/Workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace cchc;
using namespace cchc::test;
using ui::prompts::setDialogHook;

namespace {

// Adds two units through the unit register and a round over both through the round editor,
// the way a user would, and returns the round's unit ids.
QStringList createRoundWithTwoUnits(ui::MainWindow &window)
{
    setDialogHook([](QDialog *dialog) {
        auto *units = qobject_cast<ui::UnitRegisterDialog *>(dialog);
        REQUIRE(units);
        Unit a;
        a.name = QStringLiteral("Trung tâm Y tế Thành phố");
        Unit b;
        b.name = QStringLiteral("Ban Quản lý chợ");
        REQUIRE(units->addUnit(a).ok());
        REQUIRE(units->addUnit(b).ok());
        return int(QDialog::Accepted);
    });
    window.action(QStringLiteral("editUnits"))->trigger();
    auto units = window.file()->units();
    REQUIRE(units->size() == 2);
    setDialogHook([&units](QDialog *dialog) {
        auto *editor = qobject_cast<ui::RoundEditor *>(dialog);
        REQUIRE(editor);
        editor->setTitle(QStringLiteral("Kiểm tra CCHC năm 2022"));
        TeamMember lead;
        lead.fullName = QStringLiteral("Nguyễn Văn An");
        lead.role = TeamRole::Lead;
        editor->addTeamMember(lead);
        for (const Unit &unit : *units)
            editor->addUnit(unit.id, QDate(2022, 5, 23));
        return int(QDialog::Accepted);
    });
    window.action(QStringLiteral("newRound"))->trigger();
    setDialogHook({});
    auto rounds = window.file()->rounds();
    REQUIRE(rounds->size() == 1);
    auto round = window.file()->loadRound(rounds->at(0).id);
    REQUIRE(round->units.size() == 2);
    REQUIRE(round->team.size() == 1);
    return {round->units.at(0).id, round->units.at(1).id};
}

void typeFinding(ui::Workspace *workspace, const QString &text)
{
    QTest::keyClick(workspace->checklistView(), Qt::Key_F2);
    ui::FindingEditor *editor = workspace->criterionPane()->findingEditor();
    REQUIRE(editor->hasFocus());
    QTest::keyClicks(editor, text);
}

} // namespace

TEST_CASE("A round is checked by keyboard, undone, redone and found again after reopening",
          "[ui][keyboard][undo]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("visit.cchc"));
    QString criterionA, criterionB, roundUnitId;
    {
        ScriptedWindow scripted;
        ui::MainWindow &window = scripted.window;
        REQUIRE(window.newFile(path));
        const QStringList roundUnits = createRoundWithTwoUnits(window);
        ui::Workspace *workspace = window.workspace();
        REQUIRE(workspace->selectRoundUnit(roundUnits.at(0)));
        roundUnitId = roundUnits.at(0);
        QTreeView *checklist = workspace->checklistView();
        checklist->setFocus();
        criterionA = workspace->currentCriterionId();
        REQUIRE_FALSE(criterionA.isEmpty());

        QTest::keyClick(checklist, Qt::Key_1);
        CHECK(workspace->checklistModel()->assessment(criterionA).result == AssessmentResult::Met);
        QTest::keyClick(checklist, Qt::Key_1); // the same again is no new undo step
        CHECK(window.session()->undoStack()->count() == 1 + 3); // two units, a round, this
        CHECK(workspace->progressText(roundUnitId).startsWith(QStringLiteral("1/")));

        QTest::keyClick(checklist, Qt::Key_N); // next unchecked
        criterionB = workspace->currentCriterionId();
        CHECK(criterionB != criterionA);
        QTest::keyClick(checklist, Qt::Key_3);
        CHECK(workspace->checklistModel()->assessment(criterionB).result ==
              AssessmentResult::NotMet);

        // One burst of typing, left with Esc: one undo step.
        typeFinding(workspace, QStringLiteral("Chua ban hanh ke hoach"));
        QTest::keyClick(workspace->criterionPane()->findingEditor(), Qt::Key_Escape);
        CHECK(checklist->hasFocus());
        // A second burst committed twice by the idle timer: still one undo step.
        QTest::keyClick(checklist, Qt::Key_F2); // F2 goes in, F2 again comes back
        QTest::keyClick(workspace->criterionPane()->findingEditor(), Qt::Key_F2);
        CHECK(checklist->hasFocus());
        typeFinding(workspace, QStringLiteral(" nam 2022"));
        QTest::qWait(ui::FindingEditor::kIdleMs + 300);
        QTest::keyClicks(workspace->criterionPane()->findingEditor(),
                         QStringLiteral(" (Mot phan)"));
        QTest::qWait(ui::FindingEditor::kIdleMs + 300);
        QTest::keyClick(workspace->criterionPane()->findingEditor(), Qt::Key_Return,
                        Qt::ControlModifier);
        const QString full = QStringLiteral("Chua ban hanh ke hoach nam 2022 (Mot phan)");
        CHECK(workspace->checklistModel()->assessment(criterionB).finding == full);
        CHECK(window.saveStateText() == QStringLiteral("Đã lưu"));
        CHECK_FALSE(window.isWindowModified());

        QUndoStack *undo = window.session()->undoStack();
        const int steps = undo->count();
        window.action(QStringLiteral("undo"))->trigger();
        CHECK(workspace->checklistModel()->assessment(criterionB).finding ==
              QStringLiteral("Chua ban hanh ke hoach"));
        CHECK(workspace->criterionPane()->findingEditor()->toPlainText() ==
              QStringLiteral("Chua ban hanh ke hoach"));
        window.action(QStringLiteral("undo"))->trigger();
        CHECK(workspace->checklistModel()->assessment(criterionB).finding.isEmpty());
        window.action(QStringLiteral("undo"))->trigger(); // the "Chưa đạt"
        CHECK(workspace->checklistModel()->assessment(criterionB).result ==
              AssessmentResult::NotChecked);
        auto stored = window.file()->assessments(roundUnitId);
        for (const Assessment &assessment : *stored) {
            if (assessment.criterionId == criterionB)
                CHECK(assessment.result == AssessmentResult::NotChecked); // undo is durable too
        }
        for (int i = 0; i < 3; ++i)
            window.action(QStringLiteral("redo"))->trigger();
        CHECK(undo->count() == steps);
        CHECK(workspace->checklistModel()->assessment(criterionB).finding == full);
        CHECK(ui::prompts::recordedErrors().isEmpty());
    }
    // Everything is in the file, with no explicit save.
    auto reopened = InspectionFile::open(path);
    REQUIRE(reopened.ok());
    auto stored = (*reopened)->assessments(roundUnitId);
    REQUIRE(stored.ok());
    QHash<QString, Assessment> byCriterion;
    for (const Assessment &assessment : *stored)
        byCriterion.insert(assessment.criterionId, assessment);
    CHECK(byCriterion.value(criterionA).result == AssessmentResult::Met);
    CHECK(byCriterion.value(criterionB).result == AssessmentResult::NotMet);
    CHECK(byCriterion.value(criterionB).finding ==
          QStringLiteral("Chua ban hanh ke hoach nam 2022 (Mot phan)"));
}

TEST_CASE("A file open in another window opens read-only with a banner, not an error",
          "[ui][readonly]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto first = InspectionFile::open(path);
    REQUIRE(first.ok());
    REQUIRE_FALSE((*first)->isReadOnly());

    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    REQUIRE(window.openFile(path));
    CHECK(window.file()->isReadOnly());
    CHECK(window.banner()->text().contains(QStringLiteral("Chỉ đọc")));
    CHECK(window.saveStateText() == QStringLiteral("Chỉ đọc"));
    CHECK(ui::prompts::recordedErrors().isEmpty());
    CHECK_FALSE(window.action(QStringLiteral("resultMet"))->isEnabled());

    CHECK(window.windowTitle().contains(QStringLiteral("chỉ đọc")));

    ui::Workspace *workspace = window.workspace();
    const QString criterion = workspace->currentCriterionId();
    REQUIRE_FALSE(criterion.isEmpty());
    const auto before = workspace->checklistModel()->assessment(criterion).result;
    workspace->checklistView()->setFocus();
    QTest::keyClick(workspace->checklistView(), Qt::Key_4);
    CHECK(workspace->checklistModel()->assessment(criterion).result == before);
    CHECK(window.session()->undoStack()->count() == 0);
}

TEST_CASE("Two windows on one file: the second is read-only, the first keeps writing",
          "[ui][readonly]")
{
    DemoWindow first;
    REQUIRE_FALSE(first.window.file()->isReadOnly());
    ScriptedWindow second;
    REQUIRE(second.window.openFile(first.path));
    CHECK(second.window.file()->isReadOnly());
    CHECK_FALSE(second.window.banner()->text().isEmpty());
    CHECK(ui::prompts::recordedErrors().isEmpty());

    ui::Workspace *workspace = first.window.workspace();
    workspace->checklistView()->setFocus();
    first.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&first.window));
    QTest::keyClick(workspace->checklistView(), Qt::Key_2);
    CHECK(workspace->checklistModel()->assessment(workspace->currentCriterionId()).result ==
          AssessmentResult::PartiallyMet);
    CHECK(first.window.saveStateText() == QStringLiteral("Đã lưu"));

    // When the first window lets go, "Open again" makes the second one writable.
    first.window.closeFile();
    REQUIRE(second.window.banner()->actionButton()->isVisible());
    second.window.banner()->actionButton()->click();
    QCoreApplication::processEvents();
    REQUIRE(second.window.file() != nullptr);
    CHECK_FALSE(second.window.file()->isReadOnly());
    CHECK(second.window.banner()->text().isEmpty());
}

TEST_CASE("Another computer's lock: the banner names it, and editing anyway asks first",
          "[ui][readonly][recovery]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    writeAll(path + QStringLiteral(".lock"), QByteArrayLiteral("4242\ncchc-inspector\nlaptop-b\n"));
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    REQUIRE(window.openFile(path));
    CHECK(window.file()->isReadOnly());
    CHECK(window.banner()->text().contains(QStringLiteral("laptop-b")));
    QPushButton *action = window.banner()->actionButton();
    REQUIRE(action->isVisible());

    // Cancelled: still read-only, the other computer's lock untouched.
    ui::prompts::queueAnswer(QMessageBox::Cancel);
    action->click();
    QCoreApplication::processEvents();
    REQUIRE(ui::prompts::recordedQuestions().size() == 1);
    CHECK(ui::prompts::recordedQuestions().constFirst().contains(QStringLiteral("laptop-b")));
    CHECK(window.file()->isReadOnly());

    ui::prompts::queueAnswer(QMessageBox::Yes);
    window.banner()->actionButton()->click();
    QCoreApplication::processEvents();
    REQUIRE(window.file() != nullptr);
    CHECK_FALSE(window.file()->isReadOnly());
    CHECK(window.banner()->text().isEmpty());
    CHECK(readAll(path + QStringLiteral(".lock"))
              .startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
}

TEST_CASE("A failed write keeps the finding, says so, and saves it on the retry",
          "[ui][durability]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::Workspace *workspace = window.workspace();
    const QString criterion = workspace->currentCriterionId();
    const QString roundUnitId = workspace->currentRoundUnitId();
    workspace->checklistView()->setFocus();

    QSqlQuery(window.file()->database()).exec(QStringLiteral("PRAGMA query_only = 1"));
    typeFinding(workspace, QStringLiteral(" Bo sung"));
    ui::FindingEditor *editor = workspace->criterionPane()->findingEditor();
    const QString typed = editor->toPlainText();
    CHECK(window.saveStateText() == QStringLiteral("Đang lưu…")); // typed, not yet written
    CHECK(window.isWindowModified());
    editor->flush();
    CHECK(window.saveStateText() == QStringLiteral("Chưa lưu"));
    CHECK(window.isWindowModified());
    CHECK_FALSE(window.banner()->text().isEmpty());
    CHECK(editor->toPlainText() == typed); // nothing typed is lost
    CHECK(editor->hasUncommittedText());

    // Closing now would lose it: the window asks, and "No" keeps it open.
    ui::prompts::queueAnswer(QMessageBox::No);
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());

    QSqlQuery(window.file()->database()).exec(QStringLiteral("PRAGMA query_only = 0"));
    editor->flush(); // what the retry timer does
    CHECK(window.saveStateText() == QStringLiteral("Đã lưu"));
    CHECK_FALSE(window.isWindowModified());
    auto stored = window.file()->assessments(roundUnitId);
    bool found = false;
    for (const Assessment &assessment : *stored)
        found = found || (assessment.criterionId == criterion && assessment.finding == typed);
    CHECK(found);
}

TEST_CASE("The checklist filter ignores Vietnamese accents", "[ui][filter]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    ui::Workspace *workspace = window.workspace();
    QAbstractItemModel *shown = workspace->checklistView()->model();
    const auto countCriteria = [shown] {
        int count = 0;
        for (int g = 0; g < shown->rowCount(); ++g)
            count += shown->rowCount(shown->index(g, 0));
        return count;
    };
    const int all = countCriteria();
    REQUIRE(all > 10);

    window.action(QStringLiteral("filter"))->trigger();
    CHECK(workspace->filterEdit()->hasFocus());
    QTest::keyClicks(workspace->filterEdit(), QStringLiteral("ky luat"));
    const int filtered = countCriteria();
    CHECK(filtered > 0);
    CHECK(filtered < all);
    for (int g = 0; g < shown->rowCount(); ++g) {
        const QModelIndex group = shown->index(g, 0);
        for (int c = 0; c < shown->rowCount(group); ++c) {
            const QString text =
                shown->index(c, 0, group).data(ui::ChecklistModel::SearchTextRole).toString();
            // Every word of the query, wherever it stands (vn::matchesSearch).
            CHECK(vn::searchKey(text).contains(QStringLiteral("ky")));
            CHECK(vn::searchKey(text).contains(QStringLiteral("luat")));
        }
    }
    QTest::keyClick(workspace->filterEdit(), Qt::Key_Escape); // clears and returns
    CHECK(countCriteria() == all);
    CHECK(workspace->checklistView()->hasFocus());
}

TEST_CASE("Units in the navigation are in the round's order, as in the reports and list",
          "[ui][sort]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    QAbstractItemModel *navigation = window.workspace()->navigationView()->model();
    const QModelIndex round = navigation->index(0, 0);
    auto stored = window.file()->loadRound(window.currentRoundId());
    REQUIRE(stored.ok());
    REQUIRE(navigation->rowCount(round) == stored->units.size());
    for (int row = 0; row < navigation->rowCount(round); ++row)
        CHECK(navigation->index(row, 0, round).data().toString()
              == window.file()->unit(stored->units.at(row).unitId)->name);
}

TEST_CASE("Save a copy and the report slot", "[ui][file]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const QString copyPath = demo.dir.path(QStringLiteral("copy.cchc"));
    ui::prompts::queuePath(copyPath);
    window.action(QStringLiteral("saveCopy"))->trigger();
    auto copy = InspectionFile::open(copyPath);
    REQUIRE(copy.ok());
    CHECK((*copy)->rounds()->size() == 1);
    CHECK(window.file()->path() == demo.path); // the original stays the document

    QString seenRound;
    QObject::connect(&window, &ui::MainWindow::contextChanged, &window,
                     [&seenRound](InspectionFile *, const QString &roundId, const QString &) {
                         seenRound = roundId;
                     });
    auto *report = new QAction(QStringLiteral("Report"), &window);
    window.addReportActions({report});
    auto *menu = window.findChild<QMenu *>(QStringLiteral("reportsMenu"));
    REQUIRE(menu);
    CHECK(menu->actions().contains(report));
    window.closeFile();
    CHECK(window.file() == nullptr);
    CHECK(seenRound.isEmpty());
}

TEST_CASE("The Reports menu carries the report actions for the selected round", "[ui][report]")
{
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("reportsMenu"));
    REQUIRE(menu);
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    CHECK(texts.contains(QStringLiteral("Xuất thông báo ra Word (.docx)…")));
    // No file: nothing to report on.
    for (QAction *action : menu->actions())
        CHECK_FALSE(action->isEnabled());

    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    REQUIRE(window.openFile(path));
    REQUIRE_FALSE(window.currentRoundId().isEmpty());
    for (QAction *action : menu->actions())
        CHECK(action->isEnabled());
    window.closeFile();
    for (QAction *action : menu->actions())
        CHECK_FALSE(action->isEnabled());
}

TEST_CASE("The toolbar has an icon on every action and fits a 1366-pixel screen", "[ui][toolbar]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    int withIcon = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        const QImage image = action->icon().pixmap(QSize(24, 24)).toImage();
        REQUIRE_FALSE(image.isNull());
        int painted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        CHECK(painted > 24); // drawn, not an empty square
        ++withIcon;
    }
    CHECK(withIcon >= 11); // new, open, undo, redo, four results, next, three reports
    // Nothing hides behind the overflow arrow at 1366 × 768.
    auto *overflow = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    REQUIRE(overflow);
    CHECK_FALSE(overflow->isVisible());
    // The result buttons keep their key and word beside the icon.
    auto *met = qobject_cast<QToolButton *>(
        toolBar->widgetForAction(window.action(QStringLiteral("resultMet"))));
    REQUIRE(met);
    CHECK(met->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
    CHECK(met->text() == QStringLiteral("1 Đạt"));
}

TEST_CASE("Toolbar icons are compiled in at every size, with no SVG support", "[ui][toolbar]")
{
    // Rendered from the SVGs at build time (ui/CMakeLists.txt): the program has no QtSvg.
    const QIcon met = ui::actionIcon(QStringLiteral("met"));
    REQUIRE_FALSE(met.isNull());
    for (const int size : {16, 20, 24, 32, 40, 48, 64}) {
        INFO("size " << size);
        CHECK(met.availableSizes().contains(QSize(size, size)));
    }
    CHECK(ui::actionIcon(QStringLiteral("no-such-icon")).isNull());
    CHECK(ui::actionIcon(QString()).isNull());
}

TEST_CASE("Screenshots: every screen at 1366 × 768, the Reports menu shown open", "[ui][screenshots]")
{
    TempDir dir;
    auto written = ui::writeScreenshots(dir.path(QStringLiteral("shots")));
    REQUIRE(written.ok());
    QStringList names;
    for (const QString &path : *written)
        names << QFileInfo(path).fileName();
    for (const char *expected :
         {"start-page.png", "main-window.png", "reports-menu.png", "notice-draft-editor.png",
          "print-preview.png", "new-file.png", "round-editor-no-units.png",
          "report-settings.png", "change-reason.png", "frozen-round.png"})
        CHECK(names.contains(QLatin1String(expected)));
    const QImage main(dir.path(QStringLiteral("shots/main-window.png")));
    const QImage menu(dir.path(QStringLiteral("shots/reports-menu.png")));
    CHECK(main.size() == QSize(1366, 768));
    REQUIRE(menu.size() == main.size());
    CHECK(menu != main); // the open menu is painted over the window
}
