#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cchc::storage {

Error queryError(const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("cchc::storage",
                                             "The inspection file could not be read or "
                                             "written (%1).")
                     .arg(query.lastError().text())};
}

Status execute(QSqlQuery &query)
{
    if (!query.exec())
        return queryError(query);
    return {};
}

Status execute(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return queryError(query);
    return {};
}

Status execute(QSqlQuery &query, const QList<QVariant> &values)
{
    bindValues(query, values);
    return execute(query);
}

Status execute(QSqlQuery &query, const QString &sql, const QList<QVariant> &values)
{
    if (!query.prepare(sql))
        return queryError(query);
    return execute(query, values);
}

Status selectRow(QSqlQuery &query, const QString &sql, const QList<QVariant> &values,
                 const Error &notFound)
{
    if (auto status = execute(query, sql, values); !status)
        return status;
    if (!query.next())
        return notFound;
    return {};
}

Result<QVariant> selectValue(const QSqlDatabase &db, const QString &sql,
                             const QList<QVariant> &values)
{
    QSqlQuery query(db);
    if (auto status = execute(query, sql, values); !status)
        return status.failure();
    if (!query.next())
        return queryError(query);
    return query.value(0);
}

Status deleteById(const QSqlDatabase &db, const QString &table, const QString &id)
{
    QSqlQuery query(db);
    return execute(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
}

void bindValues(QSqlQuery &query, const QList<QVariant> &values)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(storableValue(value));
    }
}

QVariant storableValue(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString();
    const bool sqliteWouldReplace =
        text.contains(QChar(0xFFFE)) || text.contains(QChar(0xFFFF));
    return sqliteWouldReplace ? QVariant(text.toUtf8()) : value;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace cchc::storage
