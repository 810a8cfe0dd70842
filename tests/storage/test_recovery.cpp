// Recovery after a crash and from damaged headers (issue 15): what a killed program leaves
// beside a file never locks the user out, and a damaged version number is refused with a
// clear message, the file unchanged and nothing left behind.
#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/storage/ConsistencyCheck.h"
#include "core/storage/DocumentLock.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

using namespace cchc;
using namespace cchc::test;

namespace {

// A closed file made by this version, with a round of two units; returns its path.
QString smallFileAt(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("f.cchc"));
    makeSmallFile(path);
    return path;
}

QStringList entriesOf(const TempDir &dir)
{
    return QDir(dir.root())
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QString firstLine(const QString &path)
{
    return QString::fromUtf8(readAll(path)).section(QLatin1Char('\n'), 0, 0);
}

QString ourPid()
{
    return QString::number(QCoreApplication::applicationPid());
}

} // namespace

TEST_CASE("A negative version number is refused, the file unchanged, nothing left behind",
          "[recovery][version]")
{
    TempDir dir;
    const QString path = smallFileAt(dir);
    runSql(path, {QStringLiteral("PRAGMA user_version = -1")});
    const QByteArray before = readAll(path);
    for (auto access : {InspectionFile::Access::ReadWrite, InspectionFile::Access::ReadOnly}) {
        auto opened = InspectionFile::open(path, access);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("hỏng")));
        CHECK(opened.error().contains(QStringLiteral("-1")));
    }
    CHECK(readAll(path) == before);
    CHECK(entriesOf(dir) == QStringList{QStringLiteral("f.cchc")});
}

TEST_CASE("The migrations refuse a version outside the known ones", "[recovery][version]")
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mem"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    REQUIRE(db.open());
    CHECK_FALSE(storage::migrate(db, -1).ok());
    CHECK_FALSE(storage::migrate(db, 0, storage::kCurrentSchemaVersion + 1).ok());
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mem"));
}

TEST_CASE("A version number damaged to an older one is refused before any backup or upgrade",
          "[recovery][version]")
{
    for (int version = 0; version < storage::kCurrentSchemaVersion; ++version) {
        TempDir dir;
        const QString path = smallFileAt(dir);
        runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(version)});
        const QByteArray before = readAll(path);
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto opened = InspectionFile::open(path);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().contains(QStringLiteral("hỏng")));
            // Named in the user's words, not SQLite's.
            CHECK_FALSE(opened.error().contains(QStringLiteral("duplicate column")));
            CHECK_FALSE(opened.error().contains(QStringLiteral("already exists")));
        }
        CHECK(readAll(path) == before);
        CHECK(entriesOf(dir) == QStringList{QStringLiteral("f.cchc")});
    }
}

TEST_CASE("An upgrade made twice from the same old file keeps one backup", "[recovery][version]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.cchc"));
    const auto restoreOldFile = [&] {
        QFile::remove(path);
        REQUIRE(QFile::copy(dataPath(QStringLiteral("schema-v1.cchc")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    };
    restoreOldFile();
    QString firstBackup;
    {
        auto opened = InspectionFile::open(path);
        REQUIRE(opened.ok());
        firstBackup = (*opened)->upgradeBackupPath();
    }
    // The same old file again (a copy brought back from a USB stick): its backup exists.
    restoreOldFile();
    auto again = InspectionFile::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->upgradeBackupPath() == firstBackup);
    CHECK((*again)->schemaVersion() == storage::kCurrentSchemaVersion);
    again->reset();
    CHECK(entriesOf(dir) ==
          QStringList{QStringLiteral("old.cchc"), QStringLiteral("old.v1-backup.cchc")});
}

TEST_CASE("Every version's schema matches what its migrations define", "[recovery][schema]")
{
    for (int version = 1; version <= storage::kCurrentSchemaVersion; ++version) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        REQUIRE(storage::migrate(db, 0, version).ok());
        auto differences = storage::schemaDifferences(db, version);
        REQUIRE(differences.ok());
        CHECK(differences->isEmpty());
        // Each version differs from the one before, so the comparison can fail.
        auto earlier = storage::schemaDifferences(db, version - 1);
        REQUIRE(earlier.ok());
        CHECK_FALSE(earlier->isEmpty());
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v"));
    }
}

