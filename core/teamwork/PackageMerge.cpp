// Merging a work package back: the package is ATTACHed to the lead's connection and walked
// record by record in SQL, so memory holds one record at a time (plus the ids of
// assessments that the two laptops created separately), whatever the size of either file.
// Each field is compared three ways against the base stored at the split: a field changed
// on one side only is taken, a field changed on both sides to different values is a
// conflict someone decides. Everything is one transaction.
#include "core/teamwork/PackageMerge.h"

#include "core/teamwork/EditHistory.h"
#include "core/teamwork/PackageTables.h"
#include "core/common/Clock.h"
#include "core/storage/SqlSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cchc::teamwork {

using storage::execute;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::teamwork::PackageMerge)
};

bool isNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
}

// Values as SQLite gives them: NULL is not '', and 1 equals 1.0.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

// A column's declared default as a value: the base of a record both sides created.
QVariant defaultFrom(const QVariant &declared)
{
    if (declared.isNull())
        return {};
    const QString text = declared.toString();
    if (text.startsWith(QLatin1Char('\'')))
        return text.mid(1, text.size() - 2);
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok ? QVariant(number) : QVariant();
}

// Expressions that locate a record's unit and criterion, for showing a conflict in context.
QString contextColumns(const QString &table)
{
    if (table == QLatin1String("assessments") || table == QLatin1String("corrective_actions"))
        return QStringLiteral("round_unit_id, criterion_id");
    if (table == QLatin1String("evidence"))
        return QStringLiteral("(SELECT round_unit_id FROM main.assessments a WHERE a.id = "
                              "assessment_id), (SELECT criterion_id FROM main.assessments a "
                              "WHERE a.id = assessment_id)");
    if (table == QLatin1String("round_units"))
        return QStringLiteral("id, NULL");
    return QStringLiteral("NULL, NULL");
}

QString tableLabel(const QString &table)
{
    if (table == QLatin1String("rounds"))
        return Tr::tr("Round");
    if (table == QLatin1String("legal_references"))
        return Tr::tr("Legal basis");
    if (table == QLatin1String("team_members"))
        return Tr::tr("Inspection team");
    if (table == QLatin1String("round_units"))
        return Tr::tr("Unit visit");
    if (table == QLatin1String("evidence"))
        return Tr::tr("Evidence");
    if (table == QLatin1String("corrective_actions"))
        return Tr::tr("Corrective action");
    if (table == QLatin1String("report_paragraphs"))
        return Tr::tr("Notice paragraph");
    return Tr::tr("Assessment");
}

class Merger
{
public:
    Merger(InspectionFile &lead, const PackageInfo &info, const MergeOptions &options)
        : m_lead(lead), m_db(lead.database()), m_options(options)
    {
        m_summary.package = info;
    }

    Status run();
    MergeSummary &summary() { return m_summary; }
    bool undecided() const { return m_undecided; }

private:
    Status mergeTable(const PackageTable &table);
    Status mergeRecord(const PackageTable &table, const QSqlQuery &row);
    Status insertRecord(const PackageTable &table, const QSqlQuery &row, bool *inserted);
    Status updateRecord(const PackageTable &table, const QSqlQuery &row, const QSqlQuery &lead,
                        const QHash<QString, QVariant> &base);
    Status removeMissing(const PackageTable &table);
    Status copyHistory();
    Result<QHash<QString, QVariant>> baseOf(const QString &table, const QString &key);
    Status writeBase(const QString &table, const QString &key, const QString &field,
                     const QVariant &value);
    Status findLead(QSqlQuery &query, const PackageTable &table, const QStringList &keyValues);
    Result<bool> duplicateFile(const QString &evidenceId, const QString &assessmentId);
    QHash<QString, QVariant> defaults(const QString &table);
    QStringList columns(const QString &table);
    QString lastAuthor(const QString &schema, const QVariant &recordId, const QString &field);
    QString describe(const QString &table, const QVariant &roundUnitId, const QVariant &criterionId);
    bool step();

