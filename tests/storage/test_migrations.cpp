// Upgrades of files written by older versions, from checked-in fixtures under tests/data.
#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"
#include "core/report/DraftMerge.h"
#include "core/report/NoticeSnapshot.h"
#include "core/report/Reports.h"
#include "core/teamwork/FrozenRounds.h"
#include "core/storage/ReportStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaCheck.h"
#include "core/storage/ReportStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cchc;
using namespace cchc::test;

namespace {

// The schema as SQLite stores it: CREATE statements by name.
QStringList schemaOf(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL"
                              " ORDER BY name"));
    QStringList schema;
    while (query.next())
        schema.append(query.value(0).toString());
    return schema;
}

QString copyFixture(const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    REQUIRE(QFile::copy(dataPath(name), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The schema a fresh file has after the steps up to `version`, and that of a fixture.
QStringList schemaAfterMigration(const TempDir &dir, int version)
{
    QStringList schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fresh"));
        db.setDatabaseName(dir.path(QStringLiteral("fresh-v%1.cchc").arg(version)));
        REQUIRE(db.open());
        REQUIRE(storage::migrate(db, 0, version).ok());
        schema = schemaOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
    return schema;
}

// Runs `sql` on the file at `path` behind the program's back (a damaged old file).
void damage(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
}

QStringList fixtureSchema(const QString &name)
{
    QStringList schema;
    {
        QSqlDatabase fixture = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        fixture.setDatabaseName(dataPath(name));
        fixture.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(fixture.open());
        schema = schemaOf(fixture);
        fixture.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return schema;
}

} // namespace

TEST_CASE("The v1 fixture is exactly what version 1 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 1) == fixtureSchema(QStringLiteral("schema-v1.cchc")));
}

TEST_CASE("The v2 fixture is exactly what version 2 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 2) == fixtureSchema(QStringLiteral("schema-v2.cchc")));
}

TEST_CASE("The v3 fixture is exactly what version 3 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 3) == fixtureSchema(QStringLiteral("schema-v3.cchc")));
}

TEST_CASE("A version 3 file is upgraded to 4: issued numbers move to their own table",
          "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v3.cchc"));
    const QByteArray original = readAll(path);
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK((*file)->upgradeBackupPath() == dir.path(QStringLiteral("schema-v3.v3-backup.cchc")));
    CHECK(readAll((*file)->upgradeBackupPath()) == original);
    const QString roundId = QStringLiteral("88888888-8888-4888-8888-888888888888");
    const report::ReportStore store(**file);
    auto issued = store.issuedNotice(roundId);
    REQUIRE(issued.ok());
    REQUIRE(issued->has_value());
    CHECK((*issued)->number == 5);
    CHECK((*issued)->symbol == QStringLiteral("ĐKT"));
    CHECK((*issued)->issuedOn == QDate(2022, 5, 30));
    CHECK((*issued)->id == QStringLiteral("dddddddd-dddd-4ddd-8ddd-ddddddddddd4"));
    CHECK((*issued)->modifiedAt == QStringLiteral("2022-05-30T08:00:00.000Z"));
    // The team's edit stays; the reserved row is gone from the paragraphs.
    auto paragraphs = store.paragraphs(roundId);
    REQUIRE(paragraphs.ok());
    REQUIRE(paragraphs->size() == 1);
    CHECK(paragraphs->at(0).key == QStringLiteral("closing"));
    CHECK(paragraphs->at(0).editedText == QStringLiteral("Đoàn kiểm tra đề nghị các đơn vị khắc phục./."));
    CHECK(*store.highestIssued(QStringLiteral("ĐKT"), 2022) == 5);
    CHECK(*store.numberToIssue(QStringLiteral("ĐKT"), 2022) == 6);
    CHECK(store.settings()->placeName == QStringLiteral("Hà Tĩnh"));
}

TEST_CASE("The v5 fixture is exactly what version 5 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 5) == fixtureSchema(QStringLiteral("schema-v5.cchc")));
}

TEST_CASE("A version 5 file is upgraded to 6: the team's edits stay, in place and shown",
          "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v5.cchc"));
    const QByteArray original = readAll(path);
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK(readAll((*file)->upgradeBackupPath()) == original);
    const report::ReportStore store(**file);
    const QString roundId = QStringLiteral("88888888-8888-4888-8888-888888888888");
    auto rows = store.paragraphs(roundId);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    for (const report::StoredParagraph &row : *rows) {
        CHECK(row.afterKey.isEmpty());
        CHECK_FALSE(row.hidden);
    }
    CHECK((*store.issuedNotice(roundId))->number == 5);
    // The edits are laid over a draft as before: edited, in the draft's places, printed.
    const QList<report::DraftParagraph> draft{
        {QStringLiteral("opening"), QStringLiteral("Mở đầu dự thảo.")},
        {QStringLiteral("closing"), QStringLiteral("Bản nháp cũ./.")}};
    const auto merged = report::mergeDraft(draft, *rows);
    REQUIRE(merged.size() == 2);
    CHECK(merged.at(0).state == report::ParagraphState::Edited);
    CHECK(merged.at(1).state == report::ParagraphState::Edited);
    CHECK(report::textsOf(merged).at(0).text == QStringLiteral("Mở đầu do Đoàn viết lại."));
}

