#include "core/report/VectorPictures.h"

#include "core/report/TextDocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace cchc::report {

namespace {

constexpr int kPictureIndexProperty = QTextFormat::UserProperty + 10;

// Format lengths are in Qt's default-DPI pixels; the layout and painting in the device's.
double deviceScale(const QTextDocument &document)
{
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / formatScale().dpi : 1.0;
}

} // namespace

VectorPictures::VectorPictures(QTextDocument &document) : QObject(&document), m_document(document)
{
    document.documentLayout()->registerHandler(kObjectType, this);
}

QTextCharFormat VectorPictures::add(const ImageBlock &picture)
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kPictureIndexProperty, int(m_pictures.size()));
    const double width = formatScale().fromMm(picture.widthMm);
    format.setProperty(QTextFormat::ImageWidth, width);
    format.setProperty(QTextFormat::ImageHeight, width * picture.aspect());
    m_pictures.append(picture);
    return format;
}

QSizeF VectorPictures::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const double scale = deviceScale(m_document);
    return QSizeF(format.doubleProperty(QTextFormat::ImageWidth),
                  format.doubleProperty(QTextFormat::ImageHeight)) *
           scale;
}

void VectorPictures::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                const QTextFormat &format)
{
    const int index = format.intProperty(kPictureIndexProperty);
    if (index < 0 || index >= m_pictures.size() || !m_pictures.at(index).paint)
        return;
    const ImageBlock &picture = m_pictures.at(index);
    if (picture.widthMm <= 0 || rect.width() <= 0)
        return; // nothing to scale to

    const double perMm = rect.width() / picture.widthMm;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(perMm, perMm);
    picture.paint(*painter, QSizeF(picture.widthMm, rect.height() / perMm));
    painter->restore();
}

} // namespace cchc::report
