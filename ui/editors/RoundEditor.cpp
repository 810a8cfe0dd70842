#include "ui/editors/RoundEditor.h"

#include "core/storage/ReportStore.h"
#include "core/teamwork/FrozenGuards.h"

#include "core/common/Clock.h"
#include "core/common/VietnameseText.h"
#include "ui/editors/EditableTable.h"
#include "ui/widgets/Prompts.h"
#include "core/storage/InspectionFile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cchc::ui {

namespace {

// The unit's participants are one per line ("Ông A - Giám đốc"): edit them as lines.
class LinesDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *editor = new QPlainTextEdit(parent);
        editor->setTabChangesFocus(true);
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText().trimmed());
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        // Room for about four lines, whatever the row's height.
        const int lines = option.fontMetrics.lineSpacing() * 4 + 10;
        editor->setGeometry(
            option.rect.adjusted(0, 0, 0, std::max(0, lines - option.rect.height())));
    }
};

enum LegalColumn { LegalType, LegalNumber, LegalDate, LegalIssuer, LegalSubject };
enum TeamColumn { TeamName, TeamRoleColumn, TeamJob, TeamOrganisation };
enum UnitColumn { UnitName, UnitVisit, UnitRepresentatives };
const QString kDateFormat = QStringLiteral("dd/MM/yyyy");
} // namespace

RoundEditor::RoundEditor(InspectionFile *file, const QString &roundId, QWidget *parent)
    : QDialog(parent), m_file(file), m_title(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_unitKind(new QLineEdit(this)), m_period(new QLineEdit(this)),
      m_visitStart(dateBox(Clock::today())), m_visitEnd(dateBox(Clock::today())),
      m_status(new QComboBox(this)), m_notes(new QPlainTextEdit(this)),
      m_legal(new EditableTable(
          {tr("Type"), tr("Number"), tr("Issued on"), tr("Issuer"), tr("Subject")}, this)),
      m_team(new EditableTable({tr("Full name"), tr("Role"), tr("Job title"), tr("Organisation")},
                               this)),
      m_roundUnits(new EditableTable({tr("Unit"), tr("Visit date"), tr("Representatives")}, this)),
      m_error(new QLabel(this))
{
    m_roundUnits->setObjectName(QStringLiteral("roundUnits"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    setWindowTitle(roundId.isEmpty() ? tr("New round") : tr("Edit round"));
    if (auto units = file->units())
        m_units = *units;
    else
        m_loadError = units.error();
    if (auto templates = file->templates()) {
        for (const TemplateInfo &info : *templates)
            m_template->addItem(tr("%1 (version %2)").arg(info.name).arg(info.version), info.id);
    }
    m_status->addItem(tr("Planned"), int(RoundStatus::Planned));
    m_status->addItem(tr("In progress"), int(RoundStatus::InProgress));
    m_status->addItem(tr("Completed"), int(RoundStatus::Completed));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGeneralTab(), tr("&General"));
    tabs->addTab(m_legal, tr("&Legal bases"));
    tabs->addTab(m_team, tr("&Team"));
    tabs->addTab(buildUnitsTab(), tr("&Units visited"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_legal, &EditableTable::addRequested, this, [this] { addLegalBasis({}); });
    connect(m_team, &EditableTable::addRequested, this, [this] { addTeamMember({}); });
    connect(m_roundUnits, &EditableTable::addRequested, this, [this] {
        if (m_units.isEmpty()) // nothing to choose from: the unit is created first
            createUnit();
        else
            addUnit(m_units.constFirst().id, m_visitStart->date());
    });
    m_team->table()->setColumnWidth(TeamName, 200);
    m_roundUnits->table()->setColumnWidth(UnitName, 320);
    m_roundUnits->table()->setColumnWidth(UnitVisit, 130);
    m_roundUnits->table()->setItemDelegateForColumn(UnitRepresentatives, new LinesDelegate(this));
    m_roundUnits->table()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    resize(900, 560);

    if (roundId.isEmpty())
        return;
    auto loaded = file->loadRound(roundId);
    if (!loaded) {
        m_loadError = loaded.error();
        return;
    }
    m_original = *loaded;
    const InspectionRound &round = *loaded;
    m_title->setText(round.title);
    m_template->setCurrentIndex(std::max(0, m_template->findData(round.templateId)));
    m_unitKind->setText(round.unitKind);
    m_period->setText(round.periodAssessed);
    m_visitStart->setDate(round.visitStart);
    m_visitEnd->setDate(round.visitEnd);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(round.status))));
    m_notes->setPlainText(round.notes);
    for (const LegalReference &reference : round.legalBases)
        addLegalBasis(reference);
    for (const TeamMember &member : round.team)
        addTeamMember(member);
    for (const RoundUnit &unit : round.units) {
        addUnit(unit.unitId, unit.visitDate, unit.representatives);
        m_roundUnits->table()
            ->item(m_roundUnits->table()->rowCount() - 1, 0)
            ->setData(Qt::UserRole, unit.id);
    }
    keepIssuedUnits(roundId);
}

