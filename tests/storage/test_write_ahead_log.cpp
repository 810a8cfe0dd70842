// While a file is being edited its commits go through SQLite's write-ahead log (one fsync
// per edit); on disk between sessions it is always one self-contained file.
#include "StorageFixtures.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace cchc;
using namespace cchc::test;

namespace {

QString journalMode(const InspectionFile &file)
{
    QSqlQuery query(file.database());
    query.exec(QStringLiteral("PRAGMA journal_mode"));
    query.next();
    return query.value(0).toString();
}

Unit namedUnit(const char16_t *name)
{
    Unit unit;
    unit.name = QString::fromUtf16(name);
    return unit;
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

TEST_CASE("Edits use the write-ahead log; closing leaves one self-contained file", "[wal]")
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
    const QString path = dir.path(QStringLiteral("doc.cchc"));
    makeSmallFile(path);
    const QString crashed = dir.path(QStringLiteral("crashed.cchc"));
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        Unit first = namedUnit(u"Trung tâm Phát triển quỹ đất");
        REQUIRE((*file)->saveUnit(first).ok());
        Unit second = namedUnit(u"Ban Quản lý các chợ");
        REQUIRE((*file)->saveUnit(second).ok()); // this one is only in the log
        // What the disk holds at the moment the power goes: the file and its log.
        REQUIRE(QFile::copy(path, crashed));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    auto recovered = InspectionFile::open(crashed);
    REQUIRE(recovered.ok());
    CHECK((*recovered)->units()->size() == 4);
}
