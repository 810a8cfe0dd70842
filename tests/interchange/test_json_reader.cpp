// The pull reader behind the streamed import (core/interchange/JsonReader): the same
// values whatever the chunk size, so elements, strings, escapes and multi-byte letters
// split between chunks are read whole; and every kind of broken text refused with where.
#include "core/interchange/JsonReader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cchc::interchange;

namespace {

// Walks a whole value with the reader, rebuilding it as a QJsonValue (objects and arrays
// stepped through, scalars parsed), so a walk can be compared with QJsonDocument's.
QJsonValue walk(JsonReader &in)
{
    if (in.peek() == '{') {
        QJsonObject object;
        in.beginObject();
        QString key;
        while (in.nextMember(&key))
            object.insert(key, walk(in));
        return object;
    }
    if (in.peek() == '[') {
        QJsonArray array;
        in.beginArray();
        while (in.nextElement())
            array.append(walk(in));
        return array;
    }
    return in.readValue();
}

struct Walked
{
    QJsonValue value;
    JsonError error;
};

Walked walkAll(const QByteArray &text, qsizetype chunk)
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonReader in(buffer, chunk);
    Walked walked{walk(in), {}};
    in.atEnd();
    walked.error = in.error();
    return walked;
}

// Brackets, quotes and escapes inside strings; Vietnamese letters (2 and 3 bytes in UTF-8);
// nesting; every kind of scalar.
const QByteArray kDocument =
    "{\"units\": [\n"
    "  {\"name\": \"Trường [THCS] {Cẩm} \\\"Xuyên\\\" \\\\ \\u1EA1 ]}\", \"n\": -12.5e3},\n"
    "  {\"name\": \"Ủy ban nhân dân xã Đồng Lộc\", \"ok\": true, \"x\": null},\n"
    "  [[1, [2, [3, []]]], {}, \"\", false]\n"
    "], \"tiếng Việt\": \"có dấu\", \"last\": 0}";

const qsizetype kChunks[] = {1, 2, 3, 5, 7, 64, 64 * 1024};

} // namespace

TEST_CASE("The reader gives the same values as QJsonDocument at every chunk size",
          "[interchange][reader]")
{
    const QJsonValue expected = QJsonDocument::fromJson(kDocument).object();
    REQUIRE(expected.toObject().size() == 3);
    for (const qsizetype chunk : kChunks) {
        INFO("chunk " << chunk);
        const Walked walked = walkAll(kDocument, chunk);
        CHECK(walked.error.error == QJsonParseError::NoError);
        CHECK(walked.value == expected);
    }
    // With a UTF-8 byte order mark, as Windows Notepad saves.
    CHECK(QJsonDocument::fromJson("\xEF\xBB\xBF" + kDocument).object() == expected.toObject());
    for (const qsizetype chunk : {qsizetype(1), qsizetype(64)})
        CHECK(walkAll("\xEF\xBB\xBF" + kDocument, chunk).value == expected);
    const Walked walked = walkAll(kDocument, 3);
    CHECK(walked.value[QLatin1String("units")][0][QLatin1String("name")].toString() ==
          QStringLiteral("Trường [THCS] {Cẩm} \"Xuyên\" \\ ạ ]}"));
}