void RoundEditor::keepIssuedUnits(const QString &roundId)
{
    auto issued = report::ReportStore(*m_file).issuedNotice(roundId);
    if (!issued || !*issued)
        return; // a failed read is the save's to report: the file refuses it the same way
    // The units the issued notice names stay, as the same units: the file refuses the rest.
    const QString why = teamwork::issuedUnitRemovalMessage();
    m_roundUnits->setRemovalRule([this, why](int row) {
        return m_roundUnits->rowId(row).isEmpty() ? QString() : why;
    });
    // Said above the list too: a disabled button alone does not say why.
    m_unitsHint->setText(why);
    m_unitsHint->show();
    QTableWidget *table = m_roundUnits->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (QWidget *box = table->cellWidget(row, UnitName)) {
            box->setEnabled(false);
            box->setToolTip(why);
        }
    }
}

QWidget *RoundEditor::buildGeneralTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title->setPlaceholderText(tr("e.g. Kiểm tra CCHC tại các đơn vị sự nghiệp năm 2022"));
    m_unitKind->setPlaceholderText(tr("e.g. đơn vị sự nghiệp"));
    m_period->setPlaceholderText(tr("e.g. năm 2021 và 6 tháng đầu năm 2022"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Check&list:"), m_template);
    form->addRow(tr("Units are called:"), m_unitKind);
    form->addRow(tr("&Period assessed:"), m_period);
    form->addRow(tr("Visits &from:"), m_visitStart);
    form->addRow(tr("Visits &until:"), m_visitEnd);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    return page;
}

QDateEdit *RoundEditor::dateBox(const QDate &date) const
{
    auto *box = new QDateEdit(date.isValid() ? date : Clock::today());
    box->setDisplayFormat(kDateFormat);
    box->setCalendarPopup(true);
    return box;
}

QComboBox *RoundEditor::roleBox(TeamRole role) const
{
    auto *box = new QComboBox;
    for (int i = 0; i < kTeamRoleCount; ++i)
        box->addItem(teamRoleLabel(static_cast<TeamRole>(i)), i);
    box->setCurrentIndex(int(role));
    return box;
}

QComboBox *RoundEditor::unitBox(const QString &unitId) const
{
    auto *box = new QComboBox;
    for (const Unit &unit : m_units)
        box->addItem(unit.name, unit.id);
    box->setCurrentIndex(std::max(0, box->findData(unitId)));
    return box;
}

void RoundEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RoundEditor::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        showError(tr("Give the round a title."));
        m_title->setFocus();
        return;
    }
    if (m_template->currentData().toString().isEmpty()) {
        showError(tr("Choose the checklist the round uses."));
        return;
    }
    for (int row = 0; row < m_legal->table()->rowCount(); ++row) {
        const QString date = m_legal->text(row, LegalDate);
        if (!date.isEmpty() && !QDate::fromString(date, kDateFormat).isValid()) {
            showError(
                tr("The date “%1” of a legal basis is not a date like 30/03/2022.").arg(date));
            return;
        }
    }
    showError({});
    QDialog::accept();
}

void RoundEditor::setTitle(const QString &title)
{
    m_title->setText(title);
}

void RoundEditor::addLegalBasis(const LegalReference &reference)
{
    m_legal->appendRow(
        {reference.documentType, reference.number,
         reference.issuedOn.isValid() ? reference.issuedOn.toString(kDateFormat) : QString(),
         reference.issuer, reference.subject},
        reference.id);
}

