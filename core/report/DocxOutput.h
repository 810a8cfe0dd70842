#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"

#include <QByteArray>
#include <QMap>

namespace cchc::report {

// The parts of a .docx package (Office Open XML) by their path inside the zip.
QMap<QString, QByteArray> docxParts(const ReportDocument &document);

// Writes the report as a Word document from the same model as the PDF (not through
// QTextDocumentWriter): A4 with the official margins, Times New Roman, the two-column header
// with its rules, page numbers as a PAGE field centred in the header from page 2 of each
// section, tables whose header row repeats, signature block and recipients.
Status writeDocx(const ReportDocument &document, const QString &path);

} // namespace cchc::report
