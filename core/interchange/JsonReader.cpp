#include "core/interchange/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cchc::interchange {

namespace {
// QJsonDocument's own limit: deeper documents are refused, not walked.
constexpr qsizetype kMaxDepth = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where a scalar (number, true, false, null) ends.
bool endsScalar(char c)
{
    return isSpace(c) || c == ',' || c == ']' || c == '}' || c == ':';
}
} // namespace

JsonReader::JsonReader(QIODevice &device, qsizetype chunkSize)
    : m_device(device), m_chunkSize(qMax<qsizetype>(chunkSize, 1)), m_bufferStart(device.pos())
{
    // A UTF-8 byte order mark (Windows Notepad writes one), skipped as QJsonDocument does.
    if (m_bufferStart == 0 && m_device.peek(3) == "\xEF\xBB\xBF")
        m_bufferStart += m_device.skip(3);
}

bool JsonReader::fill()
{
    if (failed())
        return false;
    m_bufferStart += m_buffer.size();
    m_buffer = m_device.read(m_chunkSize);
    m_at = 0;
    return !m_buffer.isEmpty();
}

bool JsonReader::skipSpace()
{
    for (;;) {
        if (m_at >= m_buffer.size() && !fill())
            return false;
        if (!isSpace(m_buffer.at(m_at)))
            return true;
        ++m_at;
    }
}

bool JsonReader::fail(QJsonParseError::ParseError error)
{
    if (!failed())
        m_error = JsonError{m_bufferStart + m_at, error};
    return false;
}

char JsonReader::peek()
{
    return !failed() && skipSpace() ? m_buffer.at(m_at) : '\0';
}

qint64 JsonReader::position()
{
    skipSpace();
    return m_bufferStart + m_at;
}

bool JsonReader::seek(qint64 position)
{
    m_started.clear();
    m_buffer.clear();
    m_at = 0;
    m_bufferStart = position;
    return m_device.seek(position) || fail(QJsonParseError::IllegalValue);
}

bool JsonReader::expect(char c, QJsonParseError::ParseError otherwise)
{
    if (failed() || !skipSpace() || m_buffer.at(m_at) != c)
        return fail(otherwise);
    ++m_at;
    return true;
}

bool JsonReader::beginObject()
{
    if (!expect('{', QJsonParseError::IllegalValue))
        return false;
    m_started.push_back(false);
    return true;
}

bool JsonReader::beginArray()
{
    if (!expect('[', QJsonParseError::IllegalValue))
        return false;
    m_started.push_back(false);
    return true;
}

// The ',' between items or the closing bracket; true when an item follows.
bool JsonReader::separator(char close, QJsonParseError::ParseError unterminated)
{
    if (failed() || m_started.empty())
        return false;
    if (!skipSpace())
        return fail(unterminated);
    char c = m_buffer.at(m_at);
    if (c == close) {
        ++m_at;
        m_started.pop_back();
        return false;
    }
    if (m_started.back()) {
        if (c != ',')
            return fail(QJsonParseError::MissingValueSeparator);
        ++m_at;
        if (!skipSpace())
            return fail(unterminated);
        if (m_buffer.at(m_at) == close) // a trailing comma
            return fail(QJsonParseError::IllegalValue);
    }
    m_started.back() = true;
    return true;
}

bool JsonReader::nextMember(QString *key)
{
    if (!separator('}', QJsonParseError::UnterminatedObject))
        return false;
    if (m_buffer.at(m_at) != '"')
        return fail(QJsonParseError::IllegalValue);
    const qint64 start = m_bufferStart + m_at;
    QByteArray raw;
    if (!scanString(&raw))
        return false;
    const QJsonValue name = parse(raw, start, &m_error);
    if (failed())
        return false;
    *key = name.toString();
    return expect(':', QJsonParseError::MissingNameSeparator);
}

bool JsonReader::nextElement()
{
    return separator(']', QJsonParseError::UnterminatedArray);
}

QByteArray JsonReader::rawValue()
{
    QByteArray raw;
    if (!scanValue(&raw))
        return {};
    return raw;
}

QJsonValue JsonReader::readValue()
{
    const qint64 start = position();
    const QByteArray raw = rawValue();
    if (failed())
        return {};
    return parse(raw, start, &m_error);
}

