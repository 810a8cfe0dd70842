#pragma once

#include "core/domain/ReportSettings.h"
#include "core/report/ReportDocument.h"

#include <QDate>

#include <QMarginsF>
#include <QString>

namespace cchc::report {

// The official layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: the ONE place its numbers
// live. Every output (PDF, DOCX) reads them from here; where the decree gives a range the
// recommended default is used.
namespace layout {

constexpr double kPageWidthMm = 210.0; // A4 portrait
constexpr double kPageHeightMm = 297.0;
// Top, bottom, left, right (mm).
constexpr double kMarginTopMm = 20.0;
constexpr double kMarginBottomMm = 20.0;
constexpr double kMarginLeftMm = 30.0;
constexpr double kMarginRightMm = 15.0;
QMarginsF marginsMm(); // left, top, right, bottom as QMarginsF wants them

// The resolution reports are laid out and written at. 720 dpi makes every font size below a
// whole number of device pixels (pt × 10): Qt's Windows font engine (GDI) rounds a font's
// pixel size to an integer (at 600 dpi 14 pt is 116.67 px, drawn as 117), FreeType does
// not, so at 600 dpi the Windows program measured text 0.3 % wider and broke lines elsewhere.
constexpr int kDeviceDpi = 720;

// Font sizes (pt) per element; each a multiple of 0.1 (see kDeviceDpi).
constexpr double kHeaderBodyPt = 12.0;    // governing and issuing body lines
constexpr double kNumberPt = 13.0;        // "Số: 05/TB-ĐKT"
constexpr double kNationalTitlePt = 12.0; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
constexpr double kMottoPt = 13.0;         // "Độc lập - Tự do - Hạnh phúc"
constexpr double kPlaceDatePt = 13.0;
constexpr double kTitlePt = 14.0;   // "THÔNG BÁO"
constexpr double kSubjectPt = 14.0; // trích yếu
constexpr double kBodyPt = 14.0;
constexpr double kTablePt = 12.0;      // tables inside the body
constexpr double kAnnexTablePt = 10.0; // the wide score table of the annex
constexpr double kSignaturePt = 14.0;
constexpr double kRecipientsTitlePt = 12.0; // "Nơi nhận:"
constexpr double kRecipientsPt = 11.0;
constexpr double kPageNumberPt = 13.0;
constexpr double kFooterPt = 9.0; // an issued notice's snapshot digest, at the foot of each page

constexpr double kFirstLineIndentCm = 1.0;
constexpr double kSpaceAfterParagraphPt = 6.0;
constexpr double kLineHeightPercent = 100.0; // single spacing (decree allows up to 1.5)
constexpr double kSignatureSpaceMm = 28.0;   // room for the signature and the seal
// The two header columns: issuing body on the left, national motto on the right.
constexpr double kHeaderLeftColumnPercent = 40.0;
constexpr double kIssuerRulePercent = 35.0;  // of its column: 1/3-1/2 of the text width
constexpr double kMottoRulePercent = 75.0;   // of its column: as wide as the motto line
constexpr double kSubjectRulePercent = 25.0; // under the subject line
// Bordered tables: the grid's lines and the room between them and a cell's text.
constexpr double kTableBorderPt = 0.5;
constexpr double kTableCellPaddingPt = 2.5;

// How one paragraph looks: every writer (PDF, DOCX) takes its styles from here.
struct TextStyle
{
    double pt = kBodyPt;
    bool bold = false;
    bool italic = false;
    Qt::Alignment align = Qt::AlignLeft;
    double indentCm = 0.0;
    double afterPt = 0.0;
};
TextStyle centred(double pt, bool bold, bool italic = false);
TextStyle paragraphStyle(ParagraphStyle style);
TextStyle recipientsTitleStyle(); // "Nơi nhận:"
TextStyle recipientStyle();       // "- UBND thành phố (để b/c);"
TextStyle tableCellStyle(double pt, bool header, bool centredColumn);
// Paper of a section and its text width, in millimetres.
double paperWidthMm(Orientation orientation);
double paperHeightMm(Orientation orientation);
double textWidthMm(Orientation orientation);

// Times New Roman where installed, else the metric-compatible Liberation Serif, so page
// breaks stay the same on every machine.
QString fontFamily();

} // namespace layout

// The header every report of a round opens with, in the layout above: the governing and
// issuing bodies (upper case), the document number and "Hà Tĩnh, ngày … tháng … năm …".
HeaderBlock officialHeader(const ReportSettings &settings, const QString &number,
                           const QDate &issuedOn);

} // namespace cchc::report
