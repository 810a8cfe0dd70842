#include "core/teamwork/FrozenGuards.h"

#include "core/teamwork/EditHistory.h"

#include <QCoreApplication>

#include <functional>

namespace cchc::teamwork {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::teamwork::FrozenGuards)
};

// The fields of an assessment an issued notice printed from.
const char *const kResultFields[] = {"result", "self_score", "appraised_score", "finding",
                                     "exemplary"};
// What an evidence item is; its position only orders the list.
const char *const kEvidenceFields[] = {"assessment_id", "kind", "document_number", "description",
                                       "file_name", "mime_type", "content"};
// What the notice asked a unit to correct. Status and completion date are the follow-up.
const char *const kActionFields[] = {"round_unit_id", "criterion_id", "description", "deadline"};

// "old.a IS NOT new.a OR …"
template <std::size_t N>
QString anyChanged(const char *const (&fields)[N])
{
    QStringList changed;
    for (const char *field : fields)
        changed.append(QStringLiteral("old.%1 IS NOT new.%1").arg(QLatin1String(field)));
    return changed.join(QStringLiteral(" OR "));
}

// A BEFORE trigger on `table` that refuses `event` without a reason when `when` holds and
// the round `roundUnit` (an SQL expression of the row) belongs to has an issued notice.
QString reasonGuard(const QString &name, const char *table, const char *event, const QString &when,
                    const QString &roundUnit)
{
    return QStringLiteral(
               "CREATE TEMP TRIGGER IF NOT EXISTS frozen_%1 BEFORE %2 ON main.%3"
               " WHEN (SELECT reason = '' FROM temp.history_editor) AND (%4) AND EXISTS (SELECT 1"
               " FROM issued_notices n JOIN round_units u ON u.round_id = n.round_id"
               " WHERE u.id = %5) BEGIN SELECT RAISE(ABORT, '%6'); END")
        .arg(name, QLatin1String(event), QLatin1String(table), when, roundUnit,
             QLatin1String(kFrozenRefusal));
}

QStringList assessmentGuards()
{
    QStringList setOnInsert;
    for (const char *field : kResultFields)
        setOnInsert.append(QStringLiteral("(new.%1 IS NOT NULL AND new.%1 NOT IN ('', 0))")
                               .arg(QLatin1String(field)));
    // Assessments are saved by upsert: an insert that meets its row is an update, which the
    // update guard judges by what it changes.
    const QString newRow = QStringLiteral(
        "(%1) AND NOT EXISTS (SELECT 1 FROM main.assessments a WHERE a.id = new.id OR"
        " (a.round_unit_id = new.round_unit_id AND a.criterion_id = new.criterion_id))")
                               .arg(setOnInsert.join(QStringLiteral(" OR ")));
    // Assessments are deleted only with their whole round or unit, which is refused below.
    return {reasonGuard(QStringLiteral("assessments_update"), "assessments", "UPDATE",
                        anyChanged(kResultFields), QStringLiteral("new.round_unit_id")),
            reasonGuard(QStringLiteral("assessments_insert"), "assessments", "INSERT", newRow,
                        QStringLiteral("new.round_unit_id"))};
}

// Insert, update (of `changed` fields) and delete guards of a table whose rows belong to a
// round unit, found by `unitOf("new")` / `unitOf("old")`. Writes are upserts (an import, a
// save): an insert that meets its row by id is judged as the update it becomes.
template <std::size_t N>
QStringList recordGuards(const char *table, const char *const (&changed)[N],
                         const std::function<QString(const char *row)> &unitOf)
{
    const QString name = QLatin1String(table);
    return {reasonGuard(name + QStringLiteral("_insert"), table, "INSERT",
                        QStringLiteral("NOT EXISTS (SELECT 1 FROM main.%1 r WHERE r.id = new.id)")
                            .arg(name),
                        unitOf("new")),
            reasonGuard(name + QStringLiteral("_update"), table, "UPDATE", anyChanged(changed),
                        unitOf("old")),
            reasonGuard(name + QStringLiteral("_delete"), table, "DELETE", QStringLiteral("1"),
                        unitOf("old"))};
}

QStringList evidenceGuards()
{
    return recordGuards("evidence", kEvidenceFields, [](const char *row) {
        return QStringLiteral("(SELECT round_unit_id FROM main.assessments a"
                              " WHERE a.id = %1.assessment_id)")
            .arg(QLatin1String(row));
    });
}

QStringList actionGuards()
{
    return recordGuards("corrective_actions", kActionFields, [](const char *row) {
        return QStringLiteral("%1.round_unit_id").arg(QLatin1String(row));
    });
}

// Why removal is refused outright, not allowed with a reason: the issued notice is an
// official document sent to the units, and the province keeps the file as the record of
// what was inspected and found. A round removed with a reason would take its notice,
// snapshot and history with it (they cascade), leaving nothing the reason could be read
// in; a unit removed from it would leave a notice that names a unit the file no longer
// has. A mistaken round stays, and its notice is superseded by a new one, as on paper.
QStringList removalGuards()
{
    const QString guard = QStringLiteral(
        "CREATE TEMP TRIGGER IF NOT EXISTS issued_%1 BEFORE DELETE ON main.%2 WHEN EXISTS"
        " (SELECT 1 FROM issued_notices n WHERE n.round_id = old.%3)"
        " BEGIN SELECT RAISE(ABORT, '%4'); END");
    return {guard.arg(QStringLiteral("round_delete"), QStringLiteral("rounds"),
                      QStringLiteral("id"), QLatin1String(kIssuedRecordRefusal)),
            guard.arg(QStringLiteral("round_unit_delete"), QStringLiteral("round_units"),
                      QStringLiteral("round_id"), QLatin1String(kIssuedRecordRefusal))};
}

} // namespace

QStringList frozenGuardSql()
{
    return assessmentGuards() + evidenceGuards() + actionGuards() + removalGuards();
}

bool isIssuedRecordRefusal(const QString &error)
{
    return error.contains(QLatin1String(kIssuedRecordRefusal));
}

QString issuedRoundRemovalMessage()
{
    return Tr::tr("The notice of this round is issued: the round is an official record and "
                  "cannot be removed. Nothing was removed.");
}

QString issuedUnitRemovalMessage()
{
    return Tr::tr("The notice of this round is issued: a unit it names cannot be removed from "
                  "the round. Nothing was changed.");
}

} // namespace cchc::teamwork
