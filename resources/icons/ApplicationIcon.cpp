#include "resources/icons/ApplicationIcon.h"

#include "resources/icons/PngSizesIcon.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace cchc {

QIcon applicationIcon()
{
    // Every PNG rendered from the SVG (tools/render-icons.sh) is in the resource folder,
    // named by its size; QIcon picks the nearest one for each use, decoding only that one.
    static const QRegularExpression named(QStringLiteral("^cchc-inspector-(\\d+)\\.png$"));
    QList<int> sizes;
    const QDir folder(QStringLiteral(":/icons"));
    for (const QString &name : folder.entryList({QStringLiteral("cchc-inspector-*.png")})) {
        if (const auto match = named.match(name); match.hasMatch())
            sizes.append(match.captured(1).toInt());
    }
    std::sort(sizes.begin(), sizes.end());
    return pngSizesIcon(
        [](int size) { return QStringLiteral(":/icons/cchc-inspector-%1.png").arg(size); }, sizes);
}

} // namespace cchc
