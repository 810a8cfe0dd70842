#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace cchc::interchange {

// A pull reader of JSON from a device, a chunk at a time, so that a document of any size
// is walked without holding it: the caller steps through objects and arrays and takes
// each value it wants as its raw bytes (`rawValue`, then `parse` with QJsonDocument), or
// skips it without keeping it. Only the structure is checked here (brackets, strings,
// commas, colons, what follows the document); every value's own syntax is checked by
// `parse`. Offsets are bytes from the device's start, as in QJsonParseError.
//   reader.beginObject();
//   QString key;
//   while (reader.nextMember(&key)) { … reader.rawValue() or reader.skipValue() … }
// After the first error every call returns false/empty and error() keeps that first one.
// Where and why a text is not JSON; the offset is a qint64 (QJsonParseError's is an int).
struct JsonError
{
    qint64 offset = 0;
    QJsonParseError::ParseError error = QJsonParseError::NoError;
    QString reason() const { return QJsonParseError{0, error}.errorString(); }
};

class JsonReader
{
public:
    explicit JsonReader(QIODevice &device, qsizetype chunkSize = 64 * 1024);

    // The first character of the next value (whitespace skipped), 0 at the end.
    char peek();
    qint64 position(); // of the next value, whitespace skipped
    // Continues from `position` (a value's start given by position()), outside of any
    // object or array.
    bool seek(qint64 position);

    bool beginObject(); // consumes '{'
    // Inside an object: reads the next member's key and its ':'; false at the closing '}'.
    bool nextMember(QString *key);
    bool beginArray(); // consumes '['
    // Inside an array: true when another element follows; false at the closing ']'.
    bool nextElement();

    QByteArray rawValue(); // the next value's bytes, nested values included
    QJsonValue readValue(); // the next value, parsed (its syntax errors are this reader's)
    bool skipValue();      // the same without keeping them
    bool atEnd();          // only whitespace is left (else: error "garbage at the end")

    bool failed() const { return m_error.error != QJsonParseError::NoError; }
    JsonError error() const { return m_error; }

    // A value's bytes as QJsonDocument reads them; `offset` (where they started) makes the
    // error's offset one from the device's start.
    static QJsonValue parse(const QByteArray &raw, qint64 offset, JsonError *error);

private:
    bool fill(); // reads the next chunk; false at the end of the device
    bool skipSpace();
    bool fail(QJsonParseError::ParseError error);
    bool expect(char c, QJsonParseError::ParseError otherwise);
    // Scans one value from the current byte; appends its bytes to `out` when given.
    bool scanValue(QByteArray *out);
    bool scanString(QByteArray *out);
    bool scanNested(QByteArray *out);
    bool scanScalar(QByteArray *out);
    bool separator(char close, QJsonParseError::ParseError unterminated);

    QIODevice &m_device;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_at = 0;       // next byte in m_buffer
    qint64 m_bufferStart = 0; // offset of m_buffer's first byte on the device
    JsonError m_error;
    // One entry per open object or array: whether a member/element was read yet.
    std::vector<bool> m_started;
};

} // namespace cchc::interchange
