// Every way a file can be wrong: a clear Vietnamese message naming the file and the
// reason, no crash, and the file left byte-for-byte as it was.
#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cchc;
using namespace cchc::test;

namespace {

QString makeValidFile(const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    makeSmallFile(path);
    return path;
}

// Opens `path`, expects failure mentioning the file name and `reason`, and checks that the
// bytes did not change.
void expectRefused(const QString &path, const QString &reason)
{
    const QByteArray before = readAll(path);
    auto file = InspectionFile::open(path);
    REQUIRE_FALSE(file.ok());
    INFO(file.error());
    CHECK(file.error().contains(QFileInfo(path).fileName()));
    CHECK(file.error().contains(reason));
    CHECK(readAll(path) == before);
}

void setRawPragma(const QString &path, const QString &pragma)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(pragma));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A missing file is named", "[bad-input]")
{
    TempDir dir;
    auto file = InspectionFile::open(dir.path(QStringLiteral("khong-co.cchc")));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().contains(QStringLiteral("khong-co.cchc")));
    CHECK(file.error().contains(QStringLiteral("không tồn tại")));
}

TEST_CASE("A folder is not an inspection file", "[bad-input]")
{
    TempDir dir;
    QDir(dir.root()).mkdir(QStringLiteral("folder.cchc"));
    auto file = InspectionFile::open(dir.path(QStringLiteral("folder.cchc")));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().contains(QStringLiteral("thư mục")));
}

TEST_CASE("A text file, an empty file and another SQLite database are refused", "[bad-input]")
{
    TempDir dir;
    const QString text = dir.path(QStringLiteral("ghi-chu.cchc"));
    writeAll(text, "Đây là ghi chú, không phải tệp kiểm tra.\n");
    expectRefused(text, QStringLiteral("không phải là tệp kiểm tra"));

    const QString empty = dir.path(QStringLiteral("rong.cchc"));
    writeAll(empty, QByteArray());
    expectRefused(empty, QStringLiteral("không phải là tệp kiểm tra"));

    const QString other = dir.path(QStringLiteral("khac.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    expectRefused(other, QStringLiteral("không phải là tệp kiểm tra"));
}

TEST_CASE("A truncated file is refused as damaged", "[bad-input]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("cat-ngan.cchc"));
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 8192);
    for (const qsizetype size : {qsizetype(50), qsizetype(4096), bytes.size() / 2}) {
        writeAll(path, bytes.left(size));
        INFO(size);
        expectRefused(path, QStringLiteral("bị hỏng"));
    }
}

TEST_CASE("A file with damaged pages is refused as damaged", "[bad-input]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("hong.cchc"));
    QByteArray bytes = readAll(path);
    // Overwrite the middle of the file (table pages) with garbage, keeping the header.
    for (qsizetype i = 4096; i < bytes.size() - 4096; i += 7)
        bytes[i] = char(0xA5);
    writeAll(path, bytes);
    expectRefused(path, QStringLiteral("bị hỏng"));
}

TEST_CASE("A file from a newer version is refused and never rewritten", "[bad-input]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("moi-hon.cchc"));
    setRawPragma(path, QStringLiteral("PRAGMA user_version = %1").arg(storage::kCurrentSchemaVersion + 7));
    expectRefused(path, QStringLiteral("phiên bản mới hơn"));
    auto readOnly = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    CHECK_FALSE(readOnly.ok());
}

TEST_CASE("A file open in another window opens read-only with the reason", "[bad-input]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("dang-mo.cchc"));
    auto first = InspectionFile::open(path);
    REQUIRE(first.ok());
    CHECK_FALSE((*first)->isReadOnly());
    auto second = InspectionFile::open(path);
    REQUIRE(second.ok());
    CHECK((*second)->isReadOnly());
    INFO((*second)->readOnlyReason().toStdString());
    CHECK((*second)->readOnlyReason().contains(QStringLiteral("đang được mở")));
    Unit unit;
    unit.name = QStringLiteral("Không được ghi");
    const QByteArray before = readAll(path);
    auto status = (*second)->saveUnit(unit);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().contains(QStringLiteral("chỉ đọc")));
    CHECK(readAll(path) == before);
    CHECK((*second)->units()->size() == 2); // reading still works

    first->reset(); // the first window closes: the file can be written again
    auto third = InspectionFile::open(path);
    REQUIRE(third.ok());
    CHECK_FALSE((*third)->isReadOnly());
}

