// The command line as scripts use it: the real executable, its output and exit codes.
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cchc::test;

TEST_CASE("The version option prints the project version", "[cli]")
{
    const auto result = runApp({QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("cchc-inspector " CCHC_VERSION));
}

TEST_CASE("The help option lists every command in Vietnamese", "[cli]")
{
    const auto result = runApp({QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    for (const char *command : {"demo FILE", "list FILE", "check FILE"})
        CHECK(result.out.contains(QString::fromLatin1(command)));
    CHECK(result.out.contains(QStringLiteral("Cách dùng")));
    const auto english = runApp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(english.out.contains(QStringLiteral("Usage")));
}

TEST_CASE("demo writes the demo file, list prints it, check finds no problem", "[cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    auto demo = runApp({QStringLiteral("demo"), path});
    REQUIRE(demo.exitCode == 0);
    CHECK(QFileInfo::exists(path));

    auto again = runApp({QStringLiteral("demo"), path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--force")));
    CHECK(runApp({QStringLiteral("demo"), path, QStringLiteral("--force")}).exitCode == 0);

    auto list = runApp({QStringLiteral("list"), path});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Trung tâm Y tế Thành phố")));
    CHECK(list.out.contains(QStringLiteral("Đợt kiểm tra (1)")));
    CHECK(list.out.contains(QStringLiteral("23/5/2022–26/5/2022")));
    CHECK(list.out.contains(QStringLiteral("điểm 96,6% (Tốt)"))); // Trung tâm Y tế, Vietnamese decimal comma
    // ids are printed so other commands can name a round or a unit
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    CHECK(list.out.count(uuid) >= 8 + 1 + 1 + 8);

    auto check = runApp({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("không có lỗi")));
}

TEST_CASE("Failures exit non-zero with one line on stderr", "[cli]")
{
    TempDir dir;
    const QString text = dir.path(QStringLiteral("notes.cchc"));
    writeAll(text, "not a database");
    auto list = runApp({QStringLiteral("list"), text});
    CHECK(list.exitCode == 1);
    CHECK(list.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(list.err.contains(QStringLiteral("notes.cchc")));
    CHECK(list.err.contains(QStringLiteral("không phải là tệp kiểm tra")));

    CHECK(runApp({QStringLiteral("list")}).exitCode == 2);
    CHECK(runApp({QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(runApp({QStringLiteral("check"), dir.path(QStringLiteral("missing.cchc"))}).exitCode == 1);
}

TEST_CASE("check reports a broken rule and fails", "[cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("broken.cchc"));
    REQUIRE(runApp({QStringLiteral("demo"), path}).exitCode == 0);
    {
        // A score above the maximum can only come from another tool writing the file.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("UPDATE assessments SET appraised_score = 99 WHERE rowid = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto check = runApp({QStringLiteral("check"), path});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("điểm")));
    CHECK(check.err.contains(QStringLiteral("broken.cchc")));
}

TEST_CASE("Without a display the app says so and prints the summary", "[cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(runApp({QStringLiteral("demo"), path}).exitCode == 0);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CCHC_APP_PATH), {path});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("màn hình")));
    CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Trung tâm Y tế Thành phố")));
}
