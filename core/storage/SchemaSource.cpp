// cchc-schema-source FILE: writes the current schema, replayed from the migrations, as the
// C++ source of storage::builtInSchema (core/storage/ExpectedSchema.cpp). Run through
// `cmake --build build --target expected_schema` after adding a migration.
#include "core/storage/Migrations.h"
#include "core/storage/SchemaCheck.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: cchc-schema-source FILE\n");
        return 2;
    }
    const int version = cchc::storage::kCurrentSchemaVersion;
    const auto schema = cchc::storage::replayedSchema(version);
    if (!schema) {
        std::fprintf(stderr, "%s\n", qPrintable(schema.error()));
        return 1;
    }
    QSaveFile out(arguments.at(1));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(out.errorString()));
        return 1;
    }
    out.write(cchc::storage::schemaSource(*schema, version).toUtf8());
    return out.commit() ? 0 : 1;
}
