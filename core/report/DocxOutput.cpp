#include "core/report/DocxOutput.h"

#include "core/common/SaveFile.h"
#include "core/common/ZipWriter.h"
#include "core/report/OfficialLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QXmlStreamWriter>

namespace cchc::report {

namespace {

using namespace layout;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::report::DocxOutput)
};

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kFont = QStringLiteral("Times New Roman");

int twips(double mm)
{
    return qRound(mm * 1440.0 / 25.4);
}

int twipsFromPoints(double pt)
{
    return qRound(pt * 20.0);
}

qint64 emu(double mm)
{
    return qRound64(mm * 36000.0);
}

QString number(qint64 value)
{
    return QString::number(value);
}

// XML 1.0 cannot carry most control characters; a typed one must not break the package.
// Characters XML 1.0 cannot carry (control characters, U+FFFE, U+FFFF, unpaired
// surrogates) become a space rather than vanish, so two words they separated stay two
// words; a tab becomes a space too.
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe.append(ch);
            safe.append(text.at(++i));
            continue;
        }
        const char16_t code = ch.unicode();
        const bool allowed = code == u'\n' || (code >= 0x20 && !ch.isSurrogate() &&
                                               code != 0xFFFE && code != 0xFFFF);
        if (allowed)
            safe.append(ch);
        else if (!safe.endsWith(QLatin1Char(' ')))
            safe.append(QLatin1Char(' '));
    }
    return safe;
}

