#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cchc::storage {

// Whether a file is what its version number (PRAGMA user_version) says: its tables, indexes
// and their definitions compared with those the real migrations 0 → `version` create,
// built once per version in an in-memory database. Works for any version the program
// knows, so a new migration needs no list of tables here.
// Returns one translated line per difference; empty when the file matches.
Result<QStringList> schemaDifferences(const QSqlDatabase &db, int version);

} // namespace cchc::storage