bool JsonReader::skipValue()
{
    return scanValue(nullptr);
}

bool JsonReader::atEnd()
{
    if (failed())
        return false;
    if (skipSpace())
        return fail(QJsonParseError::GarbageAtEnd);
    return true;
}

bool JsonReader::scanValue(QByteArray *out)
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(QJsonParseError::IllegalValue);
    const char c = m_buffer.at(m_at);
    if (c == '"')
        return scanString(out);
    if (c == '{' || c == '[')
        return scanNested(out);
    return scanScalar(out);
}

// From the opening quote to the closing one; escapes are skipped, not decoded (parse
// decodes them), so a multi-byte character or an escape split between chunks is simply
// copied on.
bool JsonReader::scanString(QByteArray *out)
{
    qsizetype from = m_at++;
    bool escaped = false;
    for (;;) {
        if (m_at >= m_buffer.size()) {
            if (out)
                out->append(m_buffer.constData() + from, m_at - from);
            if (!fill())
                return fail(QJsonParseError::UnterminatedString);
            from = 0;
        }
        const char c = m_buffer.at(m_at++);
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = true;
        else if (c == '"')
            break;
    }
    if (out)
        out->append(m_buffer.constData() + from, m_at - from);
    return true;
}

// An object or array, to its matching closing bracket; brackets inside strings are text.
bool JsonReader::scanNested(QByteArray *out)
{
    QByteArray closers; // the closing bracket each open one needs, innermost last
    qsizetype from = m_at;
    bool inString = false;
    bool escaped = false;
    for (;;) {
        if (m_at >= m_buffer.size()) {
            if (out)
                out->append(m_buffer.constData() + from, m_at - from);
            if (!fill()) {
                return fail(inString                  ? QJsonParseError::UnterminatedString
                            : closers.endsWith('}') ? QJsonParseError::UnterminatedObject
                                                      : QJsonParseError::UnterminatedArray);
            }
            from = 0;
        }
        const char c = m_buffer.at(m_at);
        if (inString) {
            ++m_at;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (closers.size() >= kMaxDepth)
                return fail(QJsonParseError::DeepNesting);
            closers.append(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (!closers.endsWith(c)) {
                return fail(closers.endsWith('}') ? QJsonParseError::UnterminatedObject
                                                  : QJsonParseError::UnterminatedArray);
            }
            closers.chop(1);
            if (closers.isEmpty()) {
                ++m_at;
                break;
            }
        }
        ++m_at;
    }
    if (out)
        out->append(m_buffer.constData() + from, m_at - from);
    return true;
}

// A number or literal, to the first byte that cannot be part of it; parse checks it.
bool JsonReader::scanScalar(QByteArray *out)
{
    qsizetype from = m_at;
    qsizetype length = 0;
    for (;;) {
        if (m_at >= m_buffer.size()) {
            if (out)
                out->append(m_buffer.constData() + from, m_at - from);
            if (!fill())
                break; // a scalar may end the text; the caller judges what it expected
            from = 0;
        }
        const char c = m_buffer.at(m_at);
        if (endsScalar(c) || c == '{' || c == '[' || c == '"')
            break;
        ++m_at;
        ++length;
    }
    if (failed())
        return false;
    if (out && from < m_at)
        out->append(m_buffer.constData() + from, m_at - from);
    return length > 0 || fail(QJsonParseError::IllegalValue);
}

QJsonValue JsonReader::parse(const QByteArray &raw, qint64 offset, JsonError *error)
{
    // Inside an array: QJsonDocument reads only objects and arrays at its top.
    QByteArray wrapped;
    wrapped.reserve(raw.size() + 2);
    wrapped.append('[').append(raw).append(']');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qint64 inside = qBound(qint64(0), qint64(parseError.offset) - 1, qint64(raw.size()));
        *error = JsonError{offset + inside, parseError.error};
        return {};
    }
    if (document.array().size() != 1) { // "1, 2": more than one value
        *error = JsonError{offset, QJsonParseError::GarbageAtEnd};
        return {};
    }
    return document.array().at(0);
}

} // namespace cchc::interchange
