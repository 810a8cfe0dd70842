// What the window fills in after its first frame, and what it repaints after an edit
// (issue 13): the navigation's progress and scores come right after the first paint, a
// result set shows at once in the checklist, its area, the navigation and the pane, and
// wrapped rows are measured again whenever their text or width changes.
#include "tests/ui/UiFixtures.h"

#include "core/domain/Scoring.h"
#include "ui/models/ChecklistModel.h"
#include "ui/models/NavigationModel.h"
#include "ui/widgets/Banner.h"
#include "ui/widgets/StartPage.h"
#include "ui/widgets/CriterionPane.h"
#include "ui/widgets/FindingEditor.h"
#include "ui/widgets/Workspace.h"
#include "ui/widgets/WrappingDelegate.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QLocale>
#include <QPaintEvent>
#include <QSettings>
#include <QStandardItemModel>
#include <QTreeView>

using namespace cchc;
using namespace cchc::test;

namespace {

// "12/60 · 87,5%" for a unit, scored from what the file holds.
QString expectedProgress(InspectionFile *file, const QString &roundId, const QString &roundUnitId)
{
    auto round = file->loadRound(roundId);
    REQUIRE(round.ok());
    auto checklist = file->loadTemplate(round->templateId);
    REQUIRE(checklist.ok());
    auto assessments = file->assessments(roundUnitId);
    REQUIRE(assessments.ok());
    const ScoreSummary total = scoreUnit(*checklist, *assessments).total;
    const auto percent = total.percent();
    return QStringLiteral("%1/%2 · ").arg(total.checked).arg(total.criteria) +
           (percent ? QLocale().toString(*percent, 'f', 1) + QLatin1Char('%') : QString());
}

int checkedOf(const QString &progress)
{
    return progress.section(QLatin1Char('/'), 0, 0).toInt();
}

// Records, at each paint of a widget, what `probe` says, and the region painted.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<QString()> probe)
        : m_widget(widget), m_probe(std::move(probe))
    {
        widget->installEventFilter(this); // installed last, so it sees the paint first
    }
    QStringList seen;
    QRegion painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            seen.append(m_probe());
            painted += static_cast<QPaintEvent *>(event)->region();
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<QString()> m_probe;
};

// The demo file with two more rounds, older than its own, of its units in other orders.
QString demoWithThreeRounds(TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("rounds.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    auto rounds = (*file)->rounds();
    REQUIRE(rounds.ok());
    REQUIRE(rounds->size() == 1);
    auto demo = (*file)->loadRound(rounds->constFirst().id);
    REQUIRE(demo.ok());
    for (int year : {2019, 2020}) {
        InspectionRound round;
        round.title = QStringLiteral("Kiểm tra CCHC năm %1").arg(year);
        round.templateId = demo->templateId;
        round.visitStart = round.visitEnd = QDate(year, 5, 20);
        for (qsizetype i = demo->units.size() - 1; i >= (year == 2019 ? 3 : 0); --i) {
            RoundUnit unit;
            unit.unitId = demo->units.at(i).unitId;
            round.units.append(unit);
        }
        REQUIRE((*file)->saveRound(round).ok());
    }
    return path;
}

// Each round's unit names as the file lists them, rounds in the navigation's order.
QList<QStringList> unitNamesByRound(InspectionFile *file)
{
    QList<QStringList> names;
    auto rounds = file->rounds();
    REQUIRE(rounds.ok());
    auto unitNames = file->unitNames();
    REQUIRE(unitNames.ok());
    for (const RoundInfo &info : *rounds) {
        auto round = file->loadRound(info.id);
        REQUIRE(round.ok());
        QStringList units;
        for (const RoundUnit &unit : round->units)
            units.append(unitNames->value(unit.unitId));
        names.append(units);
    }
    return names;
}

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row)
        names.append(model->index(row, 0, parent).data().toString());
    return names;
}

} // namespace

