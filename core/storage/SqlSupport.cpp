#include "SqlSupport.h"

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

void bindValues(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
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
