#pragma once

#include "core/report/ReportDocument.h"

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

// Builds one section as a QTextDocument laid out for `device` (fonts measured at its
// resolution, page size = the text area), with QTextCursor so nothing a user typed is read
// as markup. The document is paginated: each line lies on exactly one page.
std::unique_ptr<QTextDocument> renderSection(const ReportSection &section, QPaintDevice *device);

} // namespace cchc::report
