#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>

namespace cchc {

// Writes a ZIP archive (the container of .docx files) onto a device: each entry compressed
// with deflate by zlib, names in UTF-8, then the central directory. Our own few lines on
// zlib rather than QuaZip, because QuaZip is not available for the Windows build (see
// docs/windows.md) and one code path on every platform is easier to trust. No ZIP64: an
// entry or archive over 4 GiB is refused, far beyond any report.
class ZipWriter
{
public:
    // `modified` is the time stamp every entry carries (ZIP keeps local time, 2 s steps).
    explicit ZipWriter(QIODevice &device, const QDateTime &modified = QDateTime::currentDateTime());

    // Appends one file. False (and the writer stays failed) on a device or zlib error.
    bool addFile(const QString &name, const QByteArray &bytes);
    // Writes the central directory; the archive is complete only once this returned true.
    bool finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    bool write(const QByteArray &bytes);

    QIODevice &m_device;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QList<Entry> m_entries;
    quint64 m_offset = 0;
    bool m_failed = false;
};

// The raw deflate stream of `bytes` (no zlib or gzip header), as ZIP stores it; empty and
// `ok` false if zlib fails.
QByteArray deflateRaw(const QByteArray &bytes, bool *ok);

} // namespace cchc
