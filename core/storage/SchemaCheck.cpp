#include "core/storage/SchemaCheck.h"

#include "core/common/Ids.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cchc::storage {

namespace {

struct SchemaObject
{
    QString type; // table, index, view, trigger
    QString sql;  // with runs of white space as one space
    bool operator==(const SchemaObject &) const = default;
};
using Schema = QMap<QString, SchemaObject>; // by name

QString normalised(QString sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql.replace(space, QStringLiteral(" ")).trimmed();
}

// SQLite's own objects (sqlite_sequence, sqlite_stat1, automatic indexes) come and go
// with use and are not part of what a version defines.
Result<Schema> readSchema(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"
                                   " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return queryError(query);
    Schema schema;
    while (query.next())
        schema.insert(query.value(1).toString(),
                      {query.value(0).toString(), normalised(query.value(2).toString())});
    return schema;
}

// The schema of `version` as the migrations make it, in a private in-memory database.
Result<Schema> buildSchema(int version)
{
    const QString name = QStringLiteral("cchc-schema-") + newId();
    Result<Schema> schema = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            schema = Error{db.lastError().text()};
        else if (auto status = migrate(db, 0, version); !status)
            schema = status.failure();
        else
            schema = readSchema(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

// Built once per version and process: opening a file then costs one read of sqlite_master.
Result<Schema> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    const QMutexLocker locker(&mutex);
    if (auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    auto built = buildSchema(version);
    if (built)
        cache.insert(version, *built);
    return built;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::SchemaCheck)
};

QString objectKind(const QString &type)
{
    if (type == QLatin1String("table"))
        return Tr::tr("table");
    if (type == QLatin1String("index"))
        return Tr::tr("index");
    return type;
}

} // namespace

Result<QStringList> schemaDifferences(const QSqlDatabase &db, int version)
{
    if (version < 0 || version > kCurrentSchemaVersion)
        return QStringList{
            Tr::tr("The format number %1 is not one this program knows.").arg(version)};
    auto expected = expectedSchema(version);
    if (!expected)
        return expected.failure();
    auto actual = readSchema(db);
    if (!actual)
        return actual.failure();
    QStringList differences;
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        const auto found = actual->constFind(it.key());
        if (found == actual->cend())
            differences << Tr::tr("The %1 “%2” of format %3 is missing.")
                               .arg(objectKind(it->type), it.key())
                               .arg(version);
        else if (!(*found == *it))
            differences << Tr::tr("The %1 “%2” is not as format %3 defines it.")
                               .arg(objectKind(it->type), it.key())
                               .arg(version);
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            differences << Tr::tr("The %1 “%2” is not part of format %3.")
                               .arg(objectKind(it->type), it.key())
                               .arg(version);
    }
    return differences;
}

} // namespace cchc::storage
