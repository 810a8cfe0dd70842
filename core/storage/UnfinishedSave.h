#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cchc::storage {

// A rollback journal beside `path` (`<file>-journal`): a save a killed program did not
// finish, or one in progress now. SQLite undoes an unfinished one on the next read by a
// connection that may write; a read-only connection cannot, and fails instead.
bool hasRollbackJournal(const QString &path);

// Lets SQLite complete an unfinished save of `path` through a short read-write
// connection: the file returns to its last committed state. A journal that a live
// program still holds is left to it (SQLite's own locks decide). Returns whether the
// journal is gone.
bool completeUnfinishedSave(const QString &path);

// A rollback journal whose header was never completed (a kill before the save wrote
// anything into the file) is no unfinished save: SQLite ignores it, but leaves it beside
// the file until the next save in the rollback journal. Removed here through `db`, a
// read-write connection to `path`, under an exclusive lock, so no live save can own it.
void removeUnusedJournal(const QSqlDatabase &db, const QString &path);

} // namespace cchc::storage
