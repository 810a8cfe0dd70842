// The inspection-round part of InspectionFile: the round, its legal bases, team and units.
#include "core/storage/InspectionFile.h"

#include "core/storage/SqlSupport.h"
#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "core/teamwork/FrozenGuards.h"

#include <QSqlQuery>
#include <QStringList>

namespace cchc {

using namespace storage;

namespace {

Status validateRound(const InspectionRound &round)
{
    if (round.title.trimmed().isEmpty())
        return Error{InspectionFile::tr("An inspection round needs a title.")};
    if (round.templateId.isEmpty())
        return Error{InspectionFile::tr("An inspection round needs a checklist template.")};
    if (round.visitStart.isValid() && round.visitEnd.isValid() && round.visitEnd < round.visitStart)
        return Error{InspectionFile::tr("The last visit day is before the first.")};
    for (const auto &member : round.team) {
        if (member.fullName.trimmed().isEmpty())
            return Error{InspectionFile::tr("Every team member needs a name.")};
    }
    return {};
}

// A kind of row a round owns, kept in the round's order. Every such table has the columns
// id, round_id, position, then its own, then modified_at.
struct ChildTable
{
    QString name;
    QStringList ownColumns;

    QStringList columns() const
    {
        return QStringList{QStringLiteral("id"), QStringLiteral("round_id"),
                           QStringLiteral("position")} +
               ownColumns + QStringList{QStringLiteral("modified_at")};
    }
    // id, own columns and modified_at: what the readers below expect.
    QString selectSql() const
    {
        return QStringLiteral("SELECT id, %1, modified_at FROM %2 WHERE round_id = ?"
                              " ORDER BY position")
            .arg(ownColumns.join(QStringLiteral(", ")), name);
    }
    // A row keeps its round: an id is only ever updated under the round it was made in.
    QString upsertSql() const
    {
        const QStringList all = columns();
        QStringList updates;
        for (const QString &column : all.mid(2))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
            .arg(name, all.join(QStringLiteral(", ")),
                 QStringList(all.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", ")));
    }
};

const ChildTable kLegalReferences{QStringLiteral("legal_references"),
                                  {QStringLiteral("document_type"), QStringLiteral("number"),
                                   QStringLiteral("issued_on"), QStringLiteral("issuer"),
                                   QStringLiteral("subject")}};
const ChildTable kTeamMembers{QStringLiteral("team_members"),
                              {QStringLiteral("full_name"), QStringLiteral("role"),
                               QStringLiteral("job_title"), QStringLiteral("organisation")}};
const ChildTable kRoundUnits{QStringLiteral("round_units"),
                             {QStringLiteral("unit_id"), QStringLiteral("visit_date"),
                              QStringLiteral("representatives"), QStringLiteral("notes")}};

// The own columns' values of each kind, in ChildTable::ownColumns order.
QList<QVariant> ownValues(const LegalReference &ref)
{
    return {ref.documentType, ref.number, dateValue(ref.issuedOn), ref.issuer, ref.subject};
}
QList<QVariant> ownValues(const TeamMember &member)
{
    return {member.fullName, int(member.role), member.jobTitle, member.organisation};
}
QList<QVariant> ownValues(const RoundUnit &roundUnit)
{
    return {roundUnit.unitId, dateValue(roundUnit.visitDate), roundUnit.representatives,
            roundUnit.notes};
}

// Each kind from a row of ChildTable::selectSql().
void readRow(const QSqlQuery &row, LegalReference &ref)
{
    ref = {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
           dateFrom(row.value(3)),  row.value(4).toString(), row.value(5).toString(),
           row.value(6).toString()};
}
void readRow(const QSqlQuery &row, TeamMember &member)
{
    member = {row.value(0).toString(),
              row.value(1).toString(),
              static_cast<TeamRole>(std::clamp(row.value(2).toInt(), 0, kTeamRoleCount - 1)),
              row.value(3).toString(),
              row.value(4).toString(),
              row.value(5).toString()};
}
void readRow(const QSqlQuery &row, RoundUnit &roundUnit)
{
    roundUnit = {row.value(0).toString(), row.value(1).toString(), dateFrom(row.value(2)),
                 row.value(3).toString(), row.value(4).toString(), row.value(5).toString()};
}

template <typename T>
Status loadChildren(QSqlQuery &query, const ChildTable &table, const QString &roundId,
                    QList<T> &items)
{
    if (auto status = execute(query, table.selectSql(), {roundId}); !status)
        return status;
    while (query.next())
        readRow(query, items.emplace_back());
    return {};
}

// Deletes the child rows of a round whose ids are not in `keep`.
Status deleteOthers(QSqlQuery &query, const QString &table, const QString &roundId,
                    const QStringList &keep)
{
    QString sql = QStringLiteral("DELETE FROM %1 WHERE round_id = ?").arg(table);
    if (!keep.isEmpty()) {
        QStringList marks(keep.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND id NOT IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QList<QVariant> values{roundId};
    for (const QString &id : keep)
        values.append(id);
    return execute(query, sql, values);
}

template<typename T>
QStringList idsOf(QList<T> &items)
{
    QStringList ids;
    for (auto &item : items) {
        if (item.id.isEmpty())
            item.id = newId();
        ids.append(item.id);
    }
    return ids;
}

// Makes the round's rows of one kind what `items` lists, in that order: rows no longer
// listed are deleted, the others inserted or updated with their position. Items without
// an id get one, and every item gets `now` as its modification time.
template <typename T>
Status saveChildren(QSqlQuery &query, const ChildTable &table, const QString &roundId,
                    const QString &now, QList<T> &items)
{
    if (auto status = deleteOthers(query, table.name, roundId, idsOf(items)); !status)
        return status;
    if (!query.prepare(table.upsertSql()))
        return queryError(query);
    for (int i = 0; i < items.size(); ++i) {
        T &item = items[i];
        item.modifiedAt = now;
        const QList<QVariant> values =
            QList<QVariant>{item.id, roundId, i} + ownValues(item) + QList<QVariant>{now};
        if (auto status = execute(query, values); !status)
            return status;
    }
    return {};
}

} // namespace

Result<QList<RoundInfo>> InspectionFile::rounds() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral(
            "SELECT r.id, r.title, r.visit_start, r.visit_end, r.status,"
            " (SELECT COUNT(*) FROM round_units u WHERE u.round_id = r.id)"
            " FROM rounds r ORDER BY r.visit_start DESC, r.title"))) {
        return queryError(query);
    }
    QList<RoundInfo> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     dateFrom(query.value(2)), dateFrom(query.value(3)),
                     static_cast<RoundStatus>(std::clamp(query.value(4).toInt(), 0, 2)),
                     query.value(5).toInt()});
    }
    return list;
}

