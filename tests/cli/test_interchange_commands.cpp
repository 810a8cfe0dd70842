// export-json and import-json as scripts use them: exit codes, one-line reasons, files.
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace cchc::test;

namespace {

QString demoFile(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(runApp({QStringLiteral("demo"), path}).exitCode == 0);
    return path;
}

QString roundIdOf(const QString &path)
{
    const auto list = runApp({QStringLiteral("list"), path});
    static const QRegularExpression round(QStringLiteral("Đợt kiểm tra \\(1\\):\\n  (\\S+)"));
    const auto match = round.match(list.out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST_CASE("export-json and import-json carry a whole file across", "[cli][interchange]")
{
    TempDir dir;
    const QString source = demoFile(dir);
    const QString json = dir.path(QStringLiteral("demo.json"));
    auto exported = runApp({QStringLiteral("export-json"), source, QStringLiteral("-o"), json});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("demo.json")));
    const QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("cchc-inspector"));
    CHECK(root.value(QStringLiteral("scope")).toString() == QStringLiteral("file"));

    const QString copy = dir.path(QStringLiteral("copy.cchc"));
    auto imported = runApp({QStringLiteral("import-json"), json, copy});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("copy.cchc")));
    CHECK(runApp({QStringLiteral("check"), copy}).exitCode == 0);
    // The new file was built under another name and moved into place once complete.
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("copy")) ==
          QStringList{QStringLiteral("copy.cchc")});
    CHECK(runApp({QStringLiteral("list"), copy})
              .out.contains(QStringLiteral("Trung tâm Y tế Thành phố")));

    // Importing the same JSON again changes nothing: every record is kept.
    const QByteArray before = readAll(copy);
    auto again = runApp({QStringLiteral("import-json"), json, copy});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 bản ghi được thêm")));
    CHECK(readAll(copy) == before);
}

TEST_CASE("import-json still reads a formatVersion 1 export and export-json writes the current version",
          "[cli][interchange]")
{
    TempDir dir;
    const QString copy = dir.path(QStringLiteral("v1.cchc"));
    auto imported = runApp(
        {QStringLiteral("import-json"), dataPath(QStringLiteral("interchange-v1.json")), copy});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("11 bản ghi được thêm")));
    CHECK(runApp({QStringLiteral("check"), copy}).exitCode == 0);
    CHECK(
        runApp({QStringLiteral("list"), copy}).out.contains(QStringLiteral("UBND phường Bắc Hà")));

    const QString json = dir.path(QStringLiteral("v2.json"));
    REQUIRE(runApp({QStringLiteral("export-json"), copy, QStringLiteral("-o"), json}).exitCode ==
            0);
    const QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
    CHECK(root.value(QStringLiteral("formatVersion")).toInt() == 5);
    CHECK(root.value(QStringLiteral("reportSettings")).isNull());
    CHECK(root.value(QStringLiteral("reportNumberSeries")).isArray());
}

TEST_CASE("The help lists the interchange commands", "[cli][interchange]")
{
    const auto help = runApp({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("export-json FILE [--round ID] -o OUT.json")));
    CHECK(help.out.contains(QStringLiteral("import-json IN.json FILE")));
    CHECK(help.out.contains(QStringLiteral("Nhập tệp JSON")));
}

TEST_CASE("export-json --round writes one round", "[cli][interchange]")
{
    TempDir dir;
    const QString source = demoFile(dir);
    const QString json = dir.path(QStringLiteral("round.json"));
    auto exported = runApp({QStringLiteral("export-json"), source, QStringLiteral("--round"),
                            roundIdOf(source), QStringLiteral("-o"), json});
    REQUIRE(exported.exitCode == 0);
    CHECK(
        QJsonDocument::fromJson(readAll(json)).object().value(QStringLiteral("scope")).toString() ==
        QStringLiteral("round"));

    auto unknown = runApp({QStringLiteral("export-json"), source, QStringLiteral("--round"),
                           QStringLiteral("00000000-0000-4000-8000-000000000000"),
                           QStringLiteral("-o"), dir.path(QStringLiteral("none.json"))});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(unknown.err.contains(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("none.json"))));
}

