// Issue 10: the traps a new user met on a first round (own lock, window size, errors said
// once, toolbar and menu names).
#include "tests/ui/UiFixtures.h"

#include "core/common/VietnameseText.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "core/storage/InspectionFile.h"
#include "ui/editors/RoundEditor.h"
#include "ui/models/ChecklistModel.h"
#include "ui/report/NoticeDraftEditor.h"
#include "ui/report/ReportActions.h"
#include "ui/Session.h"
#include "ui/widgets/Banner.h"
#include "ui/widgets/CriterionPane.h"
#include "ui/widgets/FindingEditor.h"
#include "ui/widgets/FirstSteps.h"
#include "ui/widgets/WindowSize.h"
#include "ui/widgets/Workspace.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>

using namespace cchc;
using namespace cchc::test;

namespace {

// Types Vietnamese letter by letter, as an input method delivers it (QTest::keyClicks
// knows ASCII only): each letter is one change of the text.
void typeText(QPlainTextEdit *edit, const QString &text)
{
    for (const QChar letter : text)
        edit->insertPlainText(QString(letter));
}

} // namespace

TEST_CASE("Opening the file already open in this window keeps it, writable", "[ui][readonly]")
{
    DemoWindow demo;
    ui::Session *before = demo.window.session();
    REQUIRE(demo.window.openFile(demo.path));
    CHECK(demo.window.session() == before); // the same file, not a second, read-only copy
    CHECK_FALSE(demo.window.file()->isReadOnly());
    CHECK(demo.window.banner()->text().isEmpty());
    CHECK(demo.window.statusBar()->currentMessage().contains(QStringLiteral("đã mở")));
    CHECK(ui::prompts::recordedErrors().isEmpty());
}

TEST_CASE("A second open of a file in this program names this program, not a process id",
          "[ui][readonly]")
{
    DemoWindow first;
    ScriptedWindow second;
    REQUIRE(second.window.openFile(first.path));
    REQUIRE(second.window.file()->isReadOnly());
    const QString reason = second.window.file()->readOnlyReason();
    CHECK_FALSE(reason.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(reason.contains(QStringLiteral("chương trình này")));
}

TEST_CASE("The default window fits a 1366 × 768 screen with its title bar", "[ui][size]")
{
    ui::MainWindow window;
    CHECK(window.width() <= ui::kLaptopClientArea.width());
    CHECK(window.height() <= ui::kLaptopClientArea.height());
    CHECK(window.minimumSizeHint().height() <= ui::kLaptopClientArea.height());
    CHECK(ui::kLaptopClientArea.height() + 40 + 40 <= 768); // taskbar, title bar and frame
}

TEST_CASE("A file that cannot be opened is reported once, in the banner", "[ui][errors]")
{
    ScriptedWindow scripted;
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("thong-bao.pdf"));
    QFile out(pdf);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4\n%%EOF\n");
    out.close();
    CHECK_FALSE(scripted.window.openFile(pdf));
    CHECK_FALSE(scripted.window.banner()->text().isEmpty());
    CHECK(ui::prompts::recordedErrors().isEmpty()); // no dialog repeating the banner
}

TEST_CASE("The unit's minutes have a toolbar button and a key, and menu items name their document",
          "[ui][toolbar]")
{
    DemoWindow demo;
    auto *toolBar = demo.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    QAction *minutes = nullptr;
    for (QAction *action : toolBar->actions()) {
        if (action->text().startsWith(QStringLiteral("Biên bản")))
            minutes = action;
    }
    REQUIRE(minutes);
    CHECK(minutes->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M));
    CHECK(minutes->isEnabled());
    auto *menu = demo.window.findChild<QMenu *>(QStringLiteral("reportsMenu"));
    REQUIRE(menu);
    for (QAction *action : menu->actions()) {
        if (action->text().contains(QStringLiteral("Word")) || action->text().contains(QStringLiteral("PDF")))
            CHECK((action->text().contains(QStringLiteral("thông báo"))
                   || action->text().contains(QStringLiteral("Biên bản"))
                   || action->text().contains(QStringLiteral("Bảng điểm"))
                   || action->text().contains(QStringLiteral("biên bản"))));
    }
}

TEST_CASE("A criterion that does not apply shows “–” as its score, as the reports do",
          "[ui][checklist]")
{
    DemoWindow demo;
    ui::Workspace *workspace = demo.window.workspace();
    workspace->checklistView()->setFocus();
    QTest::keyClick(workspace->checklistView(), Qt::Key_4);
    const QModelIndex current = workspace->checklistView()->currentIndex();
    CHECK(current.siblingAtColumn(ui::ChecklistModel::ScoreColumn).data().toString()
          == QStringLiteral("–"));
}

