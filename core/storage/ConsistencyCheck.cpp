#include "core/storage/ConsistencyCheck.h"

#include "core/storage/InspectionFile.h"
#include "core/storage/SchemaCheck.h"
#include "core/storage/SqlSupport.h"

#include <QDir>

#include <QCoreApplication>
#include <QSqlQuery>

namespace cchc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::ConsistencyCheck)
};

// Each rule is a query that returns one row per violation, with a description column.
struct Rule
{
    const char *description; // translated, %1 is the offending row's key
    const char *sql;
};

const Rule kRules[] = {
    {QT_TRANSLATE_NOOP("cchc::ConsistencyCheck",
                       "Assessment %1 has a result code the application does not know."),
     "SELECT id FROM assessments WHERE result NOT BETWEEN 0 AND 4"},
    {QT_TRANSLATE_NOOP("cchc::ConsistencyCheck",
                       "Assessment %1 belongs to a criterion outside its round's checklist "
                       "version."),
     // Each unit's and each criterion's checklist looked up once, not through four tables
     // per assessment: half the time on 120 000 assessments, and this check runs before
     // every draft.
     "WITH unit_template AS MATERIALIZED (SELECT u.id AS unit, r.template_id AS template"
     " FROM round_units u JOIN rounds r ON r.id = u.round_id),"
     " criterion_template AS MATERIALIZED (SELECT c.id AS criterion, g.template_id AS template"
     " FROM criteria c JOIN criteria_groups g ON g.id = c.group_id)"
     " SELECT a.id FROM assessments a JOIN unit_template u ON u.unit = a.round_unit_id"
     " JOIN criterion_template c ON c.criterion = a.criterion_id WHERE u.template <> c.template"},
    {QT_TRANSLATE_NOOP("cchc::ConsistencyCheck",
                       "Assessment %1 has a score below zero or above the criterion's maximum."),
     "SELECT a.id FROM assessments a JOIN criteria c ON c.id = a.criterion_id"
     " WHERE a.self_score < 0 OR a.self_score > c.max_score"
     " OR a.appraised_score < 0 OR a.appraised_score > c.max_score"},
    {QT_TRANSLATE_NOOP("cchc::ConsistencyCheck",
                       "Criterion %1 has a maximum score or weight that is not above zero."),
     "SELECT id FROM criteria WHERE max_score <= 0 OR weight <= 0"},
    {QT_TRANSLATE_NOOP("cchc::ConsistencyCheck", "Round %1 ends before it starts."),
     "SELECT id FROM rounds WHERE visit_start IS NOT NULL AND visit_end IS NOT NULL"
     " AND visit_end < visit_start"},
    {QT_TRANSLATE_NOOP("cchc::ConsistencyCheck", "Record %1 has no modification time."),
     "SELECT id FROM units WHERE modified_at = '' UNION ALL"
     " SELECT id FROM rounds WHERE modified_at = '' UNION ALL"
     " SELECT id FROM assessments WHERE modified_at = ''"},
};

} // namespace

Result<QStringList> findProblems(const InspectionFile &file, CheckDepth depth)
{
    QSqlDatabase db = file.database();
    QSqlQuery query(db);
    QStringList problems;

    // A table not as its version defines it makes the rules below fail with SQL errors:
    // the differences are the whole answer then.
    auto schema = storage::schemaDifferences(db, file.schemaVersion());
    if (!schema)
        return schema.failure();
    if (!schema->isEmpty())
        return *schema;

    if (depth == CheckDepth::Full && !query.exec(QStringLiteral("PRAGMA integrity_check")))
        return storage::queryError(query);
    while (depth == CheckDepth::Full && query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(QCoreApplication::translate("cchc::ConsistencyCheck", "SQLite integrity check: %1").arg(line));
    }

    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return storage::queryError(query);
    while (query.next()) {
        problems.append(QCoreApplication::translate("cchc::ConsistencyCheck", "Table %1, row %2 points to a missing record in %3.")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString()));
    }

    for (const Rule &rule : kRules) {
        if (!query.exec(QString::fromLatin1(rule.sql)))
            return storage::queryError(query);
        while (query.next())
            problems.append(QCoreApplication::translate("cchc::ConsistencyCheck", rule.description).arg(query.value(0).toString()));
    }
    return problems;
}

Status requireSoundForDrafting(const InspectionFile &file)
{
    auto problems = findProblems(file, CheckDepth::Records);
    if (problems && problems->isEmpty())
        return {};
    return Error{Tr::tr("No report is drafted from “%1”: the file check finds %n problem(s), "
                        "the first: %2 Run the file check (cchc-inspector check) or open a "
                        "backup copy.",
                        nullptr, problems ? int(problems->size()) : 1)
                     .arg(QDir::toNativeSeparators(file.path()),
                          problems ? problems->constFirst() : problems.error())};
}

} // namespace cchc
