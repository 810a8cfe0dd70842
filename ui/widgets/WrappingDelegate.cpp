#include "ui/widgets/WrappingDelegate.h"

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

namespace {
// Enough for every criterion, area and unit name of a large file, and a notice's
// paragraphs; past it the memory is given back and filled again.
constexpr qsizetype kMaxRememberedSizes = 20000;
} // namespace

// An item with an icon or a check box is measured every time (none of ours has one).
std::optional<WrappingDelegate::SizeKey>
WrappingDelegate::sizeKey(const QStyleOptionViewItem &option, const QModelIndex &index, int width)
{
    if (index.data(Qt::DecorationRole).isValid() || index.data(Qt::CheckStateRole).isValid())
        return std::nullopt;
    return SizeKey{index.column(), width, option.font, index.data(Qt::FontRole).value<QFont>(),
                   index.data(Qt::DisplayRole).toString()};
}

size_t qHash(const WrappingDelegate::SizeKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.column, key.width, key.font, key.ownFont, key.text);
}

QSize WrappingDelegate::measure(const QStyleOptionViewItem &option, const QModelIndex &index,
                                int width) const
{
    if (index.column() != m_column)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem wrapped = option;
    initStyleOption(&wrapped, index);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    // The style measures wrapped text against the option's rectangle.
    wrapped.rect = QRect(0, 0, width, 1);
    const QStyle *style = wrapped.widget ? wrapped.widget->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), wrapped.widget);
    size.setWidth(std::min(size.width(), wrapped.rect.width()));
    return size;
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The other columns are measured against the option's rectangle as Qt gives it.
    const int width = index.column() == m_column ? std::max(availableWidth(index), 40)
                                                 : option.rect.width();
    const std::optional<SizeKey> key = sizeKey(option, index, width);
    if (!key)
        return measure(option, index, width);
    if (const auto found = m_sizes.constFind(*key); found != m_sizes.cend())
        return *found;
    if (m_sizes.size() >= kMaxRememberedSizes)
        m_sizes.clear();
    const QSize size = measure(option, index, width);
    m_sizes.insert(*key, size);
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
