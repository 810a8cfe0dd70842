#include "ui/editors/EditableTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cchc::ui {

EditableTable::EditableTable(const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, int(headers.size()), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
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
    m_remove->setObjectName(QStringLiteral("removeRow"));
    auto *add = new QPushButton(tr("&Add"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &EditableTable::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && (!m_whyKept || m_whyKept(row).isEmpty()))
            m_table->removeRow(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &EditableTable::updateRemove);
}

void EditableTable::setRemovalRule(std::function<QString(int row)> why)
{
    m_whyKept = std::move(why);
    updateRemove();
}

void EditableTable::updateRemove()
{
    const int row = m_table->currentRow();
    const QString why = m_whyKept && row >= 0 ? m_whyKept(row) : QString();
    m_remove->setEnabled(why.isEmpty());
    m_remove->setToolTip(why);
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
