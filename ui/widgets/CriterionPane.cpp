#include "ui/widgets/CriterionPane.h"

#include "ui/widgets/FindingEditor.h"
#include "ui/models/ChecklistModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace cchc::ui {

namespace {

constexpr int kEvidenceIdRole = Qt::UserRole + 1;
constexpr double kNoScore = -1.0; // the spin box minimum shows "—": no score entered

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

CriterionPane::CriterionPane(QWidget *parent)
    : QWidget(parent), m_title(wrappingLabel(this)), m_text(wrappingLabel(this)),
      m_guidance(wrappingLabel(this)), m_legal(wrappingLabel(this)),
      m_results(new QButtonGroup(this)), m_selfScore(new QDoubleSpinBox(this)),
      m_appraisedScore(new QDoubleSpinBox(this)),
      m_exemplary(new QCheckBox(tr("Exemplary: name as a good example in the report"), this)),
      m_finding(new FindingEditor(this)), m_evidence(new QListWidget(this)),
      m_actions(new QListWidget(this)), m_tabs(new QTabWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_guidance->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    auto *info = new QFormLayout;
    info->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    info->addRow(tr("Guidance:"), m_guidance);
    info->addRow(tr("Legal basis:"), m_legal);
    layout->addLayout(info);
    layout->addWidget(buildResultRow());

    auto *scores = new QHBoxLayout;
    for (auto *box : {m_selfScore, m_appraisedScore}) {
        box->setDecimals(2);
        box->setSingleStep(0.25);
        box->setSpecialValueText(QStringLiteral("—"));
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::editingFinished, this, [this] {
            if (!m_loading)
                emit scoresEdited(scoreOf(m_selfScore), scoreOf(m_appraisedScore));
        });
    }
    scores->addWidget(new QLabel(tr("Self-assessed score:")));
    scores->addWidget(m_selfScore);
    scores->addSpacing(12);
    scores->addWidget(new QLabel(tr("Appraised score:")));
    scores->addWidget(m_appraisedScore);
    scores->addStretch();
    layout->addLayout(scores);

    auto *findingLabel = new QLabel(tr("&Finding (F2):"));
    findingLabel->setBuddy(m_finding);
    layout->addWidget(findingLabel);
    // Minimum heights, not size hints, decide when the pane scrolls: at 1366×768 the
    // whole pane fits without scrolling and the finding takes the room that is left.
    m_finding->setMinimumHeight(90);
    m_finding->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_evidence->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->addWidget(m_finding, 3);
    layout->addWidget(m_exemplary);
    m_tabs->addTab(buildEvidenceBox(), tr("Evidence"));
    m_tabs->addTab(buildActionsBox(), tr("Corrective actions"));
    layout->addWidget(m_tabs, 2);

    connect(m_exemplary, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            emit exemplaryToggled(on);
    });
    connect(m_finding, &FindingEditor::commitRequested, this,
            &CriterionPane::findingCommitRequested);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    showCriterion(nullptr, {});
}

QWidget *CriterionPane::buildResultRow()
{
    auto *box = new QGroupBox(tr("Result"));
    // Two by two: the pane stays narrow enough for 1366-pixel screens.
    auto *grid = new QGridLayout(box);
    const QList<std::pair<AssessmentResult, QString>> choices = {
        {AssessmentResult::Met, QStringLiteral("&1 ")},
        {AssessmentResult::PartiallyMet, QStringLiteral("&2 ")},
        {AssessmentResult::NotMet, QStringLiteral("&3 ")},
        {AssessmentResult::NotApplicable, QStringLiteral("&4 ")},
    };
    for (const auto &[result, prefix] : choices) {
        auto *button = new QRadioButton(prefix + resultLabel(result), box);
        button->setFocusPolicy(Qt::TabFocus);
        const int index = int(m_results->buttons().size());
        m_results->addButton(button, int(result));
        grid->addWidget(button, index / 2, index % 2);
    }
    grid->setColumnStretch(2, 1);
    connect(m_results, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_loading)
            emit resultChosen(static_cast<AssessmentResult>(id));
    });
    return box;
}

QWidget *CriterionPane::buildEvidenceBox()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    m_evidence->setViewMode(QListView::ListMode);
    m_evidence->setIconSize(QSize(48, 48));
    m_evidence->setMinimumHeight(64);
    layout->addWidget(m_evidence);
    auto *buttons = new QHBoxLayout;
    auto *addDocument = new QPushButton(tr("Document number…"));
    auto *attach = new QPushButton(tr("Attach file…"));
    auto *open = new QPushButton(tr("Open"));
    auto *remove = new QPushButton(tr("Remove"));
    for (auto *button : {addDocument, attach, open, remove})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_editButtons = {addDocument, attach, remove};
    connect(addDocument, &QPushButton::clicked, this, &CriterionPane::addDocumentRequested);
    connect(attach, &QPushButton::clicked, this, &CriterionPane::attachFileRequested);
    connect(open, &QPushButton::clicked, this, [this] {
        if (!selectedEvidenceId().isEmpty())
            emit openEvidenceRequested(selectedEvidenceId());
    });
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openEvidenceRequested(item->data(kEvidenceIdRole).toString());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!selectedEvidenceId().isEmpty())
            emit removeEvidenceRequested(selectedEvidenceId());
    });
    return box;
}