TEST_CASE("A damaged issued number of a version 3 file is kept as an edit to review",
          "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v3.cchc"));
    damage(path, QStringLiteral("UPDATE report_paragraphs SET edited_text = 'số 5'"
                                " WHERE paragraph_key = 'issued/notice'"));
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    const report::ReportStore store(**file);
    const QString roundId = QStringLiteral("88888888-8888-4888-8888-888888888888");
    CHECK_FALSE(store.issuedNotice(roundId)->has_value());
    auto paragraphs = store.paragraphs(roundId);
    REQUIRE(paragraphs->size() == 2);
    CHECK(paragraphs->at(1).editedText == QStringLiteral("số 5"));
}

TEST_CASE("A version 2 file is upgraded to 3 with its data intact and report tables added",
          "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v2.cchc"));
    const QByteArray original = readAll(path);
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);
        CHECK((*file)->upgradeBackupPath() == dir.path(QStringLiteral("schema-v2.v2-backup.cchc")));
        CHECK(readAll((*file)->upgradeBackupPath()) == original);
        auto units = (*file)->units();
        REQUIRE(units.ok());
        CHECK(units->size() == 3);
        auto rounds = (*file)->rounds();
        REQUIRE(rounds.ok());
        auto all = (*file)->roundAssessments(rounds->at(0).id);
        REQUIRE(all.ok());
        CHECK(all->value(QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb3")).at(0).finding
              == QStringLiteral("Kế hoạch ban hành chậm & chưa đầy đủ."));
        QSqlQuery query((*file)->database());
        for (const char *table : {"report_settings", "report_number_series", "report_paragraphs",
                                  "issued_notices"}) {
            INFO(table);
            CHECK(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
            REQUIRE(query.next());
            CHECK(query.value(0).toInt() == 0);
        }
    }
}

TEST_CASE("The v4 fixture is exactly what version 4 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 4) == fixtureSchema(QStringLiteral("schema-v4.cchc")));
}