QWidget *RoundEditor::buildUnitsTab()
{
    auto *tab = new QWidget(this);
    m_unitsHint = new QLabel(
        tr("The units visited are chosen from the file's unit register (Round › Unit register, "
           "Ctrl+U), which is empty. Add one here with “New unit in the register…”."),
        tab);
    m_unitsHint->setWordWrap(true);
    m_unitsHint->setVisible(m_units.isEmpty());
    auto *create = new QPushButton(tr("&New unit in the register…"), tab);
    create->setObjectName(QStringLiteral("newUnit"));
    connect(create, &QPushButton::clicked, this, &RoundEditor::createUnit);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_unitsHint);
    layout->addWidget(m_roundUnits, 1);
    layout->addWidget(create, 0, Qt::AlignLeft);
    return tab;
}

void RoundEditor::createUnit()
{
    if (!m_createUnit) {
        showError(tr("Units are added in the unit register (Round › Unit register)."));
        return;
    }
    const QString name = prompts::askText(this, tr("New unit"), tr("Name of the unit:"));
    if (name.isEmpty())
        return;
    auto created = m_createUnit(name);
    if (!created) {
        showError(created.error());
        return;
    }
    m_units.append(*created);
    // Every row's list offers the new unit too.
    QTableWidget *table = m_roundUnits->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, UnitName)))
            box->addItem(created->name, created->id);
    }
    m_unitsHint->hide();
    showError({});
    addUnit(created->id, m_visitStart->date());
}

void RoundEditor::addTeamMember(const TeamMember &member)
{
    const int row =
        m_team->appendRow({member.fullName, {}, member.jobTitle, member.organisation}, member.id);
    m_team->table()->setCellWidget(row, TeamRoleColumn, roleBox(member.role));
}

void RoundEditor::addUnit(const QString &unitId, const QDate &visitDate,
                          const QString &representatives)
{
    const int row = m_roundUnits->appendRow({{}, {}, representatives});
    m_roundUnits->table()->setCellWidget(row, UnitName, unitBox(unitId));
    m_roundUnits->table()->setCellWidget(row, UnitVisit, dateBox(visitDate));
}

InspectionRound RoundEditor::round() const
{
    InspectionRound round = m_original.value_or(InspectionRound{});
    round.title = m_title->text().trimmed();
    round.templateId = m_template->currentData().toString();
    round.unitKind = m_unitKind->text().trimmed();
    round.periodAssessed = m_period->text().trimmed();
    round.visitStart = m_visitStart->date();
    round.visitEnd = m_visitEnd->date();
    round.status = static_cast<RoundStatus>(m_status->currentData().toInt());
    round.notes = m_notes->toPlainText();

    round.legalBases.clear();
    for (int row = 0; row < m_legal->table()->rowCount(); ++row) {
        LegalReference reference;
        reference.id = m_legal->rowId(row);
        reference.documentType = m_legal->text(row, LegalType);
        reference.number = m_legal->text(row, LegalNumber);
        reference.issuedOn = QDate::fromString(m_legal->text(row, LegalDate), kDateFormat);
        reference.issuer = m_legal->text(row, LegalIssuer);
        reference.subject = m_legal->text(row, LegalSubject);
        round.legalBases.append(reference);
    }
    round.team.clear();
    for (int row = 0; row < m_team->table()->rowCount(); ++row) {
        TeamMember member;
        member.id = m_team->rowId(row);
        member.fullName = m_team->text(row, TeamName);
        const auto *role =
            qobject_cast<QComboBox *>(m_team->table()->cellWidget(row, TeamRoleColumn));
        member.role =
            static_cast<TeamRole>(role ? role->currentData().toInt() : int(TeamRole::Member));
        member.jobTitle = m_team->text(row, TeamJob);
        member.organisation = m_team->text(row, TeamOrganisation);
        round.team.append(member);
    }
    round.units.clear();
    for (int row = 0; row < m_roundUnits->table()->rowCount(); ++row) {
        RoundUnit unit;
        unit.id = m_roundUnits->rowId(row);
        const auto *name =
            qobject_cast<QComboBox *>(m_roundUnits->table()->cellWidget(row, UnitName));
        const auto *date =
            qobject_cast<QDateEdit *>(m_roundUnits->table()->cellWidget(row, UnitVisit));
        unit.unitId = name ? name->currentData().toString() : QString();
        unit.visitDate = date ? date->date() : QDate();
        unit.representatives = m_roundUnits->text(row, UnitRepresentatives);
        if (!unit.unitId.isEmpty())
            round.units.append(unit);
    }
    return round;
}

} // namespace cchc::ui