TEST_CASE("Interchange commands: usage errors exit 2, failed jobs exit 1 with one line",
          "[cli][interchange]")
{
    TempDir dir;
    const QString source = demoFile(dir);
    CHECK(runApp({QStringLiteral("export-json"), source}).exitCode == 2); // no -o
    CHECK(runApp({QStringLiteral("export-json"), QStringLiteral("-o"), QStringLiteral("x.json")})
              .exitCode == 2);
    CHECK(runApp({QStringLiteral("import-json"), QStringLiteral("only-one.json")}).exitCode == 2);
    CHECK(runApp({QStringLiteral("export-json"), source, QStringLiteral("--bogus")}).exitCode == 2);
    const QByteArray demoBytes = readAll(source);
    auto overwrite = runApp({QStringLiteral("export-json"), source, QStringLiteral("-o"), source});
    CHECK(overwrite.exitCode == 2);
    CHECK(overwrite.err.contains(QStringLiteral("demo.cchc")));
    CHECK(readAll(source) == demoBytes);

    auto missing = runApp({QStringLiteral("export-json"), dir.path(QStringLiteral("missing.cchc")),
                           QStringLiteral("-o"), dir.path(QStringLiteral("out.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("missing.cchc")));

    // Bad JSON: the path of the bad field, and a new FILE is not left behind.
    const QString json = dir.path(QStringLiteral("bad.json"));
    REQUIRE(runApp({QStringLiteral("export-json"), source, QStringLiteral("-o"), json}).exitCode ==
            0);
    QByteArray bytes = readAll(json);
    bytes.replace("\"result\": \"met\"", "\"result\": \"met2\"");
    writeAll(json, bytes);
    const QString fresh = dir.path(QStringLiteral("fresh.cchc"));
    auto bad = runApp({QStringLiteral("import-json"), json, fresh});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(bad.err.contains(QStringLiteral("bad.json")));
    CHECK(bad.err.contains(QStringLiteral(".result: “met2” không phải là kết quả hợp lệ")));
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK_FALSE(QFileInfo::exists(fresh + QStringLiteral(".importing")));

    // What an import killed while building a new file left is cleared by the next import.
    writeAll(fresh + QStringLiteral(".importing"), QByteArray("half-made"));
    const QString good = dir.path(QStringLiteral("good.json"));
    REQUIRE(runApp({QStringLiteral("export-json"), source, QStringLiteral("-o"), good}).exitCode ==
            0);
    CHECK(runApp({QStringLiteral("import-json"), good, fresh}).exitCode == 0);
    CHECK(runApp({QStringLiteral("check"), fresh}).exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(fresh + QStringLiteral(".importing")));
    REQUIRE(QFile::remove(fresh));

    // An existing file is left byte for byte as it was.
    const QByteArray before = readAll(source);
    CHECK(runApp({QStringLiteral("import-json"), json, source}).exitCode == 1);
    CHECK(readAll(source) == before);

    auto noInput =
        runApp({QStringLiteral("import-json"), dir.path(QStringLiteral("none.json")), source});
    CHECK(noInput.exitCode == 1);
    CHECK(noInput.err.contains(QStringLiteral("none.json")));
}

TEST_CASE("import-json into a read-only file fails and leaves it alone", "[cli][interchange]")
{
    TempDir dir;
    const QString source = demoFile(dir);
    const QString json = dir.path(QStringLiteral("demo.json"));
    REQUIRE(runApp({QStringLiteral("export-json"), source, QStringLiteral("-o"), json}).exitCode ==
            0);
    const QString target = dir.path(QStringLiteral("target.cchc"));
    REQUIRE(runApp({QStringLiteral("demo"), target}).exitCode == 0);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray before = readAll(target);
    auto result = runApp({QStringLiteral("import-json"), json, target});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("target.cchc")));
    CHECK(result.err.contains(QStringLiteral("chỉ đọc")));
    CHECK(readAll(target) == before);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}
