// The window icon compiled into the program: every rendered size, really drawn.
#include "resources/icons/ApplicationIcon.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPixmap>

TEST_CASE("The application icon holds every rendered size from 16 to 256 px", "[packaging]")
{
    const QIcon icon = cchc::applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        INFO("size " << size);
        CHECK(sizes.contains(QSize(size, size)));
    }
}

TEST_CASE("The 16 px icon is drawn: clear corners, opaque sheet, red board and check",
          "[packaging]")
{
    const QImage image = cchc::applicationIcon()
                             .pixmap(QSize(16, 16))
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32);
    REQUIRE(image.size() == QSize(16, 16));
    // The corners are transparent, the middle is the opaque white sheet or the red check.
    CHECK(qAlpha(image.pixel(0, 15)) == 0);
    CHECK(qAlpha(image.pixel(8, 8)) == 255);
    int red = 0;
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255 && qRed(pixel) > 140 && qGreen(pixel) < 80 &&
                qBlue(pixel) < 80)
                ++red;
        }
    CHECK(red >= 30); // the red board and check mark
}
