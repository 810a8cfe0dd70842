#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"

#include <QList>
#include <QString>

namespace cchc::report {

// One way a report can be written: the one table the command line, the dialogs and
// writeReport() read (as Tiled's FileFormat), so adding a format is one row.
struct ReportFormat
{
    QString extension;        // without the dot: "pdf"
    const char *filterSource; // the file dialog's filter, English (QT_TRANSLATE_NOOP)
    Status (*write)(const ReportDocument &document, const QString &path);
    QString filter() const; // "Tài liệu PDF (*.pdf)": translated
};

// PDF first: the default where the user does not choose.
const QList<ReportFormat> &reportFormats();
// The format of a path (by its extension, any case) or of a bare extension; nullptr if none.
const ReportFormat *reportFormatOf(const QString &pathOrExtension);
// "OUT.pdf|OUT.docx" for usage lines.
QString reportFormatsUsage();

} // namespace cchc::report
