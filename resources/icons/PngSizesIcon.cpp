#include "resources/icons/PngSizesIcon.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPaintDevice>

namespace cchc {

namespace {

class PngSizesEngine : public QIconEngine
{
public:
    PngSizesEngine(std::function<QString(int)> pathOf, QList<int> sizes, IconModeFilter otherMode)
        : m_pathOf(std::move(pathOf)), m_sizes(std::move(sizes)), m_otherMode(std::move(otherMode))
    {
    }

    QIconEngine *clone() const override { return new PngSizesEngine(*this); }
    QString key() const override { return QStringLiteral("cchc-png-sizes"); }
    bool isNull() override { return m_sizes.isEmpty(); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : std::as_const(m_sizes))
            sizes.append(QSize(size, size));
        return sizes;
    }

    // As QIcon's own engine: the drawing for a size, never larger than asked.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = nearest(size);
        return QSize(side, side).boundedTo(size);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = nearest(size);
        QPixmap &decoded = m_decoded[side];
        if (decoded.isNull())
            decoded.load(m_pathOf(side));
        QPixmap drawn = decoded;
        if (side > size.width() || side > size.height())
            drawn = drawn.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Normal || mode == QIcon::Active || !m_otherMode)
            return drawn;
        return m_otherMode(mode, drawn);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device()->devicePixelRatio();
        painter->drawPixmap(rect, pixmap(rect.size() * scale, mode, state));
    }

private:
    // The smallest drawing at least as large as `size`, else the largest.
    int nearest(const QSize &size) const
    {
        const int wanted = qMax(size.width(), size.height());
        for (const int side : m_sizes) {
            if (side >= wanted)
                return side;
        }
        return m_sizes.constLast();
    }

    std::function<QString(int)> m_pathOf;
    QList<int> m_sizes;
    IconModeFilter m_otherMode;
    QHash<int, QPixmap> m_decoded;
};

} // namespace

QIcon pngSizesIcon(std::function<QString(int)> pathOf, QList<int> sizes, IconModeFilter otherMode)
{
    if (sizes.isEmpty())
        return {};
    return QIcon(new PngSizesEngine(std::move(pathOf), std::move(sizes), std::move(otherMode)));
}

} // namespace cchc