TEST_CASE("The window paints its first frame, then fills the navigation's progress and scores",
          "[ui][startup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    ui::Workspace *workspace = window.workspace();
    QString firstUnit;
    PaintWatch watch(workspace->navigationView()->viewport(), [&] {
        return workspace->progressText(firstUnit);
    });

    REQUIRE(window.openFile(path));
    firstUnit = workspace->currentRoundUnitId();
    REQUIRE_FALSE(firstUnit.isEmpty());
    const QString expected = expectedProgress(window.file(), window.currentRoundId(), firstUnit);
    REQUIRE(checkedOf(expected) > 0); // the demo's units are assessed
    // Shown at once: the tree and the unit; the scores wait for the first frame.
    CHECK(workspace->navigationView()->model()->rowCount() == 1);
    CHECK(workspace->checklistModel()->roundUnitId() == firstUnit);
    CHECK(workspace->progressText(firstUnit) == QStringLiteral(" · "));

    QTRY_COMPARE(workspace->progressText(firstUnit), expected);
    REQUIRE_FALSE(watch.seen.isEmpty());
    CHECK(watch.seen.constFirst() == QStringLiteral(" · ")); // first frame: not yet filled
    // Every unit of the round is filled, as it was before the fill was deferred.
    for (const QString &id : workspace->roundUnitIds())
        CHECK(workspace->progressText(id) == expectedProgress(window.file(), window.currentRoundId(), id));
}

TEST_CASE("A file given at start-up is shown first, then checked: a damaged one is closed",
          "[ui][startup][integrity]")
{
    TempDir dir;
    const QString sound = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(sound).ok());
    const QString damaged = dir.path(QStringLiteral("hong.cchc"));
    REQUIRE(QFile::copy(sound, damaged));
    breakTablePage(damaged, QStringLiteral("assessments"));
    const QByteArray before = readAll(damaged);

    {
        ScriptedWindow scripted;
        REQUIRE(scripted.window.openFileAtStartup(sound));
        CHECK_FALSE(scripted.window.file()->isIntegrityChecked()); // not before the frame
        QTRY_VERIFY(scripted.window.file()->isIntegrityChecked());
        CHECK(scripted.window.file()->checkIntegrity().ok());
        CHECK(scripted.window.banner()->text().isEmpty());
    }
    ScriptedWindow scripted;
    const auto recentFiles = [] { return QSettings().value(QStringLiteral("ui/recentFiles")).toStringList(); };
    const QStringList recent = recentFiles();
    scripted.window.openFileAtStartup(damaged);
    QTRY_VERIFY(scripted.window.file() == nullptr);
    CHECK(recentFiles() == recent); // as when opening refuses it
    CHECK(scripted.window.banner()->text().contains(QStringLiteral("hong.cchc")));
    CHECK(scripted.window.banner()->text().contains(QStringLiteral("bị hỏng")));
    CHECK(readAll(damaged) == before);
}

TEST_CASE("The start page is built when it is shown, never for a file given at start-up",
          "[ui][startup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    ui::prompts::setScripted(true);
    {
        ui::MainWindow window; // as the program starts with a file: opened, then shown
        REQUIRE(window.openFileAtStartup(path));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.findChild<ui::StartPage *>() == nullptr);
        CHECK(window.workspace()->isVisible());
        // Closing the file shows it, with the file just opened among the recent ones.
        window.closeFile();
        auto *page = window.findChild<ui::StartPage *>();
        REQUIRE(page != nullptr);
        CHECK(page->isVisible());
        auto *recent = page->findChild<QListWidget *>();
        REQUIRE(recent != nullptr);
        REQUIRE(recent->count() > 0);
        CHECK(QFileInfo(recent->item(0)->data(Qt::UserRole).toString()) == QFileInfo(path));
    }
    ui::MainWindow empty; // started without a file: the start page is its first frame
    CHECK(empty.findChild<ui::StartPage *>() == nullptr);
    empty.show();
    auto *page = empty.findChild<ui::StartPage *>();
    REQUIRE(page != nullptr);
    CHECK(page->isVisible());
    CHECK_FALSE(empty.workspace()->isVisible());
}