QString justification(Qt::Alignment align)
{
    if (align & Qt::AlignJustify)
        return QStringLiteral("both");
    if (align & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (align & Qt::AlignRight)
        return QStringLiteral("right");
    return QStringLiteral("left");
}

class DocumentXml
{
public:
    explicit DocumentXml(QByteArray *out) : m_xml(out) { m_xml.setAutoFormatting(false); }

    QList<QImage> images; // word/media/imageN.png, related as rIdImageN

    void write(const ReportDocument &document)
    {
        m_footer = !document.footer.isEmpty();
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("w:document"));
        m_xml.writeAttribute(QStringLiteral("xmlns:w"), kW);
        m_xml.writeAttribute(QStringLiteral("xmlns:r"), kR);
        m_xml.writeAttribute(
            QStringLiteral("xmlns:wp"),
            QStringLiteral(
                "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"));
        m_xml.writeAttribute(
            QStringLiteral("xmlns:a"),
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
        m_xml.writeAttribute(
            QStringLiteral("xmlns:pic"),
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        m_xml.writeStartElement(QStringLiteral("w:body"));
        for (int i = 0; i < document.sections.size(); ++i) {
            const ReportSection &section = document.sections.at(i);
            m_textWidthMm = textWidthMm(section.orientation);
            for (const Block &block : section.blocks)
                std::visit([this](const auto &b) { add(b); }, block);
            const bool last = i + 1 == document.sections.size();
            if (last) {
                sectionProperties(section, i > 0);
            } else {
                // A section ends with a paragraph that carries its properties.
                m_xml.writeStartElement(QStringLiteral("w:p"));
                m_xml.writeStartElement(QStringLiteral("w:pPr"));
                sectionProperties(section, i > 0);
                m_xml.writeEndElement();
                m_xml.writeEndElement();
            }
        }
        m_xml.writeEndElement(); // body
        m_xml.writeEndElement(); // document
        m_xml.writeEndDocument();
    }

private:
    void element(const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
    {
        m_xml.writeEmptyElement(name);
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(key, value);
    }

    void sectionProperties(const ReportSection &section, bool restartNumbering)
    {
        const bool portrait = section.orientation == Orientation::Portrait;
        m_xml.writeStartElement(QStringLiteral("w:sectPr"));
        element(QStringLiteral("w:headerReference"),
                {{QStringLiteral("w:type"), QStringLiteral("default")},
                 {QStringLiteral("r:id"), QStringLiteral("rIdHeaderNumber")}});
        element(QStringLiteral("w:headerReference"),
                {{QStringLiteral("w:type"), QStringLiteral("first")},
                 {QStringLiteral("r:id"), QStringLiteral("rIdHeaderFirst")}});
        if (m_footer) {
            for (const char *type : {"default", "first"})
                element(QStringLiteral("w:footerReference"),
                        {{QStringLiteral("w:type"), QLatin1String(type)},
                         {QStringLiteral("r:id"), QStringLiteral("rIdFooter")}});
        }
        m_xml.writeEmptyElement(QStringLiteral("w:pgSz"));
        m_xml.writeAttribute(QStringLiteral("w:w"),
                             number(twips(paperWidthMm(section.orientation))));
        m_xml.writeAttribute(QStringLiteral("w:h"),
                             number(twips(paperHeightMm(section.orientation))));
        if (!portrait)
            m_xml.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
        element(QStringLiteral("w:pgMar"),
                {{QStringLiteral("w:top"), number(twips(kMarginTopMm))},
                 {QStringLiteral("w:right"), number(twips(kMarginRightMm))},
                 {QStringLiteral("w:bottom"), number(twips(kMarginBottomMm))},
                 {QStringLiteral("w:left"), number(twips(kMarginLeftMm))},
                 {QStringLiteral("w:header"), number(twips(kMarginTopMm / 2))},
                 {QStringLiteral("w:footer"), number(twips(kMarginBottomMm / 2))},
                 {QStringLiteral("w:gutter"), QStringLiteral("0")}});
        if (restartNumbering)
            element(QStringLiteral("w:pgNumType"),
                    {{QStringLiteral("w:start"), QStringLiteral("1")}});
        m_xml.writeEmptyElement(QStringLiteral("w:titlePg")); // no number on a section's first page
        m_xml.writeEndElement();
    }

    struct Paragraph
    {
        TextStyle style;
        double leftIndentMm = 0.0;
        double rightIndentMm = 0.0;
        bool ruleBelow = false;
        bool keepNext = false;
    };

    void paragraph(const QString &text, const Paragraph &p)
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        if (p.keepNext)
            m_xml.writeEmptyElement(QStringLiteral("w:keepNext"));
        if (p.ruleBelow) {
            m_xml.writeStartElement(QStringLiteral("w:pBdr"));
            element(QStringLiteral("w:bottom"),
                    {{QStringLiteral("w:val"), QStringLiteral("single")},
                     {QStringLiteral("w:sz"), QStringLiteral("6")},
                     {QStringLiteral("w:space"), QStringLiteral("1")},
                     {QStringLiteral("w:color"), QStringLiteral("000000")}});
            m_xml.writeEndElement();
        }
        element(QStringLiteral("w:spacing"),
                {{QStringLiteral("w:before"), QStringLiteral("0")},
                 {QStringLiteral("w:after"), number(twipsFromPoints(p.style.afterPt))},
                 {QStringLiteral("w:line"), number(qRound(240 * kLineHeightPercent / 100.0))},
                 {QStringLiteral("w:lineRule"), QStringLiteral("auto")}});
        element(QStringLiteral("w:ind"),
                {{QStringLiteral("w:left"), number(twips(p.leftIndentMm))},
                 {QStringLiteral("w:right"), number(twips(p.rightIndentMm))},
                 {QStringLiteral("w:firstLine"), number(twips(p.style.indentCm * 10.0))}});
        element(QStringLiteral("w:jc"), {{QStringLiteral("w:val"), justification(p.style.align)}});
        runProperties(p.style, QStringLiteral("w:rPr"));
        m_xml.writeEndElement(); // pPr
        if (!text.isEmpty())
            run(text, p.style);
        m_xml.writeEndElement(); // p
    }

    void paragraph(const QString &text, const TextStyle &style)
    {
        paragraph(text, Paragraph{style});
    }

    void runProperties(const TextStyle &style, const QString &name)
    {
        m_xml.writeStartElement(name);
        element(QStringLiteral("w:rFonts"), {{QStringLiteral("w:ascii"), kFont},
                                             {QStringLiteral("w:hAnsi"), kFont},
                                             {QStringLiteral("w:cs"), kFont}});
        if (style.bold)
            m_xml.writeEmptyElement(QStringLiteral("w:b"));
        if (style.italic)
            m_xml.writeEmptyElement(QStringLiteral("w:i"));
        const QString halfPoints = number(qRound(style.pt * 2));
        element(QStringLiteral("w:sz"), {{QStringLiteral("w:val"), halfPoints}});
        element(QStringLiteral("w:szCs"), {{QStringLiteral("w:val"), halfPoints}});
        m_xml.writeEndElement();
    }

    // Typed text as is (QXmlStreamWriter escapes "<", "&" and quotes); a line break typed
    // in a finding stays a line break.
    void run(const QString &text, const TextStyle &style)
    {
        m_xml.writeStartElement(QStringLiteral("w:r"));
        runProperties(style, QStringLiteral("w:rPr"));
        const QStringList lines =
            xmlSafe(QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")))
                .split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(QStringLiteral("w:br"));
            m_xml.writeStartElement(QStringLiteral("w:t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(lines.at(i));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    // A centred rule `percent` of a column `columnMm` wide: an empty paragraph with a bottom
    // border, narrowed by its indents.
    void rule(double columnMm, double percent)
    {
        Paragraph p{centred(2.0, false)};
        p.leftIndentMm = p.rightIndentMm = columnMm * (100.0 - percent) / 200.0;
        p.ruleBelow = true;
        paragraph(QString(), p);
    }

    void startTable(const QList<double> &widthsMm, bool borders)
    {
        m_xml.writeStartElement(QStringLiteral("w:tbl"));
        m_xml.writeStartElement(QStringLiteral("w:tblPr"));
        double total = 0;
        for (double width : widthsMm)
            total += width;
        element(QStringLiteral("w:tblW"), {{QStringLiteral("w:w"), number(twips(total))},
                                           {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        element(QStringLiteral("w:tblLayout"),
                {{QStringLiteral("w:type"), QStringLiteral("fixed")}});
        m_xml.writeStartElement(QStringLiteral("w:tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            element(QStringLiteral("w:") + QLatin1String(side),
                    {{QStringLiteral("w:val"),
                      borders ? QStringLiteral("single") : QStringLiteral("nil")},
                     {QStringLiteral("w:sz"), QStringLiteral("4")},
                     {QStringLiteral("w:space"), QStringLiteral("0")},
                     {QStringLiteral("w:color"), QStringLiteral("000000")}});
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("w:tblCellMar"));
        const QString margin = number(borders ? twipsFromPoints(2.5) : 0);
        for (const char *side : {"top", "left", "bottom", "right"})
            element(QStringLiteral("w:") + QLatin1String(side),
                    {{QStringLiteral("w:w"), margin},
                     {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // tblPr
        m_xml.writeStartElement(QStringLiteral("w:tblGrid"));
        for (double width : widthsMm)
            element(QStringLiteral("w:gridCol"), {{QStringLiteral("w:w"), number(twips(width))}});
        m_xml.writeEndElement();
    }

    void startRow(bool header)
    {
        m_xml.writeStartElement(QStringLiteral("w:tr"));
        m_xml.writeStartElement(QStringLiteral("w:trPr"));
        if (header)
            m_xml.writeEmptyElement(QStringLiteral("w:tblHeader")); // repeated on every page
        m_xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
        m_xml.writeEndElement();
    }

    void startCell(double widthMm)
    {
        m_xml.writeStartElement(QStringLiteral("w:tc"));
        m_xml.writeStartElement(QStringLiteral("w:tcPr"));
        element(QStringLiteral("w:tcW"), {{QStringLiteral("w:w"), number(twips(widthMm))},
                                          {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        m_xml.writeEndElement();
    }

    void end() { m_xml.writeEndElement(); }

    QList<double> widths(const QList<double> &percents) const
    {
        QList<double> result;
        for (double percent : percents)
            result.append(m_textWidthMm * percent / 100.0);
        return result;
    }

    void add(const HeaderBlock &header)
    {
        const QList<double> columns =
            widths({kHeaderLeftColumnPercent, 100.0 - kHeaderLeftColumnPercent});
        startTable(columns, false);
        startRow(false);
        startCell(columns.at(0));
        if (!header.governingBody.isEmpty())
            paragraph(header.governingBody, centred(kHeaderBodyPt, false));
        paragraph(header.issuingBody, centred(kHeaderBodyPt, true));
        rule(columns.at(0), kIssuerRulePercent * 100.0 / kHeaderLeftColumnPercent);
        end();
        startCell(columns.at(1));
        paragraph(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                  centred(kNationalTitlePt, true));
        paragraph(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), centred(kMottoPt, true));
        rule(columns.at(1), kMottoRulePercent);
        end();
        end(); // row
        startRow(false);
        startCell(columns.at(0));
        paragraph(header.number, centred(kNumberPt, false));
        end();
        startCell(columns.at(1));
        paragraph(header.placeAndDate, centred(kPlaceDatePt, false, true));
        end();
        end(); // row
        end(); // table
    }

    void add(const TitleBlock &title)
    {
        paragraph(QString(), centred(kBodyPt, false));
        Paragraph type{centred(kTitlePt, true)};
        type.keepNext = true;
        paragraph(title.documentType, type);
        Paragraph subject{centred(kSubjectPt, true)};
        subject.keepNext = true;
        paragraph(title.subject, subject);
        rule(m_textWidthMm, kSubjectRulePercent);
        TextStyle space = centred(kBodyPt, false);
        space.afterPt = kSpaceAfterParagraphPt;
        paragraph(QString(), space);
    }

    void add(const ParagraphBlock &block)
    {
        Paragraph p{paragraphStyle(block.style)};
        p.keepNext = block.style == ParagraphStyle::Heading;
        paragraph(block.text, p);
    }

    void add(const TableBlock &block)
    {
        const QList<double> columns = widths(block.columnPercents);
        startTable(columns, true);
        auto row = [&](const QStringList &cells, bool header) {
            startRow(header);
            for (int column = 0; column < columns.size(); ++column) {
                startCell(columns.at(column));
                paragraph(
                    cells.value(column),
                    tableCellStyle(block.fontPt, header, block.centredColumns.contains(column)));
                end();
            }
            end();
        };
        if (!block.header.isEmpty())
            row(block.header, true);
        for (const QStringList &cells : block.rows)
            row(cells, false);
        end();
        TextStyle space;
        space.pt = 6.0;
        paragraph(QString(), space);
    }

    void add(const ImageBlock &block)
    {
        // Word lays the pages out, not us: a picture that may be drawn shorter is drawn at
        // its shortest, so that it stays under its table wherever that fits (PDF: as tall
        // as the page allows).
        const QImage image = block.redraw ? block.redraw(block.minHeightMm) : block.image;
        if (image.isNull())
            return;
        images.append(image);
        const int index = int(images.size());
        const qint64 cx = emu(block.widthMm);
        const qint64 cy = emu(block.widthMm * image.height() / image.width());
        m_xml.writeStartElement(QStringLiteral("w:p"));
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        element(QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}});
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:drawing"));
        m_xml.writeStartElement(QStringLiteral("wp:inline"));
        element(QStringLiteral("wp:extent"),
                {{QStringLiteral("cx"), number(cx)}, {QStringLiteral("cy"), number(cy)}});
        element(QStringLiteral("wp:docPr"),
                {{QStringLiteral("id"), number(index)},
                 {QStringLiteral("name"), QStringLiteral("Biểu đồ %1").arg(index)}});
        m_xml.writeStartElement(QStringLiteral("a:graphic"));
        m_xml.writeStartElement(QStringLiteral("a:graphicData"));
        m_xml.writeAttribute(
            QStringLiteral("uri"),
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        m_xml.writeStartElement(QStringLiteral("pic:pic"));
        m_xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
        element(QStringLiteral("pic:cNvPr"),
                {{QStringLiteral("id"), number(index)},
                 {QStringLiteral("name"), QStringLiteral("image%1.png").arg(index)}});
        m_xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
        end();
        m_xml.writeStartElement(QStringLiteral("pic:blipFill"));
        element(QStringLiteral("a:blip"),
                {{QStringLiteral("r:embed"), QStringLiteral("rIdImage%1").arg(index)}});
        m_xml.writeStartElement(QStringLiteral("a:stretch"));
        m_xml.writeEmptyElement(QStringLiteral("a:fillRect"));
        end();
        end(); // blipFill
        m_xml.writeStartElement(QStringLiteral("pic:spPr"));
        m_xml.writeStartElement(QStringLiteral("a:xfrm"));
        element(QStringLiteral("a:off"), {{QStringLiteral("x"), QStringLiteral("0")},
                                          {QStringLiteral("y"), QStringLiteral("0")}});
        element(QStringLiteral("a:ext"),
                {{QStringLiteral("cx"), number(cx)}, {QStringLiteral("cy"), number(cy)}});
        end();
        m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
        m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        m_xml.writeEmptyElement(QStringLiteral("a:avLst"));
        end();
        end(); // spPr
        end(); // pic
        end(); // graphicData
        end(); // graphic
        end(); // inline
        end(); // drawing
        end(); // r
        end(); // p
    }

    void signer(const Signer &signer)
    {
        for (const QString &line : signer.headLines())
            paragraph(line, centred(kSignaturePt, true));
        TextStyle gap = centred(kSignaturePt, false);
        gap.afterPt = kSignatureSpaceMm * 72.0 / 25.4;
        paragraph(QString(), gap);
        paragraph(signer.name, centred(kSignaturePt, true));
    }

    void add(const SignatureBlock &block)
    {
        TextStyle space;
        space.pt = 6.0;
        paragraph(QString(), space);
        const bool twoSigners = block.signers.size() > 1;
        const QList<double> columns =
            widths(twoSigners ? QList<double>{50.0, 50.0} : QList<double>{45.0, 55.0});
        startTable(columns, false);
        startRow(false);
        startCell(columns.at(0));
        if (twoSigners) {
            signer(block.signers.constFirst());
        } else {
            paragraph(QStringLiteral("Nơi nhận:"), recipientsTitleStyle());
            for (const QString &recipient : block.recipients)
                paragraph(recipient, recipientStyle());
        }
        end();
        startCell(columns.at(1));
        if (!block.signers.isEmpty())
            signer(block.signers.constLast());
        else
            paragraph(QString(), recipientStyle());
        end();
        end(); // row
        end(); // table
        paragraph(QString(), space);
    }

    QXmlStreamWriter m_xml;
    bool m_footer = false;
    double m_textWidthMm = 0.0;
};

// One XML part of the package, written by `write` between the document start and end.
QByteArray xmlPart(const std::function<void(QXmlStreamWriter &)> &write)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    write(xml);
    xml.writeEndDocument();
    return out;
}

// A header or footer part (`element` w:hdr or w:ftr) opened with its one centred paragraph.
void startCentredPart(QXmlStreamWriter &xml, const QString &element)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("xmlns:w"), kW);
    xml.writeStartElement(QStringLiteral("w:p"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    xml.writeEmptyElement(QStringLiteral("w:jc"));
    xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
    xml.writeEndElement();
}

// An issued notice's footer (its snapshot's short digest), small and centred on every page.
QByteArray footerXml(const QString &text)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        startCentredPart(xml, QStringLiteral("w:ftr"));
        xml.writeStartElement(QStringLiteral("w:r"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        xml.writeEmptyElement(QStringLiteral("w:sz"));
        xml.writeAttribute(QStringLiteral("w:val"), QString::number(qRound(kFooterPt * 2)));
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("w:t"), xmlSafe(text));
        xml.writeEndElement(); // r
        xml.writeEndElement(); // p
        xml.writeEndElement(); // ftr
    });
}

QByteArray headerXml(bool pageNumber)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        startCentredPart(xml, QStringLiteral("w:hdr"));
        if (pageNumber) {
            const QString size = QString::number(qRound(kPageNumberPt * 2));
            auto run = [&](const std::function<void()> &content) {
                xml.writeStartElement(QStringLiteral("w:r"));
                xml.writeStartElement(QStringLiteral("w:rPr"));
                xml.writeEmptyElement(QStringLiteral("w:rFonts"));
                xml.writeAttribute(QStringLiteral("w:ascii"), kFont);
                xml.writeAttribute(QStringLiteral("w:hAnsi"), kFont);
                xml.writeEmptyElement(QStringLiteral("w:sz"));
                xml.writeAttribute(QStringLiteral("w:val"), size);
                xml.writeEndElement();
                content();
                xml.writeEndElement();
            };
            auto fieldChar = [&](const char *type) {
                run([&] {
                    xml.writeEmptyElement(QStringLiteral("w:fldChar"));
                    xml.writeAttribute(QStringLiteral("w:fldCharType"), QLatin1String(type));
                });
            };
            fieldChar("begin");
            run([&] {
                xml.writeStartElement(QStringLiteral("w:instrText"));
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                xml.writeCharacters(QStringLiteral(" PAGE "));
                xml.writeEndElement();
            });
            fieldChar("separate");
            run([&] { xml.writeTextElement(QStringLiteral("w:t"), QStringLiteral("2")); });
            fieldChar("end");
        }
        xml.writeEndElement(); // p
        xml.writeEndElement(); // hdr
    });
}

QByteArray stylesXml()
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:styles"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), kW);
        xml.writeStartElement(QStringLiteral("w:docDefaults"));
        xml.writeStartElement(QStringLiteral("w:rPrDefault"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        xml.writeEmptyElement(QStringLiteral("w:rFonts"));
        for (const char *attribute : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
            xml.writeAttribute(QLatin1String(attribute), kFont);
        xml.writeEmptyElement(QStringLiteral("w:sz"));
        xml.writeAttribute(QStringLiteral("w:val"), QString::number(qRound(kBodyPt * 2)));
        xml.writeEmptyElement(QStringLiteral("w:lang"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("vi-VN"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("w:pPrDefault"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        xml.writeEmptyElement(QStringLiteral("w:spacing"));
        xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("w:line"), QStringLiteral("240"));
        xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // docDefaults
        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("Normal"));
        xml.writeEmptyElement(QStringLiteral("w:name"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Normal"));
        xml.writeEndElement();
        xml.writeEndElement(); // styles
    });
}

QByteArray relationshipsXml(const QList<std::tuple<QString, QString, QString>> &relationships)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Relationships"));
        xml.writeDefaultNamespace(kRelationships);
        for (const auto &[id, type, target] : relationships) {
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), id);
            xml.writeAttribute(QStringLiteral("Type"), type);
            xml.writeAttribute(QStringLiteral("Target"), target);
        }
        xml.writeEndElement();
    });
}

QByteArray contentTypesXml(bool footer)
{
    const QString main =
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Types"));
        xml.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const std::pair<const char *, QString> defaults[] = {
            {"rels", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
            {"xml", QStringLiteral("application/xml")},
            {"png", QStringLiteral("image/png")},
        };
        for (const auto &[extension, type] : defaults) {
            xml.writeEmptyElement(QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        }
        const std::pair<const char *, QString> overrides[] = {
            {"/word/document.xml", main + QStringLiteral("document.main+xml")},
            {"/word/styles.xml", main + QStringLiteral("styles+xml")},
            {"/word/settings.xml", main + QStringLiteral("settings+xml")},
            {"/word/header1.xml", main + QStringLiteral("header+xml")},
            {"/word/header2.xml", main + QStringLiteral("header+xml")},
            {"/docProps/core.xml",
             QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        };
        for (const auto &[part, type] : overrides) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        }
        if (footer) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), QStringLiteral("/word/footer1.xml"));
            xml.writeAttribute(QStringLiteral("ContentType"), main + QStringLiteral("footer+xml"));
        }
        xml.writeEndElement();
    });
}

QByteArray settingsXml()
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:settings"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), kW);
        xml.writeEmptyElement(QStringLiteral("w:defaultTabStop"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("720"));
        xml.writeEndElement();
    });
}

QByteArray coreXml(const QString &title, const QString &note)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("cp:coreProperties"));
        xml.writeAttribute(
            QStringLiteral("xmlns:cp"),
            QStringLiteral(
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
        xml.writeAttribute(QStringLiteral("xmlns:dc"),
                           QStringLiteral("http://purl.org/dc/elements/1.1/"));
        xml.writeTextElement(QStringLiteral("dc:title"), xmlSafe(title));
        xml.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("CCHC Inspector"));
        if (!note.isEmpty())
            xml.writeTextElement(QStringLiteral("dc:description"), xmlSafe(note));
        xml.writeEndElement();
    });
}

} // namespace

