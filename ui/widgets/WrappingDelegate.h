#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace cchc::ui {

// Long names (units, drafted paragraphs) wrap onto more lines instead of being cut: a row
// is as tall as its text needs at the width its column has now. Installed on a view with
// wrapText(); the view is laid out again whenever that width changes.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    using QStyledItemDelegate::QStyledItemDelegate;
    friend void wrapText(QAbstractItemView *view, int column);
    int availableWidth(const QModelIndex &index) const;

    QAbstractItemView *m_view = nullptr;
    int m_column = 0;
};

// Wraps the text of `column` in `view` (a QTreeView or a QListView).
void wrapText(QAbstractItemView *view, int column = 0);

} // namespace cchc::ui