TEST_CASE("The navigation shows the first round's units in the first frame, the others' after it",
          "[ui][startup][navigation]")
{
    TempDir dir;
    const QString path = demoWithThreeRounds(dir);
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    REQUIRE(window.openFile(path));
    const QList<QStringList> expected = unitNamesByRound(window.file());
    REQUIRE(expected.size() == 3);
    const QAbstractItemModel *tree = window.workspace()->navigationView()->model();
    REQUIRE(tree->rowCount() == 3); // every round at once
    CHECK(childNames(tree, tree->index(0, 0)) == expected.at(0));
    // The others not loaded yet, but shown as rounds with units (their expanders).
    for (int row : {1, 2}) {
        CHECK(tree->rowCount(tree->index(row, 0)) == 0);
        CHECK(tree->hasChildren(tree->index(row, 0)));
    }
    // Loaded right after the first frame, in the round's order.
    QTRY_COMPARE(childNames(tree, tree->index(2, 0)), expected.at(2));
    CHECK(childNames(tree, tree->index(1, 0)) == expected.at(1));
    CHECK(window.workspace()->roundUnitIds().size() ==
          expected.at(0).size() + expected.at(1).size() + expected.at(2).size());
}

TEST_CASE("A unit of a round not loaded yet can be chosen, and a round expanded, before the fill",
          "[ui][startup][navigation]")
{
    TempDir dir;
    const QString path = demoWithThreeRounds(dir);
    ui::prompts::setScripted(true);
    ui::MainWindow window; // not shown: no event processed, so nothing filled after opening
    REQUIRE(window.openFile(path));
    ui::Workspace *workspace = window.workspace();
    QAbstractItemModel *tree = workspace->navigationView()->model();
    REQUIRE(tree->rowCount(tree->index(2, 0)) == 0);
    // Undo, a search, the bench: a unit asked for by id loads what it needs.
    auto rounds = window.file()->rounds();
    REQUIRE(rounds.ok());
    auto last = window.file()->loadRound(rounds->at(2).id);
    REQUIRE(last.ok());
    const QString unit = last->units.constLast().id;
    CHECK(workspace->selectRoundUnit(unit));
    CHECK(workspace->currentRoundUnitId() == unit);
    CHECK(window.currentRoundId() == last->id);
    CHECK(workspace->checklistModel()->roundUnitId() == unit);

    // A round expanded before the fill: the view fetches its units, its progress follows.
    ui::MainWindow second;
    const QString copy = dir.path(QStringLiteral("copy.cchc"));
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(second.openFile(copy));
    QAbstractItemModel *secondTree = second.workspace()->navigationView()->model();
    const QModelIndex middle = secondTree->index(1, 0);
    REQUIRE(secondTree->canFetchMore(middle));
    second.workspace()->navigationView()->expand(middle);
    secondTree->fetchMore(middle); // what the view does when it lays the round out
    CHECK(childNames(secondTree, middle) == unitNamesByRound(second.file()).at(1));
    const QString middleUnit = secondTree->index(0, 0, middle).data(ui::NavigationModel::RoundUnitIdRole).toString();
    QTRY_COMPARE(second.workspace()->progressText(middleUnit),
                 expectedProgress(second.file(), rounds->at(1).id, middleUnit));
}

TEST_CASE("The filter's clear button comes with its first text and clears it", "[ui][filter]")
{
    DemoWindow demo;
    QLineEdit *filter = demo.window.workspace()->filterEdit();
    QTest::keyClicks(filter, QStringLiteral("ky luat"));
    CHECK(filter->isClearButtonEnabled());
    auto *clear = filter->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    REQUIRE(clear != nullptr);
    QToolButton *button = nullptr; // the button Qt puts in the field for it
    for (auto *child : filter->findChildren<QToolButton *>()) {
        if (child->defaultAction() == clear)
            button = child;
    }
    REQUIRE(button != nullptr);
    QTRY_VERIFY(button->isVisible());
    button->click();
    CHECK(filter->text().isEmpty());
}