    InspectionFile &m_lead;
    QSqlDatabase m_db;
    const MergeOptions &m_options;
    MergeSummary m_summary;
    QHash<QString, QString> m_assessmentIds; // package id -> lead id, where they differ
    QHash<QString, QHash<QString, QVariant>> m_defaults;
    QHash<QString, QStringList> m_columns;
    bool m_undecided = false;
    bool m_wrote = false;
    int m_done = 0;
};

QStringList Merger::columns(const QString &table)
{
    if (!m_columns.contains(table)) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
        QStringList names;
        QHash<QString, QVariant> defaults;
        while (query.next()) {
            names.append(query.value(1).toString());
            defaults.insert(query.value(1).toString(), defaultFrom(query.value(4)));
        }
        m_columns.insert(table, names);
        m_defaults.insert(table, defaults);
    }
    return m_columns.value(table);
}

QHash<QString, QVariant> Merger::defaults(const QString &table)
{
    columns(table);
    return m_defaults.value(table);
}

bool Merger::step()
{
    ++m_done;
    return !m_options.progress || m_options.progress(m_done);
}

Result<QHash<QString, QVariant>> Merger::baseOf(const QString &table, const QString &key)
{
    QSqlQuery query(m_db);
    if (auto status = execute(query, QStringLiteral("SELECT field, value FROM main.merge_base "
                                                    "WHERE package_id = ? AND table_name = ? AND "
                                                    "record_key = ?"),
                              {m_summary.package.id, table, key});
        !status)
        return status.failure();
    QHash<QString, QVariant> base;
    while (query.next())
        base.insert(query.value(0).toString(), query.value(1));
    return base;
}

Status Merger::writeBase(const QString &table, const QString &key, const QString &field,
                         const QVariant &value)
{
    m_wrote = true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO main.merge_base (package_id, table_name, "
                                 "record_key, field, value) VALUES (?, ?, ?, ?, ?)"));
    // Bound directly: bindValues would turn a NULL text into ''.
    for (const QVariant &bound : {QVariant(m_summary.package.id), QVariant(table), QVariant(key),
                                  QVariant(field), value})
        query.addBindValue(storage::storableValue(bound));
    return execute(query);
}

Status Merger::findLead(QSqlQuery &query, const PackageTable &table, const QStringList &keyValues)
{
    QStringList conditions;
    for (const QString &column : table.keyColumns)
        conditions.append(column + QStringLiteral(" = ?"));
    QList<QVariant> values(keyValues.begin(), keyValues.end());
    const QString fields = table.fields.isEmpty() ? QString()
                                                  : QStringLiteral(", ") + table.fields.join(QStringLiteral(", "));
    return execute(query,
                   QStringLiteral("SELECT id, modified_at, %1%2 FROM main.%3 WHERE %4")
                       .arg(contextColumns(table.name), fields, table.name,
                            conditions.join(QStringLiteral(" AND "))),
                   values);
}

QString Merger::lastAuthor(const QString &schema, const QVariant &recordId, const QString &field)
{
    QSqlQuery query(m_db);
    if (execute(query, QStringLiteral("SELECT author FROM %1.edit_history WHERE record_id = ? AND "
                                      "field = ? ORDER BY changed_at DESC LIMIT 1").arg(schema),
                {recordId, field}) &&
        query.next())
        return query.value(0).toString();
    return {};
}

QString Merger::describe(const QString &table, const QVariant &roundUnitId,
                         const QVariant &criterionId)
{
    QStringList parts{tableLabel(table)};
    QSqlQuery query(m_db);
    if (!roundUnitId.isNull() &&
        execute(query, QStringLiteral("SELECT u.name FROM main.round_units ru JOIN main.units u ON "
                                      "u.id = ru.unit_id WHERE ru.id = ?"),
                {roundUnitId}) &&
        query.next())
        parts.append(query.value(0).toString());
    if (!criterionId.isNull() &&
        execute(query, QStringLiteral("SELECT code, text FROM main.criteria WHERE id = ?"),
                {criterionId}) &&
        query.next())
        parts.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString());
    return parts.join(QStringLiteral(" — "));
}

