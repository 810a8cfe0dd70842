#pragma once

#include "core/report/ReportDocument.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace cchc::report {

// Pictures a report draws itself (the score chart), laid out in a QTextDocument as inline
// objects of their own type and painted as vector graphics wherever the document is drawn:
// in the PDF a chart is lines, rectangles and text instead of a picture of millions of
// pixels to compress. The object's size is that of an image (QTextFormat::ImageWidth and
// ImageHeight, in the document's format units), so a picture may be drawn shorter the way
// an image is; the chart is then drawn again at that height, not squeezed.
class VectorPictures : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    // Registers itself with `document`'s layout, as a child of the document.
    explicit VectorPictures(QTextDocument &document);

    // The character format that stands for `picture` (its `paint` set), `widthMm` wide, at
    // its image's proportions.
    QTextCharFormat add(const ImageBlock &picture);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QTextDocument &m_document;
    QList<ImageBlock> m_pictures;
};

} // namespace cchc::report