TEST_CASE("A window not shown fills the progress on the next pass of the event loop",
          "[ui][startup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    ui::prompts::setScripted(true);
    ui::MainWindow window; // never shown: nothing will be painted
    REQUIRE(window.openFile(path));
    const QString unit = window.workspace()->currentRoundUnitId();
    QCoreApplication::processEvents();
    CHECK(window.workspace()->progressText(unit) ==
          expectedProgress(window.file(), window.currentRoundId(), unit));
}

TEST_CASE("A result set before the progress was filled shows in it at once", "[ui][startup]")
{
    DemoWindow demo; // opened, no event processed since
    ui::Workspace *workspace = demo.window.workspace();
    const QString unit = workspace->currentRoundUnitId();
    const QString criterion = workspace->currentCriterionId();
    REQUIRE_FALSE(criterion.isEmpty());
    const AssessmentResult before = workspace->checklistModel()->assessment(criterion).result;
    REQUIRE(before != AssessmentResult::NotChecked);
    const int checked =
        checkedOf(expectedProgress(demo.window.file(), demo.window.currentRoundId(), unit));
    workspace->setResult(AssessmentResult::NotChecked);
    CHECK(workspace->progressText(unit) ==
          expectedProgress(demo.window.file(), demo.window.currentRoundId(), unit));
    CHECK(checkedOf(workspace->progressText(unit)) == checked - 1);
}

TEST_CASE("Setting a result repaints its cells, its area's totals, the progress and the pane",
          "[ui][checklist]")
{
    DemoWindow demo;
    ui::Workspace *workspace = demo.window.workspace();
    const QString unit = workspace->currentRoundUnitId();
    QTRY_VERIFY(!workspace->progressText(unit).startsWith(QLatin1Char(' ')));
    const int checked = checkedOf(workspace->progressText(unit));
    REQUIRE(checked > 0);
    QTreeView *checklist = workspace->checklistView();
    // A criterion inside the list, its area's row in sight above it.
    const QModelIndex secondArea = checklist->model()->index(1, 0);
    REQUIRE(workspace->selectCriterion(
        checklist->model()->index(1, 0, secondArea).data(ui::ChecklistModel::CriterionIdRole).toString()));
    checklist->scrollTo(secondArea, QAbstractItemView::PositionAtTop);
    const QString criterion = workspace->currentCriterionId();
    const QModelIndex row = checklist->currentIndex().siblingAtColumn(0);
    const QModelIndex group = row.parent();
    const QString groupCount = group.siblingAtColumn(ui::ChecklistModel::ResultColumn).data().toString();
    // A finding of this criterion, to see that the pane keeps it.
    const QString finding =
        workspace->checklistModel()->assessment(criterion).finding;
    QTest::qWait(50); // every pending paint done
    PaintWatch checklistPaints(checklist->viewport(), [] { return QString(); });
    PaintWatch navigationPaints(workspace->navigationView()->viewport(), [] { return QString(); });

    workspace->setResult(AssessmentResult::NotChecked);

    // The model at once.
    CHECK(row.siblingAtColumn(ui::ChecklistModel::ResultColumn).data().toString() ==
          ui::resultLabel(AssessmentResult::NotChecked));
    CHECK(row.siblingAtColumn(ui::ChecklistModel::ScoreColumn).data().toString().isEmpty());
    const QStringList counts = groupCount.split(QLatin1Char('/'));
    REQUIRE(counts.size() == 2);
    CHECK(group.siblingAtColumn(ui::ChecklistModel::ResultColumn).data().toString() ==
          QStringLiteral("%1/%2").arg(counts.at(0).toInt() - 1).arg(counts.at(1)));
    CHECK(checkedOf(workspace->progressText(unit)) == checked - 1);
    CHECK(workspace->criterionPane()->criterionId() == criterion);
    CHECK(workspace->criterionPane()->findChild<QButtonGroup *>()->checkedId() == -1);
    // The screen: the changed cells are painted again, a row elsewhere is not.
    QTest::qWait(50);
    for (const int column : {int(ui::ChecklistModel::ResultColumn), int(ui::ChecklistModel::ScoreColumn)}) {
        CHECK(checklistPaints.painted.contains(checklist->visualRect(row.siblingAtColumn(column))));
        CHECK(checklistPaints.painted.contains(checklist->visualRect(group.siblingAtColumn(column))));
    }
    const QModelIndex otherGroup = checklist->model()->index(group.row() + 1, 0);
    REQUIRE(otherGroup.isValid());
    const QModelIndex elsewhere = checklist->indexBelow(otherGroup);
    REQUIRE(checklist->visualRect(elsewhere).intersects(checklist->viewport()->rect()));
    CHECK_FALSE(checklistPaints.painted.intersects(checklist->visualRect(elsewhere)));
    QAbstractItemModel *navigation = workspace->navigationView()->model();
    const QModelIndex unitRow = workspace->navigationView()->currentIndex();
    CHECK(navigationPaints.painted.intersects(
        workspace->navigationView()->visualRect(unitRow.siblingAtColumn(1))));
    CHECK(checkedOf(navigation->data(unitRow.siblingAtColumn(1)).toString()) == checked - 1);

    // The pane follows a result set with the keys; the finding it shows stays.
    workspace->setResult(AssessmentResult::NotMet);
    CHECK(workspace->criterionPane()->findChild<QButtonGroup *>()->checkedId() ==
          int(AssessmentResult::NotMet));
    CHECK(workspace->criterionPane()->findingEditor()->toPlainText() == finding);
    CHECK(checkedOf(workspace->progressText(unit)) == checked);
}

