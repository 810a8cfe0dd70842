#include "ReportSettings.h"

#include "common/VietnameseText.h"

namespace cchc::report {

int ReportSettings::numberFor(const QDate &date) const
{
    return date.year() == numberYear ? nextNumber : 1;
}

QString ReportSettings::documentNumber(const QString &typeCode, int number) const
{
    return QStringLiteral("Số: %1/%2-%3").arg(vn::twoDigitCount(number), typeCode, issuerSymbol);
}

} // namespace cchc::report
