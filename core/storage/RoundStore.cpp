// The inspection-round part of InspectionFile: the round, its legal bases, team and units.
#include "InspectionFile.h"

#include "SqlSupport.h"
#include "common/Clock.h"
#include "common/Ids.h"

#include <QSqlQuery>
#include <QStringList>

namespace cchc {

using storage::dateFrom;
using storage::dateValue;
using storage::bindValues;
using storage::execute;
using storage::queryError;

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

Status bindAndExec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    bindValues(query, values);
    return execute(query);
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
    query.prepare(sql);
    query.addBindValue(roundId);
    for (const QString &id : keep)
        query.addBindValue(id);
    return execute(query);
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
    query.prepare(QStringLiteral("SELECT title, template_id, unit_kind, period_assessed,"
                                 " visit_start, visit_end, status, notes, modified_at"
                                 " FROM rounds WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error{tr("The inspection round %1 is not in this file.").arg(id)};
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

    query.prepare(QStringLiteral("SELECT id, document_type, number, issued_on, issuer, subject,"
                                 " modified_at FROM legal_references WHERE round_id = ?"
                                 " ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        round.legalBases.append({query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), dateFrom(query.value(3)),
                                 query.value(4).toString(), query.value(5).toString(),
                                 query.value(6).toString()});
    }

    query.prepare(QStringLiteral("SELECT id, full_name, role, job_title, organisation,"
                                 " modified_at FROM team_members WHERE round_id = ?"
                                 " ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        round.team.append({query.value(0).toString(), query.value(1).toString(),
                           static_cast<TeamRole>(std::clamp(query.value(2).toInt(), 0,
                                                            kTeamRoleCount - 1)),
                           query.value(3).toString(), query.value(4).toString(),
                           query.value(5).toString()});
    }

    query.prepare(QStringLiteral("SELECT id, unit_id, visit_date, representatives, notes,"
                                 " modified_at FROM round_units WHERE round_id = ?"
                                 " ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        round.units.append({query.value(0).toString(), query.value(1).toString(),
                            dateFrom(query.value(2)), query.value(3).toString(),
                            query.value(4).toString(), query.value(5).toString()});
    }
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
        query.prepare(QStringLiteral(
            "INSERT INTO rounds (id, title, template_id, unit_kind, period_assessed, visit_start,"
            " visit_end, status, notes, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
            " template_id = excluded.template_id, unit_kind = excluded.unit_kind,"
            " period_assessed = excluded.period_assessed, visit_start = excluded.visit_start,"
            " visit_end = excluded.visit_end, status = excluded.status, notes = excluded.notes,"
            " modified_at = excluded.modified_at"));
        auto status = bindAndExec(query, {toSave.id, toSave.title, toSave.templateId,
                                          toSave.unitKind, toSave.periodAssessed,
                                          dateValue(toSave.visitStart), dateValue(toSave.visitEnd),
                                          int(toSave.status), toSave.notes, now});
        if (!status)
            return status;

        const QStringList referenceIds = idsOf(toSave.legalBases);
        if (status = deleteOthers(query, QStringLiteral("legal_references"), toSave.id,
                                  referenceIds); !status)
            return status;
        query.prepare(QStringLiteral(
            "INSERT INTO legal_references (id, round_id, position, document_type, number,"
            " issued_on, issuer, subject, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
            " document_type = excluded.document_type, number = excluded.number,"
            " issued_on = excluded.issued_on, issuer = excluded.issuer,"
            " subject = excluded.subject, modified_at = excluded.modified_at"));
        for (int i = 0; i < toSave.legalBases.size(); ++i) {
            auto &ref = toSave.legalBases[i];
            ref.modifiedAt = now;
            if (status = bindAndExec(query, {ref.id, toSave.id, i, ref.documentType, ref.number,
                                             dateValue(ref.issuedOn), ref.issuer, ref.subject,
                                             now}); !status)
                return status;
        }

        const QStringList memberIds = idsOf(toSave.team);
        if (status = deleteOthers(query, QStringLiteral("team_members"), toSave.id, memberIds);
            !status)
            return status;
        query.prepare(QStringLiteral(
            "INSERT INTO team_members (id, round_id, position, full_name, role, job_title,"
            " organisation, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
            " full_name = excluded.full_name, role = excluded.role,"
            " job_title = excluded.job_title, organisation = excluded.organisation,"
            " modified_at = excluded.modified_at"));
        for (int i = 0; i < toSave.team.size(); ++i) {
            auto &member = toSave.team[i];
            member.modifiedAt = now;
            if (status = bindAndExec(query, {member.id, toSave.id, i, member.fullName,
                                             int(member.role), member.jobTitle,
                                             member.organisation, now}); !status)
                return status;
        }

        const QStringList roundUnitIds = idsOf(toSave.units);
        if (status = deleteOthers(query, QStringLiteral("round_units"), toSave.id, roundUnitIds);
            !status)
            return status;
        query.prepare(QStringLiteral(
            "INSERT INTO round_units (id, round_id, unit_id, position, visit_date,"
            " representatives, notes, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id,"
            " position = excluded.position, visit_date = excluded.visit_date,"
            " representatives = excluded.representatives, notes = excluded.notes,"
            " modified_at = excluded.modified_at"));
        for (int i = 0; i < toSave.units.size(); ++i) {
            auto &roundUnit = toSave.units[i];
            roundUnit.modifiedAt = now;
            if (status = bindAndExec(query, {roundUnit.id, toSave.id, roundUnit.unitId, i,
                                             dateValue(roundUnit.visitDate),
                                             roundUnit.representatives, roundUnit.notes, now});
                !status)
                return status;
        }
        return {};
    });
    if (status)
        round = toSave;
    return status;
}

Status InspectionFile::removeRound(const QString &id)
{
    return transact([&]() -> Status {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM rounds WHERE id = ?"));
        query.addBindValue(id);
        return execute(query);
    });
}

} // namespace cchc
