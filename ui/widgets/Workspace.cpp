#include "ui/widgets/Workspace.h"

#include "ui/widgets/CriterionController.h"
#include "ui/widgets/CriterionPane.h"
#include "ui/widgets/FindingEditor.h"
#include "ui/models/ChecklistFilterProxy.h"
#include "ui/models/ChecklistModel.h"
#include "ui/models/NavigationModel.h"
#include "ui/Session.h"
#include "ui/widgets/WrappingDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace cchc::ui {

Workspace::Workspace(QWidget *parent)
    : QWidget(parent), m_navigation(new NavigationModel(this)),
      m_navigationSort(new VietnameseSortProxy(this)), m_navigationView(new QTreeView(this)),
      m_checklist(new ChecklistModel(this)), m_filterProxy(new ChecklistFilterProxy(this)),
      m_checklistView(new QTreeView(this)), m_filter(new QLineEdit(this)),
      m_pane(new CriterionPane(this)), m_criterion(new CriterionController(m_pane, m_checklist, this)),
      m_progressTimer(new QTimer(this))
{
    // Sorted once per reload: progress updates must not re-sort hundreds of rows each.
    m_navigationSort->setDynamicSortFilter(false);
    m_navigationSort->setSourceModel(m_navigation);
    m_navigationView->setModel(m_navigationSort);
    m_navigationView->setSortingEnabled(false);
    // Unit names are long ("Trung tâm Ứng dụng KHKT và bảo vệ cây trồng vật nuôi") and
    // differ at the end: they wrap rather than be cut.
    wrapText(m_navigationView, NavigationModel::NameColumn);
    m_navigationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigationView->setAccessibleName(tr("Rounds and units"));

    m_filterProxy->setSourceModel(m_checklist);
    m_checklistView->setModel(m_filterProxy);
    // Criteria and area names are read whole: they wrap in their column, which takes the
    // width the others leave, so nothing needs scrolling sideways at 1366 pixels.
    wrapText(m_checklistView, ChecklistModel::TextColumn);
    m_checklistView->setAlternatingRowColors(true);
    m_checklistView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checklistView->setAccessibleName(tr("Checklist"));

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->addWidget(m_navigationView);
    splitter->addWidget(buildChecklistPane());
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({360, 560, 446});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString roundUnitId =
                    current.siblingAtColumn(0).data(NavigationModel::RoundUnitIdRole).toString();
                showRoundUnit(current.siblingAtColumn(0).data(NavigationModel::RoundIdRole).toString(), roundUnitId);
            });
    connect(m_navigation, &NavigationModel::loadFailed, this, &Workspace::errorOccurred);
    connect(m_navigationView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        scheduleRoundProgress(index.data(NavigationModel::RoundIdRole).toString());
    });
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(0);
    connect(m_progressTimer, &QTimer::timeout, this, &Workspace::runAfterFirstFrame);
    m_navigationView->viewport()->installEventFilter(this);
    // Enter (or a double click) on a criterion goes to its finding.
    connect(m_checklistView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.parent().isValid() && m_session && !m_session->file()->isReadOnly())
            editFinding();
    });
    connect(m_checklistView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrentCriterion(); });
    connectFilter();
    // Enter on a unit goes to its checklist.
    connect(m_navigationView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.parent().isValid())
            focusChecklist();
    });
    connect(m_criterion, &CriterionController::errorOccurred, this, &Workspace::errorOccurred);
    connect(m_pane->findingEditor(), &FindingEditor::pendingChanged, this,
            &Workspace::findingPendingChanged);
    connect(m_pane->findingEditor(), &FindingEditor::leaveRequested, this,
            &Workspace::focusChecklist);
}

void Workspace::connectFilter()
{
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter takes the first match into the checklist, ready for 1–4.
        const QModelIndex group = m_filterProxy->index(0, 0);
        const QModelIndex first = m_filterProxy->index(0, 0, group);
        if (first.isValid())
            m_checklistView->setCurrentIndex(first);
        focusChecklist();
    });
    // Esc clears the filter, Down goes into the list: the keyboard never gets stuck here.
    auto *clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, this, [this] {
        m_filter->clear();
        focusChecklist();
    });
    auto *intoList = new QAction(m_filter);
    intoList->setShortcut(QKeySequence(Qt::Key_Down));
    intoList->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(intoList);
    connect(intoList, &QAction::triggered, this, &Workspace::focusChecklist);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_filter->setClearButtonEnabled(true);
        m_filterProxy->setQuery(text);
        m_checklistView->expandAll();
    });
}

Workspace::~Workspace() = default;