TEST_CASE("A new file shows the next step with its button, and nothing to check is offered",
          "[ui][empty]")
{
    TempDir dir;
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    REQUIRE(window.newFile(dir.path(QStringLiteral("moi.cchc"))));
    auto *steps = window.findChild<ui::FirstSteps *>(QStringLiteral("firstSteps"));
    REQUIRE(steps);
    CHECK(steps->isVisible());
    for (const char *name : {"resultMet", "resultNotApplicable", "editFinding", "nextUnchecked",
                             "nextUnit", "editRound", "removeRound"})
        CHECK_FALSE(window.action(QLatin1String(name))->isEnabled());
    auto *unitsButton = steps->findChild<QPushButton *>(QStringLiteral("firstStepUnits"));
    REQUIRE(unitsButton);
    CHECK(unitsButton->isDefault()); // no unit yet: registering them is the next step

    // The round editor creates the unit the register lacks, and the round with it.
    ui::prompts::setDialogHook([](QDialog *dialog) {
        auto *editor = qobject_cast<ui::RoundEditor *>(dialog);
        REQUIRE(editor);
        editor->setTitle(QStringLiteral("Kiểm tra CCHC năm 2023"));
        ui::prompts::queueText(QStringLiteral("Trung tâm Văn hóa Thành phố"));
        auto *create = editor->findChild<QPushButton *>(QStringLiteral("newUnit"));
        REQUIRE(create);
        create->click();
        return int(QDialog::Accepted);
    });
    steps->findChild<QPushButton *>(QStringLiteral("firstStepRound"))->click();
    ui::prompts::setDialogHook({});
    auto units = window.file()->units();
    REQUIRE(units->size() == 1);
    CHECK(units->at(0).name == QStringLiteral("Trung tâm Văn hóa Thành phố"));
    auto rounds = window.file()->rounds();
    REQUIRE(rounds->size() == 1);
    CHECK(window.file()->loadRound(rounds->at(0).id)->units.size() == 1);
    CHECK_FALSE(steps->isVisible()); // the workspace, on the new round's unit
    CHECK(window.workspace()->isVisible());
    CHECK(window.action(QStringLiteral("resultMet"))->isEnabled());
}

TEST_CASE("Every column title of the round editor's tables is readable", "[ui][round]")
{
    DemoWindow demo;
    ui::RoundEditor editor(demo.window.file(), demo.window.currentRoundId());
    for (QTableWidget *table : editor.findChildren<QTableWidget *>()) {
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column + 1 < header->count(); ++column) { // the last one stretches
            const QString title = table->horizontalHeaderItem(column)->text();
            INFO(title.toStdString());
            CHECK(header->sectionSize(column)
                  >= header->fontMetrics().horizontalAdvance(title));
        }
    }
}

TEST_CASE("With a filter, the next unit selects its first visible criterion and the keys act on it",
          "[ui][filter]")
{
    DemoWindow demo;
    ui::Workspace *workspace = demo.window.workspace();
    demo.window.action(QStringLiteral("filter"))->trigger();
    QTest::keyClicks(workspace->filterEdit(), QStringLiteral("ky luat"));
    QAbstractItemModel *shown = workspace->checklistView()->model();
    REQUIRE(shown->rowCount() > 0);
    const QString firstUnit = workspace->currentRoundUnitId();
    demo.window.action(QStringLiteral("nextUnit"))->trigger();
    REQUIRE(workspace->currentRoundUnitId() != firstUnit);
    const QString criterion = workspace->currentCriterionId();
    REQUIRE_FALSE(criterion.isEmpty());
    CHECK(workspace->criterionPane()->criterionId() == criterion);
    // The criterion selected is one the filter shows.
    const QModelIndex current = workspace->checklistView()->currentIndex();
    CHECK(current.isValid());
    CHECK(vn::searchKey(current.siblingAtColumn(0).data(ui::ChecklistModel::SearchTextRole).toString())
              .contains(QStringLiteral("luat")));
    workspace->checklistView()->setFocus();
    QTest::keyClick(workspace->checklistView(), Qt::Key_3);
    CHECK(storedAssessment(demo.window.file(), workspace->currentRoundUnitId(), criterion).result
          == AssessmentResult::NotMet);

    // A filter nothing matches: the pane is empty and a result key says why.
    workspace->filterEdit()->setText(QStringLiteral("khong co tieu chi nao nhu vay"));
    demo.window.action(QStringLiteral("nextUnit"))->trigger();
    CHECK(workspace->criterionPane()->criterionId().isEmpty());
    workspace->setResult(AssessmentResult::Met);
    CHECK(demo.window.banner()->text().contains(QStringLiteral("khong co tieu chi")));
}

