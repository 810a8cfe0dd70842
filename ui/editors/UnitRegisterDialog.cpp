#include "ui/editors/UnitRegisterDialog.h"

#include "ui/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cchc::ui {

namespace {
enum Column {
    NameColumn,
    ShortColumn,
    HeadColumn,
    HeadTitleColumn,
    AddressColumn,
    PhoneColumn,
    ColumnCount
};

QStringList cellsOf(const Unit &unit)
{
    return {unit.name, unit.shortName, unit.headName, unit.headTitle, unit.address, unit.phone};
}
} // namespace

UnitRegisterDialog::UnitRegisterDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, ColumnCount, this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Unit register"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Short name"), tr("Head"), tr("Head's title"), tr("Address"), tr("Phone")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 300);
    m_table->setEditTriggers(session->file()->isReadOnly() ? QAbstractItemView::NoEditTriggers
                                                           : QAbstractItemView::AllEditTriggers);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *add = new QPushButton(tr("&Add unit"), this);
    auto *remove = new QPushButton(tr("&Remove unit"), this);
    remove->setObjectName(QStringLiteral("removeUnit"));
    add->setEnabled(!session->file()->isReadOnly());
    remove->setEnabled(!session->file()->isReadOnly());
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("Each change is saved at once and can be undone from the Edit menu."), this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, [this] {
        m_loading = true;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_loading = false;
        m_table->setCurrentCell(row, NameColumn);
        m_table->editItem(m_table->item(row, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, &UnitRegisterDialog::removeCurrent);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            commitRow(item->row());
    });
    // Queued: a reload replaces the table item whose edit is still being delivered.
    connect(session, &Session::structureChanged, this, &UnitRegisterDialog::reload,
            Qt::QueuedConnection);
    resize(1000, 520);
    reload();
}

QString UnitRegisterDialog::errorText() const
{
    return m_error->text();
}

void UnitRegisterDialog::reload()
{
    auto units = m_session->file()->units();
    if (!units) {
        m_error->setText(units.error());
        return;
    }
    m_loading = true;
    m_units = *units;
    m_table->setRowCount(int(m_units.size()));
    for (int row = 0; row < m_units.size(); ++row) {
        const QStringList cells = cellsOf(m_units.at(row));
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_loading = false;
}

void UnitRegisterDialog::commitRow(int row)
{
    const auto text = [this, row](int column) {
        const auto *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const bool isNew = row >= m_units.size();
    Unit unit = isNew ? Unit{} : m_units.at(row);
    if (text(NameColumn).isEmpty())
        return; // a unit needs a name; wait until one is typed
    unit.name = text(NameColumn);
    unit.shortName = text(ShortColumn);
    unit.headName = text(HeadColumn);
    unit.headTitle = text(HeadTitleColumn);
    unit.address = text(AddressColumn);
    unit.phone = text(PhoneColumn);
    const auto status =
        m_session->saveUnit(isNew ? std::nullopt : std::optional<Unit>(m_units.at(row)), unit);
    m_error->setText(status ? QString() : status.error());
}

Status UnitRegisterDialog::addUnit(const Unit &unit)
{
    auto status = m_session->saveUnit(std::nullopt, unit);
    m_error->setText(status ? QString() : status.error());
    return status;
}

void UnitRegisterDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    if (row >= m_units.size()) {
        m_table->removeRow(row);
        return;
    }
    const auto status = m_session->removeUnit(m_units.at(row));
    m_error->setText(status ? QString() : status.error());
}

} // namespace cchc::ui
