#include "ui/editors/TemplateEditor.h"

#include "ui/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cchc::ui {

namespace {
constexpr int kGroupRole = Qt::UserRole + 1;
constexpr int kCriterionRole = Qt::UserRole + 2;
constexpr int kRoundCountRole = Qt::UserRole + 3;

QPlainTextEdit *shortText(int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

TemplateEditor::TemplateEditor(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_templates(new QComboBox(this)),
      m_tree(new QTreeWidget(this)), m_forms(new QStackedWidget(this)), m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_responseKind(new QComboBox(this)),
      m_groupCode(new QLineEdit(this)), m_groupTitle(new QLineEdit(this)),
      m_code(new QLineEdit(this)), m_text(shortText(3)), m_phraseMet(shortText(3)),
      m_phraseUnmet(shortText(3)), m_phrasePartial(shortText(2)), m_phraseExemplary(shortText(2)),
      m_maxScore(new QDoubleSpinBox(this)),
      m_weight(new QDoubleSpinBox(this)), m_guidance(shortText(3)), m_legal(new QLineEdit(this)),
      m_bands(new QTableWidget(0, 2, this)), m_notice(new QLabel(this))
{
    setWindowTitle(tr("Checklist templates"));
    m_tree->setHeaderLabels({tr("Code"), tr("Area / criterion")});
    m_tree->setColumnWidth(0, 70);
    m_bands->setHorizontalHeaderLabels({tr("Grade"), tr("From (%)")});
    m_bands->horizontalHeader()->setStretchLastSection(true);
    m_bands->verticalHeader()->setVisible(false);
    m_bands->setColumnWidth(0, 240);
    m_bands->verticalHeader()->setDefaultSectionSize(m_bands->fontMetrics().height() + 8);
    m_bands->setMaximumHeight(m_bands->verticalHeader()->defaultSectionSize() * 5 + 30);
    m_notice->setWordWrap(true);
    m_maxScore->setRange(0, 100);
    m_maxScore->setDecimals(2);
    m_weight->setRange(0, 100);
    m_weight->setDecimals(2);

    auto *top = new QFormLayout;
    top->addRow(tr("&Template:"), m_templates);
    top->addRow(tr("&Name:"), m_name);
    top->addRow(tr("&Description:"), m_description);
    m_responseKind->addItem(tr("Result (met / partly / not met); the score follows"),
                            int(ResponseKind::Result));
    m_responseKind->addItem(tr("Score entered by the team"), int(ResponseKind::Score));

    m_forms->addWidget(new QLabel(tr("Choose an area or a criterion on the left."), this));
    m_forms->addWidget(buildGroupForm());
    m_forms->addWidget(buildCriterionForm());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    auto *treeButtons = new QHBoxLayout;
    auto *addGroup = new QPushButton(tr("Add &area"), this);
    auto *addCriterion = new QPushButton(tr("Add &criterion"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    for (auto *button : {addGroup, addCriterion, remove})
        treeButtons->addWidget(button);
    leftLayout->addLayout(treeButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_forms);
    splitter->setSizes({420, 560});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!session->file()->isReadOnly());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    auto *bandsRow = new QHBoxLayout;
    bandsRow->addWidget(new QLabel(tr("Grading bands:"), this));
    bandsRow->addStretch();
    auto *addBand = new QPushButton(tr("Add &grade"), this);
    auto *removeBand = new QPushButton(tr("Remove gra&de"), this);
    bandsRow->addWidget(addBand);
    bandsRow->addWidget(removeBand);
    layout->addLayout(bandsRow);
    layout->addWidget(m_bands);
    connect(addBand, &QPushButton::clicked, this, [this] {
        const int row = m_bands->rowCount();
        m_bands->insertRow(row);
        m_bands->setItem(row, 0, new QTableWidgetItem(tr("New grade")));
        m_bands->setItem(row, 1, new QTableWidgetItem(QStringLiteral("0")));
        m_bands->setCurrentCell(row, 0);
        m_bands->editItem(m_bands->item(row, 0));
    });
    connect(removeBand, &QPushButton::clicked, this, [this] {
        if (m_bands->currentRow() >= 0)
            m_bands->removeRow(m_bands->currentRow());
    });
    layout->addWidget(m_notice);
    layout->addWidget(buttons);

    connect(m_templates, &QComboBox::activated, this,
            [this] { selectTemplate(m_templates->currentData().toString()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showItem(current); });
    connect(addGroup, &QPushButton::clicked, this, &TemplateEditor::addGroup);
    connect(addCriterion, &QPushButton::clicked, this, &TemplateEditor::addCriterion);
    connect(remove, &QPushButton::clicked, this, &TemplateEditor::removeCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            [this] { (void)saveDraft(); });
    resize(1040, 700);
    reloadTemplates({});
}

QWidget *TemplateEditor::buildGroupForm()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Code:"), m_groupCode);
    form->addRow(tr("Area:"), m_groupTitle);
    return page;
}

QWidget *TemplateEditor::buildCriterionForm()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Criterion:"), m_text);
    form->addRow(tr("Report, when met:"), m_phraseMet);
    form->addRow(tr("Report, when not met:"), m_phraseUnmet);
    form->addRow(tr("Report, when partly met:"), m_phrasePartial);
    form->addRow(tr("Report, when exemplary:"), m_phraseExemplary);
    m_phrasePartial->setObjectName(QStringLiteral("phrasePartial"));
    m_phraseExemplary->setObjectName(QStringLiteral("phraseExemplary"));
    m_phrasePartial->setPlaceholderText(tr("e.g. “issued the working rules, not yet up to "
                                           "standard”; empty: the met phrasing + “not yet "
                                           "complete”"));
    m_phraseExemplary->setPlaceholderText(tr("what an exemplary unit did well; empty: the "
                                             "units are named as examples"));
    form->addRow(tr("Maximum score:"), m_maxScore);
    form->addRow(tr("Weight:"), m_weight);
    form->addRow(tr("Guidance:"), m_guidance);
    form->addRow(tr("Legal reference:"), m_legal);
    form->addRow(tr("Answered by:"), m_responseKind);
    return page;
}

void TemplateEditor::reloadTemplates(const QString &selectId)
{
    m_templates->clear();
    auto templates = m_session->file()->templates();
    if (!templates) {
        m_notice->setText(templates.error());
        return;
    }
    for (const TemplateInfo &info : *templates) {
        const QString usage = info.roundCount > 0
                                  ? tr("used by %n round(s)", nullptr, info.roundCount)
                                  : tr("not used yet");
        m_templates->addItem(tr("%1 — version %2 (%3)").arg(info.name).arg(info.version).arg(usage),
                             info.id);
        m_templates->setItemData(m_templates->count() - 1, info.roundCount, kRoundCountRole);
    }
    const int index = selectId.isEmpty() ? 0 : m_templates->findData(selectId);
    if (index >= 0 && m_templates->count() > 0) {
        m_templates->setCurrentIndex(index);
        selectTemplate(m_templates->itemData(index).toString());
    }
}

bool TemplateEditor::selectTemplate(const QString &templateId)
{
    auto loaded = m_session->file()->loadTemplate(templateId);
    if (!loaded) {
        m_notice->setText(loaded.error());
        return false;
    }
    m_templates->setCurrentIndex(std::max(0, m_templates->findData(templateId)));
    // Say before the first edit what saving will do, not only afterwards.
    const bool used = m_templates->currentData(kRoundCountRole).toInt() > 0;
    m_notice->setText(used ? tr("This version is used by a round: saving keeps it unchanged and "
                                "stores your changes as a new version.")
                           : QString());
    m_original = *loaded;
    loadDraft(*loaded);
    return true;
}

void TemplateEditor::loadDraft(const ChecklistTemplate &checklist)
{
    m_draft = checklist;
    m_name->setText(checklist.name);
    m_description->setText(checklist.description);
    m_description->setCursorPosition(0); // show the start of a long description
    m_group = m_criterion = -1;
    rebuildTree();
    m_bands->setRowCount(0);
    for (const GradingBand &band : checklist.bands) {
        const int row = m_bands->rowCount();
        m_bands->insertRow(row);
        auto *name = new QTableWidgetItem(band.name);
        name->setData(Qt::UserRole, band.id);
        m_bands->setItem(row, 0, name);
        m_bands->setItem(row, 1, new QTableWidgetItem(QLocale().toString(band.minPercent)));
    }
}

void TemplateEditor::rebuildTree()
{
    m_tree->blockSignals(true);
    m_tree->clear();
    for (int g = 0; g < m_draft.groups.size(); ++g) {
        const CriteriaGroup &group = m_draft.groups.at(g);
        auto *groupItem = new QTreeWidgetItem(m_tree, {group.code, group.title});
        groupItem->setData(0, kGroupRole, g);
        groupItem->setData(0, kCriterionRole, -1);
        for (int c = 0; c < group.criteria.size(); ++c) {
            auto *item = new QTreeWidgetItem(
                groupItem, {group.criteria.at(c).code, group.criteria.at(c).text.simplified()});
            item->setData(0, kGroupRole, g);
            item->setData(0, kCriterionRole, c);
        }
    }
    m_tree->expandAll();
    m_tree->blockSignals(false);
    m_forms->setCurrentIndex(0);
}

ChecklistTemplate &TemplateEditor::draft()
{
    storeForm();
    return m_draft;
}

void TemplateEditor::storeForm()
{
    m_draft.name = m_name->text().trimmed();
    m_draft.description = m_description->text().trimmed();
    if (m_group < 0 || m_group >= m_draft.groups.size())
        return;
    CriteriaGroup &group = m_draft.groups[m_group];
    if (m_criterion < 0) {
        group.code = m_groupCode->text().trimmed();
        group.title = m_groupTitle->text().trimmed();
        return;
    }
    if (m_criterion >= group.criteria.size())
        return;
    Criterion &criterion = group.criteria[m_criterion];
    criterion.code = m_code->text().trimmed();
    criterion.text = m_text->toPlainText().trimmed();
    criterion.phraseMet = m_phraseMet->toPlainText().trimmed();
    criterion.phraseUnmet = m_phraseUnmet->toPlainText().trimmed();
    criterion.phrasePartial = m_phrasePartial->toPlainText().trimmed();
    criterion.phraseExemplary = m_phraseExemplary->toPlainText().trimmed();
    criterion.maxScore = m_maxScore->value();
    criterion.weight = m_weight->value();
    criterion.guidance = m_guidance->toPlainText().trimmed();
    criterion.legalReference = m_legal->text().trimmed();
    criterion.responseKind = static_cast<ResponseKind>(m_responseKind->currentData().toInt());
}

void TemplateEditor::showItem(QTreeWidgetItem *item)
{
    storeForm();
    if (!item) {
        m_group = m_criterion = -1;
        m_forms->setCurrentIndex(0);
        return;
    }
    m_group = item->data(0, kGroupRole).toInt();
    m_criterion = item->data(0, kCriterionRole).toInt();
    const CriteriaGroup &group = m_draft.groups.at(m_group);
    if (m_criterion < 0) {
        m_groupCode->setText(group.code);
        m_groupTitle->setText(group.title);
        m_forms->setCurrentIndex(1);
        return;
    }
    const Criterion &criterion = group.criteria.at(m_criterion);
    m_code->setText(criterion.code);
    m_text->setPlainText(criterion.text);
    m_phraseMet->setPlainText(criterion.phraseMet);
    m_phraseUnmet->setPlainText(criterion.phraseUnmet);
    m_phrasePartial->setPlainText(criterion.phrasePartial);
    m_phraseExemplary->setPlainText(criterion.phraseExemplary);
    m_maxScore->setValue(criterion.maxScore);
    m_weight->setValue(criterion.weight);
    m_guidance->setPlainText(criterion.guidance);
    m_legal->setText(criterion.legalReference);
    m_responseKind->setCurrentIndex(
        std::max(0, m_responseKind->findData(int(criterion.responseKind))));
    m_forms->setCurrentIndex(2);
}

void TemplateEditor::addGroup()
{
    storeForm();
    CriteriaGroup group;
    group.code = QString::number(m_draft.groups.size() + 1);
    group.title = tr("New area");
    m_draft.groups.append(group);
    m_group = m_criterion = -1;
    rebuildTree();
    m_tree->setCurrentItem(m_tree->topLevelItem(m_tree->topLevelItemCount() - 1));
}

void TemplateEditor::addCriterion()
{
    storeForm();
    if (m_group < 0)
        return;
    const int group = m_group;
    CriteriaGroup &target = m_draft.groups[group];
    Criterion criterion;
    criterion.code = QStringLiteral("%1.%2").arg(target.code).arg(target.criteria.size() + 1);
    criterion.text = tr("New criterion");
    target.criteria.append(criterion);
    m_group = m_criterion = -1;
    rebuildTree();
    QTreeWidgetItem *groupItem = m_tree->topLevelItem(group);
    m_tree->setCurrentItem(groupItem->child(groupItem->childCount() - 1));
}

void TemplateEditor::removeCurrent()
{
    if (m_group < 0)
        return;
    if (m_criterion < 0)
        m_draft.groups.removeAt(m_group);
    else
        m_draft.groups[m_group].criteria.removeAt(m_criterion);
    m_group = m_criterion = -1;
    rebuildTree();
}

Result<QString> TemplateEditor::saveDraft()
{
    storeForm();
    m_draft.bands.clear();
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        GradingBand band;
        const auto *name = m_bands->item(row, 0);
        const auto *from = m_bands->item(row, 1);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        band.id = name->data(Qt::UserRole).toString();
        band.name = name->text().trimmed();
        band.minPercent = from ? QLocale().toDouble(from->text()) : 0.0;
        m_draft.bands.append(band);
    }
    const QString previousId = m_draft.id;
    const int previousVersion = m_draft.version;
    ChecklistTemplate toSave = m_draft;
    auto saved = m_session->saveTemplate(m_original, toSave);
    if (!saved) {
        m_notice->setText(saved.error());
        return saved;
    }
    reloadTemplates(*saved);
    if (!previousId.isEmpty() && *saved != previousId)
        m_notice->setText(tr("Version %1 is used by a round, so your changes were saved as a new "
                             "version %2. Rounds already run keep version %1 and their reports do "
                             "not change.")
                              .arg(previousVersion)
                              .arg(toSave.version));
    else
        m_notice->setText(tr("Saved."));
    return saved;
}

QString TemplateEditor::notice() const
{
    return m_notice->text();
}

} // namespace cchc::ui
