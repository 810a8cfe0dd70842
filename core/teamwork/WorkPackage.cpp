// Splitting a round into a work package: the lead's connection ATTACHes the new package
// file and copies the round's rows across in SQL, so nothing of the lead's file is loaded
// into memory, whatever its size.
#include "core/teamwork/WorkPackage.h"

#include "core/teamwork/PackageTables.h"
#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "core/storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace cchc::teamwork {

using storage::execute;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::teamwork::WorkPackage)
};

// The round units the request names (units or round units of the round), in visiting order.
Result<QStringList> chosenRoundUnits(const InspectionRound &round, const QStringList &unitIds)
{
    QStringList chosen;
    for (const RoundUnit &roundUnit : round.units) {
        if (unitIds.isEmpty() || unitIds.contains(roundUnit.id) || unitIds.contains(roundUnit.unitId))
            chosen.append(roundUnit.id);
    }
    for (const QString &id : unitIds) {
        const bool known = std::any_of(round.units.begin(), round.units.end(), [&](const RoundUnit &u) {
            return u.id == id || u.unitId == id;
        });
        if (!known)
            return Error{Tr::tr("“%1” is not a unit of the round “%2”.").arg(id, round.title)};
    }
    if (chosen.isEmpty())
        return Error{Tr::tr("The round “%1” has no units to hand out.").arg(round.title)};
    return chosen;
}

// The rows of the round that go into the package, table by table (parents first).
QList<QPair<QString, QString>> copiedRows()
{
    const QString chosen = QStringLiteral("(SELECT id FROM temp.split_units)");
    return {
        {QStringLiteral("units"),
         QStringLiteral("id IN (SELECT unit_id FROM main.round_units WHERE id IN %1)").arg(chosen)},
        {QStringLiteral("templates"), QStringLiteral("id = :template")},
        {QStringLiteral("criteria_groups"), QStringLiteral("template_id = :template")},
        {QStringLiteral("criteria"),
         QStringLiteral("group_id IN (SELECT id FROM main.criteria_groups WHERE template_id = "
                        ":template)")},
        {QStringLiteral("grading_bands"), QStringLiteral("template_id = :template")},
        {QStringLiteral("rounds"), QStringLiteral("id = :round")},
        {QStringLiteral("legal_references"), QStringLiteral("round_id = :round")},
        {QStringLiteral("team_members"), QStringLiteral("round_id = :round")},
        {QStringLiteral("round_units"), QStringLiteral("id IN %1").arg(chosen)},
        {QStringLiteral("assessments"), QStringLiteral("round_unit_id IN %1").arg(chosen)},
        {QStringLiteral("evidence"),
         QStringLiteral("assessment_id IN (SELECT id FROM main.assessments WHERE round_unit_id "
                        "IN %1)").arg(chosen)},
        {QStringLiteral("corrective_actions"), QStringLiteral("round_unit_id IN %1").arg(chosen)},
        {QStringLiteral("report_paragraphs"), QStringLiteral("round_id = :round")},
        {QStringLiteral("notice_settings"), QStringLiteral("round_id = :round")},
        {QStringLiteral("report_settings"), QStringLiteral("1")},
    };
}

Status runBound(QSqlDatabase db, const QString &sql, const QList<QPair<QString, QVariant>> &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const auto &[name, value] : values) {
        if (sql.contains(name))
            query.bindValue(name, value);
    }
    return execute(query);
}

Status fillChosenUnits(QSqlDatabase db, const QStringList &roundUnitIds)
{
    if (auto status = execute(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS split_units "
                                                 "(id TEXT PRIMARY KEY)"));
        !status)
        return status;
    if (auto status = execute(db, QStringLiteral("DELETE FROM temp.split_units")); !status)
        return status;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO temp.split_units (id) VALUES (?)"));
    for (const QString &id : roundUnitIds) {
        if (auto status = execute(insert, {id}); !status)
            return status;
    }
    return {};
}

// The base of the three-way merge, in `schema` (main = the lead, pkg = the package): every
// compared field of every packaged record, as it is at the split.
Status writeBase(QSqlDatabase db, const QString &schema, const QString &packageId)
{
    for (const PackageTable &table : packageTables()) {
        for (const QString &field : table.fields) {
            const QString sql =
                QStringLiteral("INSERT INTO %1.merge_base (package_id, table_name, record_key, "
                               "field, value) SELECT :package, '%2', %3, '%4', %4 FROM pkg.%2")
                    .arg(schema, table.name, keyExpression(table), field);
            if (auto status = runBound(db, sql, {{QStringLiteral(":package"), packageId}}); !status)
                return status;
        }
    }
    return {};
}