QMap<QString, QByteArray> docxParts(const ReportDocument &document)
{
    QMap<QString, QByteArray> parts;
    QByteArray body;
    DocumentXml writer(&body);
    writer.write(document);
    const QString officeDocument =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    QList<std::tuple<QString, QString, QString>> relationships = {
        {QStringLiteral("rIdStyles"), officeDocument + QStringLiteral("styles"),
         QStringLiteral("styles.xml")},
        {QStringLiteral("rIdSettings"), officeDocument + QStringLiteral("settings"),
         QStringLiteral("settings.xml")},
        {QStringLiteral("rIdHeaderNumber"), officeDocument + QStringLiteral("header"),
         QStringLiteral("header1.xml")},
        {QStringLiteral("rIdHeaderFirst"), officeDocument + QStringLiteral("header"),
         QStringLiteral("header2.xml")},
    };
    if (!document.footer.isEmpty())
        relationships.append({QStringLiteral("rIdFooter"), officeDocument + QStringLiteral("footer"),
                              QStringLiteral("footer1.xml")});
    for (int i = 0; i < writer.images.size(); ++i) {
        const QString name = QStringLiteral("media/image%1.png").arg(i + 1);
        relationships.append({QStringLiteral("rIdImage%1").arg(i + 1),
                              officeDocument + QStringLiteral("image"), name});
        QBuffer png(&parts[QStringLiteral("word/") + name]);
        png.open(QIODevice::WriteOnly);
        writer.images.at(i).save(&png, "PNG");
    }
    parts.insert(QStringLiteral("[Content_Types].xml"), contentTypesXml(!document.footer.isEmpty()));
    parts.insert(QStringLiteral("_rels/.rels"),
                 relationshipsXml(
                     {{QStringLiteral("rId1"), officeDocument + QStringLiteral("officeDocument"),
                       QStringLiteral("word/document.xml")},
                      {QStringLiteral("rId2"),
                       QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                                      "relationships/metadata/core-properties"),
                       QStringLiteral("docProps/core.xml")}}));
    parts.insert(QStringLiteral("docProps/core.xml"), coreXml(document.title, document.metadataNote));
    parts.insert(QStringLiteral("word/document.xml"), body);
    parts.insert(QStringLiteral("word/_rels/document.xml.rels"), relationshipsXml(relationships));
    parts.insert(QStringLiteral("word/styles.xml"), stylesXml());
    parts.insert(QStringLiteral("word/settings.xml"), settingsXml());
    parts.insert(QStringLiteral("word/header1.xml"), headerXml(true));
    parts.insert(QStringLiteral("word/header2.xml"), headerXml(false));
    if (!document.footer.isEmpty())
        parts.insert(QStringLiteral("word/footer1.xml"), footerXml(document.footer));
    return parts;
}

Status writeDocx(const ReportDocument &document, const QString &path)
{
    const QMap<QString, QByteArray> parts = docxParts(document);
    return saveFileAtomically(path, [&](QIODevice &device) -> Status {
        auto failed = [&] {
            return Error{Tr::tr("“%1” could not be written as a Word document.")
                             .arg(QDir::toNativeSeparators(path))};
        };
        ZipWriter zip(device); // the device is saveFileAtomically's: it commits it
        // [Content_Types].xml first, as Word and most readers expect.
        QStringList order = parts.keys();
        order.removeOne(QStringLiteral("[Content_Types].xml"));
        order.prepend(QStringLiteral("[Content_Types].xml"));
        for (const QString &name : std::as_const(order)) {
            if (!zip.addFile(name, parts[name]))
                return failed();
        }
        if (!zip.finish())
            return failed();
        return {};
    });
}

} // namespace cchc::report
