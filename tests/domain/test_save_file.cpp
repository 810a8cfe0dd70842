#include <catch2/catch.hpp>

#include "core/common/SaveFile.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

using namespace cchc;
using namespace cchc::test;

TEST_CASE("A saved file appears whole, replacing the old one", "[save-file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("báo cáo.pdf"));
    writeAll(path, "old");
    REQUIRE(saveFileAtomically(path, QByteArray("new content")).ok());
    CHECK(readAll(path) == "new content");
}

TEST_CASE("A writer that fails leaves the old file untouched", "[save-file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("giu-nguyen.json"));
    writeAll(path, "last good");
    auto status = saveFileAtomically(path, [](QIODevice &device) -> Status {
        device.write("half of it");
        return Error{QStringLiteral("disk full")};
    });
    CHECK_FALSE(status.ok());
    CHECK(status.error() == QStringLiteral("disk full"));
    CHECK(readAll(path) == "last good");
    CHECK(QDir(dir.root()).entryList(QDir::Files) == QStringList{QStringLiteral("giu-nguyen.json")});
}

TEST_CASE("A folder that does not exist gives a Vietnamese message naming the file", "[save-file]")
{
    TempDir dir;
    auto status = saveFileAtomically(dir.path(QStringLiteral("khong-co/tep.pdf")), QByteArray("x"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().contains(QStringLiteral("tep.pdf")));
    CHECK(status.error().contains(QStringLiteral("Không ghi được")));
}