Status writePackage(InspectionFile &lead, const InspectionRound &round, const PackageInfo &info)
{
    QSqlDatabase db = lead.database();
    if (auto status = fillChosenUnits(db, info.roundUnitIds); !status)
        return status;
    for (const auto &[table, condition] : copiedRows()) {
        const QString sql = QStringLiteral("INSERT INTO pkg.%1 SELECT * FROM main.%1 WHERE %2")
                                .arg(table, condition);
        if (auto status = runBound(db, sql, {{QStringLiteral(":template"), round.templateId},
                                             {QStringLiteral(":round"), round.id}});
            !status)
            return status;
    }
    const QList<QVariant> row{info.id, info.leadFileId, info.roundId,
                              info.roundUnitIds.join(QLatin1Char(',')), info.member,
                              info.createdAt, info.createdAt};
    for (const QString &schema : {QStringLiteral("main"), QStringLiteral("pkg")}) {
        QSqlQuery insert(db);
        const QString sql = QStringLiteral("INSERT INTO %1.work_packages (id, lead_file_id, "
                                           "round_id, unit_ids, member, created_at, modified_at)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?)")
                                .arg(schema);
        if (auto status = execute(insert, sql, row); !status)
            return status;
        if (auto status = writeBase(db, schema, info.id); !status)
            return status;
    }
    QSqlQuery meta(db);
    return execute(meta, QStringLiteral("INSERT INTO pkg.meta (key, value) VALUES ('package_id', ?)"),
                   {info.id});
}

PackageInfo packageFrom(const QSqlQuery &query)
{
    PackageInfo info;
    info.id = query.value(0).toString();
    info.leadFileId = query.value(1).toString();
    info.roundId = query.value(2).toString();
    info.roundUnitIds = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    info.member = query.value(4).toString();
    info.createdAt = query.value(5).toString();
    info.mergedAt = query.value(6).toString();
    return info;
}

const char *const kPackageColumns =
    "SELECT id, lead_file_id, round_id, unit_ids, member, created_at, merged_at FROM work_packages";

} // namespace

AttachedFile::AttachedFile(InspectionFile &file, const QString &path) : m_file(file)
{
    QSqlQuery attach(file.database());
    m_status = execute(attach, QStringLiteral("ATTACH DATABASE ? AS pkg"), {path});
    if (!m_status)
        m_status = Error{tr("“%1” could not be opened beside this file: %2")
                             .arg(QDir::toNativeSeparators(path), m_status.error())};
}

AttachedFile::~AttachedFile()
{
    if (!m_status)
        return;
    QSqlDatabase db = m_file.database();
    (void)execute(db, QStringLiteral("DETACH DATABASE pkg"));
}

Result<PackageInfo> splitRound(InspectionFile &lead, const SplitRequest &request,
                               const QString &packagePath)
{
    if (lead.isReadOnly())
        return Error{Tr::tr("“%1” is open read-only: a work package is recorded in the file it "
                            "was made from.")
                         .arg(QDir::toNativeSeparators(lead.path()))};
    auto round = lead.loadRound(request.roundId);
    if (!round)
        return round.failure();
    auto chosen = chosenRoundUnits(*round, request.unitIds);
    if (!chosen)
        return chosen.failure();
    if (QFileInfo::exists(packagePath))
        return Error{Tr::tr("“%1” already exists; choose another name for the package.")
                         .arg(QDir::toNativeSeparators(packagePath))};

    PackageInfo info{newId(), lead.fileId(), round->id, *chosen, request.member.trimmed(),
                     Clock::nowIso(), {}};
    // The package gets the current schema (and its own file id) from create().
    if (auto created = InspectionFile::create(packagePath); !created)
        return created.failure();
    Status status;
    {
        AttachedFile attached(lead, packagePath);
        status = attached.status();
        if (status)
            status = lead.transact([&] { return writePackage(lead, *round, info); });
    }
    if (!status) {
        QFile::remove(packagePath);
        return Error{Tr::tr("The work package “%1” was not made: %2")
                         .arg(QDir::toNativeSeparators(packagePath), status.error())};
    }
    return info;
}

Result<PackageInfo> readPackageInfo(const QString &packagePath)
{
    auto file = InspectionFile::open(packagePath, InspectionFile::Access::ReadOnly);
    if (!file)
        return file.failure();
    QSqlQuery query((*file)->database());
    const Error notPackage{Tr::tr("“%1” is not a work package: it was not made with “Hand out "
                                  "work”.")
                               .arg(QDir::toNativeSeparators(packagePath))};
    if (auto status = storage::selectRow(query, QStringLiteral("SELECT value FROM meta WHERE key "
                                                               "= 'package_id'"),
                                         {}, notPackage);
        !status)
        return status.failure();
    const QString id = query.value(0).toString();
    if (auto status = storage::selectRow(query, QString::fromLatin1(kPackageColumns) +
                                                    QStringLiteral(" WHERE id = ?"),
                                         {id}, notPackage);
        !status)
        return status.failure();
    return packageFrom(query);
}

Result<QList<PackageInfo>> packagesOf(const InspectionFile &lead)
{
    QSqlQuery query(lead.database());
    if (auto status = execute(query, QString::fromLatin1(kPackageColumns) +
                                         QStringLiteral(" ORDER BY created_at DESC"), {});
        !status)
        return status.failure();
    QList<PackageInfo> packages;
    while (query.next())
        packages.append(packageFrom(query));
    return packages;
}

} // namespace cchc::teamwork
