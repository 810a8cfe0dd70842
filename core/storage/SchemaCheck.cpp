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

} // namespace

Result<Schema> replayedSchema(int version)
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

namespace {

// The current version's schema is built into the program (ExpectedSchema.cpp, made from
// the migrations by the expected_schema target; a test holds it to them), so opening a
// current file costs one read of sqlite_master and no replay. An older version's is built
// once per process from the migrations: opening such a file upgrades it anyway.
Result<Schema> expectedSchema(int version)
{
    if (version == kBuiltInSchemaVersion)
        return builtInSchema();
    static QMutex mutex;
    static QHash<int, Schema> cache;
    const QMutexLocker locker(&mutex);
    if (auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    auto built = replayedSchema(version);
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

// A raw string literal cannot hold its own delimiter; no CREATE statement of ours does.
QString schemaSource(const Schema &schema, int version)
{
    QString source = QStringLiteral(
        "// Generated from the migrations by `cmake --build build --target expected_schema`:\n"
        "// do not edit. The schema of format %1, as sqlite_master holds it (SchemaCheck.h).\n"
        "#include \"core/storage/SchemaCheck.h\"\n\n"
        "namespace cchc::storage {\n\n"
        "const int kBuiltInSchemaVersion = %1;\n\n"
        "Schema builtInSchema()\n{\n    return {\n")
                         .arg(version);
    for (auto it = schema.cbegin(); it != schema.cend(); ++it)
        source += QStringLiteral("        {QStringLiteral(\"%1\"),\n         {QStringLiteral(\"%2\"),\n"
                                 "          QStringLiteral(R\"sql(%3)sql\")}},\n")
                      .arg(it.key(), it->type, it->sql);
    return source + QStringLiteral("    };\n}\n\n} // namespace cchc::storage\n");
}

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
