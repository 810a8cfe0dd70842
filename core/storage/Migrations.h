#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace cchc::storage {

// "CCHC" in ASCII: PRAGMA application_id marks a SQLite file as ours, so any other
// SQLite database is refused instead of being silently given our tables.
constexpr int kApplicationId = 0x43434843;

// Schema history (PRAGMA user_version). Every change is a new step below and in
// docs/file-format.md, with a test that opens a checked-in file of the older version;
// then `cmake --build build --target expected_schema` (storage/SchemaCheck.h).
//   1  initial schema: units, templates, rounds, assessments, evidence, corrective actions
//   2  search keys for accent-insensitive search of units and criteria ("ky luat")
//   3  report settings, document-number series and the team's edits of drafted notices
//   4  issued notices in a table of their own (were a reserved row of report_paragraphs)
//   5  phrasings of partly met and exemplary results per criterion (built-in ones filled)
//   6  the notice as the team arranges it: paragraphs placed, hidden, or the team's own
//   7  team work: work packages handed out, their merge base, the edit history
//   8  per-round notice settings: the notice's date and signer (the date was a reserved
//      row of report_paragraphs)
//   9  issued notices keep a snapshot of what they printed, with its SHA-256 digest
constexpr int kCurrentSchemaVersion = 9;

// Brings `db` from `fromVersion` to kCurrentSchemaVersion inside one transaction;
// on failure nothing is changed. `upToVersion` exists for tests that build old files.
Status migrate(QSqlDatabase &db, int fromVersion, int upToVersion = kCurrentSchemaVersion);

} // namespace cchc::storage