Result<bool> Merger::duplicateFile(const QString &evidenceId, const QString &assessmentId)
{
    QSqlQuery theirs(m_db);
    if (auto status = execute(theirs, QStringLiteral("SELECT content FROM pkg.evidence WHERE id = ? "
                                                     "AND content IS NOT NULL"),
                              {evidenceId});
        !status)
        return status.failure();
    if (!theirs.next())
        return false;
    const QByteArray content = theirs.value(0).toByteArray();
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    QSqlQuery mine(m_db);
    if (auto status = execute(mine, QStringLiteral("SELECT content FROM main.evidence WHERE "
                                                   "assessment_id = ? AND length(content) = ?"),
                              {assessmentId, content.size()});
        !status)
        return status.failure();
    while (mine.next()) {
        if (QCryptographicHash::hash(mine.value(0).toByteArray(), QCryptographicHash::Sha256) == digest)
            return true;
    }
    return false;
}

// A record the lead does not have: copied as it is (a new evidence row goes under the
// lead's assessment of the same criterion), unless the same file is already attached there.
Status Merger::insertRecord(const PackageTable &table, const QSqlQuery &row, bool *inserted)
{
    const QString id = row.value(0).toString();
    QString parent;
    if (!table.parentColumn.isEmpty()) {
        const QString packaged = row.value(QStringLiteral("parent")).toString();
        parent = m_assessmentIds.value(packaged, packaged);
        auto duplicate = duplicateFile(id, parent);
        if (!duplicate)
            return duplicate.failure();
        if (*duplicate) {
            ++m_summary.duplicateFiles;
            *inserted = false;
            return {};
        }
    }
    QStringList selected = columns(table.name);
    const QString names = selected.join(QStringLiteral(", "));
    QList<QVariant> values;
    if (!table.parentColumn.isEmpty()) {
        selected.replace(selected.indexOf(table.parentColumn), QStringLiteral("?"));
        values.append(parent);
    }
    values.append(id);
    QSqlQuery insert(m_db);
    m_wrote = true;
    *inserted = true;
    return execute(insert,
                   QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM pkg.%1 WHERE id = ?")
                       .arg(table.name, names, selected.join(QStringLiteral(", "))),
                   values);
}

