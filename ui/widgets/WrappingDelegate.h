#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

#include <optional>

class QAbstractItemView;

namespace cchc::ui {

// Long names (units, drafted paragraphs) wrap onto more lines instead of being cut: a row
// is as tall as its text needs at the width its column has now. Installed on a view with
// wrapText(); the view is laid out again whenever that width changes.
//
// Sizes are remembered by what decides them (column, width, font, text): a view asks for
// the same row's size again on every change to it, a unit switch asks for the same
// criteria again, and laying wrapped text out is most of the cost of either.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What the style's measure depends on for the items these views show.
    struct SizeKey
    {
        int column = 0;
        int width = 0; // the text wraps at it
        QFont font;    // the view's
        QFont ownFont; // the item's Qt::FontRole, or a default font
        QString text;
        bool operator==(const SizeKey &) const = default;
    };

private:
    using QStyledItemDelegate::QStyledItemDelegate;
    friend void wrapText(QAbstractItemView *view, int column);
    int availableWidth(const QModelIndex &index) const;
    QSize measure(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    static std::optional<SizeKey> sizeKey(const QStyleOptionViewItem &option,
                                          const QModelIndex &index, int width);

    QAbstractItemView *m_view = nullptr;
    int m_column = 0;
    mutable QHash<SizeKey, QSize> m_sizes;
};

size_t qHash(const WrappingDelegate::SizeKey &key, size_t seed = 0) noexcept;

// Wraps the text of `column` in `view` (a QTreeView or a QListView).
void wrapText(QAbstractItemView *view, int column = 0);

} // namespace cchc::ui
