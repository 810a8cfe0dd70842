#include "ui/Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

namespace cchc::ui {

namespace {

// Toolbar and menu sizes at 100–200% scaling (ui/CMakeLists.txt), smallest first.
const QList<int> kSizes = {16, 20, 24, 32, 40, 48, 64};

QString pngPath(const QString &name, int size)
{
    return QStringLiteral(":/actions/%1-%2.png").arg(name).arg(size);
}

// One PNG per size, each decoded the first time that size is drawn. QIcon::addFile decodes
// every file at once: for the main window's actions that was a third of building the
// window at start-up, for sizes most screens never draw.
class PngSizesEngine : public QIconEngine
{
public:
    explicit PngSizesEngine(QString name) : m_name(std::move(name)) {}

    QIconEngine *clone() const override { return new PngSizesEngine(*this); }
    QString key() const override { return QStringLiteral("cchc-png-sizes"); }
    bool isNull() override { return false; }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : kSizes)
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
            decoded.load(pngPath(m_name, side));
        QPixmap drawn = decoded;
        if (side > size.width() || side > size.height())
            drawn = drawn.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Normal || mode == QIcon::Active)
            return drawn;
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, drawn, &option);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device()->devicePixelRatio();
        painter->drawPixmap(rect, pixmap(rect.size() * scale, mode, state));
    }

private:
    // The smallest drawing at least as large as `size`, else the largest.
    static int nearest(const QSize &size)
    {
        const int wanted = qMax(size.width(), size.height());
        for (const int side : kSizes) {
            if (side >= wanted)
                return side;
        }
        return kSizes.constLast();
    }

    QString m_name;
    QHash<int, QPixmap> m_decoded;
};

} // namespace

QIcon actionIcon(const QString &name)
{
    if (name.isEmpty())
        return {}; // an action without a drawing of its own
    for (const int size : kSizes) {
        if (!QFile::exists(pngPath(name, size)))
            return {};
    }
    return QIcon(new PngSizesEngine(name));
}

} // namespace cchc::ui