TEST_CASE("The checklist needs no sideways scrolling at 1366 pixels: names wrap, not cut",
          "[ui][checklist]")
{
    DemoWindow demo;
    QTreeView *view = demo.window.workspace()->checklistView();
    QCoreApplication::processEvents();
    QHeaderView *header = view->header();
    int total = 0;
    for (int column = 0; column < header->count(); ++column)
        total += header->sectionSize(column);
    CHECK(total <= view->viewport()->width());
    CHECK(view->textElideMode() == Qt::ElideNone);
    CHECK(view->wordWrap());
}

TEST_CASE("A round from an empty file to an issued notice, the way a team does it",
          "[ui][walkthrough]")
{
    TempDir dir;
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    REQUIRE(window.newFile(dir.path(QStringLiteral("kiem-tra.cchc"))));

    // The next step's button: the round, with its team and two units made on the way.
    ui::prompts::setDialogHook([](QDialog *dialog) {
        auto *editor = qobject_cast<ui::RoundEditor *>(dialog);
        REQUIRE(editor);
        editor->setTitle(QStringLiteral("Kiểm tra CCHC tại các đơn vị sự nghiệp năm 2023"));
        TeamMember lead;
        lead.fullName = QStringLiteral("Nguyễn Văn An");
        lead.role = TeamRole::Lead;
        editor->addTeamMember(lead);
        auto *create = editor->findChild<QPushButton *>(QStringLiteral("newUnit"));
        for (const char *name : {"Trung tâm Y tế Thành phố", "Ban Quản lý chợ"}) {
            ui::prompts::queueText(QString::fromUtf8(name));
            create->click();
        }
        return int(QDialog::Accepted);
    });
    window.findChild<QPushButton *>(QStringLiteral("firstStepRound"))->click();
    ui::prompts::setDialogHook({});
    REQUIRE_FALSE(window.currentRoundUnitId().isEmpty());

    // Checking: results by key, a finding with F2, the next unit with Ctrl+PgDown.
    ui::Workspace *workspace = window.workspace();
    QTreeView *checklist = workspace->checklistView();
    checklist->setFocus();
    QTest::keyClick(checklist, Qt::Key_1);
    QTest::keyClick(checklist, Qt::Key_N);
    QTest::keyClick(checklist, Qt::Key_3);
    QTest::keyClick(checklist, Qt::Key_F2);
    typeText(workspace->criterionPane()->findingEditor(),
                     QStringLiteral("Chưa niêm yết thủ tục hành chính."));
    QTest::keyClick(workspace->criterionPane()->findingEditor(), Qt::Key_Escape);
    QTest::keyClick(checklist, Qt::Key_PageDown, Qt::ControlModifier);
    QTest::keyClick(checklist, Qt::Key_1);
    QTest::keyClick(checklist, Qt::Key_PageUp, Qt::ControlModifier);

    // The unit's minutes (Ctrl+M), then the notice: edited, then issued with a number.
    auto *reports = window.findChild<ui::ReportActions *>();
    REQUIRE(reports);
    QStringList written;
    reports->setPathChooser([&](const QString &suggested, bool) {
        written << dir.path(suggested);
        return written.constLast();
    });
    reports->setConfirmHandler([](const QString &) { return true; });
    QTest::keyClick(checklist, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(written.size() == 1);
    CHECK(readAll(written.at(0)).startsWith("%PDF"));

    QTest::keyClick(checklist, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    ui::NoticeDraftEditor *editor = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<ui::NoticeDraftEditor *>(widget); found && found->isVisible())
            editor = found;
    REQUIRE(editor);
    editor->selectParagraph(editor->rowOf(QStringLiteral("assessment")));
    editor->addParagraph();
    typeText(editor->textEdit(),
                     QStringLiteral("Đoàn ghi nhận tinh thần hợp tác của các đơn vị."));
    editor->close();

    for (QAction *action : reports->actions()) {
        if (action->text().startsWith(QStringLiteral("Ban hành")))
            action->trigger();
    }
    REQUIRE(written.size() == 2);
    const auto issued = report::ReportStore(*window.file()).issuedNotice(window.currentRoundId());
    REQUIRE(issued.ok());
    REQUIRE(issued->has_value());
    CHECK((*issued)->number == 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {written.at(1), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(printed.contains(QStringLiteral("01/TB-ĐKT")));
    CHECK(printed.contains(QStringLiteral("Đoàn ghi nhận tinh thần hợp tác của các đơn vị.")));
    CHECK(printed.contains(QStringLiteral("Nguyễn Văn An")));
}