TEST_CASE("A file whose schema text was damaged is refused, naming the table", "[recovery][schema]")
{
    TempDir dir;
    const QString path = smallFileAt(dir);
    // One flipped bit in the stored CREATE TABLE text: the column visit_date is renamed.
    runSql(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                  QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'visit_date', "
                                 "'visit_dbte') WHERE name = 'round_units'")});
    const QByteArray before = readAll(path);
    auto opened = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("round_units")));
    CHECK(opened.error().contains(QStringLiteral("hỏng")));
    CHECK(readAll(path) == before);
    CHECK(entriesOf(dir) == QStringList{QStringLiteral("f.cchc")});
}

TEST_CASE("The schema built into the program is the one the migrations make",
          "[recovery][schema]")
{
    // Stale after a new migration: `cmake --build build --target expected_schema`.
    CHECK(storage::kBuiltInSchemaVersion == storage::kCurrentSchemaVersion);
    const auto replayed = storage::replayedSchema(storage::kCurrentSchemaVersion);
    REQUIRE(replayed.ok());
    CHECK(storage::builtInSchema() == *replayed);
    CHECK(storage::schemaSource(storage::builtInSchema(), storage::kCurrentSchemaVersion) ==
          storage::schemaSource(*replayed, storage::kCurrentSchemaVersion));
}

TEST_CASE("A current file with a missing index or a table of its own is refused",
          "[recovery][schema]")
{
    const QList<std::pair<QString, QString>> damages = {
        {QStringLiteral("DROP INDEX assessments_criterion"), QStringLiteral("assessments_criterion")},
        {QStringLiteral("CREATE TABLE extra (x)"), QStringLiteral("extra")},
    };
    for (const auto &[sql, named] : damages) {
        TempDir dir;
        const QString path = smallFileAt(dir);
        runSql(path, {sql});
        const QByteArray before = readAll(path);
        auto opened = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(named));
        CHECK(opened.error().contains(QStringLiteral("hỏng")));
        CHECK(readAll(path) == before);
    }
}

TEST_CASE("Drafting refuses a file the check faults", "[recovery][check]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("f.cchc"));
    SmallFile small = makeSmallFile(path);
    saveFirstCriterion(small, 0, AssessmentResult::Met);
    REQUIRE(requireSoundForDrafting(*small.file).ok());
    QSqlQuery query(small.file->database());
    REQUIRE(query.exec(QStringLiteral("UPDATE assessments SET appraised_score = 99")));
    auto problems = findProblems(*small.file);
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    const Status refused = requireSoundForDrafting(*small.file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(problems->constFirst()));
}

TEST_CASE("The file check finds an assessment of a criterion from another checklist",
          "[recovery][check]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("f.cchc")));
    saveFirstCriterion(small, 0, AssessmentResult::Met);
    QSqlQuery query(small.file->database());
    for (const char *sql :
         {"INSERT INTO templates (id, family_id, version, name, modified_at)"
          " VALUES ('other', 'other-family', 1, 'Khác', '2024-01-01T00:00:00Z')",
          "INSERT INTO criteria_groups (id, template_id, position, title, modified_at)"
          " VALUES ('other-group', 'other', 0, 'Khác', '2024-01-01T00:00:00Z')",
          "INSERT INTO criteria (id, group_id, position, text, modified_at)"
          " VALUES ('other-criterion', 'other-group', 0, 'Khác', '2024-01-01T00:00:00Z')"})
        REQUIRE(query.exec(QString::fromLatin1(sql)));
    REQUIRE(findProblems(*small.file)->isEmpty());
    REQUIRE(query.exec(QStringLiteral("UPDATE assessments SET criterion_id = 'other-criterion'")));
    auto problems = findProblems(*small.file);
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM assessments")));
    REQUIRE(query.next());
    CHECK(problems->constFirst().contains(query.value(0).toString())); // names the assessment
    CHECK_FALSE(requireSoundForDrafting(*small.file).ok());
}

TEST_CASE("An empty or unreadable lock left by a kill is taken over", "[recovery][lock]")
{
    for (const QByteArray &left :
         {QByteArray(), QByteArrayLiteral("\n\n"), QByteArrayLiteral("garbage")}) {
        TempDir dir;
        const QString path = smallFileAt(dir);
        writeAll(path + QStringLiteral(".lock"), left);
        auto opened = InspectionFile::open(path);
        REQUIRE(opened.ok());
        CHECK_FALSE((*opened)->isReadOnly());
        CHECK(firstLine(path + QStringLiteral(".lock")) == ourPid());
        opened->reset();
        CHECK(entriesOf(dir) == QStringList{QStringLiteral("f.cchc")});
    }
}