TEST_CASE("A version 4 file is upgraded to 5: built-in criteria get partly met and exemplary "
          "phrasings",
          "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v4.cchc"));
    const QByteArray original = readAll(path);
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK(readAll((*file)->upgradeBackupPath()) == original);
    auto builtin = (*file)->loadTemplate(QStringLiteral("33333333-3333-4333-8333-333333333333"));
    REQUIRE(builtin.ok());
    const Criterion &timesheet = builtin->groups.at(1).criteria.at(1);
    CHECK(timesheet.code == QStringLiteral("2.2"));
    CHECK(timesheet.phrasePartial ==
          QStringLiteral("lập bảng chấm công nhưng chưa cập nhật hằng ngày"));
    CHECK(timesheet.phraseExemplary == QStringLiteral("chấm công hằng ngày đầy đủ, công khai"));
    CHECK(timesheet.modifiedAt == QStringLiteral("2022-05-20T08:00:00.000Z")); // nobody's edit
    // Phrasings the file had are kept as they were.
    CHECK(timesheet.phraseMet == QStringLiteral("lập bảng chấm công"));
    // A template of the team's own is not given the built-in wording.
    auto own = (*file)->loadTemplate(QStringLiteral("33333333-3333-4333-8333-333333333334"));
    REQUIRE(own.ok());
    CHECK(own->groups.at(0).criteria.at(0).phrasePartial.isEmpty());
    CHECK(own->groups.at(0).criteria.at(0).phraseExemplary.isEmpty());
    // The version 4 data (report settings, edited paragraphs, the issued notice) is intact.
    QSqlQuery query((*file)->database());
    REQUIRE(query.exec(QStringLiteral("SELECT report_to FROM report_settings")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("UBND thành phố"));
    REQUIRE(query.exec(QStringLiteral("SELECT edited_text FROM report_paragraphs")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Đoàn kiểm tra đề nghị các đơn vị khắc phục./."));
    REQUIRE(query.exec(QStringLiteral("SELECT number FROM issued_notices")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 5);
}

TEST_CASE("The v6 fixture is exactly what version 6 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 6) == fixtureSchema(QStringLiteral("schema-v6.cchc")));
}

TEST_CASE("The v7 fixture is exactly what version 7 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 7) == fixtureSchema(QStringLiteral("schema-v7.cchc")));
}

TEST_CASE("A version 7 file is upgraded to 8: the notice date moves to the notice settings",
          "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v7.cchc"));
    const QByteArray original = readAll(path);
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK(readAll((*file)->upgradeBackupPath()) == original);
    const report::ReportStore store(**file);
    const QString roundId = QStringLiteral("88888888-8888-4888-8888-888888888888");
    auto settings = store.noticeSettings(roundId);
    REQUIRE(settings.ok());
    // The row moved with its id and time: the upgrade is nobody's edit.
    CHECK(settings->noticeDate == QDate(2022, 6, 10));
    CHECK(settings->id == QStringLiteral("dddddddd-dddd-4ddd-8ddd-ddddddddddd6"));
    CHECK(settings->modifiedAt == QStringLiteral("2022-06-09T10:00:00.000Z"));
    CHECK(settings->signerMemberId.isEmpty()); // the lead, as version 7 signed
    auto rows = store.paragraphs(roundId);
    REQUIRE(rows.ok());
    QStringList keys;
    for (const report::StoredParagraph &row : *rows)
        keys << row.key;
    CHECK(keys == QStringList({QStringLiteral("closing"), QStringLiteral("opening")})); // stored order
    CHECK((*store.issuedNotice(roundId))->number == 5);
    auto differences = storage::schemaDifferences((*file)->database(), storage::kCurrentSchemaVersion);
    REQUIRE(differences.ok());
    CHECK(differences->isEmpty());
}

TEST_CASE("The v8 fixture is exactly what version 8 of the schema creates", "[migrations]")
{
    TempDir dir;
    CHECK(schemaAfterMigration(dir, 8) == fixtureSchema(QStringLiteral("schema-v8.cchc")));
}

TEST_CASE("A version 8 file is upgraded to 9: its issued notice keeps its signer and gets a "
          "snapshot only on export, marked as made after the fact",
          "[migrations][frozen]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v8.cchc"));
    const QByteArray original = readAll(path);
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK((*file)->upgradeBackupPath() == dir.path(QStringLiteral("schema-v8.v8-backup.cchc")));
    CHECK(readAll((*file)->upgradeBackupPath()) == original);
    auto differences = storage::schemaDifferences((*file)->database(), storage::kCurrentSchemaVersion);
    REQUIRE(differences.ok());
    CHECK(differences->isEmpty());

    // What version 8 kept is there as it was: the date and the signer the team chose.
    const QString roundId = QStringLiteral("88888888-8888-4888-8888-888888888888");
    const report::ReportStore store(**file);
    auto settings = store.noticeSettings(roundId);
    REQUIRE(settings.ok());
    CHECK(settings->noticeDate == QDate(2022, 6, 10));
    CHECK(settings->signerMemberId == QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2"));
    CHECK(settings->modifiedAt == QStringLiteral("2022-06-09T10:00:00.000Z"));
    CHECK((*store.issuedNotice(roundId))->number == 5);

    // No snapshot is made by the upgrade: what the notice printed then cannot be known.
    CHECK_FALSE(*store.noticeSnapshot(roundId));
    auto frozen = teamwork::frozenRound(**file, roundId);
    REQUIRE(frozen.ok());
    REQUIRE(*frozen);
    CHECK((*frozen)->changesAfterIssue == 1); // the version 7 history row
    auto check = teamwork::checkFrozenRounds(**file);
    REQUIRE(check.ok());
    CHECK(check->problems.isEmpty());

    // The first export makes one from the data of that day, with the chosen signer, and
    // says so; the round's JSON carries it to another file as it is. (Not the whole file's:
    // the hand-made fixtures reuse an id across tables, which a JSON document refuses.)
    REQUIRE(report::snapshotIssuedNotice(**file, roundId).ok());
    auto snapshot = store.noticeSnapshot(roundId);
    REQUIRE(snapshot.ok());
    REQUIRE(*snapshot);
    CHECK((*snapshot)->afterTheFact);
    CHECK(QString::fromUtf8((*snapshot)->content).contains(QStringLiteral("Trần Thị Mai")));
    auto json = interchange::exportRoundJson(**file, roundId);
    REQUIRE(json.ok());
    auto copy = InspectionFile::create(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(copy.ok());
    auto imported = interchange::importJson(**copy, *json);
    INFO((imported.ok() ? QString() : imported.error()).toStdString());
    REQUIRE(imported.ok());
    auto copied = report::ReportStore(**copy).noticeSnapshot(roundId);
    REQUIRE(copied.ok());
    REQUIRE(*copied);
    CHECK((*copied)->afterTheFact);
    CHECK((*copied)->sha256 == (*snapshot)->sha256);
    CHECK(report::digestMatches(**copied));
}

TEST_CASE("A version 7 notice date that is not a date stays where it was", "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v7.cchc"));
    damage(path, QStringLiteral("UPDATE report_paragraphs SET edited_text = '10 tháng 6'"
                                " WHERE paragraph_key = 'notice/date'"));
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    const report::ReportStore store(**file);
    const QString roundId = QStringLiteral("88888888-8888-4888-8888-888888888888");
    CHECK(store.noticeSettings(roundId)->id.isEmpty());
    bool kept = false;
    const auto rows = store.paragraphs(roundId);
    REQUIRE(rows.ok());
    for (const report::StoredParagraph &row : *rows)
        kept |= row.key == QStringLiteral("notice/date") && row.editedText == QStringLiteral("10 tháng 6");
    CHECK(kept);
}

