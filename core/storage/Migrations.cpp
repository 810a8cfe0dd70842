#include "core/storage/Migrations.h"

#include "core/builtin/BuiltinTemplate.h"

#include "core/storage/SqlSupport.h"
#include "core/common/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace cchc::storage {

namespace {

// Version 1. Every table has a UUID key and a modification time, so files from several
// laptops can be merged record by record; child rows go with their parent.
const char *const kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE units (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
    " short_name TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
    " head_name TEXT NOT NULL DEFAULT '', head_title TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',"
    " modified_at TEXT NOT NULL)",
    "CREATE TABLE templates (id TEXT PRIMARY KEY, family_id TEXT NOT NULL,"
    " version INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " builtin INTEGER NOT NULL DEFAULT 0, modified_at TEXT NOT NULL,"
    " UNIQUE (family_id, version))",
    "CREATE TABLE criteria_groups (id TEXT PRIMARY KEY,"
    " template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, code TEXT NOT NULL DEFAULT '', title TEXT NOT NULL,"
    " modified_at TEXT NOT NULL)",
    "CREATE TABLE criteria (id TEXT PRIMARY KEY,"
    " group_id TEXT NOT NULL REFERENCES criteria_groups(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, code TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
    " legal_reference TEXT NOT NULL DEFAULT '', guidance TEXT NOT NULL DEFAULT '',"
    " response_kind INTEGER NOT NULL DEFAULT 0, max_score REAL NOT NULL DEFAULT 1,"
    " weight REAL NOT NULL DEFAULT 1, phrase_met TEXT NOT NULL DEFAULT '',"
    " phrase_unmet TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL)",
    "CREATE TABLE grading_bands (id TEXT PRIMARY KEY,"
    " template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, min_percent REAL NOT NULL, modified_at TEXT NOT NULL)",
    "CREATE TABLE rounds (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
    " template_id TEXT NOT NULL REFERENCES templates(id),"
    " unit_kind TEXT NOT NULL DEFAULT '', period_assessed TEXT NOT NULL DEFAULT '',"
    " visit_start TEXT, visit_end TEXT, status INTEGER NOT NULL DEFAULT 0,"
    " notes TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL)",
    "CREATE TABLE legal_references (id TEXT PRIMARY KEY,"
    " round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, document_type TEXT NOT NULL DEFAULT '',"
    " number TEXT NOT NULL DEFAULT '', issued_on TEXT, issuer TEXT NOT NULL DEFAULT '',"
    " subject TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL)",
    "CREATE TABLE team_members (id TEXT PRIMARY KEY,"
    " round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, full_name TEXT NOT NULL, role INTEGER NOT NULL,"
    " job_title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',"
    " modified_at TEXT NOT NULL)",
    "CREATE TABLE round_units (id TEXT PRIMARY KEY,"
    " round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
    " unit_id TEXT NOT NULL REFERENCES units(id), position INTEGER NOT NULL,"
    " visit_date TEXT, representatives TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL, UNIQUE (round_id, unit_id))",
    "CREATE TABLE assessments (id TEXT PRIMARY KEY,"
    " round_unit_id TEXT NOT NULL REFERENCES round_units(id) ON DELETE CASCADE,"
    " criterion_id TEXT NOT NULL REFERENCES criteria(id),"
    " result INTEGER NOT NULL DEFAULT 0, self_score REAL, appraised_score REAL,"
    " finding TEXT NOT NULL DEFAULT '', exemplary INTEGER NOT NULL DEFAULT 0,"
    " modified_at TEXT NOT NULL, UNIQUE (round_unit_id, criterion_id))",
    "CREATE TABLE evidence (id TEXT PRIMARY KEY,"
    " assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " document_number TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
    " file_name TEXT NOT NULL DEFAULT '', mime_type TEXT NOT NULL DEFAULT '', content BLOB,"
    " modified_at TEXT NOT NULL)",
    "CREATE TABLE corrective_actions (id TEXT PRIMARY KEY,"
    " round_unit_id TEXT NOT NULL REFERENCES round_units(id) ON DELETE CASCADE,"
    " criterion_id TEXT REFERENCES criteria(id), description TEXT NOT NULL,"
    " deadline TEXT, status INTEGER NOT NULL DEFAULT 0, completed_on TEXT,"
    " modified_at TEXT NOT NULL)",
    "CREATE INDEX criteria_groups_template ON criteria_groups(template_id)",
    "CREATE INDEX criteria_group ON criteria(group_id)",
    "CREATE INDEX grading_bands_template ON grading_bands(template_id)",
    "CREATE INDEX legal_references_round ON legal_references(round_id)",
    "CREATE INDEX team_members_round ON team_members(round_id)",
    "CREATE INDEX round_units_unit ON round_units(unit_id)",
    "CREATE INDEX assessments_criterion ON assessments(criterion_id)",
    "CREATE INDEX evidence_assessment ON evidence(assessment_id)",
    "CREATE INDEX corrective_actions_round_unit ON corrective_actions(round_unit_id)",
};

Status runAll(QSqlDatabase &db, const auto &statements)
{
    for (const char *sql : statements) {
        if (auto status = execute(db, QString::fromUtf8(sql)); !status)
            return status;
    }
    return {};
}

// Fills a search-key column from a text column with C++ folding, since SQLite's lower()
// cannot fold Vietnamese letters.
Status backfillSearchKey(QSqlDatabase &db, const QString &table, const QString &textColumn)
{
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(textColumn, table)))
        return queryError(select);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE %1 SET search_key = ? WHERE id = ?").arg(table));
    while (select.next()) {
        update.addBindValue(vn::searchKey(select.value(1).toString()));
        update.addBindValue(select.value(0));
        if (auto status = execute(update); !status)
            return status;
    }
    return {};
}

