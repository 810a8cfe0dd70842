#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace cchc::report {

// Where a keyed paragraph was painted: one entry per page it is on, `page` counted from 0
// over the whole document, `top` and `bottom` as fractions of the sheet's height. The
// notice editor scrolls to a paragraph and maps a click on a page back to it with these.
struct ParagraphPlace
{
    QString key;
    int page = 0;
    double top = 0.0;
    double bottom = 0.0;
};

// Paints every section on `device` (a QPdfWriter or a QPrinter in full-page mode) at the
// official margins, with page numbers centred in the top margin from the second page of
// each section. Only the lines that belong to a page are painted on it, so no text is in
// the PDF twice. Returns the number of pages painted; `places`, when given, receives
// where each keyed paragraph was painted.
int paintReport(const ReportDocument &document, QPagedPaintDevice &device,
                QList<ParagraphPlace> *places = nullptr);

// A4 PDF/A-1b with embedded fonts and real text, written through saveFileAtomically.
Status writePdf(const ReportDocument &document, const QString &path);

} // namespace cchc::report