TEST_CASE("A read-only file or folder opens read-only and is not touched", "[bad-input]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("chi-doc.cchc"));
    const QByteArray before = readAll(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        CHECK((*file)->isReadOnly());
        CHECK((*file)->readOnlyReason().contains(QStringLiteral("chỉ đọc")));
        Unit unit;
        unit.name = QStringLiteral("x");
        CHECK_FALSE((*file)->saveUnit(unit).ok());
    }
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

#ifndef Q_OS_WIN
    // A folder that may not be written. Not on Windows: there the read-only attribute of a
    // folder does not stop writes into it (only access rights do, which Qt does not set).
    const QString sub = dir.path(QStringLiteral("khoa"));
    QDir(dir.root()).mkdir(QStringLiteral("khoa"));
    const QString inner = sub + QStringLiteral("/tep.cchc");
    QFile::copy(path, inner);
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner);
    {
        auto file = InspectionFile::open(inner);
        REQUIRE(file.ok());
        CHECK((*file)->isReadOnly());
    }
    CHECK(readAll(inner) == before);
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
}

TEST_CASE("An unreadable file names the reason", "[bad-input]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("khong-doc.cchc"));
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        // Running as root: permissions do not stop reading, so there is nothing to test.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        SUCCEED("root can read any file");
        return;
    }
    auto file = InspectionFile::open(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().contains(QStringLiteral("khong-doc.cchc")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("An integrity check left for after the first frame still comes before any write",
          "[bad-input][integrity]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("hong-trang.cchc"));
    breakTablePage(path, QStringLiteral("units"));
    expectRefused(path, QStringLiteral("bị hỏng")); // checked at once, as always
    const QByteArray before = readAll(path);

    auto opened = InspectionFile::open(path, InspectionFile::Access::ReadWrite,
                                       InspectionFile::IntegrityCheck::BeforeFirstWrite);
    REQUIRE(opened.ok());
    InspectionFile &file = **opened;
    CHECK_FALSE(file.isIntegrityChecked());
    Unit unit;
    unit.name = QStringLiteral("Phòng Nội vụ");
    const Status write = file.saveUnit(unit);
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().contains(QStringLiteral("bị hỏng")));
    CHECK(write.error().contains(QStringLiteral("hong-trang.cchc")));
    CHECK(file.isIntegrityChecked());
    CHECK_FALSE(file.checkIntegrity().ok());
    opened->reset();
    CHECK(readAll(path) == before);
}

TEST_CASE("A sound file opened with its check left for later is checked by its first write",
          "[bad-input][integrity]")
{
    TempDir dir;
    const QString path = makeValidFile(dir, QStringLiteral("lanh.cchc"));
    auto opened = InspectionFile::open(path, InspectionFile::Access::ReadWrite,
                                       InspectionFile::IntegrityCheck::BeforeFirstWrite);
    REQUIRE(opened.ok());
    CHECK_FALSE((*opened)->isIntegrityChecked());
    Unit unit;
    unit.name = QStringLiteral("Phòng Nội vụ");
    REQUIRE((*opened)->saveUnit(unit).ok());
    CHECK((*opened)->isIntegrityChecked());
    CHECK((*opened)->checkIntegrity().ok());
}

TEST_CASE("A file that must be upgraded is checked before it, even when asked for later",
          "[bad-input][integrity]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cu.cchc"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("schema-v6.cchc")), path));
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
    auto opened = InspectionFile::open(path, InspectionFile::Access::ReadWrite,
                                       InspectionFile::IntegrityCheck::BeforeFirstWrite);
    REQUIRE(opened.ok());
    CHECK((*opened)->isIntegrityChecked());
    CHECK_FALSE((*opened)->upgradeBackupPath().isEmpty());
}
