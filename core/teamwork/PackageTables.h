#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cchc::teamwork {

// A table of a round as a work package carries it and a merge compares it. Records are
// matched by `key` (an SQL expression over the table's columns): the id for most, the
// natural key where two laptops may create "the same" record under different ids (the
// assessment of one criterion at one unit, the edit of one notice paragraph).
struct PackageTable
{
    QString name;
    QStringList keyColumns; // the record's key: "id", or its natural key
    QStringList fields;   // compared field by field in a three-way merge
    QString parentColumn; // refers to an assessment whose id may differ in the lead; or empty
    bool removable = false; // a record removed in the package is removed in the lead
};

// In the order a merge applies them (parents first).
const QList<PackageTable> &packageTables();
// The key as one text (columns joined by '/'), as an SQL expression over `table`'s columns.
QString keyExpression(const PackageTable &table);
// Text fields: "keep both" joins the two texts.
bool isTextField(const QString &table, const QString &field);

} // namespace cchc::teamwork
