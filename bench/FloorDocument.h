#pragma once

#include "core/report/ReportDocument.h"

#include <QStringList>

namespace cchc::bench {

// The reference a report's PDF time is compared with ("Qt's own floor"): the same text as
// plain paragraphs in one QTextDocument, printed by QTextDocument::print to a QPdfWriter with
// the same settings as ours (A4, 720 dpi, PDF/A-1b, Times 14 pt, the official margins).

// The report's text, one paragraph per text block, table row or header line.
QStringList reportText(const report::ReportDocument &document);

// `text` cycled (when short) or cut (when long) to the paragraphs that fill exactly `pages`
// pages of the floor layout. Worked out once, outside the timing.
QStringList fitToPages(const QStringList &text, int pages);

// Builds the plain document and prints it to `path`. Returns its page count.
int writeFloorPdf(const QStringList &paragraphs, const QString &path);

} // namespace cchc::bench