Status toVersion1(QSqlDatabase &db)
{
    if (auto status = runAll(db, kVersion1); !status)
        return status;
    return execute(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

Status toVersion2(QSqlDatabase &db)
{
    const char *const statements[] = {
        "ALTER TABLE units ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE criteria ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
    };
    if (auto status = runAll(db, statements); !status)
        return status;
    if (auto status = backfillSearchKey(db, QStringLiteral("units"), QStringLiteral("name")); !status)
        return status;
    return backfillSearchKey(db, QStringLiteral("criteria"), QStringLiteral("text"));
}

// Report settings per file, the document-number series, and the team's edits of drafted
// notices: each edit keeps the drafted text it was based on, so a new draft can tell an
// untouched paragraph from one to review.
Status toVersion3(QSqlDatabase &db)
{
    const char *const statements[] = {
        "CREATE TABLE report_settings (id TEXT PRIMARY KEY,"
        " governing_body TEXT NOT NULL DEFAULT '', issuing_body TEXT NOT NULL DEFAULT '',"
        " issuer_in_prose TEXT NOT NULL DEFAULT '', issuer_symbol TEXT NOT NULL DEFAULT '',"
        " place_name TEXT NOT NULL DEFAULT '', signer_authority TEXT NOT NULL DEFAULT '',"
        " signer_title TEXT NOT NULL DEFAULT '', report_to TEXT NOT NULL DEFAULT '',"
        " recipients TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL)",
        "CREATE TABLE report_number_series (id TEXT PRIMARY KEY, issuer_symbol TEXT NOT NULL,"
        " year INTEGER NOT NULL, next_number INTEGER NOT NULL DEFAULT 1,"
        " modified_at TEXT NOT NULL, UNIQUE (issuer_symbol, year))",
        "CREATE TABLE report_paragraphs (id TEXT PRIMARY KEY,"
        " round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
        " paragraph_key TEXT NOT NULL, drafted_text TEXT NOT NULL DEFAULT '',"
        " edited_text TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL,"
        " UNIQUE (round_id, paragraph_key))",
    };
    return runAll(db, statements);
}

// Issued notices in a table of their own. Version 3 kept each as a reserved row of
// report_paragraphs (key "issued/notice", the number as a JSON object) that every reader
// of paragraphs had to leave out. Each such row moves, keeping its id and modification
// time; a row that does not parse stays where it was (shown to the team as an edit to
// review), so nothing in the file is lost.
Status toVersion4(QSqlDatabase &db)
{
    const char *const statements[] = {
        "CREATE TABLE issued_notices (id TEXT PRIMARY KEY,"
        " round_id TEXT NOT NULL UNIQUE REFERENCES rounds(id) ON DELETE CASCADE,"
        " number INTEGER NOT NULL, issuer_symbol TEXT NOT NULL, issued_on TEXT NOT NULL,"
        " modified_at TEXT NOT NULL)",
        "CREATE INDEX issued_notices_series ON issued_notices(issuer_symbol, issued_on)",
    };
    if (auto status = runAll(db, statements); !status)
        return status;
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, round_id, edited_text, modified_at"
                                    " FROM report_paragraphs WHERE paragraph_key = 'issued/notice'")))
        return queryError(select);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO issued_notices (id, round_id, number,"
                                  " issuer_symbol, issued_on, modified_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM report_paragraphs WHERE id = ?"));
    while (select.next()) {
        const QJsonObject json =
            QJsonDocument::fromJson(select.value(2).toString().toUtf8()).object();
        const int number = json.value(QStringLiteral("number")).toInt();
        const QDate issuedOn = QDate::fromString(json.value(QStringLiteral("issuedOn")).toString(),
                                                 Qt::ISODate);
        if (number < 1 || !issuedOn.isValid())
            continue;
        if (auto status = execute(insert, {select.value(0), select.value(1), number,
                                           json.value(QStringLiteral("symbol")).toString(),
                                           issuedOn.toString(Qt::ISODate), select.value(3)});
            !status)
            return status;
        if (auto status = execute(remove, {select.value(0)}); !status)
            return status;
    }
    return {};
}

