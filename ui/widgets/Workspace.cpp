#include "Workspace.h"

#include "CriterionPane.h"
#include "editors/CorrectiveActionDialog.h"
#include "FindingEditor.h"
#include "models/ChecklistFilterProxy.h"
#include "models/ChecklistModel.h"
#include "Prompts.h"
#include "Session.h"
#include "storage/RoundResults.h"
#include "WrappingDelegate.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace cchc::ui {

namespace {

enum NavigationRole { RoundIdRole = Qt::UserRole + 1, RoundUnitIdRole };
enum NavigationColumn { NameColumn, ProgressColumn, ScoreColumn };

QString pendingKey(const QString &roundUnitId, const QString &criterionId)
{
    return roundUnitId + QLatin1Char('/') + criterionId;
}

bool sameEntry(const Assessment &a, const Assessment &b)
{
    return a.result == b.result && a.selfScore == b.selfScore &&
           a.appraisedScore == b.appraisedScore && a.finding == b.finding &&
           a.exemplary == b.exemplary;
}

QString percentText(const ScoreSummary &summary)
{
    const auto percent = summary.percent();
    return percent ? QLocale().toString(*percent, 'f', 1) + QLatin1Char('%') : QString();
}

} // namespace

Workspace::Workspace(QWidget *parent)
    : QWidget(parent), m_navigation(new QStandardItemModel(this)),
      m_navigationSort(new VietnameseSortProxy(this)), m_navigationView(new QTreeView(this)),
      m_checklist(new ChecklistModel(this)), m_filterProxy(new ChecklistFilterProxy(this)),
      m_checklistView(new QTreeView(this)), m_filter(new QLineEdit(this)),
      m_pane(new CriterionPane(this)), m_retryTimer(new QTimer(this))
{
    // Sorted once per reload: progress updates must not re-sort hundreds of rows each.
    m_navigationSort->setDynamicSortFilter(false);
    m_navigationSort->setSourceModel(m_navigation);
    m_navigationView->setModel(m_navigationSort);
    m_navigationView->setSortingEnabled(false);
    // Unit names are long ("Trung tâm Ứng dụng KHKT và bảo vệ cây trồng vật nuôi") and
    // differ at the end: they wrap rather than be cut.
    wrapText(m_navigationView, NameColumn);
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
                    current.siblingAtColumn(0).data(RoundUnitIdRole).toString();
                showRoundUnit(current.siblingAtColumn(0).data(RoundIdRole).toString(), roundUnitId);
            });
    connect(m_navigationView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        fillRoundProgress(index.data(RoundIdRole).toString());
    });
    // Enter (or a double click) on a criterion goes to its finding.
    connect(m_checklistView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.parent().isValid() && m_session && !m_session->file()->isReadOnly())
            editFinding();
    });
    connect(m_checklistView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrentCriterion(); });
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
    // Enter on a unit goes to its checklist.
    connect(m_navigationView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.parent().isValid())
            focusChecklist();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterProxy->setQuery(text);
        m_checklistView->expandAll();
    });
    connect(m_pane, &CriterionPane::resultChosen, this, &Workspace::setResult);
    connect(m_pane, &CriterionPane::scoresEdited, this,
            [this](std::optional<double> self, std::optional<double> appraised) {
                editCurrent(
                    [&](Assessment &a) {
                        a.selfScore = self;
                        a.appraisedScore = appraised;
                    },
                    tr("Change scores"));
            });
    connect(m_pane, &CriterionPane::exemplaryToggled, this, [this](bool on) {
        editCurrent([&](Assessment &a) { a.exemplary = on; },
                    on ? tr("Mark as exemplary") : tr("Unmark as exemplary"));
    });
    connect(m_pane, &CriterionPane::findingCommitRequested, this, &Workspace::commitFinding);
    connect(m_pane->findingEditor(), &FindingEditor::burstEnded, this,
            [this] { ++m_findingBurst; });
    connect(m_pane->findingEditor(), &FindingEditor::pendingChanged, this,
            &Workspace::findingPendingChanged);
    connect(m_pane->findingEditor(), &FindingEditor::leaveRequested, this,
            &Workspace::focusChecklist);
    connect(m_pane, &CriterionPane::addDocumentRequested, this, [this] {
        const QString number = prompts::askText(this, tr("Document reviewed"),
                                                tr("Document number (e.g. 15/KH-TTYT):"));
        if (!number.isEmpty())
            addDocumentReference(number);
    });
    connect(m_pane, &CriterionPane::attachFileRequested, this, [this] {
        const QString path = prompts::openFilePath(this, tr("Attach a photo or file"),
                                                   tr("Photos and documents (*.jpg *.jpeg *.png "
                                                      "*.pdf *.doc *.docx);;All files (*)"));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_pane, &CriterionPane::openEvidenceRequested, this, &Workspace::openEvidence);
    connect(m_pane, &CriterionPane::addActionRequested, this, [this] { editCorrectiveAction({}); });
    connect(m_pane, &CriterionPane::editActionRequested, this, &Workspace::editCorrectiveAction);
    connect(m_pane, &CriterionPane::toggleActionRequested, this,
            &Workspace::toggleCorrectiveAction);
    connect(m_pane, &CriterionPane::removeActionRequested, this,
            &Workspace::removeCorrectiveAction);
    connect(m_pane, &CriterionPane::removeEvidenceRequested, this, &Workspace::removeEvidence);
    m_retryTimer->setInterval(5000);
    connect(m_retryTimer, &QTimer::timeout, this, &Workspace::retryPendingFindings);
}

