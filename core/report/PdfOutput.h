#pragma once

#include "common/Result.h"
#include "ReportDocument.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace cchc::report {

// Paints every section on `device` (a QPdfWriter or a QPrinter in full-page mode) at the
// official margins, with page numbers centred in the top margin from the second page of
// each section. Only the lines that belong to a page are painted on it, so no text is in
// the PDF twice. Returns the number of pages painted.
int paintReport(const ReportDocument &document, QPagedPaintDevice &device);

// A4 PDF/A-1b with embedded fonts and real text, written through saveFileAtomically.
Status writePdf(const ReportDocument &document, const QString &path);

} // namespace cchc::report
