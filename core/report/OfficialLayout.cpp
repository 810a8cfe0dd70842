#include "OfficialLayout.h"

#include <QFontDatabase>
#include <QStringList>

namespace cchc::report::layout {

QMarginsF marginsMm()
{
    return QMarginsF(kMarginLeftMm, kMarginTopMm, kMarginRightMm, kMarginBottomMm);
}

QString fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : {QStringLiteral("Times New Roman"),
                                         QStringLiteral("Liberation Serif"),
                                         QStringLiteral("Tinos")}) {
            if (families.contains(candidate))
                return candidate;
        }
        return QStringLiteral("Times New Roman"); // fontconfig substitutes its best match
    }();
    return family;
}

} // namespace cchc::report::layout