TEST_CASE("An element is handed out as its raw bytes, and skipped values can be read again",
          "[interchange][reader]")
{
    for (const qsizetype chunk : kChunks) {
        INFO("chunk " << chunk);
        QByteArray bytes = kDocument;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        JsonReader in(buffer, chunk);
        REQUIRE(in.beginObject());
        QString key;
        REQUIRE(in.nextMember(&key));
        CHECK(key == QStringLiteral("units"));
        const qint64 units = in.position();
        CHECK(bytes.at(units) == '[');
        REQUIRE(in.skipValue());
        REQUIRE(in.nextMember(&key));
        CHECK(key == QStringLiteral("tiếng Việt"));
        CHECK(in.readValue().toString() == QStringLiteral("có dấu"));
        REQUIRE(in.nextMember(&key));
        CHECK(in.rawValue() == "0");
        CHECK_FALSE(in.nextMember(&key));
        CHECK(in.atEnd());

        // Back to the array the first pass skipped: its elements one by one, as written.
        REQUIRE(in.seek(units));
        REQUIRE(in.beginArray());
        QList<QByteArray> elements;
        while (in.nextElement())
            elements.append(in.rawValue());
        REQUIRE_FALSE(in.failed());
        REQUIRE(elements.size() == 3);
        CHECK(elements.at(0) ==
              "{\"name\": \"Trường [THCS] {Cẩm} \\\"Xuyên\\\" \\\\ \\u1EA1 ]}\", \"n\": -12.5e3}");
        CHECK(elements.at(2) == "[[1, [2, [3, []]]], {}, \"\", false]");
        JsonError error;
        CHECK(JsonReader::parse(elements.at(1), 0, &error).toObject().value(QLatin1String("ok")) ==
              QJsonValue(true));
    }
}

TEST_CASE("Text cut anywhere is refused, never read as a shorter document",
          "[interchange][reader]")
{
    for (qsizetype length = 0; length < kDocument.size(); ++length) {
        INFO("first " << length << " bytes");
        for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(64 * 1024)}) {
            const Walked walked = walkAll(kDocument.left(length), chunk);
            REQUIRE(walked.error.error != QJsonParseError::NoError);
            CHECK(walked.error.offset <= length);
        }
    }
}

TEST_CASE("Broken JSON is refused with what is wrong and where", "[interchange][reader]")
{
    struct Broken
    {
        QByteArray text;
        QJsonParseError::ParseError error;
        qint64 offset; // at or before this byte
    };
    const Broken cases[] = {
        {"{\"a\": 1} x", QJsonParseError::GarbageAtEnd, 9},
        {"{\"a\": 1}{}", QJsonParseError::GarbageAtEnd, 8},
        {"[1 2]", QJsonParseError::MissingValueSeparator, 3},
        {"{\"a\" 1}", QJsonParseError::MissingNameSeparator, 5},
        {"[1, ]", QJsonParseError::IllegalValue, 4},
        {"{\"a\": [1}}", QJsonParseError::MissingValueSeparator, 8},
        {"{\"a\": [\"x]\"", QJsonParseError::UnterminatedArray, 11},
        {"{\"a\": \"unterminated", QJsonParseError::UnterminatedString, 19},
        {"{\"\\u12G4\": 1}", QJsonParseError::IllegalEscapeSequence, 7},
        {"", QJsonParseError::IllegalValue, 0},
    };
    for (const Broken &broken : cases) {
        INFO(broken.text.constData());
        for (const qsizetype chunk : {qsizetype(1), qsizetype(4), qsizetype(1024)}) {
            const Walked walked = walkAll(broken.text, chunk);
            CHECK(walked.error.error == broken.error);
            CHECK(walked.error.offset <= broken.offset);
            CHECK_FALSE(walked.error.reason().isEmpty());
        }
    }
    // A scalar's own syntax is QJsonDocument's, with the offset from the text's start.
    const QByteArray scalar = "{\"a\": [true, tru]}";
    const Walked walked = walkAll(scalar, 2);
    CHECK(walked.error.error != QJsonParseError::NoError);
    CHECK(walked.error.offset >= scalar.indexOf("tru]"));
    CHECK(walked.error.offset <= scalar.indexOf("tru]") + 3);
}

TEST_CASE("Nesting is followed to QJsonDocument's depth and refused beyond it",
          "[interchange][reader]")
{
    const QByteArray deep = QByteArray(500, '[') + QByteArray(500, ']');
    CHECK(walkAll("{\"a\": " + deep + "}", 16).error.error == QJsonParseError::NoError);
    QByteArray tooDeep = QByteArray(5000, '[') + QByteArray(5000, ']');
    QBuffer buffer(&tooDeep);
    buffer.open(QIODevice::ReadOnly);
    JsonReader in(buffer, 100);
    CHECK_FALSE(in.skipValue());
    CHECK(in.error().error == QJsonParseError::DeepNesting);
}
