#include "core/report/ReportFormats.h"

#include "core/report/DocxOutput.h"
#include "core/report/PdfOutput.h"

#include <QCoreApplication>
#include <QStringList>

namespace cchc::report {

QString ReportFormat::filter() const
{
    return QCoreApplication::translate("cchc::report::ReportFormats", filterSource);
}

const QList<ReportFormat> &reportFormats()
{
    static const QList<ReportFormat> formats = {
        {QStringLiteral("pdf"),
         QT_TRANSLATE_NOOP("cchc::report::ReportFormats", "PDF document (*.pdf)"), &writePdf},
        {QStringLiteral("docx"),
         QT_TRANSLATE_NOOP("cchc::report::ReportFormats", "Word document (*.docx)"), &writeDocx},
    };
    return formats;
}

const ReportFormat *reportFormatOf(const QString &pathOrExtension)
{
    const QString extension = pathOrExtension.section(QLatin1Char('.'), -1).toLower();
    for (const ReportFormat &format : reportFormats()) {
        if (format.extension == extension)
            return &format;
    }
    return nullptr;
}

QString reportFormatsUsage()
{
    QStringList names;
    for (const ReportFormat &format : reportFormats())
        names.append(QStringLiteral("OUT.") + format.extension);
    return names.join(QLatin1Char('|'));
}

} // namespace cchc::report
