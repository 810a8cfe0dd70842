#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace cchc::storage {

// One statement per call: QSQLITE refuses multi-statement strings.
Status execute(QSqlDatabase &db, const QString &sql);
Status execute(QSqlQuery &query);
// Binds positional values. A null QString is bound as '' rather than NULL: text columns
// are NOT NULL, and an untouched field in the UI is empty text, not "unknown".
void bindValues(QSqlQuery &query, std::initializer_list<QVariant> values);
// A failed query as a user-facing message; the SQLite reason is kept for support.
Error queryError(const QSqlQuery &query);

QVariant dateValue(const QDate &date);
QDate dateFrom(const QVariant &value);
QVariant optionalValue(const std::optional<double> &value);
std::optional<double> optionalFrom(const QVariant &value);

} // namespace cchc::storage