// Phrasings of partly met and exemplary results per criterion; the built-in templates'
// criteria get the built-in phrasings (matched by code), others stay empty and are drafted
// from the met phrasing. Modification times are kept: the upgrade is nobody's edit.
Status toVersion5(QSqlDatabase &db)
{
    const char *const statements[] = {
        "ALTER TABLE criteria ADD COLUMN phrase_partial TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE criteria ADD COLUMN phrase_exemplary TEXT NOT NULL DEFAULT ''",
    };
    if (auto status = runAll(db, statements); !status)
        return status;
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE criteria SET phrase_partial = ?, phrase_exemplary = ? WHERE code = ? AND group_id"
        " IN (SELECT g.id FROM criteria_groups g JOIN templates t ON t.id = g.template_id"
        " WHERE t.builtin = 1)"));
    for (const CriteriaGroup &group : builtinTemplate().groups) {
        for (const Criterion &criterion : group.criteria) {
            update.addBindValue(criterion.phrasePartial);
            update.addBindValue(criterion.phraseExemplary);
            update.addBindValue(criterion.code);
            if (auto status = execute(update); !status)
                return status;
        }
    }
    return {};
}

// The notice as the team arranges it: a paragraph can be placed after another one
// (`after_key`, "^" for the very first place; empty: where the draft puts it) and a drafted
// paragraph left out (`hidden`). The team's own paragraphs are rows whose key starts with
// "own/" (drafted_text empty).
Status toVersion6(QSqlDatabase &db)
{
    const char *const statements[] = {
        "ALTER TABLE report_paragraphs ADD COLUMN after_key TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE report_paragraphs ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
    };
    return runAll(db, statements);
}

// Team work (core/teamwork/): the work packages a lead file handed out, the state of each
// packaged record and field when it was handed out (the base of a three-way merge), and
// who changed what. New tables only; nothing to fill in existing files.
Status toVersion7(QSqlDatabase &db)
{
    const char *const statements[] = {
        "CREATE TABLE work_packages (id TEXT PRIMARY KEY, lead_file_id TEXT NOT NULL,"
        " round_id TEXT NOT NULL, unit_ids TEXT NOT NULL DEFAULT '',"
        " member TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, merged_at TEXT,"
        " modified_at TEXT NOT NULL)",
        // `value` has no declared type: it keeps each field's SQLite type as it was.
        "CREATE TABLE merge_base (package_id TEXT NOT NULL"
        " REFERENCES work_packages(id) ON DELETE CASCADE, table_name TEXT NOT NULL,"
        " record_key TEXT NOT NULL, field TEXT NOT NULL, value,"
        " PRIMARY KEY (package_id, table_name, record_key, field)) WITHOUT ROWID",
        "CREATE TABLE edit_history (id TEXT PRIMARY KEY, changed_at TEXT NOT NULL,"
        " author TEXT NOT NULL DEFAULT '', device_id TEXT NOT NULL DEFAULT '',"
        " round_id TEXT NOT NULL DEFAULT '', round_unit_id TEXT NOT NULL DEFAULT '',"
        " criterion_id TEXT NOT NULL DEFAULT '', table_name TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,"
        " old_value TEXT, new_value TEXT, reason TEXT NOT NULL DEFAULT '',"
        " modified_at TEXT NOT NULL)",
        "CREATE INDEX edit_history_round ON edit_history(round_id, changed_at)",
        "CREATE INDEX edit_history_record ON edit_history(record_id)",
    };
    return runAll(db, statements);
}