QWidget *Workspace::buildChecklistPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter criteria (Ctrl+F), e.g. “ky luat”"));
    // The clear button comes with the first text typed (connectFilter): it shows only
    // with text anyway, and enabling it decodes the style's icon, a tenth of building
    // this widget at start-up.
    layout->addWidget(m_filter);
    layout->addWidget(m_checklistView);
    return pane;
}

void Workspace::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_criterion->setSession(session);
    m_roundId.clear();
    m_checklist->clear();
    if (m_session) {
        connect(m_session, &Session::assessmentChanged, this, &Workspace::onAssessmentChanged);
        connect(m_session, &Session::evidenceChanged, this, &Workspace::onEvidenceChanged);
        connect(m_session, &Session::correctiveActionsChanged, this,
                [this](const QString &roundUnitId, const QString &criterionId) {
                    if (roundUnitId == currentRoundUnitId() && criterionId == m_pane->criterionId())
                        m_criterion->loadCorrectiveActions();
                });
        connect(m_session, &Session::structureChanged, this, &Workspace::reloadNavigation);
        connect(m_session, &Session::revisited, this,
                [this](const QString &roundUnitId, const QString &criterionId) {
                    // Undo and redo show what they changed, even in another unit.
                    if (roundUnitId == currentRoundUnitId() || selectRoundUnit(roundUnitId))
                        selectCriterion(criterionId);
                });
        m_pane->setReadOnly(m_session->file()->isReadOnly());
    }
    reloadNavigation();
}

bool Workspace::hasPendingFindings() const
{
    return m_criterion->hasPendingFindings();
}

void Workspace::reloadNavigation()
{
    const QString selectedUnit = currentRoundUnitId();
    const QString selectedCriterion = currentCriterionId();
    const QSet<QString> expanded = expandedRounds();
    const QString selectedRound = m_navigation->roundOfUnit(selectedUnit);
    m_navigation->reset();
    m_pendingProgress.clear();
    if (!m_session) {
        m_checklist->clear();
        return;
    }
    // The first frame needs the rounds, and the units of the rounds shown open; the
    // others' units are loaded right after it (or when expanded, if sooner).
    if (auto status = m_navigation->reload(*m_session->file(), expanded + QSet{selectedRound});
        !status)
        emit errorOccurred(status.error());
    if (!m_navigation->isComplete())
        afterFirstFrame([this] { m_navigation->fillRemaining(); });
    // Units stay in the round's order (the order of the round editor, the reports and
    // `list`): one order everywhere, not sorted here by name.
    // Rounds are newest first. Only expanded rounds load their progress (see
    // fillRoundProgress), so a file with years of rounds still opens at once, and they
    // load it after the window's first frame (scheduleRoundProgress).
    for (int row = 0; row < m_navigationSort->rowCount(); ++row) {
        const QModelIndex round = m_navigationSort->index(row, 0);
        if (row == 0 || expanded.contains(round.data(NavigationModel::RoundIdRole).toString()))
            m_navigationView->expand(round);
    }
    sizeNavigationColumns();
    if (!selectedUnit.isEmpty() && selectRoundUnit(selectedUnit)) {
        selectCriterion(selectedCriterion);
    } else if (const QString first = firstRoundUnitId(); !first.isEmpty()) {
        selectRoundUnit(first); // a file opens ready for work on its first unit
    } else {
        m_roundId.clear();
        m_checklist->clear();
        showCurrentCriterion();
        emit contextChanged();
    }
}

void Workspace::sizeNavigationColumns()
{
    QHeaderView *header = m_navigationView->header();
    header->setSectionResizeMode(NavigationModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths, not ResizeToContents: that re-measures every row on each update.
    header->setStretchLastSection(false);
    for (const auto &[column, sample] :
         {std::pair{int(NavigationModel::ProgressColumn), QStringLiteral("888/888")},
          std::pair{int(NavigationModel::ScoreColumn), QStringLiteral("100,0%")}}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        const QString title = m_navigation->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(fontMetrics().horizontalAdvance(sample),
                                               header->fontMetrics().horizontalAdvance(title)) +
                                          16);
    }
}

QSet<QString> Workspace::expandedRounds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_navigationSort->rowCount(); ++row) {
        const QModelIndex round = m_navigationSort->index(row, 0);
        if (m_navigationView->isExpanded(round))
            ids.insert(round.data(NavigationModel::RoundIdRole).toString());
    }
    return ids;
}

void Workspace::scheduleRoundProgress(const QString &roundId)
{
    if (roundId.isEmpty())
        return;
    m_pendingProgress.insert(roundId);
    m_progressTimer->start();
}

