#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace cchc::storage {

// One statement per call: QSQLITE refuses multi-statement strings.
Status execute(QSqlDatabase &db, const QString &sql);
Status execute(QSqlQuery &query);
// Binds `values` (as bindValues does) to an already prepared `query` and runs it.
Status execute(QSqlQuery &query, const QList<QVariant> &values);
// Prepares `sql` on `query`, binds `values` (as bindValues does) and runs it; the rows, if
// any, are then read from `query`.
Status execute(QSqlQuery &query, const QString &sql, const QList<QVariant> &values);
// The same, for a statement expected to return one row: `query` is left on that row, and
// `notFound` is returned when there is none.
Status selectRow(QSqlQuery &query, const QString &sql, const QList<QVariant> &values,
                 const Error &notFound);
// The first column of the row an aggregate (COUNT, MAX) always returns.
Result<QVariant> selectValue(const QSqlDatabase &db, const QString &sql,
                             const QList<QVariant> &values);
// Deletes the row of `table` whose id is `id`; no such row is not an error. Rows that
// refer to it follow the schema's foreign keys (most cascade).
Status deleteById(const QSqlDatabase &db, const QString &table, const QString &id);
// Binds positional values. A null QString is bound as '' rather than NULL: text columns
// are NOT NULL, and an untouched field in the UI is empty text, not "unknown".
void bindValues(QSqlQuery &query, const QList<QVariant> &values);
// `value` as it must be bound to keep what was typed. SQLite replaces U+FFFE and U+FFFF with
// U+FFFD whenever Qt's driver reads text (it reads UTF-16, sqlite3_column_text16), so text
// holding either is stored as its UTF-8 bytes instead: the driver reads a BLOB back as a
// QByteArray, and QVariant::toString() decodes it as UTF-8, unchanged. Other values, and
// all other text, are returned as they are. Every bind of user text goes through this.
QVariant storableValue(const QVariant &value);
// A failed query as a user-facing message; the SQLite reason is kept for support.
Error queryError(const QSqlQuery &query);

QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);
QVariant optionalValue(const std::optional<double> &value);
std::optional<double> optionalFrom(const QVariant &value);

} // namespace cchc::storage