// What the team chose for a round's notice besides its text: the date and the signer, one
// row per round. A table of its own rather than columns of rounds: a round's own edits
// (round editor, merges of work packages) and these choices are made by different people
// at different times, and the signer refers to a team member, which refers to the round
// (no reference cycle). Removing the signer from the team sets it back to the lead.
// The date was a reserved row of report_paragraphs (key "notice/date", edited_text
// "2022-06-10"): each such row moves, keeping its id and modification time; a row whose
// date does not parse stays where it was (shown to the team as an edit), nothing is lost.
Status toVersion8(QSqlDatabase &db)
{
    const char *const statements[] = {
        "CREATE TABLE notice_settings (id TEXT PRIMARY KEY,"
        " round_id TEXT NOT NULL UNIQUE REFERENCES rounds(id) ON DELETE CASCADE,"
        " notice_date TEXT,"
        " signer_member_id TEXT REFERENCES team_members(id) ON DELETE SET NULL,"
        " modified_at TEXT NOT NULL)",
        "CREATE INDEX notice_settings_signer ON notice_settings(signer_member_id)",
    };
    if (auto status = runAll(db, statements); !status)
        return status;
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, round_id, edited_text, modified_at"
                                    " FROM report_paragraphs WHERE paragraph_key = 'notice/date'")))
        return queryError(select);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO notice_settings (id, round_id, notice_date,"
                                  " modified_at) VALUES (?, ?, ?, ?)"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM report_paragraphs WHERE id = ?"));
    while (select.next()) {
        const QDate date = QDate::fromString(select.value(2).toString().trimmed(), Qt::ISODate);
        if (!date.isValid())
            continue;
        if (auto status = execute(insert, {select.value(0), select.value(1),
                                           date.toString(Qt::ISODate), select.value(3)});
            !status)
            return status;
        if (auto status = execute(remove, {select.value(0)}); !status)
            return status;
    }
    return {};
}

// Issued means frozen: the notice as it was printed when issued (the final document, its
// paragraphs, tables and annex, as canonical JSON: report/NoticeSnapshot.h) and the SHA-256
// of exactly those bytes. Notices issued before this version get no snapshot here: what
// they printed cannot be known any more, and one drafted now from today's results must not
// pass for the original (a later export makes one marked after_the_fact).
Status toVersion9(QSqlDatabase &db)
{
    const char *const statements[] = {
        // An id of its own like every record (the JSON importer's records are keyed by id).
        "CREATE TABLE notice_snapshots (id TEXT PRIMARY KEY, issued_notice_id TEXT NOT NULL"
        " UNIQUE REFERENCES issued_notices(id) ON DELETE CASCADE, content BLOB NOT NULL,"
        " sha256 TEXT NOT NULL, made_at TEXT NOT NULL,"
        " after_the_fact INTEGER NOT NULL DEFAULT 0, modified_at TEXT NOT NULL)",
    };
    return runAll(db, statements);
}

using Step = Status (*)(QSqlDatabase &);
constexpr Step kSteps[] = {toVersion1, toVersion2, toVersion3, toVersion4,
                           toVersion5, toVersion6, toVersion7, toVersion8, toVersion9};
static_assert(std::size(kSteps) == kCurrentSchemaVersion);

} // namespace

Status migrate(QSqlDatabase &db, int fromVersion, int upToVersion)
{
    // A damaged version number must never index the steps out of range.
    if (fromVersion < 0 || upToVersion > kCurrentSchemaVersion)
        return Error{QCoreApplication::translate("cchc::storage",
                                                 "The inspection file has a format number "
                                                 "this program does not know.")};
    if (fromVersion >= upToVersion)
        return {};
    if (!db.transaction())
        return Error{QCoreApplication::translate("cchc::storage",
                                                 "The inspection file could not be locked for "
                                                 "an upgrade.")};
    for (int version = fromVersion; version < upToVersion; ++version) {
        auto status = kSteps[version](db);
        if (status)
            status = execute(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!status) {
            db.rollback();
            return status;
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Error{QCoreApplication::translate("cchc::storage",
                                                 "The upgrade of the inspection file could "
                                                 "not be saved.")};
    }
    return {};
}

} // namespace cchc::storage
