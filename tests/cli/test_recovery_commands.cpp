// The command line on files a crash or a damaged header left (issue 15): a clear refusal
// or a normal run, never a crash, a lock-out, a pile of backups or a raw SQL message.
#include "tests/support/TestSupport.h"

#include "core/builtin/DemoFile.h"
#include "core/storage/InspectionFile.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::test;

namespace {

struct DemoCopy
{
    TempDir dir;
    TempDir outside; // JSON and reports, so `dir` holds the document and what it left
    QString path = dir.path(QStringLiteral("f.cchc"));
    QString roundId;
    DemoCopy()
    {
        REQUIRE(writeDemoFile(path).ok());
        auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
        REQUIRE(file.ok());
        roundId = (*file)->rounds()->at(0).id;
    }
    QStringList files() const
    {
        return QDir(dir.root()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    ProcessResult run(const QString &command, QStringList arguments = {}) const
    {
        if (command == QLatin1String("report"))
            arguments = QStringList{path, QStringLiteral("--round"), roundId, QStringLiteral("-o"),
                                    outside.path(QStringLiteral("x.pdf"))} +
                        arguments;
        else if (command == QLatin1String("export-json"))
            arguments =
                QStringList{path, QStringLiteral("-o"), outside.path(QStringLiteral("x.json"))};
        else if (command == QLatin1String("import-json"))
            arguments = QStringList{outside.path(QStringLiteral("in.json")), path} + arguments;
        else
            arguments.prepend(path);
        return runApp(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), command} +
                      arguments);
    }
    void writeImportJson() const
    {
        REQUIRE(runApp({QStringLiteral("export-json"), path, QStringLiteral("--round"), roundId,
                        QStringLiteral("-o"), outside.path(QStringLiteral("in.json"))})
                    .exitCode == 0);
    }
};

bool soundsLikeSql(const QString &message)
{
    return message.contains(QStringLiteral("Unable to")) ||
           message.contains(QStringLiteral("no such")) ||
           message.contains(QStringLiteral("duplicate column"));
}

const QStringList kCommands = {QStringLiteral("check"), QStringLiteral("list"),
                               QStringLiteral("export-json"), QStringLiteral("report"),
                               QStringLiteral("import-json")};

} // namespace

TEST_CASE("Every command refuses a negative version number: no crash, nothing left behind",
          "[cli][recovery]")
{
    DemoCopy demo;
    demo.writeImportJson();
    runSql(demo.path, {QStringLiteral("PRAGMA user_version = -1")});
    const QByteArray before = readAll(demo.path);
    for (const QString &command : kCommands) {
        const auto result = demo.run(command);
        INFO(command.toStdString() << ": " << result.err);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("damaged")));
    }
    CHECK(readAll(demo.path) == before);
    CHECK(demo.files() == QStringList{QStringLiteral("f.cchc")});
}

TEST_CASE("report on a version number damaged to an older one: no backups, no SQL",
          "[cli][recovery]")
{
    DemoCopy demo;
    runSql(demo.path, {QStringLiteral("PRAGMA user_version = 1")});
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto result = demo.run(QStringLiteral("report"));
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("damaged")));
        CHECK_FALSE(soundsLikeSql(result.err));
    }
    CHECK(demo.files() == QStringList{QStringLiteral("f.cchc")});
}

TEST_CASE("check faults a damaged schema, and list and report refuse it the same way",
          "[cli][recovery]")
{
    DemoCopy demo;
    runSql(demo.path, {QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'visit_date', "
                                      "'visit_dbte') WHERE name = 'round_units'")});
    for (const QString &command :
         {QStringLiteral("check"), QStringLiteral("list"), QStringLiteral("report")}) {
        const auto result = demo.run(command);
        INFO(command.toStdString() << ": " << result.err);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("round_units")));
        CHECK_FALSE(soundsLikeSql(result.err));
    }
}

TEST_CASE("report refuses a file whose records check faults", "[cli][recovery]")
{
    DemoCopy demo;
    runSql(demo.path,
           {QStringLiteral("UPDATE assessments SET appraised_score = 99 WHERE rowid = 1")});
    CHECK(demo.run(QStringLiteral("check")).exitCode == 1);
    const auto result = demo.run(QStringLiteral("report"));
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("cchc-inspector check")));
    CHECK_FALSE(QFile::exists(demo.outside.path(QStringLiteral("x.pdf"))));
}

TEST_CASE("After a kill during a save, read-only commands read the file", "[cli][recovery]")
{
    DemoCopy demo;
    const QString copy = demo.dir.path(QStringLiteral("copy.cchc"));
    copyDuringUnfinishedSave(demo.path, copy);
    QFile::remove(demo.path);
    QFile::rename(copy, demo.path);
    QFile::rename(copy + QStringLiteral("-journal"), demo.path + QStringLiteral("-journal"));
    for (const QString &command :
         {QStringLiteral("check"), QStringLiteral("list"), QStringLiteral("export-json")}) {
        const auto result = demo.run(command);
        INFO(command.toStdString() << ": " << result.err);
        CHECK(result.exitCode == 0);
    }
    CHECK(demo.files() == QStringList{QStringLiteral("f.cchc")});
}

TEST_CASE("An empty lock left by a kill does not stop an import", "[cli][recovery]")
{
    DemoCopy demo;
    demo.writeImportJson();
    writeAll(demo.path + QStringLiteral(".lock"), {});
    const auto result = demo.run(QStringLiteral("import-json"));
    INFO(result.err);
    CHECK(result.exitCode == 0);
    CHECK(demo.files() == QStringList{QStringLiteral("f.cchc")});
}

TEST_CASE("Another computer's lock is named, and --force-lock takes it over", "[cli][recovery]")
{
    DemoCopy demo;
    demo.writeImportJson();
    writeAll(demo.path + QStringLiteral(".lock"),
             QByteArrayLiteral("4242\ncchc-inspector\nother-laptop\n"));
    const auto refused = demo.run(QStringLiteral("import-json"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("other-laptop")));
    CHECK(refused.err.contains(QStringLiteral("--force-lock")));
    // Drafting only reads: it works read-only beside the lock.
    CHECK(demo.run(QStringLiteral("report")).exitCode == 0);
    const auto forced = demo.run(QStringLiteral("import-json"), {QStringLiteral("--force-lock")});
    INFO(forced.err);
    CHECK(forced.exitCode == 0);
    CHECK(demo.files() == QStringList{QStringLiteral("f.cchc")});
}