QWidget *CriterionPane::buildActionsBox()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    m_actions->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_actions->setMinimumHeight(64);
    m_actions->setWordWrap(true);
    layout->addWidget(m_actions);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"));
    auto *done = new QPushButton(tr("Done / not done"));
    auto *remove = new QPushButton(tr("Remove"));
    for (auto *button : {add, done, remove})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_editButtons << add << done << remove;
    const auto selected = [this] {
        const auto *item = m_actions->currentItem();
        return item ? item->data(kEvidenceIdRole).toString() : QString();
    };
    connect(add, &QPushButton::clicked, this, &CriterionPane::addActionRequested);
    connect(done, &QPushButton::clicked, this, [this, selected] {
        if (!selected().isEmpty())
            emit toggleActionRequested(selected());
    });
    connect(remove, &QPushButton::clicked, this, [this, selected] {
        if (!selected().isEmpty())
            emit removeActionRequested(selected());
    });
    connect(m_actions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit editActionRequested(item->data(kEvidenceIdRole).toString());
    });
    return box;
}

void CriterionPane::setCorrectiveActions(const QList<CorrectiveAction> &actions)
{
    m_actions->clear();
    for (const CorrectiveAction &action : actions) {
        const bool done = action.status == ActionStatus::Done;
        const QString deadline = action.deadline.isValid()
                                     ? action.deadline.toString(QStringLiteral("dd/MM/yyyy"))
                                     : QStringLiteral("—");
        auto *item =
            new QListWidgetItem((done ? tr("✓ Done: %1 (deadline %2)") : tr("%1 (deadline %2)"))
                                    .arg(action.description, deadline),
                                m_actions);
        item->setData(kEvidenceIdRole, action.id);
    }
    m_tabs->setTabText(1, actions.isEmpty() ? tr("Corrective actions")
                                            : tr("Corrective actions (%1)").arg(actions.size()));
}

QString CriterionPane::selectedEvidenceId() const
{
    const auto *item = m_evidence->currentItem();
    return item ? item->data(kEvidenceIdRole).toString() : QString();
}

void CriterionPane::showCriterion(const Criterion *criterion, const Assessment &assessment)
{
    m_loading = true;
    m_criterionId = criterion ? criterion->id : QString();
    setEnabled(criterion != nullptr);
    m_title->setText(criterion ? tr("Criterion %1").arg(criterion->code)
                               : tr("Choose a criterion in the checklist."));
    m_text->setText(criterion ? criterion->text : QString());
    m_guidance->setText(criterion && !criterion->guidance.isEmpty() ? criterion->guidance
                                                                    : QStringLiteral("—"));
    m_legal->setText(criterion && !criterion->legalReference.isEmpty() ? criterion->legalReference
                                                                       : QStringLiteral("—"));
    showMarks(criterion, assessment);
    m_finding->setCommittedText(assessment.finding);
    m_evidence->clear();
    m_tabs->setTabText(0, assessment.evidence.isEmpty()
                              ? tr("Evidence")
                              : tr("Evidence (%1)").arg(assessment.evidence.size()));
    for (const Evidence &evidence : assessment.evidence) {
        const bool isFile = evidence.kind == EvidenceKind::AttachedFile;
        QString label = isFile ? evidence.fileName : evidence.documentNumber;
        if (!evidence.description.isEmpty())
            label += QStringLiteral(" — ") + evidence.description;
        auto *item = new QListWidgetItem(label, m_evidence);
        item->setData(kEvidenceIdRole, evidence.id);
        item->setIcon(style()->standardIcon(isFile ? QStyle::SP_FileIcon
                                                   : QStyle::SP_FileDialogDetailedView));
    }
    m_loading = false;
}

void CriterionPane::showMarks(const Criterion *criterion, const Assessment &assessment)
{
    const bool loading = std::exchange(m_loading, true);
    m_results->setExclusive(false);
    for (auto *button : m_results->buttons())
        button->setChecked(m_results->id(button) == int(assessment.result));
    m_results->setExclusive(true);
    const double maximum = criterion ? criterion->maxScore : 1.0;
    setScore(m_selfScore, assessment.selfScore, maximum);
    setScore(m_appraisedScore, assessment.appraisedScore, maximum);
    m_exemplary->setChecked(assessment.exemplary);
    m_loading = loading;
}

void CriterionPane::setThumbnail(const QString &evidenceId, const QPixmap &pixmap)
{
    for (int i = 0; i < m_evidence->count(); ++i) {
        auto *item = m_evidence->item(i);
        if (item->data(kEvidenceIdRole).toString() == evidenceId)
            item->setIcon(QIcon(pixmap));
    }
}

void CriterionPane::showPendingFinding(const QString &text)
{
    m_finding->setCommittedText(text);
    m_finding->markCommitted(false);
}

void CriterionPane::setReadOnly(bool readOnly)
{
    for (auto *button : m_results->buttons())
        button->setEnabled(!readOnly);
    m_selfScore->setReadOnly(readOnly);
    m_appraisedScore->setReadOnly(readOnly);
    m_exemplary->setEnabled(!readOnly);
    m_finding->setReadOnly(readOnly);
    for (auto *button : m_editButtons)
        button->setEnabled(!readOnly);
}

std::optional<double> CriterionPane::scoreOf(const QDoubleSpinBox *box) const
{
    if (box->value() <= box->minimum())
        return std::nullopt;
    return box->value();
}

void CriterionPane::setScore(QDoubleSpinBox *box, std::optional<double> value, double maximum)
{
    box->setRange(kNoScore, maximum);
    box->setValue(value ? *value : kNoScore);
}

} // namespace cchc::ui