void Workspace::afterFirstFrame(std::function<void()> task)
{
    m_afterFirstFrame.append(std::move(task));
    m_progressTimer->start();
}

// Scoring a round reads all its results: a window being shown appears first, with its tree
// and unit, and the progress columns fill a moment later (the tree's first paint starts the
// timer again, see eventFilter). A window not shown, or showing another page, goes on now.
void Workspace::runAfterFirstFrame()
{
    if (window()->isVisible() && m_navigationView->isVisible() && !m_navigationPainted)
        return;
    for (const auto &task : std::exchange(m_afterFirstFrame, {}))
        task();
    const QSet<QString> pending = std::exchange(m_pendingProgress, {});
    for (const QString &roundId : pending)
        fillRoundProgress(roundId);
}

bool Workspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_navigationView->viewport() &&
        !m_navigationPainted) {
        m_navigationPainted = true;
        m_progressTimer->start(); // runs once this frame is painted
    }
    return QWidget::eventFilter(watched, event);
}

void Workspace::fillRoundProgress(const QString &roundId)
{
    if (!m_session)
        return;
    if (auto status = m_navigation->fillRoundProgress(*m_session->file(), roundId); !status)
        emit errorOccurred(status.error());
}

QStringList Workspace::roundUnitIds() const
{
    m_navigation->fillRemaining(); // every round's, even before the first frame
    QStringList ids;
    for (int round = 0; round < m_navigationSort->rowCount(); ++round) {
        const QModelIndex roundIndex = m_navigationSort->index(round, 0);
        for (int row = 0; row < m_navigationSort->rowCount(roundIndex); ++row)
            ids.append(m_navigationSort->index(row, 0, roundIndex)
                           .data(NavigationModel::RoundUnitIdRole)
                           .toString());
    }
    return ids;
}

QString Workspace::firstRoundUnitId() const
{
    const QModelIndex round = m_navigationSort->index(0, 0);
    return m_navigationSort->index(0, 0, round).data(NavigationModel::RoundUnitIdRole).toString();
}

QString Workspace::progressText(const QString &roundUnitId) const
{
    return m_navigation->progressText(roundUnitId);
}

void Workspace::refreshUnitProgress(const QString &roundUnitId)
{
    const QString roundId = m_navigation->roundOfUnit(roundUnitId);
    if (m_pendingProgress.remove(roundId)) {
        fillRoundProgress(roundId); // due anyway: now, with this change in it
        return;
    }
    if (!m_navigation->isProgressLoaded(roundId))
        return; // filled in full when its round is expanded
    const ChecklistTemplate *checklist = m_navigation->templateOfRound(*m_session->file(), roundId);
    if (!checklist)
        return;
    if (roundUnitId == m_checklist->roundUnitId()) {
        m_navigation->setUnitProgress(roundUnitId,
                                      scoreUnit(*checklist, m_checklist->assessments()).total);
        return;
    }
    auto assessments = m_session->file()->assessments(roundUnitId);
    if (assessments)
        m_navigation->setUnitProgress(roundUnitId, scoreUnit(*checklist, *assessments).total);
}

bool Workspace::selectRoundUnit(const QString &roundUnitId)
{
    QStandardItem *item = m_navigation->unitItem(roundUnitId);
    if (!item && !m_navigation->isComplete()) { // asked for before its round was loaded
        m_navigation->fillRemaining();
        item = m_navigation->unitItem(roundUnitId);
    }
    if (!item)
        return false;
    const QModelIndex index = m_navigationSort->mapFromSource(item->index());
    m_navigationView->expand(index.parent());
    m_navigationView->setCurrentIndex(index);
    return currentRoundUnitId() == roundUnitId;
}

QString Workspace::currentRoundUnitId() const
{
    return m_checklist->roundUnitId();
}

