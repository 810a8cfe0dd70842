#include "resources/icons/ApplicationIcon.h"

#include <QDir>

namespace cchc {

QIcon applicationIcon()
{
    // Every PNG rendered from the SVG (tools/render-icons.sh) is in the resource folder;
    // QIcon reads each file's size and picks the nearest one for each use.
    QIcon icon;
    const QDir folder(QStringLiteral(":/icons"));
    for (const QString &name : folder.entryList({QStringLiteral("cchc-inspector-*.png")}))
        icon.addFile(folder.filePath(name));
    return icon;
}

} // namespace cchc