TEST_CASE("A dead process's lock with an empty helper lock is taken over at once",
          "[recovery][lock]")
{
    TempDir dir;
    const QString path = smallFileAt(dir);
    writeAll(path + QStringLiteral(".lock"),
             QStringLiteral("999998\neditdriver\n%1\n").arg(storage::thisComputerName()).toUtf8());
    writeAll(path + QStringLiteral(".lock.rmlock"), {});
    auto opened = InspectionFile::open(path);
    REQUIRE(opened.ok());
    INFO((*opened)->readOnlyReason().toStdString());
    CHECK_FALSE((*opened)->isReadOnly());
    opened->reset();
    CHECK(entriesOf(dir) == QStringList{QStringLiteral("f.cchc")});
}

TEST_CASE("Another computer's lock is named, and taken over only when asked", "[recovery][lock]")
{
    TempDir dir;
    const QString path = smallFileAt(dir);
    writeAll(path + QStringLiteral(".lock"),
             QByteArrayLiteral("4242\ncchc-inspector\nother-laptop\n"));
    {
        auto opened = InspectionFile::open(path);
        REQUIRE(opened.ok());
        CHECK((*opened)->isReadOnly());
        CHECK((*opened)->lockedOnComputer() == QStringLiteral("other-laptop"));
        CHECK((*opened)->readOnlyReason().contains(QStringLiteral("other-laptop")));
    }
    CHECK(firstLine(path + QStringLiteral(".lock")) == QStringLiteral("4242"));
    auto taken = InspectionFile::open(path, InspectionFile::Access::ReadWriteTakeOverLock);
    REQUIRE(taken.ok());
    CHECK_FALSE((*taken)->isReadOnly());
    CHECK((*taken)->lockedOnComputer().isEmpty());
    CHECK(firstLine(path + QStringLiteral(".lock")) == ourPid());
}

TEST_CASE("A live window's lock on this computer is never taken over", "[recovery][lock]")
{
    TempDir dir;
    const QString path = smallFileAt(dir);
    auto first = InspectionFile::open(path);
    REQUIRE(first.ok());
    auto second = InspectionFile::open(path, InspectionFile::Access::ReadWriteTakeOverLock);
    REQUIRE(second.ok());
    CHECK((*second)->isReadOnly());
    CHECK((*second)->lockedOnComputer().isEmpty());
}

TEST_CASE("An unfinished save is completed even by a read-only open where the file may be "
          "written",
          "[recovery][journal]")
{
    TempDir dir;
    const QString source = smallFileAt(dir);
    const QString path = dir.path(QStringLiteral("copy.cchc"));
    copyDuringUnfinishedSave(source, path);
    REQUIRE(readAll(path) != readAll(source)); // pages of the unfinished save are in it
    auto opened = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    auto problems = findProblems(**opened);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK(storedValue(**opened, QStringLiteral("SELECT MAX(length(guidance)) FROM criteria"))
              .toInt() < 1200);
}

TEST_CASE("Where it may not write, a read-only open says the save will be completed",
          "[recovery][journal]")
{
    TempDir dir;
    const QString source = smallFileAt(dir);
    const QString path = dir.path(QStringLiteral("copy.cchc"));
    copyDuringUnfinishedSave(source, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = readAll(path);
    auto opened = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("chưa hoàn tất")));
    CHECK_FALSE(opened.error().contains(QStringLiteral("bản sao lưu")));
    CHECK(readAll(path) == before);
    // Once it may be written, opening it for editing completes the save.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto editing = InspectionFile::open(path);
    REQUIRE(editing.ok());
    CHECK_FALSE((*editing)->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A journal a kill left before the save began is removed, the file untouched",
          "[recovery][journal]")
{
    TempDir dir;
    const QString path = smallFileAt(dir);
    // What SQLite writes first: a header without its magic number, then page images.
    writeAll(path + QStringLiteral("-journal"), QByteArray(512, '\0') + QByteArray(4096, 'p'));
    const QByteArray before = readAll(path);
    {
        auto reading = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
        REQUIRE(reading.ok());
    }
    auto opened = InspectionFile::open(path);
    REQUIRE(opened.ok());
    CHECK_FALSE((*opened)->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    opened->reset();
    CHECK(readAll(path) == before);
    CHECK(entriesOf(dir) == QStringList{QStringLiteral("f.cchc")});
}