TEST_CASE("A version 1 file is backed up, then upgraded with its data intact", "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.cchc"));
    const QByteArray original = readAll(path);

    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);

    // The backup is named by the old version and is the old file, byte for byte.
    const QString backup = (*file)->upgradeBackupPath();
    CHECK(backup == dir.path(QStringLiteral("schema-v1.v1-backup.cchc")));
    CHECK(readAll(backup) == original);

    auto units = (*file)->units();
    REQUIRE(units.ok());
    REQUIRE(units->size() == 2);
    CHECK(units->at(0).name == QStringLiteral("Đội quản lý trật tự đô thị Thành phố"));
    auto rounds = (*file)->rounds();
    REQUIRE(rounds->size() == 1);
    auto round = (*file)->loadRound(rounds->at(0).id);
    REQUIRE(round.ok());
    CHECK(round->legalBases.at(0).number == QStringLiteral("56/KH-UBND"));
    auto all = (*file)->roundAssessments(round->id);
    REQUIRE(all.ok());
    int findings = 0;
    for (const auto &list : *all)
        for (const auto &a : list)
            findings += a.finding.isEmpty() ? 0 : 1;
    CHECK(findings == 1);

    // Version 2 added search keys: the migration filled them for existing rows.
    QSqlQuery query((*file)->database());
    REQUIRE(query.exec(QStringLiteral("SELECT search_key FROM units ORDER BY search_key")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("doi quan ly trat tu do thi thanh pho"));
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM criteria WHERE search_key = ''")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("An old file that cannot be written is not upgraded and not touched", "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.cchc"));
    const QByteArray original = readAll(path);
    auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().contains(QStringLiteral("phiên bản cũ")));
    CHECK(readAll(path) == original);
}

TEST_CASE("A second upgrade does not overwrite the first backup", "[migrations]")
{
    TempDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.cchc"));
    // An earlier backup of another file of that version (an identical one is used again).
    const QString earlier = dir.path(QStringLiteral("schema-v1.v1-backup.cchc"));
    writeAll(earlier, readAll(path) + QByteArrayLiteral("another file"));
    const QByteArray earlierBytes = readAll(earlier);
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->upgradeBackupPath() == dir.path(QStringLiteral("schema-v1.v1-backup-2.cchc")));
    CHECK(readAll(earlier) == earlierBytes);
}
