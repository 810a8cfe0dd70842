#include "core/common/ZipWriter.h"

#include <QtEndian>

#include <limits>

#include <zlib.h>

namespace cchc {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint16 kVersion = 20; // 2.0: deflate
constexpr quint16 kUtf8Names = 0x0800; // general purpose bit 11
constexpr quint16 kDeflate = 8;
constexpr quint64 kLimit = std::numeric_limits<quint32>::max();

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// Fields the local and the central header share, from "version needed" to the name length.
void putCommonFields(QByteArray &out, quint16 time, quint16 date, quint32 crc,
                     quint32 compressedSize, quint32 size, int nameLength)
{
    put16(out, kVersion);
    put16(out, kUtf8Names);
    put16(out, kDeflate);
    put16(out, time);
    put16(out, date);
    put32(out, crc);
    put32(out, compressedSize);
    put32(out, size);
    put16(out, quint16(nameLength));
    put16(out, 0); // extra field length
}

} // namespace

QByteArray deflateRaw(const QByteArray &bytes, bool *ok)
{
    *ok = false;
    z_stream stream{};
    // Negative window bits: a raw stream, the form ZIP's method 8 stores.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    *ok = true;
    return out;
}

ZipWriter::ZipWriter(QIODevice &device, const QDateTime &modified) : m_device(device)
{
    // MS-DOS date and time: years from 1980, seconds in steps of two.
    const QDate date = modified.date().year() < 1980 ? QDate(1980, 1, 1) : modified.date();
    const QTime time = modified.time();
    m_dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (!m_failed && m_device.write(bytes) != bytes.size())
        m_failed = true;
    m_offset += quint64(bytes.size());
    if (m_offset > kLimit)
        m_failed = true;
    return !m_failed;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &bytes)
{
    if (m_failed || quint64(bytes.size()) > kLimit || m_entries.size() >= 0xffff)
        return m_failed = true, false;
    bool ok = false;
    const QByteArray compressed = deflateRaw(bytes, &ok);
    if (!ok)
        return m_failed = true, false;
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = quint32(crc32(crc32(0, nullptr, 0),
                              reinterpret_cast<const Bytef *>(bytes.constData()),
                              uInt(bytes.size())));
    entry.compressedSize = quint32(compressed.size());
    entry.size = quint32(bytes.size());
    entry.offset = quint32(m_offset);

    QByteArray header;
    put32(header, kLocalHeader);
    putCommonFields(header, m_dosTime, m_dosDate, entry.crc, entry.compressedSize, entry.size,
                    int(entry.name.size()));
    header.append(entry.name);
    if (!write(header) || !write(compressed))
        return false;
    m_entries.append(entry);
    return true;
}

bool ZipWriter::finish()
{
    if (m_failed)
        return false;
    const quint64 directoryOffset = m_offset;
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(directory, kCentralHeader);
        put16(directory, kVersion); // made by: MS-DOS attributes, version 2.0
        putCommonFields(directory, m_dosTime, m_dosDate, entry.crc, entry.compressedSize,
                        entry.size, int(entry.name.size()));
        put16(directory, 0); // comment length
        put16(directory, 0); // disk number
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, entry.offset);
        directory.append(entry.name);
    }
    if (!write(directory))
        return false;
    QByteArray end;
    put32(end, kEndOfCentralDirectory);
    put16(end, 0); // this disk
    put16(end, 0); // disk with the directory
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(directoryOffset));
    put16(end, 0); // comment length
    return write(end);
}

} // namespace cchc
