#include "core/domain/ReportSettings.h"

#include "core/common/VietnameseText.h"

namespace cchc::report {

QString ReportSettings::documentNumber(const QString &typeCode, int number) const
{
    if (number < 1)
        return QStringLiteral("Số:      /%1-%2").arg(typeCode, issuerSymbol);
    return QStringLiteral("Số: %1/%2-%3").arg(vn::twoDigitCount(number), typeCode, issuerSymbol);
}

} // namespace cchc::report
