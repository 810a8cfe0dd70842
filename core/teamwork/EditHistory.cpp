#include "core/teamwork/EditHistory.h"

#include "core/teamwork/FrozenGuards.h"

#include "core/common/Ids.h"
#include "core/domain/AssessmentResult.h"
#include "core/storage/InspectionFile.h"
#include "core/storage/SqlSupport.h"

#include <QSettings>
#include <QSqlQuery>
#include <QStringList>

namespace cchc::teamwork {

using storage::execute;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::teamwork::EditHistory)
};

Editor &currentEditor()
{
    static Editor editor;
    return editor;
}

// A version 4 UUID made by SQLite, so a trigger can key its rows like the program does.
const char *const kNewId =
    "lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)),"
    " substr(hex(randomblob(2)), 2), substr('89ab', 1 + (abs(random()) % 4), 1),"
    " substr(hex(randomblob(2)), 2), hex(randomblob(6))))";

const char *const kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// What a trigger records about one table: how to find the round, round unit and criterion
// from the row (`r` stands for new or old), and the fields compared.
struct Recorded
{
    const char *table;
    const char *roundUnit;
    const char *criterion;
    QStringList fields;
};

QList<Recorded> recordedTables()
{
    return {
        {"assessments", "r.round_unit_id", "r.criterion_id",
         {QStringLiteral("result"), QStringLiteral("self_score"), QStringLiteral("appraised_score"),
          QStringLiteral("finding"), QStringLiteral("exemplary")}},
        {"corrective_actions", "r.round_unit_id", "COALESCE(r.criterion_id, '')",
         {QStringLiteral("description"), QStringLiteral("deadline"), QStringLiteral("status"),
          QStringLiteral("completed_on")}},
        {"evidence", "(SELECT round_unit_id FROM assessments a WHERE a.id = r.assessment_id)",
         "(SELECT criterion_id FROM assessments a WHERE a.id = r.assessment_id)",
         {QStringLiteral("description"), QStringLiteral("document_number"),
          QStringLiteral("file_name")}},
    };
}

// One trigger per table and event. An insert records the fields it sets, a delete the
// fields it drops, an update those it changes.
QString triggerSql(const Recorded &table, const QString &event)
{
    const bool insert = event == QLatin1String("INSERT");
    const bool remove = event == QLatin1String("DELETE");
    const QString row = remove ? QStringLiteral("old") : QStringLiteral("new");
    QStringList changes;
    for (const QString &field : table.fields) {
        const QString before = insert ? QStringLiteral("NULL") : QStringLiteral("old.") + field;
        const QString after = remove ? QStringLiteral("NULL") : QStringLiteral("new.") + field;
        const QString changed = insert   ? QStringLiteral("new.%1 IS NOT NULL AND new.%1 NOT IN ('', 0)").arg(field)
                                : remove ? QStringLiteral("old.%1 IS NOT NULL AND old.%1 NOT IN ('', 0)").arg(field)
                                         : QStringLiteral("old.%1 IS NOT new.%1").arg(field);
        changes.append(QStringLiteral("SELECT '%1' AS field, %2 AS old_value, %3 AS new_value WHERE %4")
                           .arg(field, before, after, changed));
    }
    const QString changedAt = remove ? QString::fromLatin1(kNow)
                                     : QStringLiteral("COALESCE(new.modified_at, %1)").arg(QLatin1String(kNow));
    QString roundUnit = QString::fromLatin1(table.roundUnit).replace(QStringLiteral("r."), row + QLatin1Char('.'));
    QString criterion = QString::fromLatin1(table.criterion).replace(QStringLiteral("r."), row + QLatin1Char('.'));
    return QStringLiteral(
               "CREATE TEMP TRIGGER IF NOT EXISTS history_%1_%2 AFTER %3 ON main.%1"
               " WHEN (SELECT paused = 0 OR reason <> '' FROM temp.history_editor) BEGIN"
               " INSERT INTO edit_history (id, changed_at, author, device_id, round_id,"
               " round_unit_id, criterion_id, table_name, record_id, field, old_value, new_value,"
               " reason, modified_at)"
               " SELECT %4, %5, e.name, e.device_id,"
               " COALESCE((SELECT round_id FROM round_units u WHERE u.id = %6), ''),"
               " COALESCE(%6, ''), COALESCE(%7, ''), '%1', %8.id, c.field, c.old_value,"
               " c.new_value, e.reason, %10"
               " FROM temp.history_editor e, (%9) c; END")
        .arg(QLatin1String(table.table), event.toLower(), event, QLatin1String(kNewId), changedAt,
             roundUnit, criterion, row, changes.join(QStringLiteral(" UNION ALL ")))
        // The row's own time is when it was written here: an imported or merged record keeps
        // its older modification time as changed_at, but reached this file now.
        .arg(QLatin1String(kNow));
}

} // namespace

void setEditor(const Editor &editor)
{
    currentEditor() = editor;
}

Editor editor()
{
    return currentEditor();
}

