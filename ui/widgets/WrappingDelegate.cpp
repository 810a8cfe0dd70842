#include "WrappingDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QTimer>
#include <QTreeView>

namespace cchc::ui {

int WrappingDelegate::availableWidth(const QModelIndex &index) const
{
    if (auto *tree = qobject_cast<QTreeView *>(m_view)) {
        int width = tree->header()->sectionSize(index.column());
        if (index.column() == 0) {
            int depth = tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
                ++depth;
            width -= depth * tree->indentation();
        }
        return width;
    }
    return m_view->viewport()->width();
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_column)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem wrapped = option;
    initStyleOption(&wrapped, index);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    // The style measures wrapped text against the option's rectangle.
    wrapped.rect = QRect(0, 0, std::max(availableWidth(index), 40), 1);
    const QStyle *style = wrapped.widget ? wrapped.widget->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), wrapped.widget);
    size.setWidth(std::min(size.width(), wrapped.rect.width()));
    return size;
}

void wrapText(QAbstractItemView *view, int column)
{
    auto *delegate = new WrappingDelegate(view);
    delegate->m_view = view;
    delegate->m_column = column;
    view->setItemDelegate(delegate);
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A changed width changes every row's height; one layout after the resizing settles.
    auto *relayout = new QTimer(view);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    QObject::connect(relayout, &QTimer::timeout, view, &QAbstractItemView::doItemsLayout);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setWordWrap(true);
        tree->setUniformRowHeights(false);
        QObject::connect(tree->header(), &QHeaderView::sectionResized, relayout,
                         [relayout, column](int section) {
                             if (section == column)
                                 relayout->start();
                         });
    } else if (auto *list = qobject_cast<QListView *>(view)) {
        list->setWordWrap(true);
        list->setUniformItemSizes(false);
        list->setResizeMode(QListView::Adjust);
    }
}

} // namespace cchc::ui
