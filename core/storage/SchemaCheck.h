#pragma once

#include "core/common/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace cchc::storage {

// Whether a file is what its version number (PRAGMA user_version) says: its tables, indexes
// and their definitions compared with those the real migrations 0 → `version` create.
// Works for any version the program knows, so a new migration needs no list of tables
// here; only the built-in copy of the current schema is made again (see below).
// Returns one translated line per difference; empty when the file matches.
Result<QStringList> schemaDifferences(const QSqlDatabase &db, int version);

struct SchemaObject
{
    QString type; // table, index, view, trigger
    QString sql;  // with runs of white space as one space
    bool operator==(const SchemaObject &) const = default;
};
using Schema = QMap<QString, SchemaObject>; // by name

// The schema of `version` as the migrations make it, replayed in a private in-memory
// database (a few milliseconds: too slow for every opening of a current file).
Result<Schema> replayedSchema(int version);

// The current schema built into the program (ExpectedSchema.cpp, generated), so that
// opening a current file replays nothing. After a new migration, run
// `cmake --build build --target expected_schema`; until then the check replays the
// migrations (correct, only slower) and a test says the copy is stale.
extern const int kBuiltInSchemaVersion;
Schema builtInSchema();
// ExpectedSchema.cpp's text for `schema` of `version` (what expected_schema writes).
QString schemaSource(const Schema &schema, int version);

} // namespace cchc::storage
