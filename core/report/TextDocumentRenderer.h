#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/TableLayout.h"

#include <QSizeF>
#include <QTextFormat>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace cchc::report {

// Marks an empty block as a centred horizontal rule; the value is its width in percent of
// the block. Our own property, not Qt's BlockTrailingHorizontalRulerWidth, which changes
// how the block is laid out (a rule under a two-line subject landed inside its text).
constexpr int kRulePercentProperty = QTextFormat::UserProperty + 1;
// The key of the ParagraphBlock a text block prints (absent on other blocks), so what is
// painted can be traced back to the paragraph the team edits.
constexpr int kParagraphKeyProperty = QTextFormat::UserProperty + 2;
// Marks the empty block that stands for a row of a LaidOutTable: painted as the row.
constexpr int kTableRowProperty = QTextFormat::UserProperty + 3;

// Converts millimetres and points to the layout units of a paint device (its pixels).
struct LayoutScale
{
    double dpi = 72.0;
    double fromPoints(double pt) const { return pt * dpi / 72.0; }
    double fromMm(double mm) const { return mm * dpi / 25.4; }
};

// The scale of lengths inside text formats (indents, margins, borders, padding, image
// sizes): QTextDocumentLayout reads them as pixels at Qt's default DPI and scales them to
// the paint device itself, whatever the device's resolution.
LayoutScale formatScale();

// The text area of a page (paper minus the official margins) in layout units.
QSizeF textAreaSize(Orientation orientation, const LayoutScale &scale);

// A section laid out: its text as a paginated QTextDocument, and its bordered tables, whose
// rows stand in the document as empty blocks of the rows' heights (see TableLayout.h).
struct RenderedSection
{
    std::unique_ptr<QTextDocument> document;
    QList<LaidOutTable> tables;
};

// Builds one section as a QTextDocument laid out for `device` (fonts measured at its
// resolution, page size = the text area), with QTextCursor so nothing a user typed is read
// as markup. The document is paginated: each line and each table row lies on exactly one
// page.
RenderedSection renderSection(const ReportSection &section, QPaintDevice *device);

} // namespace cchc::report
