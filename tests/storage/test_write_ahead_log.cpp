// While a file is being edited its commits go through SQLite's write-ahead log (one fsync
// per edit); on disk between sessions it is always one self-contained file.
#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>

using namespace cchc;
using namespace cchc::test;

namespace {

QVariant pragma(const InspectionFile &file, const QString &name)
{
    return storedValue(file, QStringLiteral("PRAGMA %1").arg(name));
}

QString journalMode(const InspectionFile &file)
{
    return pragma(file, QStringLiteral("journal_mode")).toString();
}

// PRAGMA synchronous reads back as a number: 2 is FULL.
constexpr int kSynchronousFull = 2;

int synchronous(const InspectionFile &file)
{
    return pragma(file, QStringLiteral("synchronous")).toInt();
}

Unit namedUnit(const char16_t *name)
{
    Unit unit;
    unit.name = QString::fromUtf16(name);
    return unit;
}

// Makes a small file, saves one unit per name in one session and copies the file and its
// log as the disk holds them when the power goes before the session ends: the copy's path.
// The first save switches to the log; those after it are only in the log.
QString crashedCopy(const TempDir &dir, std::initializer_list<const char16_t *> unitNames)
{
    const QString path = dir.path(QStringLiteral("doc.cchc"));
    makeSmallFile(path);
    const QString crashed = dir.path(QStringLiteral("crashed.cchc"));
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    for (const char16_t *name : unitNames) {
        Unit unit = namedUnit(name);
        REQUIRE((*file)->saveUnit(unit).ok());
    }
    REQUIRE(QFile::copy(path, crashed));
    REQUIRE(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    return crashed;
}

} // namespace

TEST_CASE("Only reading a file never switches its journal", "[wal]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("doc.cchc"));
    makeSmallFile(path);
    const QByteArray before = readAll(path);
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        CHECK((*file)->units()->size() == 2);
        CHECK(journalMode(**file) == QStringLiteral("delete"));
    }
    CHECK(readAll(path) == before);
}

TEST_CASE("Edits use the write-ahead log, and closing leaves one self-contained file", "[wal]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("doc.cchc"));
    makeSmallFile(path);
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        Unit unit = namedUnit(u"Ban Quản lý các chợ");
        REQUIRE((*file)->saveUnit(unit).ok());
        CHECK(journalMode(**file) == QStringLiteral("wal"));
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));

        // A second instance (read-only) sees what the first has saved.
        auto reader = InspectionFile::open(path);
        REQUIRE(reader.ok());
        CHECK((*reader)->isReadOnly());
        CHECK((*reader)->units()->size() == 3);
    }
    // Closing folded the log into the file and removed it.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    // The .cchc alone, copied elsewhere, has every edit.
    const QString copy = dir.path(QStringLiteral("copy.cchc"));
    REQUIRE(QFile::copy(path, copy));
    auto reopened = InspectionFile::open(copy, InspectionFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->units()->size() == 3);
    CHECK(journalMode(**reopened) == QStringLiteral("delete"));
}

TEST_CASE("After a crash the log beside the file is recovered on the next open", "[wal]")
{
    TempDir dir;
    const QString crashed =
        crashedCopy(dir, {u"Trung tâm Phát triển quỹ đất", u"Ban Quản lý các chợ"});
    auto recovered = InspectionFile::open(crashed);
    REQUIRE(recovered.ok());
    CHECK((*recovered)->units()->size() == 4);
}

TEST_CASE("Every writable open syncs each commit to disk, in both journal modes", "[wal]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("doc.cchc"));
    {
        auto created = InspectionFile::create(path);
        REQUIRE(created.ok());
        CHECK(synchronous(**created) == kSynchronousFull);
    }
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK(journalMode(**file) == QStringLiteral("delete"));
    CHECK(synchronous(**file) == kSynchronousFull);
    Unit unit = namedUnit(u"Ban Quản lý các chợ");
    REQUIRE((*file)->saveUnit(unit).ok());
    REQUIRE(journalMode(**file) == QStringLiteral("wal"));
    CHECK(synchronous(**file) == kSynchronousFull);
}

TEST_CASE("A file recovered after a crash is one self-contained file again once closed", "[wal]")
{
    TempDir dir;
    const QString crashed = crashedCopy(dir, {u"Ban Quản lý các chợ"});
    {
        // Opened for writing but only read this time.
        auto recovered = InspectionFile::open(crashed);
        REQUIRE(recovered.ok());
        CHECK((*recovered)->units()->size() == 3);
    }
    CHECK_FALSE(QFileInfo::exists(crashed + QStringLiteral("-wal")));
    // Bytes 18 and 19 of a SQLite header are 1 in rollback-journal mode, 2 in WAL mode.
    const QByteArray header = readAll(crashed).left(20);
    REQUIRE(header.size() == 20);
    CHECK(header.at(18) == 1);
    CHECK(header.at(19) == 1);
}