Workspace::~Workspace() = default;

QWidget *Workspace::buildChecklistPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter criteria (Ctrl+F), e.g. “ky luat”"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_checklistView);
    return pane;
}

void Workspace::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_pendingFindings.clear();
    m_retryTimer->stop();
    m_roundId.clear();
    m_checklist->clear();
    if (m_session) {
        connect(m_session, &Session::assessmentChanged, this, &Workspace::onAssessmentChanged);
        connect(m_session, &Session::evidenceChanged, this, &Workspace::onEvidenceChanged);
        connect(m_session, &Session::correctiveActionsChanged, this,
                [this](const QString &roundUnitId, const QString &criterionId) {
                    if (roundUnitId == currentRoundUnitId() && criterionId == m_pane->criterionId())
                        loadCorrectiveActions();
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

const ChecklistTemplate *Workspace::templateOfRound(const QString &roundId)
{
    const auto round = m_rounds.constFind(roundId);
    if (round == m_rounds.cend())
        return nullptr;
    auto found = m_templates.find(round->templateId);
    if (found == m_templates.end()) {
        auto loaded = m_session->file()->loadTemplate(round->templateId);
        if (!loaded) {
            emit errorOccurred(loaded.error());
            return nullptr;
        }
        found = m_templates.insert(round->templateId, *loaded);
    }
    return &*found;
}

void Workspace::reloadNavigation()
{
    const QString selectedUnit = currentRoundUnitId();
    const QString selectedCriterion = currentCriterionId();
    const QSet<QString> expanded = expandedRounds();
    m_navigation->clear();
    m_navigation->setHorizontalHeaderLabels({tr("Round / unit"), tr("Checked"), tr("Score")});
    m_rounds.clear();
    m_templates.clear();
    m_roundOfUnit.clear();
    m_unitItems.clear();
    m_progressLoaded.clear();
    if (!m_session) {
        m_checklist->clear();
        return;
    }
    InspectionFile *file = m_session->file();
    auto rounds = file->rounds();
    auto units = file->units();
    if (!rounds || !units) {
        emit errorOccurred(rounds ? units.error() : rounds.error());
        return;
    }
    QHash<QString, QString> unitNames;
    for (const Unit &unit : *units)
        unitNames.insert(unit.id, unit.name);
    for (const RoundInfo &info : *rounds) {
        auto round = file->loadRound(info.id);
        if (!round) {
            emit errorOccurred(round.error());
            continue;
        }
        m_rounds.insert(round->id, *round);
        auto *roundItem = new QStandardItem(round->title);
        roundItem->setData(round->id, RoundIdRole);
        roundItem->setToolTip(round->title);
        QFont bold = roundItem->font();
        bold.setBold(true);
        roundItem->setFont(bold);
        m_navigation->appendRow({roundItem, new QStandardItem, new QStandardItem});
        for (const RoundUnit &roundUnit : round->units) {
            m_roundOfUnit.insert(roundUnit.id, round->id);
            auto *name = new QStandardItem(unitNames.value(roundUnit.unitId));
            name->setData(round->id, RoundIdRole);
            name->setData(roundUnit.id, RoundUnitIdRole);
            name->setToolTip(name->text());
            roundItem->appendRow({name, new QStandardItem, new QStandardItem});
            m_unitItems.insert(roundUnit.id, name);
        }
    }
    // Units stay in the round's order (the order of the round editor, the reports and
    // `list`): one order everywhere, not sorted here by name.
    // Rounds are newest first. Only expanded rounds load their progress (see
    // fillRoundProgress), so a file with years of rounds still opens at once.
    for (int row = 0; row < m_navigationSort->rowCount(); ++row) {
        const QModelIndex round = m_navigationSort->index(row, 0);
        if (row == 0 || expanded.contains(round.data(RoundIdRole).toString()))
            m_navigationView->expand(round);
    }
    m_navigationView->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Fixed widths, not ResizeToContents: that re-measures every row on each update.
    QHeaderView *header = m_navigationView->header();
    header->setStretchLastSection(false);
    for (const auto &[column, sample] : {std::pair{int(ProgressColumn), QStringLiteral("888/888")},
                                         std::pair{int(ScoreColumn), QStringLiteral("100,0%")}}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        const QString title = m_navigation->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(fontMetrics().horizontalAdvance(sample),
                                               header->fontMetrics().horizontalAdvance(title)) +
                                          16);
    }
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

QSet<QString> Workspace::expandedRounds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_navigationSort->rowCount(); ++row) {
        const QModelIndex round = m_navigationSort->index(row, 0);
        if (m_navigationView->isExpanded(round))
            ids.insert(round.data(RoundIdRole).toString());
    }
    return ids;
}

void Workspace::fillRoundProgress(const QString &roundId)
{
    if (roundId.isEmpty() || m_progressLoaded.contains(roundId) || !m_rounds.contains(roundId))
        return;
    const ChecklistTemplate *checklist = templateOfRound(roundId);
    auto assessments = roundResults(*m_session->file(), roundId);
    if (!checklist || !assessments) {
        if (!assessments)
            emit errorOccurred(assessments.error());
        return;
    }
    m_progressLoaded.insert(roundId);
    for (const RoundUnit &roundUnit : m_rounds.value(roundId).units) {
        QHash<QString, Assessment> byCriterion;
        for (const Assessment &assessment : assessments->value(roundUnit.id))
            byCriterion.insert(assessment.criterionId, assessment);
        updateUnitProgress(roundUnit.id, scoreUnit(*checklist, byCriterion).total);
    }
}

QStringList Workspace::roundUnitIds() const
{
    QStringList ids;
    for (int round = 0; round < m_navigationSort->rowCount(); ++round) {
        const QModelIndex roundIndex = m_navigationSort->index(round, 0);
        for (int row = 0; row < m_navigationSort->rowCount(roundIndex); ++row)
            ids.append(
                m_navigationSort->index(row, 0, roundIndex).data(RoundUnitIdRole).toString());
    }
    return ids;
}

QString Workspace::firstRoundUnitId() const
{
    const QModelIndex round = m_navigationSort->index(0, 0);
    return m_navigationSort->index(0, 0, round).data(RoundUnitIdRole).toString();
}

QStandardItem *Workspace::unitItem(const QString &roundUnitId) const
{
    return m_unitItems.value(roundUnitId);
}

void Workspace::updateUnitProgress(const QString &roundUnitId, const ScoreSummary &summary)
{
    QStandardItem *item = unitItem(roundUnitId);
    if (!item)
        return;
    QStandardItem *parent = item->parent();
    parent->child(item->row(), ProgressColumn)
        ->setText(QStringLiteral("%1/%2").arg(summary.checked).arg(summary.criteria));
    parent->child(item->row(), ScoreColumn)->setText(percentText(summary));
}

QString Workspace::progressText(const QString &roundUnitId) const
{
    QStandardItem *item = unitItem(roundUnitId);
    if (!item)
        return {};
    return item->parent()->child(item->row(), ProgressColumn)->text() + QStringLiteral(" · ") +
           item->parent()->child(item->row(), ScoreColumn)->text();
}

void Workspace::refreshUnitProgress(const QString &roundUnitId)
{
    if (!m_progressLoaded.contains(m_roundOfUnit.value(roundUnitId)))
        return; // filled in full when its round is expanded
    const ChecklistTemplate *checklist = templateOfRound(m_roundOfUnit.value(roundUnitId));
    if (!checklist)
        return;
    QHash<QString, Assessment> byCriterion;
    if (roundUnitId == m_checklist->roundUnitId()) {
        byCriterion = m_checklist->assessments();
    } else {
        auto assessments = m_session->file()->assessments(roundUnitId);
        if (!assessments)
            return;
        for (const Assessment &assessment : *assessments)
            byCriterion.insert(assessment.criterionId, assessment);
    }
    updateUnitProgress(roundUnitId, scoreUnit(*checklist, byCriterion).total);
}

bool Workspace::selectRoundUnit(const QString &roundUnitId)
{
    QStandardItem *item = unitItem(roundUnitId);
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
    const ChecklistTemplate *checklist = roundUnitId.isEmpty() ? nullptr : templateOfRound(roundId);
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
    ++m_findingBurst;
    const QModelIndex current = m_filterProxy->mapToSource(m_checklistView->currentIndex());
    const Criterion *criterion = m_checklist->criterion(current.siblingAtColumn(0));
    const Assessment assessment = criterion ? m_checklist->assessment(criterion->id) : Assessment{};
    m_pane->showCriterion(criterion, assessment);
    loadCorrectiveActions();
    if (!criterion)
        return;
    const auto pending =
        m_pendingFindings.constFind(pendingKey(assessment.roundUnitId, criterion->id));
    if (pending != m_pendingFindings.cend())
        m_pane->showPendingFinding(*pending);
    loadThumbnails(assessment);
}

void Workspace::loadThumbnails(const Assessment &assessment)
{
    for (const Evidence &evidence : assessment.evidence) {
        if (evidence.kind != EvidenceKind::AttachedFile ||
            !evidence.mimeType.startsWith(QLatin1String("image/")))
            continue;
        auto content = m_session->file()->evidenceContent(evidence.id);
        QPixmap pixmap;
        if (content && pixmap.loadFromData(*content))
            m_pane->setThumbnail(
                evidence.id, pixmap.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

void Workspace::editCurrent(const std::function<void(Assessment &)> &change, const QString &text,
                            const QString &burstKey)
{
    const QString criterionId = m_pane->criterionId();
    if (!m_session || criterionId.isEmpty() || m_session->file()->isReadOnly())
        return;
    const Assessment before = m_checklist->assessment(criterionId);
    Assessment after = before;
    change(after);
    if (sameEntry(before, after))
        return; // pressing 1 twice, or leaving a score box untouched, is not an edit
    if (auto status = m_session->setAssessment(before, after, text, burstKey); !status) {
        emit errorOccurred(status.error());
        m_pane->showCriterion(m_checklist->criterion(m_checklist->indexOfCriterion(criterionId)),
                              before);
    }
}

void Workspace::setResult(AssessmentResult result)
{
    const Criterion *criterion =
        m_checklist->criterion(m_checklist->indexOfCriterion(m_pane->criterionId()));
    if (!criterion) { // a key that does nothing says why
        if (!m_filter->text().isEmpty())
            emit errorOccurred(tr("No criterion of this unit matches the filter “%1”: change "
                                  "it, or clear it with Esc in the filter box.")
                                   .arg(m_filter->text()));
        return;
    }
    flushFinding();
    editCurrent([result](Assessment &a) { a.result = result; },
                tr("Set %1 to “%2”").arg(criterion->code, resultLabel(result)));
}

void Workspace::commitFinding(const QString &text)
{
    const QString criterionId = m_pane->criterionId();
    if (!m_session || criterionId.isEmpty() || m_session->file()->isReadOnly())
        return;
    const Assessment before = m_checklist->assessment(criterionId);
    const QString key = pendingKey(before.roundUnitId, criterionId);
    if (before.finding == text) {
        m_pendingFindings.remove(key);
        m_pane->findingEditor()->markCommitted(true);
        return;
    }
    Assessment after = before;
    after.finding = text;
    const Criterion *criterion = m_checklist->criterion(m_checklist->indexOfCriterion(criterionId));
    const auto status = m_session->setAssessment(
        before, after, tr("Edit finding of %1").arg(criterion ? criterion->code : QString()),
        key + QLatin1Char('#') + QString::number(m_findingBurst));
    m_pane->findingEditor()->markCommitted(status.ok());
    if (status) {
        m_pendingFindings.remove(key);
    } else {
        // The text is kept (here and in the editor) and written again a little later.
        m_pendingFindings.insert(key, text);
        m_retryTimer->start();
        emit errorOccurred(tr("The finding could not be saved yet; it is kept and will be "
                              "saved again shortly. %1")
                               .arg(status.error()));
    }
}

void Workspace::retryPendingFindings()
{
    const auto pending = m_pendingFindings;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString roundUnitId = it.key().section(QLatin1Char('/'), 0, 0);
        const QString criterionId = it.key().section(QLatin1Char('/'), 1);
        Assessment assessment;
        if (roundUnitId == m_checklist->roundUnitId()) {
            assessment = m_checklist->assessment(criterionId);
        } else {
            auto stored = m_session->file()->assessments(roundUnitId);
            if (!stored)
                continue;
            assessment.roundUnitId = roundUnitId;
            assessment.criterionId = criterionId;
            for (const Assessment &candidate : *stored) {
                if (candidate.criterionId == criterionId)
                    assessment = candidate;
            }
        }
        Assessment after = assessment;
        after.finding = it.value();
        if (m_session->setAssessment(assessment, after, tr("Edit finding")))
            m_pendingFindings.remove(it.key());
    }
    if (m_pendingFindings.isEmpty())
        m_retryTimer->stop();
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
    if (assessment.roundUnitId == m_checklist->roundUnitId() &&
        assessment.criterionId == m_pane->criterionId() &&
        !m_pane->findingEditor()->hasUncommittedText()) {
        const QString editorText = m_pane->findingEditor()->toPlainText();
        const Assessment shown = m_checklist->assessment(assessment.criterionId);
        if (editorText != shown.finding || !m_pane->findingEditor()->hasFocus()) {
            const auto cursor = m_pane->findingEditor()->textCursor().position();
            m_pane->showCriterion(
                m_checklist->criterion(m_checklist->indexOfCriterion(assessment.criterionId)),
                shown);
            QTextCursor restored = m_pane->findingEditor()->textCursor();
            restored.setPosition(std::min<int>(cursor, int(shown.finding.size())));
            m_pane->findingEditor()->setTextCursor(restored);
            loadThumbnails(shown);
        }
    }
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
    if (!m_session || m_pane->criterionId().isEmpty() || m_session->file()->isReadOnly())
        return;
    Evidence evidence;
    evidence.kind = EvidenceKind::DocumentReference;
    evidence.documentNumber = documentNumber;
    evidence.description = description;
    if (auto status =
            m_session->addEvidence(m_checklist->assessment(m_pane->criterionId()), evidence, {});
        !status)
        emit errorOccurred(status.error());
}

void Workspace::attachFile(const QString &path)
{
    if (!m_session || m_pane->criterionId().isEmpty() || m_session->file()->isReadOnly())
        return;
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        emit errorOccurred(tr("“%1” could not be read: %2")
                               .arg(QDir::toNativeSeparators(path), source.errorString()));
        return;
    }
    Evidence evidence;
    evidence.kind = EvidenceKind::AttachedFile;
    evidence.fileName = QFileInfo(path).fileName();
    evidence.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    if (auto status = m_session->addEvidence(m_checklist->assessment(m_pane->criterionId()),
                                             evidence, source.readAll());
        !status)
        emit errorOccurred(status.error());
}

void Workspace::openEvidence(const QString &evidenceId)
{
    const Assessment assessment = m_checklist->assessment(m_pane->criterionId());
    for (const Evidence &evidence : assessment.evidence) {
        if (evidence.id != evidenceId || evidence.kind != EvidenceKind::AttachedFile)
            continue;
        auto content = m_session->file()->evidenceContent(evidenceId);
        if (!content) {
            emit errorOccurred(content.error());
            return;
        }
        // Other programs get a copy, so nothing they do can touch the .cchc file.
        const QString copyPath =
            m_openedEvidence.filePath(evidence.id.left(8) + QLatin1Char('-') + evidence.fileName);
        QFile copy(copyPath);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(*content) != content->size()) {
            emit errorOccurred(tr("A copy of “%1” could not be made to open it: %2")
                                   .arg(evidence.fileName, copy.errorString()));
            return;
        }
        copy.close();
        if (!prompts::openUrl(QUrl::fromLocalFile(copyPath)))
            emit errorOccurred(tr("No program on this computer could open “%1”. A copy is at %2.")
                                   .arg(evidence.fileName, QDir::toNativeSeparators(copyPath)));
    }
}

void Workspace::loadCorrectiveActions()
{
    m_shownActions.clear();
    if (m_session && !m_pane->criterionId().isEmpty()) {
        auto actions = m_session->file()->correctiveActions(m_roundId);
        if (!actions) {
            emit errorOccurred(actions.error());
        } else {
            for (const CorrectiveAction &action : *actions) {
                if (action.roundUnitId == currentRoundUnitId() &&
                    action.criterionId == m_pane->criterionId())
                    m_shownActions.append(action);
            }
        }
    }
    m_pane->setCorrectiveActions(m_shownActions);
}

std::optional<CorrectiveAction> Workspace::shownAction(const QString &actionId) const
{
    for (const CorrectiveAction &action : m_shownActions) {
        if (action.id == actionId)
            return action;
    }
    return std::nullopt;
}

void Workspace::editCorrectiveAction(const QString &actionId)
{
    if (!m_session || m_pane->criterionId().isEmpty() || m_session->file()->isReadOnly())
        return;
    const std::optional<CorrectiveAction> before = shownAction(actionId);
    CorrectiveAction draft = before.value_or(CorrectiveAction{});
    draft.roundUnitId = currentRoundUnitId();
    draft.criterionId = m_pane->criterionId();
    CorrectiveActionDialog dialog(draft, this);
    if (prompts::execDialog(&dialog) != QDialog::Accepted)
        return;
    if (auto status = m_session->saveCorrectiveAction(before, dialog.action()); !status)
        emit errorOccurred(status.error());
}

void Workspace::toggleCorrectiveAction(const QString &actionId)
{
    const std::optional<CorrectiveAction> before = shownAction(actionId);
    if (!before || !m_session || m_session->file()->isReadOnly())
        return;
    CorrectiveAction after = *before;
    const bool done = after.status != ActionStatus::Done;
    after.status = done ? ActionStatus::Done : ActionStatus::Open;
    after.completedOn = done ? QDate::currentDate() : QDate();
    if (auto status = m_session->saveCorrectiveAction(before, after); !status)
        emit errorOccurred(status.error());
}

void Workspace::removeCorrectiveAction(const QString &actionId)
{
    const std::optional<CorrectiveAction> action = shownAction(actionId);
    if (!action || !m_session || m_session->file()->isReadOnly())
        return;
    if (auto status = m_session->removeCorrectiveAction(*action); !status)
        emit errorOccurred(status.error());
}

void Workspace::removeEvidence(const QString &evidenceId)
{
    const Assessment assessment = m_checklist->assessment(m_pane->criterionId());
    for (const Evidence &evidence : assessment.evidence) {
        if (evidence.id == evidenceId) {
            if (auto status = m_session->removeEvidence(assessment, evidence); !status)
                emit errorOccurred(status.error());
            return;
        }
    }
}

} // namespace cchc::ui