Status Merger::updateRecord(const PackageTable &table, const QSqlQuery &row,
                            const QSqlQuery &lead, const QHash<QString, QVariant> &storedBase)
{
    const QString key = row.value(2).toString();
    // A record both sides created separately has no base: its defaults stand in.
    const QHash<QString, QVariant> base = storedBase.isEmpty() ? defaults(table.name) : storedBase;
    QStringList assignments;
    QList<QVariant> values;
    for (int i = 0; i < table.fields.size(); ++i) {
        const QString &field = table.fields[i];
        const QVariant theirs = row.value(3 + i);
        const QVariant mine = lead.value(4 + i);
        const QVariant before = base.value(field);
        if (!sameValue(theirs, before) || !storedBase.contains(field)) {
            if (auto status = writeBase(table.name, key, field, theirs); !status)
                return status;
        }
        if (sameValue(theirs, before) || sameValue(theirs, mine))
            continue;
        QVariant taken = theirs;
        if (!sameValue(mine, before)) {
            const QString theirsBy = lastAuthor(QStringLiteral("pkg"), row.value(0), field);
            MergeConflict conflict{table.name, key, field, before, mine, theirs,
                                   lead.value(1).toString(), row.value(1).toString(),
                                   lastAuthor(QStringLiteral("main"), lead.value(0), field),
                                   theirsBy.isEmpty() ? m_summary.package.member : theirsBy,
                                   describe(table.name, lead.value(2), lead.value(3)),
                                   isTextField(table.name, field), {}};
            const auto choice = m_options.decide ? m_options.decide(conflict) : std::nullopt;
            conflict.choice = choice;
            m_summary.conflicts.append(conflict);
            if (!choice) {
                m_undecided = true;
                continue;
            }
            if (*choice == Choice::Mine)
                continue;
            if (*choice == Choice::Both) {
                if (!conflict.text)
                    return Error{Tr::tr("“Keep both” is only possible for text; “%1” is not text.")
                                     .arg(conflict.decisionKey())};
                taken = joinBoth(mine.toString(), theirs.toString());
            }
        }
        assignments.append(field + QStringLiteral(" = ?"));
        values.append(taken);
    }
    if (assignments.isEmpty())
        return {};
    // The later of the two times: the record now holds edits made up to then.
    values.append(std::max(lead.value(1).toString(), row.value(1).toString()));
    values.append(lead.value(0));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE main.%1 SET %2, modified_at = ? WHERE id = ?")
                       .arg(table.name, assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        update.addBindValue(storage::storableValue(value));
    m_wrote = true;
    ++m_summary.updated;
    return execute(update);
}

Status Merger::mergeRecord(const PackageTable &table, const QSqlQuery &row)
{
    const QString key = row.value(2).toString();
    auto base = baseOf(table.name, key);
    if (!base)
        return base.failure();
    QStringList keyValues;
    for (int i = 0; i < table.keyColumns.size(); ++i)
        keyValues.append(row.value(3 + table.fields.size() + i).toString());
    QSqlQuery lead(m_db);
    if (auto status = findLead(lead, table, keyValues); !status)
        return status;
    if (lead.next()) {
        if (table.name == QLatin1String("assessments") && lead.value(0) != row.value(0))
            m_assessmentIds.insert(row.value(0).toString(), lead.value(0).toString());
        return updateRecord(table, row, lead, *base);
    }
    // Not in the lead. Removed there after the split and not changed in the package:
    // the removal stands. Otherwise it is new (or changed since), and comes in.
    bool changed = base->isEmpty();
    for (int i = 0; i < table.fields.size() && !changed; ++i)
        changed = !sameValue(row.value(3 + i), base->value(table.fields[i]));
    if (!changed)
        return {};
    bool inserted = false;
    if (auto status = insertRecord(table, row, &inserted); !status)
        return status;
    if (inserted)
        ++m_summary.added;
    for (int i = 0; i < table.fields.size(); ++i) {
        if (auto status = writeBase(table.name, key, table.fields[i], row.value(3 + i)); !status)
            return status;
    }
    return {};
}

Status Merger::mergeTable(const PackageTable &table)
{
    QStringList selected{QStringLiteral("id"), QStringLiteral("modified_at"), keyExpression(table)};
    selected += table.fields;
    selected += table.keyColumns;
    if (!table.parentColumn.isEmpty())
        selected.append(table.parentColumn + QStringLiteral(" AS parent"));
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (auto status = execute(rows, QStringLiteral("SELECT %1 FROM pkg.%2")
                                        .arg(selected.join(QStringLiteral(", ")), table.name),
                              {});
        !status)
        return status;
    while (rows.next()) {
        if (auto status = mergeRecord(table, rows); !status)
            return status;
        if (!step())
            return Error{Tr::tr("The merge was cancelled; the file was left as it was.")};
    }
    return {};
}

// Records in the base that the package no longer has were removed by the member: the lead's
// copy goes too, unless the lead changed it since (then nothing typed is dropped).
Status Merger::removeMissing(const PackageTable &table)
{
    QSqlQuery missing(m_db);
    if (auto status = execute(missing,
                              QStringLiteral("SELECT DISTINCT record_key FROM main.merge_base WHERE "
                                             "package_id = ? AND table_name = ? AND record_key NOT "
                                             "IN (SELECT %1 FROM pkg.%2)")
                                  .arg(keyExpression(table), table.name),
                              {m_summary.package.id, table.name});
        !status)
        return status;
    while (missing.next()) {
        const QString key = missing.value(0).toString();
        auto base = baseOf(table.name, key);
        if (!base)
            return base.failure();
        QSqlQuery lead(m_db);
        if (auto status = findLead(lead, table, key.split(QLatin1Char('/'))); !status)
            return status;
        if (lead.next()) {
            bool changedHere = false;
            for (int i = 0; i < table.fields.size() && !changedHere; ++i)
                changedHere = !sameValue(lead.value(4 + i), base->value(table.fields[i]));
            if (changedHere)
                continue; // kept, and still missing from the package: decided the same next time
            if (auto status = storage::deleteById(m_db, table.name, lead.value(0).toString()); !status)
                return status;
            ++m_summary.removed;
        }
        QSqlQuery forget(m_db);
        m_wrote = true;
        if (auto status = execute(forget, QStringLiteral("DELETE FROM main.merge_base WHERE package_id "
                                                         "= ? AND table_name = ? AND record_key = ?"),
                                  {m_summary.package.id, table.name, key});
            !status)
            return status;
    }
    return {};
}

// The member's own history of the round (recorded on their laptop, with their name and
// device) comes along; the merge's writes themselves are not recorded a second time.
Status Merger::copyHistory()
{
    QSqlQuery copy(m_db);
    return execute(copy, QStringLiteral("INSERT OR IGNORE INTO main.edit_history SELECT * FROM "
                                        "pkg.edit_history WHERE round_id = ?"),
                   {m_summary.package.roundId});
}

Status Merger::run()
{
    if (auto status = teamwork::pauseEditHistory(m_db, true); !status)
        return status;
    if (auto status = copyHistory(); !status)
        return status;
    for (const PackageTable &table : packageTables()) {
        if (auto status = mergeTable(table); !status)
            return status;
    }
    for (const PackageTable &table : packageTables()) {
        if (table.removable) {
            if (auto status = removeMissing(table); !status)
                return status;
        }
    }
    if (auto status = teamwork::pauseEditHistory(m_db, false); !status)
        return status;
    if (!m_wrote)
        return {};
    QSqlQuery mark(m_db);
    const QString now = Clock::nowIso();
    return execute(mark, QStringLiteral("UPDATE main.work_packages SET merged_at = ?, modified_at = ? "
                                        "WHERE id = ?"),
                   {now, now, m_summary.package.id});
}

// The package must be one this file handed out, for a round it still has.
Status checkBelongs(InspectionFile &lead, const PackageInfo &info, const QString &packagePath)
{
    const Error foreign{Tr::tr("The work package “%1” was not handed out from this file: it "
                               "belongs to another inspection file or another round. Merge it "
                               "into the file it was made from.")
                            .arg(QDir::toNativeSeparators(packagePath))};
    if (info.leadFileId != lead.fileId())
        return foreign;
    auto packages = packagesOf(lead);
    if (!packages)
        return packages.failure();
    const bool known = std::any_of(packages->begin(), packages->end(), [&](const PackageInfo &p) {
        return p.id == info.id && p.roundId == info.roundId;
    });
    if (!known)
        return foreign;
    if (auto round = lead.loadRound(info.roundId); !round)
        return Error{Tr::tr("The round of the work package “%1” is no longer in this file.")
                         .arg(QDir::toNativeSeparators(packagePath))};
    return {};
}

} // namespace

