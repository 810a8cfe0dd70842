#include "core/report/OfficialLayout.h"

#include "core/common/VietnameseText.h"

#include <QFontDatabase>
#include <QStringList>

namespace cchc::report::layout {

QMarginsF marginsMm()
{
    return QMarginsF(kMarginLeftMm, kMarginTopMm, kMarginRightMm, kMarginBottomMm);
}

TextStyle centred(double pt, bool bold, bool italic)
{
    TextStyle style;
    style.pt = pt;
    style.bold = bold;
    style.italic = italic;
    style.align = Qt::AlignHCenter;
    return style;
}

TextStyle paragraphStyle(ParagraphStyle kind)
{
    TextStyle style;
    style.afterPt = kSpaceAfterParagraphPt;
    switch (kind) {
    case ParagraphStyle::Body:
    case ParagraphStyle::LegalBasis:
        style.align = Qt::AlignJustify;
        style.indentCm = kFirstLineIndentCm;
        style.italic = kind == ParagraphStyle::LegalBasis;
        break;
    case ParagraphStyle::Heading:
        style.bold = true;
        style.indentCm = kFirstLineIndentCm;
        break;
    case ParagraphStyle::Centered:
        style = centred(kTitlePt, true);
        break;
    case ParagraphStyle::Reference:
        style = centred(kBodyPt, false, true);
        style.afterPt = kSpaceAfterParagraphPt;
        break;
    case ParagraphStyle::Note:
        style.pt = kTablePt;
        style.italic = true;
        break;
    }
    return style;
}

TextStyle recipientsTitleStyle()
{
    TextStyle style;
    style.pt = kRecipientsTitlePt;
    style.bold = style.italic = true;
    return style;
}

TextStyle recipientStyle()
{
    TextStyle style;
    style.pt = kRecipientsPt;
    return style;
}

TextStyle tableCellStyle(double pt, bool header, bool centredColumn)
{
    TextStyle style;
    style.pt = pt;
    style.bold = header;
    style.align = header || centredColumn ? Qt::AlignHCenter : Qt::AlignLeft;
    return style;
}

double paperWidthMm(Orientation orientation)
{
    return orientation == Orientation::Portrait ? kPageWidthMm : kPageHeightMm;
}

double paperHeightMm(Orientation orientation)
{
    return orientation == Orientation::Portrait ? kPageHeightMm : kPageWidthMm;
}

double textWidthMm(Orientation orientation)
{
    return paperWidthMm(orientation) - kMarginLeftMm - kMarginRightMm;
}

QString fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate :
             {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
              QStringLiteral("Tinos")}) {
            if (families.contains(candidate))
                return candidate;
        }
        return QStringLiteral("Times New Roman"); // fontconfig substitutes its best match
    }();
    return family;
}

} // namespace cchc::report::layout

namespace cchc::report {

HeaderBlock officialHeader(const ReportSettings &settings, const QString &number,
                           const QDate &issuedOn)
{
    return {settings.governingBody.toUpper(), settings.issuingBody.toUpper(), number,
            vn::placeAndDate(settings.placeName, issuedOn)};
}

} // namespace cchc::report