Result<InspectionRound> InspectionFile::loadRound(const QString &id) const
{
    QSqlQuery query(database());
    if (auto found =
            selectRow(query,
                      QStringLiteral("SELECT title, template_id, unit_kind,"
                                     " period_assessed, visit_start, visit_end, status,"
                                     " notes, modified_at FROM rounds WHERE id = ?"),
                      {id}, Error{tr("The inspection round %1 is not in this file.").arg(id)});
        !found)
        return found.failure();
    InspectionRound round;
    round.id = id;
    round.title = query.value(0).toString();
    round.templateId = query.value(1).toString();
    round.unitKind = query.value(2).toString();
    round.periodAssessed = query.value(3).toString();
    round.visitStart = dateFrom(query.value(4));
    round.visitEnd = dateFrom(query.value(5));
    round.status = static_cast<RoundStatus>(std::clamp(query.value(6).toInt(), 0, 2));
    round.notes = query.value(7).toString();
    round.modifiedAt = query.value(8).toString();

    auto status = loadChildren(query, kLegalReferences, id, round.legalBases);
    if (status)
        status = loadChildren(query, kTeamMembers, id, round.team);
    if (status)
        status = loadChildren(query, kRoundUnits, id, round.units);
    if (!status)
        return status.failure();
    return round;
}

Status InspectionFile::saveRound(InspectionRound &round)
{
    if (auto status = validateRound(round); !status)
        return status;
    InspectionRound toSave = round;
    auto status = transact([&]() -> Status {
        if (toSave.id.isEmpty())
            toSave.id = newId();
        const QString now = Clock::nowIso();
        toSave.modifiedAt = now;
        QSqlQuery query(database());
        auto status = execute(
            query,
            QStringLiteral(
                "INSERT INTO rounds (id, title, template_id, unit_kind, period_assessed,"
                " visit_start, visit_end, status, notes, modified_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " title = excluded.title, template_id = excluded.template_id,"
                " unit_kind = excluded.unit_kind, period_assessed = excluded.period_assessed,"
                " visit_start = excluded.visit_start, visit_end = excluded.visit_end,"
                " status = excluded.status, notes = excluded.notes,"
                " modified_at = excluded.modified_at"),
            {toSave.id, toSave.title, toSave.templateId, toSave.unitKind, toSave.periodAssessed,
             dateValue(toSave.visitStart), dateValue(toSave.visitEnd), int(toSave.status),
             toSave.notes, now});
        if (status)
            status = saveChildren(query, kLegalReferences, toSave.id, now, toSave.legalBases);
        if (status)
            status = saveChildren(query, kTeamMembers, toSave.id, now, toSave.team);
        if (status)
            status = saveChildren(query, kRoundUnits, toSave.id, now, toSave.units);
        return status;
    });
    if (!status && teamwork::isIssuedRecordRefusal(status.error()))
        return Error{teamwork::issuedUnitRemovalMessage()};
    if (status)
        round = toSave;
    return status;
}

Status InspectionFile::removeRound(const QString &id)
{
    auto status = transact(
        [&]() -> Status { return deleteById(database(), QStringLiteral("rounds"), id); });
    if (!status && teamwork::isIssuedRecordRefusal(status.error()))
        return Error{teamwork::issuedRoundRemovalMessage()};
    return status;
}

} // namespace cchc