TEST_CASE("Wrapped rows are measured again when their text or their column's width changes",
          "[ui][wrap]")
{
    QStandardItemModel model(1, 2);
    const QString longText = QStringLiteral(
        "Trung tâm Ứng dụng tiến bộ khoa học kỹ thuật và bảo vệ cây trồng vật nuôi huyện "
        "Thạch Thất, thành phố Hà Nội");
    model.setItem(0, 0, new QStandardItem(longText));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("12/60")));
    QTreeView view;
    view.setModel(&model);
    ui::wrapText(&view, 0);
    view.resize(900, 400);
    view.header()->resizeSection(0, 800);
    QAbstractItemDelegate *delegate = view.itemDelegate();
    QStyleOptionViewItem option;
    option.initFrom(&view);
    const QModelIndex index = model.index(0, 0);
    const int wide = delegate->sizeHint(option, index).height();
    CHECK(delegate->sizeHint(option, index).height() == wide); // asked again: the same

    view.header()->resizeSection(0, 160);
    const int narrow = delegate->sizeHint(option, index).height();
    CHECK(narrow > wide);
    CHECK(delegate->sizeHint(option, index).width() <= 160);

    model.item(0, 0)->setText(QStringLiteral("Ngắn"));
    CHECK(delegate->sizeHint(option, index).height() < narrow);
    model.item(0, 0)->setText(longText);
    CHECK(delegate->sizeHint(option, index).height() == narrow);

    // A bold item is measured in bold: wider than the same text in the view's font.
    QFont bold = view.font();
    bold.setBold(true);
    model.item(0, 1)->setFont(bold);
    const int boldWidth = delegate->sizeHint(option, model.index(0, 1)).width();
    model.item(0, 1)->setFont(view.font());
    CHECK(delegate->sizeHint(option, model.index(0, 1)).width() < boldWidth);
}
