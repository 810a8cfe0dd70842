#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <variant>

class QPainter;
class QSizeF;

namespace cchc::report {

// A report independent of its output format: the PDF and the DOCX writers both walk these
// blocks, so what a report says is decided once, and how it looks lives in OfficialLayout.

// The two-column header: issuing body on the left, national motto on the right.
struct HeaderBlock
{
    QString governingBody; // "UBND THÀNH PHỐ HÀ TĨNH" (optional line)
    QString issuingBody;   // "ĐOÀN KIỂM TRA CCHC - HĐCV", ruled underneath
    QString number;        // "Số: 05/TB-ĐKT"
    QString placeAndDate;  // "Hà Tĩnh, ngày 30 tháng 5 năm 2022"
};

// "THÔNG BÁO" with its subject line (trích yếu), which may span lines.
struct TitleBlock
{
    QString documentType;
    QString subject;
};

enum class ParagraphStyle {
    Body,       // 14 pt, justified, first-line indent
    LegalBasis, // 14 pt italic, justified, first-line indent
    Heading,    // 14 pt bold, left, first-line indent ("I. KẾT QUẢ KIỂM TRA")
    Centered,   // 14 pt bold, centred (annex titles)
    Reference,  // 14 pt italic, centred ("(Kèm theo Thông báo số …)")
    Note,       // 12 pt italic, left (notes under tables)
};

// One paragraph. `key` is stable across drafts ("results/<group id>") so the team's edits
// can be matched to the paragraph they rewrote.
struct ParagraphBlock
{
    QString key;
    QString text; // plain text as typed: never interpreted as markup
    ParagraphStyle style = ParagraphStyle::Body;
};

struct TableBlock
{
    QStringList header; // repeated at the top of every page
    QList<QStringList> rows;
    QList<double> columnPercents; // widths as percentages of the text width
    double fontPt = 12.0;
    QList<int> centredColumns; // numbers and results are centred, text left
};

// A picture drawn by us (the score chart), at a width in millimetres.
struct ImageBlock
{
    // The picture's pixels. May be null when `redraw` draws it (at `heightMm`): the outputs
    // that paint vector graphics never need them, so they are drawn only when asked for.
    QImage image;
    double widthMm = 0.0;
    // A picture that can be drawn shorter, down to minHeightMm: `redraw` draws it at a given
    // height in millimetres. The PDF layout uses it to keep the chart on the page of the
    // table it illustrates rather than alone on a page of its own.
    std::function<QImage(double heightMm)> redraw;
    double minHeightMm = 0.0;
    // The picture as vector graphics, for the outputs that can take them (the PDF and its
    // preview): `paint` draws it `sizeMm` big on a painter scaled to millimetres. Optional;
    // `image` stays what the DOCX and an issued notice's snapshot keep.
    std::function<void(QPainter &painter, const QSizeF &sizeMm)> paint;
    double heightMm = 0.0; // the full height, when `image` is left to `redraw`

    bool isEmpty() const { return image.isNull() && !(redraw && heightMm > 0.0); }
    // Height over width, from the picture or, when it is not drawn yet, the sizes given.
    double aspect() const
    {
        if (!image.isNull())
            return double(image.height()) / std::max(1, image.width());
        return widthMm > 0.0 ? heightMm / widthMm : 0.0;
    }
    // The pixels, drawn now if they were left to `redraw`.
    QImage picture() const
    {
        return image.isNull() && redraw && heightMm > 0.0 ? redraw(heightMm) : image;
    }
};

struct Signer
{
    QString authority; // "TM. ĐOÀN KIỂM TRA" (may be empty; one line per "\n": a deputy
                       // signing for the lead adds "KT. TRƯỞNG ĐOÀN")
    QString title;     // "TRƯỞNG ĐOÀN"
    QString name;      // "Nguyễn Hữu Thắng"

    // The lines above the signature space, in print order, empty ones left out.
    QStringList headLines() const
    {
        QStringList lines = authority.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!title.isEmpty())
            lines.append(title);
        return lines;
    }
};

// Signature row: "Nơi nhận" on the left (notice) or the other side's signer (minutes).
struct SignatureBlock
{
    QStringList recipients; // "- UBND thành phố (để b/c);" …; empty when there is a left signer
    QList<Signer> signers; // one (right) or two (left, right)
};

using Block =
    std::variant<HeaderBlock, TitleBlock, ParagraphBlock, TableBlock, ImageBlock, SignatureBlock>;

enum class Orientation { Portrait, Landscape };

// One run of pages: the notice is one section, its annex another (an annex numbers its
// own pages and may be landscape for a wide table).
struct ReportSection
{
    Orientation orientation = Orientation::Portrait;
    QList<Block> blocks;
};

struct ReportDocument
{
    QString title; // document metadata (PDF title)
    // An issued notice: a line printed small at the foot of every page (the short digest of
    // its snapshot, so a printed copy can be matched to the file), and the words added to
    // the PDF's Creator field (the whole digest). Empty for drafts and other reports.
    QString footer;
    QString metadataNote;
    QList<ReportSection> sections;
};

} // namespace cchc::report
