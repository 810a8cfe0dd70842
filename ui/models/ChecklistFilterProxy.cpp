#include "ui/models/ChecklistFilterProxy.h"

#include "ui/models/ChecklistModel.h"
#include "core/common/VietnameseText.h"

namespace cchc::ui {

ChecklistFilterProxy::ChecklistFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ChecklistFilterProxy::setQuery(const QString &query)
{
    m_query = query.trimmed();
    invalidateRowsFilter();
}

bool ChecklistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return vn::matchesSearch(index.data(ChecklistModel::SearchTextRole).toString(), m_query);
}

bool VietnameseSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid())
        return left.row() < right.row();
    return vn::compareVietnamese(left.data().toString(), right.data().toString()) < 0;
}

} // namespace cchc::ui
