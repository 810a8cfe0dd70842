#pragma once

#include <QSortFilterProxyModel>

namespace cchc::ui {

// Filters the checklist as the user types, ignoring case and Vietnamese diacritics:
// "ky luat" finds "Kỷ luật". A group stays visible while one of its criteria matches.
class ChecklistFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChecklistFilterProxy(QObject *parent = nullptr);
    void setQuery(const QString &query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
};

// Sorts names in Vietnamese alphabetical order; top-level rows (rounds) keep their order.
class VietnameseSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace cchc::ui
