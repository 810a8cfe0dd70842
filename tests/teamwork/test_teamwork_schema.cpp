// The schema step that added team work (work packages, merge base, edit history), on a
// checked-in file written by the previous version.
#include "tests/teamwork/TeamworkFixtures.h"

#include "core/storage/Migrations.h"

#include <QFile>

using namespace cchc;
using namespace cchc::test;

TEST_CASE("A version 6 file is upgraded with its data intact and the team-work tables added",
          "[teamwork][migrations]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("schema-v6.cchc"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("schema-v6.cchc")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readAll(path);
    auto file = openFile(path);
    CHECK(file->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK(readAll(file->upgradeBackupPath()) == original);
    auto rounds = file->rounds();
    REQUIRE(rounds.ok());
    auto all = file->roundAssessments(rounds->at(0).id);
    REQUIRE(all.ok());
    CHECK(all->value(QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb3")).at(0).finding ==
          QStringLiteral("Chưa công khai thủ tục tại trụ sở."));
    CHECK(storedValue(*file, QStringLiteral("SELECT edited_text FROM report_paragraphs"
                                            " WHERE paragraph_key = 'closing'"))
              .toString() == QStringLiteral("Đoàn kiểm tra đề nghị các đơn vị khắc phục./."));
    for (const char *table : {"work_packages", "merge_base", "edit_history"}) {
        INFO(table);
        CHECK(storedValue(*file, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                  .toInt() == 0);
    }
    // The upgraded file hands out work like a new one.
    const QString package = dir.path(QStringLiteral("package.cchc"));
    auto info = teamwork::splitRound(*file, {rounds->at(0).id, {}, {}}, package);
    REQUIRE(info.ok());
    CHECK(teamwork::mergePackage(*file, package).ok());
}