void Workspace::showRoundUnit(const QString &roundId, const QString &roundUnitId)
{
    flushFinding();
    m_roundId = roundId;
    m_criterion->setRoundId(roundId);
    QString error;
    const ChecklistTemplate *checklist =
        roundUnitId.isEmpty() ? nullptr
                              : m_navigation->templateOfRound(*m_session->file(), roundId, &error);
    if (!error.isEmpty())
        emit errorOccurred(error);
    if (!checklist) {
        m_checklist->clear();
        showCurrentCriterion();
        emit contextChanged();
        return;
    }
    auto assessments = m_session->file()->assessments(roundUnitId);
    if (!assessments) {
        emit errorOccurred(assessments.error());
        return;
    }
    m_checklist->setUnit(*checklist, roundUnitId, *assessments);
    m_checklistView->expandAll();
    auto *header = m_checklistView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChecklistModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChecklistModel::ResultColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::ScoreColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::FindingColumn, QHeaderView::Interactive);
    header->resizeSection(ChecklistModel::FindingColumn,
                          std::max(160, m_checklistView->viewport()->width() / 4));
    // The first criterion the filter lets through: the pane always shows what the keys
    // act on, and with nothing to show it is empty rather than the previous unit's.
    bool selected = false;
    for (const QString &id : m_checklist->criterionIds()) {
        if ((selected = selectCriterion(id)))
            break;
    }
    if (!selected)
        showCurrentCriterion();
    emit contextChanged();
}

bool Workspace::selectCriterion(const QString &criterionId)
{
    const QModelIndex source = m_checklist->indexOfCriterion(criterionId);
    const QModelIndex index = m_filterProxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_checklistView->setCurrentIndex(index);
    m_checklistView->scrollTo(index);
    return true;
}

QString Workspace::currentCriterionId() const
{
    return m_checklistView->currentIndex()
        .siblingAtColumn(0)
        .data(ChecklistModel::CriterionIdRole)
        .toString();
}

void Workspace::showCurrentCriterion()
{
    flushFinding();
    const QModelIndex current = m_filterProxy->mapToSource(m_checklistView->currentIndex());
    m_criterion->show(m_checklist->criterion(current.siblingAtColumn(0)));
}

void Workspace::setResult(AssessmentResult result)
{
    // A key that does nothing says why: nothing of this unit passes the filter.
    if (currentCriterionId().isEmpty() && !m_filter->text().isEmpty()) {
        emit errorOccurred(tr("No criterion of this unit matches the filter “%1”: change it, "
                              "or clear it with Esc in the filter box.")
                               .arg(m_filter->text()));
        return;
    }
    m_criterion->setResult(result);
}

QByteArray Workspace::saveLayout() const
{
    return m_splitter->saveState();
}

void Workspace::restoreLayout(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

bool Workspace::isFindingBeingTyped() const
{
    return m_pane->findingEditor()->hasUncommittedText();
}

void Workspace::flushFinding()
{
    m_pane->findingEditor()->flush();
}

bool Workspace::goToNextUnchecked()
{
    const QStringList ids = m_checklist->criterionIds();
    const qsizetype start = ids.indexOf(currentCriterionId());
    for (qsizetype step = 1; step <= ids.size(); ++step) {
        const QString &id = ids.at((start + step + ids.size()) % ids.size());
        if (m_checklist->assessment(id).result == AssessmentResult::NotChecked &&
            selectCriterion(id))
            return true;
    }
    return false;
}

bool Workspace::goToSiblingUnit(int step)
{
    const QModelIndex current = m_navigationView->currentIndex().siblingAtColumn(0);
    if (!current.parent().isValid())
        return false;
    const QModelIndex sibling = current.siblingAtRow(current.row() + step);
    if (!sibling.isValid())
        return false;
    m_navigationView->setCurrentIndex(sibling);
    return true;
}

void Workspace::editFinding()
{
    if (m_pane->findingEditor()->hasFocus()) { // F2 again: back to the checklist
        flushFinding();
        focusChecklist();
        return;
    }
    m_pane->findingEditor()->setFocus(Qt::ShortcutFocusReason);
    m_pane->findingEditor()->moveCursor(QTextCursor::End);
}

void Workspace::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void Workspace::focusChecklist()
{
    m_checklistView->setFocus(Qt::ShortcutFocusReason);
}

void Workspace::onAssessmentChanged(const Assessment &assessment)
{
    m_checklist->updateAssessment(assessment);
    refreshUnitProgress(assessment.roundUnitId);
    m_criterion->follow(assessment);
}

void Workspace::onEvidenceChanged(const QString &roundUnitId, const QString &)
{
    if (roundUnitId != m_checklist->roundUnitId())
        return;
    auto assessments = m_session->file()->assessments(roundUnitId);
    if (!assessments) {
        emit errorOccurred(assessments.error());
        return;
    }
    for (const Assessment &assessment : *assessments)
        m_checklist->updateAssessment(assessment, true);
    showCurrentCriterion();
}

void Workspace::addDocumentReference(const QString &documentNumber, const QString &description)
{
    m_criterion->addDocumentReference(documentNumber, description);
}

void Workspace::attachFile(const QString &path)
{
    m_criterion->attachFile(path);
}

} // namespace cchc::ui
