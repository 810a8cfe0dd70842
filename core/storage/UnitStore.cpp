// The unit register part of InspectionFile.
#include "core/storage/InspectionFile.h"

#include "core/storage/SqlSupport.h"
#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "core/common/VietnameseText.h"

#include <QSqlQuery>

#include <algorithm>

namespace cchc {

using namespace storage;

namespace {
const QString kUnitColumns = QStringLiteral(
    "id, name, short_name, address, head_name, head_title, phone, notes, modified_at");

Unit unitFrom(const QSqlQuery &query)
{
    Unit unit;
    unit.id = query.value(0).toString();
    unit.name = query.value(1).toString();
    unit.shortName = query.value(2).toString();
    unit.address = query.value(3).toString();
    unit.headName = query.value(4).toString();
    unit.headTitle = query.value(5).toString();
    unit.phone = query.value(6).toString();
    unit.notes = query.value(7).toString();
    unit.modifiedAt = query.value(8).toString();
    return unit;
}
} // namespace

Result<QList<Unit>> InspectionFile::units() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM units").arg(kUnitColumns)))
        return queryError(query);
    QList<Unit> units;
    while (query.next())
        units.append(unitFrom(query));
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) {
        return vn::compareVietnamese(a.name, b.name) < 0;
    });
    return units;
}

Result<QHash<QString, QString>> InspectionFile::unitNames() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM units")))
        return queryError(query);
    QHash<QString, QString> names;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

Result<Unit> InspectionFile::unit(const QString &id) const
{
    QSqlQuery query(database());
    if (auto found =
            selectRow(query, QStringLiteral("SELECT %1 FROM units WHERE id = ?").arg(kUnitColumns),
                      {id}, Error{tr("The unit %1 is not in this file.").arg(id)});
        !found)
        return found.failure();
    return unitFrom(query);
}

Status InspectionFile::saveUnit(Unit &unit)
{
    if (unit.name.trimmed().isEmpty())
        return Error{tr("A unit needs a name.")};
    return transact([&]() -> Status {
        if (unit.id.isEmpty())
            unit.id = newId();
        unit.modifiedAt = Clock::nowIso();
        QSqlQuery query(database());
        return execute(
            query,
            QStringLiteral(
                "INSERT INTO units (%1, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "short_name = excluded.short_name, address = excluded.address, "
                "head_name = excluded.head_name, head_title = excluded.head_title, "
                "phone = excluded.phone, notes = excluded.notes, "
                "modified_at = excluded.modified_at, search_key = excluded.search_key")
                .arg(kUnitColumns),
            {unit.id, unit.name, unit.shortName, unit.address, unit.headName, unit.headTitle,
             unit.phone, unit.notes, unit.modifiedAt, vn::searchKey(unit.name)});
    });
}

Status InspectionFile::removeUnit(const QString &id)
{
    return transact([&]() -> Status {
        const auto rounds = selectValue(
            database(), QStringLiteral("SELECT COUNT(*) FROM round_units WHERE unit_id = ?"), {id});
        if (!rounds)
            return rounds.failure();
        if (rounds->toInt() > 0)
            return Error{tr("This unit is part of an inspection round; remove it from the "
                            "round first.")};
        return deleteById(database(), QStringLiteral("units"), id);
    });
}

} // namespace cchc