QString MergeConflict::decisionKey() const
{
    return table + QLatin1Char(':') + recordKey + QLatin1Char(':') + field;
}

QString joinBoth(const QString &mine, const QString &theirs)
{
    return mine + QLatin1Char('\n') + theirs;
}

Result<MergeSummary> mergePackage(InspectionFile &lead, const QString &packagePath,
                                  const MergeOptions &options)
{
    if (lead.isReadOnly())
        return Error{Tr::tr("“%1” is open read-only; nothing can be merged into it.")
                         .arg(QDir::toNativeSeparators(lead.path()))};
    if (QFileInfo(packagePath).absoluteFilePath() == QFileInfo(lead.path()).absoluteFilePath())
        return Error{Tr::tr("A file cannot be merged into itself.")};
    auto info = readPackageInfo(packagePath);
    if (!info)
        return info.failure();
    if (auto status = checkBelongs(lead, *info, packagePath); !status)
        return status.failure();

    Merger merger(lead, *info, options);
    AttachedFile attached(lead, packagePath);
    if (!attached.status())
        return attached.status().failure();
    bool rolledBack = false;
    auto status = lead.transact([&]() -> Status {
        if (auto merged = merger.run(); !merged)
            return merged;
        if (merger.undecided() || options.dryRun) {
            rolledBack = true;
            return Error{}; // roll back: nothing is written
        }
        return {};
    });
    if (!status && !rolledBack)
        return Error{Tr::tr("The work package “%1” was not merged; the file was left as it was: %2")
                         .arg(QDir::toNativeSeparators(packagePath), status.error())};
    merger.summary().applied = !rolledBack;
    return merger.summary();
}

} // namespace cchc::teamwork