Editor editorFromSettings()
{
    QSettings settings;
    QString device = settings.value(QStringLiteral("inspector/deviceId")).toString();
    if (!isValidId(device)) {
        device = newId();
        settings.setValue(QStringLiteral("inspector/deviceId"), device);
    }
    return {settings.value(QStringLiteral("inspector/name")).toString(), device};
}

void storeEditorName(const QString &name)
{
    QSettings().setValue(QStringLiteral("inspector/name"), name.trimmed());
    Editor updated = editorFromSettings();
    setEditor(updated);
}

Status installEditHistory(QSqlDatabase &db)
{
    if (auto status = execute(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS history_editor "
                                                 "(name TEXT NOT NULL, device_id TEXT NOT NULL, "
                                                 "reason TEXT NOT NULL DEFAULT '', paused INTEGER "
                                                 "NOT NULL DEFAULT 0)"));
        !status)
        return status;
    for (const Recorded &table : recordedTables()) {
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            if (auto status = execute(db, triggerSql(table, QLatin1String(event))); !status)
                return status;
        }
    }
    for (const QString &guard : frozenGuardSql()) {
        if (auto status = execute(db, guard); !status)
            return status;
    }
    return applyEditor(db, currentEditor());
}

Status applyEditor(QSqlDatabase &db, const Editor &editor)
{
    if (auto status = execute(db, QStringLiteral("DELETE FROM temp.history_editor")); !status)
        return status;
    QSqlQuery insert(db);
    return execute(insert, QStringLiteral("INSERT INTO temp.history_editor (name, device_id) VALUES (?, ?)"),
                   {editor.name, editor.deviceId});
}

Status pauseEditHistory(QSqlDatabase &db, bool paused)
{
    return execute(db, QStringLiteral("UPDATE temp.history_editor SET paused = %1").arg(paused ? 1 : 0));
}

Status withReason(InspectionFile &file, const QString &reason, const std::function<Status()> &work)
{
    QSqlDatabase db = file.database();
    QSqlQuery set(db);
    if (auto status = execute(set, QStringLiteral("UPDATE temp.history_editor SET reason = ?"),
                              {reason.trimmed()});
        !status)
        return status;
    Status status = work();
    // Always cleared: the next write without a reason must be refused again.
    QSqlQuery clear(db);
    if (auto cleared = execute(clear, QStringLiteral("UPDATE temp.history_editor SET reason = ''"), {});
        !cleared && status)
        status = cleared;
    if (!status && isFrozenRefusal(status.error()))
        return Error{frozenRefusalMessage()};
    return status;
}

bool isFrozenRefusal(const QString &error)
{
    return error.contains(QLatin1String(kFrozenRefusal));
}

QString frozenRefusalMessage()
{
    return Tr::tr("Results of a round whose notice is issued change only with a reason: "
                  "nothing was changed.");
}

Status withoutHistory(InspectionFile &file, const std::function<Status()> &work)
{
    return file.transact([&]() -> Status {
        QSqlDatabase db = file.database();
        if (auto status = pauseEditHistory(db, true); !status)
            return status;
        if (auto status = work(); !status)
            return status;
        return pauseEditHistory(db, false);
    });
}

Result<QList<HistoryEntry>> readHistory(const InspectionFile &file, const QString &roundId,
                                        const QString &roundUnitId, const QString &criterionId)
{
    QString sql = QStringLiteral(
        "SELECT h.changed_at, h.author, h.device_id, h.table_name, h.field, h.old_value,"
        " h.new_value, h.reason, COALESCE(un.name, ''), COALESCE(c.code, ''), COALESCE(c.text, '')"
        " FROM edit_history h LEFT JOIN round_units ru ON ru.id = h.round_unit_id"
        " LEFT JOIN units un ON un.id = ru.unit_id LEFT JOIN criteria c ON c.id = h.criterion_id"
        " WHERE h.round_id = ?");
    QList<QVariant> values{roundId};
    if (!roundUnitId.isEmpty()) {
        sql += QStringLiteral(" AND h.round_unit_id = ?");
        values.append(roundUnitId);
    }
    if (!criterionId.isEmpty()) {
        sql += QStringLiteral(" AND h.criterion_id = ?");
        values.append(criterionId);
    }
    sql += QStringLiteral(" ORDER BY h.changed_at, h.rowid");
    QSqlQuery query(file.database());
    if (auto status = execute(query, sql, values); !status)
        return status.failure();
    QList<HistoryEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString(),
                        query.value(8).toString(), query.value(9).toString(),
                        query.value(10).toString()});
    }
    return entries;
}

QString displayValue(const HistoryEntry &entry, const QString &stored)
{
    if (stored.isNull())
        return Tr::tr("(none)");
    if (entry.table == QLatin1String("assessments") && entry.field == QLatin1String("result")) {
        const int number = stored.toInt();
        return isValidAssessmentResult(number) ? reportLabel(AssessmentResult(number)) : stored;
    }
    if (entry.field == QLatin1String("exemplary"))
        return stored == QLatin1String("1") ? Tr::tr("yes") : Tr::tr("no");
    return stored;
}

} // namespace cchc::teamwork
