// The ZIP writer under the Word export: read back here by a small independent reader (the
// central directory, each local header, zlib's inflate, the CRC), and on Linux also by
// Info-ZIP's `unzip -t`, the way other programs will read our .docx files.
#include <catch2/catch.hpp>

#include "core/common/ZipWriter.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QMap>
#include <QProcess>
#include <QtEndian>

#include <zlib.h>

using namespace cchc;
using namespace cchc::test;

namespace {

quint16 at16(const QByteArray &zip, qsizetype offset)
{
    return qFromLittleEndian<quint16>(zip.constData() + offset);
}

quint32 at32(const QByteArray &zip, qsizetype offset)
{
    return qFromLittleEndian<quint32>(zip.constData() + offset);
}

QByteArray inflateRaw(const QByteArray &compressed, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream stream{};
    REQUIRE(inflateInit2(&stream, -MAX_WBITS) == Z_OK);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    REQUIRE(result == Z_STREAM_END);
    return out;
}

// Name → content of every entry, in central-directory order (names in `order`), checking
// that the local headers agree with the directory and every CRC matches.
QMap<QString, QByteArray> readZip(const QByteArray &zip, QStringList *order)
{
    REQUIRE(zip.size() >= 22);
    const qsizetype end = zip.size() - 22;
    REQUIRE(at32(zip, end) == 0x06054b50u);
    const int count = at16(zip, end + 10);
    qsizetype entry = at32(zip, end + 16);
    REQUIRE(entry + qsizetype(at32(zip, end + 12)) == end);
    QMap<QString, QByteArray> files;
    for (int i = 0; i < count; ++i) {
        REQUIRE(at32(zip, entry) == 0x02014b50u);
        CHECK((at16(zip, entry + 8) & 0x0800) != 0); // UTF-8 names
        const quint32 crc = at32(zip, entry + 16);
        const quint32 compressedSize = at32(zip, entry + 20);
        const quint32 size = at32(zip, entry + 24);
        const int nameLength = at16(zip, entry + 28);
        const qsizetype local = at32(zip, entry + 42);
        const QByteArray name = zip.mid(entry + 46, nameLength);
        REQUIRE(at32(zip, local) == 0x04034b50u);
        CHECK(at32(zip, local + 14) == crc);
        CHECK(zip.mid(local + 30, at16(zip, local + 26)) == name);
        const qsizetype data = local + 30 + at16(zip, local + 26) + at16(zip, local + 28);
        const QByteArray content = inflateRaw(zip.mid(data, compressedSize), size);
        CHECK(quint32(crc32(0, reinterpret_cast<const Bytef *>(content.constData()),
                            uInt(content.size()))) == crc);
        order->append(QString::fromUtf8(name));
        files.insert(QString::fromUtf8(name), content);
        entry += 46 + nameLength + at16(zip, entry + 30) + at16(zip, entry + 32);
    }
    return files;
}

} // namespace

TEST_CASE("A ZIP archive reads back entry for entry, in order", "[zip]")
{
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char((i * 7919) % 251)); // NULs included, little to compress
    const QMap<QString, QByteArray> written{
        {QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
        {QStringLiteral("word/document.xml"), QByteArray("<w:t>Thông báo kết quả</w:t>").repeated(500)},
        {QStringLiteral("Tài liệu/trống.txt"), QByteArray()},
        {QStringLiteral("media/binary.bin"), binary}};
    const QStringList names{QStringLiteral("[Content_Types].xml"),
                            QStringLiteral("word/document.xml"),
                            QStringLiteral("Tài liệu/trống.txt"), QStringLiteral("media/binary.bin")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ZipWriter zip(buffer, QDateTime(QDate(2022, 5, 30), QTime(14, 7, 31)));
    for (const QString &name : names)
        REQUIRE(zip.addFile(name, written.value(name)));
    REQUIRE(zip.finish());
    const QByteArray archive = buffer.data();

    QStringList order;
    CHECK(readZip(archive, &order) == written);
    CHECK(order == names);
    // Text compresses: the document entry is far smaller than its 16 kB.
    CHECK(archive.size() < binary.size() + 4000);
    // The time stamp in MS-DOS form: 14:07:30, 30 May 2022.
    CHECK(at16(archive, 10) == ((14 << 11) | (7 << 5) | 15));
    CHECK(at16(archive, 12) == (((2022 - 1980) << 9) | (5 << 5) | 30));

#ifndef Q_OS_WIN // Info-ZIP is a Linux test tool here
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kiểm tra.zip"));
    writeAll(path, archive);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    REQUIRE(unzip.waitForFinished(60000));
    INFO(unzip.readAllStandardOutput().toStdString());
    CHECK(unzip.exitCode() == 0);
#endif
}

TEST_CASE("A device that refuses to write fails the archive", "[zip]")
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    ZipWriter zip(readOnly);
    CHECK_FALSE(zip.addFile(QStringLiteral("a.xml"), QByteArray("<a/>")));
    CHECK_FALSE(zip.finish());
}
