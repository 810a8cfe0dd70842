#include "ui/editors/EditableTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cchc::ui {

EditableTable::EditableTable(const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, int(headers.size()), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    // Each column at least as wide as its title: a cut title ("iệm vụ trong Đo") reads as
    // nothing.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < headers.size(); ++column)
        header->resizeSection(column,
                              std::max(header->sectionSize(column),
                                       header->fontMetrics().horizontalAdvance(headers.at(column))
                                           + 2 * header->style()->pixelMetric(
                                               QStyle::PM_HeaderMargin, nullptr, header)
                                           + 8));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &EditableTable::addRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
}

int EditableTable::appendRow(const QStringList &texts, const QString &id)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column) {
        auto *item = new QTableWidgetItem(texts.value(column));
        if (column == 0)
            item->setData(Qt::UserRole, id);
        m_table->setItem(row, column, item);
    }
    m_table->setCurrentCell(row, 0);
    return row;
}

QString EditableTable::text(int row, int column) const
{
    const auto *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString EditableTable::rowId(int row) const
{
    const auto *item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace cchc::ui
