// InspectionFile::importRecords: writes records verbatim (ids, positions and modification
// times kept), which the save functions cannot do: they stamp "now" and give a template
// in use a new version. Each part of an import is planned (read-only) before its first
// write, and all parts are one transaction, so a refused import leaves the file as it was.
#include "core/storage/InspectionFile.h"

#include "core/common/VietnameseText.h"
#include "core/storage/SqlSupport.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <map>
#include <optional>

namespace cchc {

using storage::bindValues;
using storage::dateValue;
using storage::execute;
using storage::optionalValue;
using storage::queryError;
using storage::storableValue;

namespace {

// A table as the importer sees it. `identity` columns must be equal when the file has a
// row with the same id (a record never moves to another parent); `naturalKey` columns are
// unique in the schema besides the id. A row with the same natural key under another id
// is refused as a record made separately, unless `sameRecordByKey`: then it is the same
// record (the file's one report settings, the number series of a symbol and year), the
// newer modifiedAt wins and the winner's id stays. With `higherWins`, the row with the
// higher value of that column wins instead, and modifiedAt only breaks a tie: a number
// series never goes back below a number the file may already have given. A `writeOnce`
// record the file has is never replaced, whatever its time.
struct Table
{
    QString name;
    QStringList columns; // the first is "id", then modified_at and search_key if any
    QStringList identity;
    QStringList naturalKey;
    bool sameRecordByKey = false;
    QString higherWins = QString(); // empty: the newer row wins
    bool writeOnce = false;
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const Table kUnits{QStringLiteral("units"),
                   words("id name short_name address head_name head_title phone notes "
                         "modified_at search_key"),
                   {},
                   {}};
const Table kTemplates{QStringLiteral("templates"),
                       words("id family_id version name description builtin modified_at"),
                       words("family_id version"), words("family_id version")};
const Table kGroups{QStringLiteral("criteria_groups"),
                    words("id template_id position code title modified_at"),
                    {},
                    {}};
const Table kCriteria{QStringLiteral("criteria"),
                      words("id group_id position code text legal_reference guidance "
                            "response_kind max_score weight phrase_met phrase_unmet modified_at "
                            "search_key phrase_partial phrase_exemplary"),
                      {},
                      {}};
const Table kBands{
    QStringLiteral("grading_bands"), words("id template_id name min_percent modified_at"), {}, {}};
const Table kRounds{QStringLiteral("rounds"),
                    words("id title template_id unit_kind period_assessed visit_start visit_end "
                          "status notes modified_at"),
                    words("template_id"),
                    {}};
const Table kLegalReferences{QStringLiteral("legal_references"),
                             words("id round_id position document_type number issued_on issuer "
                                   "subject modified_at"),
                             words("round_id"),
                             {}};
const Table kTeamMembers{QStringLiteral("team_members"),
                         words("id round_id position full_name role job_title organisation "
                               "modified_at"),
                         words("round_id"),
                         {}};
const Table kRoundUnits{QStringLiteral("round_units"),
                        words("id round_id unit_id position visit_date representatives notes "
                              "modified_at"),
                        words("round_id unit_id"), words("round_id unit_id")};
const Table kAssessments{QStringLiteral("assessments"),
                         words("id round_unit_id criterion_id result self_score appraised_score "
                               "finding exemplary modified_at"),
                         words("round_unit_id criterion_id"), words("round_unit_id criterion_id")};
const Table kEvidence{QStringLiteral("evidence"),
                      words("id assessment_id position kind document_number description "
                            "file_name mime_type content modified_at"),
                      words("assessment_id"),
                      {}};
const Table kActions{QStringLiteral("corrective_actions"),
                     words("id round_unit_id criterion_id description deadline status "
                           "completed_on modified_at"),
                     words("round_unit_id"),
                     {}};
// Schema version 3: the report data. Settings are one row per file (no key: the table).
const Table kReportSettings{QStringLiteral("report_settings"),
                            words("id governing_body issuing_body issuer_in_prose issuer_symbol "
                                  "place_name signer_authority signer_title report_to recipients "
                                  "modified_at"),
                            {},
                            {},
                            true};
const Table kNumberSeries{QStringLiteral("report_number_series"),
                          words("id issuer_symbol year next_number modified_at"),
                          words("issuer_symbol year"), words("issuer_symbol year"), true,
                          QStringLiteral("next_number")};
const Table kParagraphs{QStringLiteral("report_paragraphs"),
                        words("id round_id paragraph_key drafted_text edited_text modified_at"
                              " after_key hidden"),
                        words("round_id paragraph_key"), words("round_id paragraph_key")};
// Schema version 4: one issued notice per round.
const Table kIssuedNotices{QStringLiteral("issued_notices"),
                           words("id round_id number issuer_symbol issued_on modified_at"),
                           words("round_id"), words("round_id")};
// Schema version 8: the date and signer the team chose for a round's notice. Chosen on
// two laptops, it is still one choice per round: the newer one wins.
const Table kNoticeSettings{QStringLiteral("notice_settings"),
                            words("id round_id notice_date signer_member_id modified_at"),
                            words("round_id"), words("round_id"), true};
// Schema version 9: what an issued notice printed. Written once: a snapshot the file has
// for that notice stays what it printed, even against one under another id (two laptops
// that each made one after the fact for a notice an older program issued).
const Table kNoticeSnapshots{QStringLiteral("notice_snapshots"),
                             words("id issued_notice_id content sha256 made_at after_the_fact"
                                   " modified_at"),
                             words("issued_notice_id"), words("issued_notice_id"), true,
                             QString(), true};

// "column = ?" for each natural-key column.
QStringList keyConditions(const Table &table)
{
    QStringList conditions;
    for (const QString &column : table.naturalKey)
        conditions.append(column + QStringLiteral(" = ?"));
    return conditions;
}

// One prepared statement per table and purpose: an import of a whole file runs tens of
// thousands of them.
class StatementCache
{
public:
    StatementCache(QSqlDatabase db, QString (*sqlFor)(const Table &)) : m_db(db), m_sqlFor(sqlFor)
    {
    }

    QSqlQuery &operator[](const Table &table)
    {
        auto found = m_statements.find(&table);
        if (found == m_statements.end()) {
            QSqlQuery query(m_db);
            query.prepare(m_sqlFor(table));
            found = m_statements.emplace(&table, query).first;
        }
        return found->second;
    }

private:
    QSqlDatabase m_db;
    QString (*m_sqlFor)(const Table &);
    std::map<const Table *, QSqlQuery> m_statements;
};

// modified_at, the identity columns, then the higherWins column if any.
QString lookupSql(const Table &table)
{
    QStringList columns = table.identity;
    columns.prepend(QStringLiteral("modified_at"));
    if (!table.higherWins.isEmpty())
        columns.append(table.higherWins);
    return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
        .arg(columns.join(QLatin1Char(',')), table.name);
}

QString upsertSql(const Table &table)
{
    QStringList updates;
    for (const QString &column : table.columns.mid(1))
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
        .arg(table.name, table.columns.join(QLatin1Char(',')),
             QStringList(table.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')),
             updates.join(QLatin1Char(',')));
}

struct Row
{
    const Table *table = nullptr;
    QVariantList values; // in table->columns order
    QString modifiedAt;

    QString id() const { return values.constFirst().toString(); }
    QVariant value(const QString &column) const
    {
        return values.at(table->columns.indexOf(column));
    }
};

enum class Action { Insert, Replace, Keep };

// A template travels with its groups, criteria and bands: all are written or none.
struct TemplateBlock
{
    Row head;
    QList<Row> children;
    QSet<QString> criterionIds;
    Action action = Action::Insert;
};

Row row(const Table &table, QVariantList values, const QString &modifiedAt)
{
    return Row{&table, std::move(values), modifiedAt};
}

// An invalid QVariant binds NULL (a null QString would be bound as '' by bindValues).
QVariant nullableId(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

TemplateBlock templateBlock(const ChecklistTemplate &t)
{
    TemplateBlock block;
    block.head =
        row(kTemplates,
            {t.id, t.familyId, t.version, t.name, t.description, t.builtin ? 1 : 0, t.modifiedAt},
            t.modifiedAt);
    int criterionPosition = 0;
    for (int g = 0; g < t.groups.size(); ++g) {
        const CriteriaGroup &group = t.groups.at(g);
        block.children.append(row(kGroups,
                                  {group.id, t.id, g, group.code, group.title, group.modifiedAt},
                                  group.modifiedAt));
        for (const Criterion &c : group.criteria) {
            block.criterionIds.insert(c.id);
            block.children.append(
                row(kCriteria,
                    {c.id, group.id, criterionPosition++, c.code, c.text, c.legalReference,
                     c.guidance, int(c.responseKind), c.maxScore, c.weight, c.phraseMet,
                     c.phraseUnmet, c.modifiedAt, vn::searchKey(c.text), c.phrasePartial,
                     c.phraseExemplary},
                    c.modifiedAt));
        }
    }
    for (const GradingBand &band : t.bands) {
        block.children.append(row(
            kBands, {band.id, t.id, band.name, band.minPercent, band.modifiedAt}, band.modifiedAt));
    }
    return block;
}

// The rows of a round, parents before children.
QList<Row> roundRows(const RecordBatch::Round &item)
{
    const InspectionRound &r = item.round;
    QList<Row> rows;
    if (item.withRoundRow) {
        rows.append(row(kRounds,
                        {r.id, r.title, r.templateId, r.unitKind, r.periodAssessed,
                         dateValue(r.visitStart), dateValue(r.visitEnd), int(r.status), r.notes,
                         r.modifiedAt},
                        r.modifiedAt));
    }
    for (int i = 0; i < r.legalBases.size(); ++i) {
        const LegalReference &ref = r.legalBases.at(i);
        rows.append(row(kLegalReferences,
                        {ref.id, r.id, i, ref.documentType, ref.number, dateValue(ref.issuedOn),
                         ref.issuer, ref.subject, ref.modifiedAt},
                        ref.modifiedAt));
    }
    for (int i = 0; i < r.team.size(); ++i) {
        const TeamMember &m = r.team.at(i);
        rows.append(
            row(kTeamMembers,
                {m.id, r.id, i, m.fullName, int(m.role), m.jobTitle, m.organisation, m.modifiedAt},
                m.modifiedAt));
    }
    for (int i = 0; i < r.units.size(); ++i) {
        const RoundUnit &u = r.units.at(i);
        rows.append(row(kRoundUnits,
                        {u.id, r.id, u.unitId, item.firstUnitPosition + i,
                         dateValue(u.visitDate), u.representatives,
                         u.notes, u.modifiedAt},
                        u.modifiedAt));
    }
    for (const Assessment &a : item.assessments) {
        rows.append(
            row(kAssessments,
                {a.id, a.roundUnitId, a.criterionId, int(a.result), optionalValue(a.selfScore),
                 optionalValue(a.appraisedScore), a.finding, a.exemplary ? 1 : 0, a.modifiedAt},
                a.modifiedAt));
    }
    for (const Assessment &a : item.assessments) {
        for (int i = 0; i < a.evidence.size(); ++i) {
            const Evidence &e = a.evidence.at(i);
            const auto content = item.evidenceContent.constFind(e.id);
            rows.append(row(kEvidence,
                            {e.id, a.id, i, int(e.kind), e.documentNumber, e.description,
                             e.fileName, e.mimeType,
                             content == item.evidenceContent.cend()
                                 ? QVariant(QMetaType(QMetaType::QByteArray))
                                 : QVariant(*content),
                             e.modifiedAt},
                            e.modifiedAt));
        }
    }
    for (const CorrectiveAction &c : item.correctiveActions) {
        rows.append(
            row(kActions,
                {c.id, c.roundUnitId, nullableId(c.criterionId), c.description,
                 dateValue(c.deadline), int(c.status), dateValue(c.completedOn), c.modifiedAt},
                c.modifiedAt));
    }
    // In the batch's order, which becomes their stored order (edits no longer drafted are
    // shown in that order).
    for (const report::StoredParagraph &p : item.paragraphs) {
        rows.append(row(kParagraphs,
                        {p.id, r.id, p.key, p.draftedText, p.editedText, p.modifiedAt, p.afterKey,
                         p.hidden ? 1 : 0},
                        p.modifiedAt));
    }
    if (const auto &n = item.issuedNotice) {
        rows.append(row(kIssuedNotices,
                        {n->id, r.id, n->number, n->symbol, dateValue(n->issuedOn), n->modifiedAt},
                        n->modifiedAt));
        if (const auto &s = item.noticeSnapshot) {
            rows.append(row(kNoticeSnapshots,
                            {s->id, n->id, s->content, s->sha256, s->madeAt,
                             s->afterTheFact ? 1 : 0, s->madeAt},
                            s->madeAt));
        }
    }
    if (const auto &n = item.noticeSettings) {
        rows.append(row(kNoticeSettings,
                        {n->id, r.id, dateValue(n->noticeDate), nullableId(n->signerMemberId),
                         n->modifiedAt},
                        n->modifiedAt));
    }
    return rows;
}

// The file-scope report rows: settings, then number series.
QList<Row> reportRows(const RecordBatch &batch)
{
    QList<Row> rows;
    if (const auto &s = batch.reportSettings) {
        rows.append(row(kReportSettings,
                        {s->id, s->governingBody, s->issuingBody, s->issuerInProse, s->issuerSymbol,
                         s->placeName, s->signerAuthority, s->signerTitle, s->reportTo,
                         s->recipients.join(QLatin1Char('\n')), s->modifiedAt},
                        s->modifiedAt));
    }
    for (const report::NumberSeries &n : batch.numberSeries) {
        rows.append(row(kNumberSeries, {n.id, n.issuerSymbol, n.year, n.nextNumber, n.modifiedAt},
                        n.modifiedAt));
    }
    return rows;
}

bool isNewer(const QString &incoming, const QString &existing)
{
    const QDateTime in = QDateTime::fromString(incoming, Qt::ISODateWithMs);
    const QDateTime old = QDateTime::fromString(existing, Qt::ISODateWithMs);
    if (!old.isValid())
        return in.isValid();
    return in.isValid() && in > old;
}

// Whether `incoming` replaces the file's row of the same record, whose modification time
// and higherWins value (if the table has one) are given.
Action replaceOrKeep(const Row &incoming, const QString &existingModifiedAt,
                     const QVariant &existingValue)
{
    if (incoming.table->writeOnce)
        return Action::Keep;
    if (const QString &column = incoming.table->higherWins; !column.isEmpty()) {
        const qlonglong in = incoming.value(column).toLongLong();
        const qlonglong old = existingValue.toLongLong();
        if (in != old)
            return in > old ? Action::Replace : Action::Keep;
    }
    return isNewer(incoming.modifiedAt, existingModifiedAt) ? Action::Replace : Action::Keep;
}

// Reads what the file has for each incoming row and decides, without writing anything.
class Planner
{
public:
    explicit Planner(QSqlDatabase db) : m_db(db), m_lookups(db, &lookupSql) {}

    // The batch (or part of an import) whose rows are planned next.
    void setBatch(const RecordBatch &batch) { m_batch = &batch; }

    Result<Action> plan(const Row &incoming)
    {
        QSqlQuery &query = m_lookups[*incoming.table];
        query.addBindValue(incoming.id());
        if (!query.exec())
            return queryError(query);
        if (!query.next())
            return planNew(incoming);
        for (int i = 0; i < incoming.table->identity.size(); ++i) {
            const QString &column = incoming.table->identity.at(i);
            if (query.value(i + 1).toString() != incoming.value(column).toString()) {
                return conflict(incoming, InspectionFile::tr("the file already has this record "
                                                             "(%1) in another place; records "
                                                             "never move between rounds, units "
                                                             "or templates")
                                              .arg(incoming.id()));
            }
        }
        return replaceOrKeep(incoming, query.value(0).toString(),
                             query.value(incoming.table->identity.size() + 1));
    }

    Status planTemplate(TemplateBlock &block)
    {
        auto action = plan(block.head);
        if (!action)
            return action.failure();
        block.action = *action;
        if (block.action == Action::Insert)
            return {};
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM rounds WHERE template_id = ?"));
        query.addBindValue(block.head.id());
        if (!query.exec() || !query.next())
            return queryError(query);
        if (query.value(0).toInt() > 0)
            block.action = Action::Keep; // a version in use is frozen
        if (block.action == Action::Replace)
            return {};
        query.prepare(QStringLiteral("SELECT c.id FROM criteria c JOIN criteria_groups g"
                                     " ON g.id = c.group_id WHERE g.template_id = ?"));
        query.addBindValue(block.head.id());
        if (!query.exec())
            return queryError(query);
        QSet<QString> existing;
        while (query.next())
            existing.insert(query.value(0).toString());
        // Only the batch's own records can be left pointing at criteria the file lacks.
        const bool usedByBatch = m_batch->templatesUsedLater.contains(block.head.id()) ||
                                 std::any_of(m_batch->rounds.cbegin(), m_batch->rounds.cend(),
                                             [&](const RecordBatch::Round &item) {
                                                 return item.round.templateId == block.head.id();
                                             });
        if (usedByBatch && existing != block.criterionIds) {
            return conflict(block.head, InspectionFile::tr("the file already has this checklist "
                                                           "version with other criteria and "
                                                           "keeps it unchanged (it is newer or "
                                                           "used by a round)"));
        }
        return {};
    }

private:
    Result<Action> planNew(const Row &incoming)
    {
        const Table &table = *incoming.table;
        if (table.naturalKey.isEmpty() && !table.sameRecordByKey)
            return Action::Insert;
        const QStringList conditions = keyConditions(table);
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id, modified_at%1 FROM %2%3")
                          .arg(table.higherWins.isEmpty() ? QString()
                                                          : QStringLiteral(", ") + table.higherWins,
                               table.name, conditions.isEmpty()
                                               ? QString()
                                               : QStringLiteral(" WHERE ") +
                                                     conditions.join(QStringLiteral(" AND "))));
        for (const QString &column : table.naturalKey)
            query.addBindValue(storableValue(incoming.value(column)));
        if (!query.exec())
            return queryError(query);
        if (query.next() && table.sameRecordByKey)
            return replaceOrKeep(incoming, query.value(1).toString(), query.value(2));
        if (query.isValid()) {
            return conflict(incoming, InspectionFile::tr("the file already has the same record "
                                                         "under another id (%1); import does "
                                                         "not merge records made separately")
                                          .arg(query.value(0).toString()));
        }
        return Action::Insert;
    }

    Error conflict(const Row &incoming, const QString &reason) const
    {
        const QString origin = m_batch->origins.value(incoming.id(), incoming.id());
        return Error{QStringLiteral("%1: %2").arg(origin, reason)};
    }

    QSqlDatabase m_db;
    const RecordBatch *m_batch = nullptr;
    StatementCache m_lookups;
};

// Inserts or replaces rows with one prepared upsert per table.
class Writer
{
public:
    explicit Writer(QSqlDatabase db) : m_db(db), m_upserts(db, &upsertSql) {}

    Status write(const Row &incoming)
    {
        if (incoming.table->sameRecordByKey) {
            // The newer record takes the place of the file's one under another id.
            QStringList conditions = keyConditions(*incoming.table);
            conditions.append(QStringLiteral("id <> ?"));
            QSqlQuery superseded(m_db);
            superseded.prepare(
                QStringLiteral("DELETE FROM %1 WHERE %2")
                    .arg(incoming.table->name, conditions.join(QStringLiteral(" AND "))));
            for (const QString &column : incoming.table->naturalKey)
                superseded.addBindValue(storableValue(incoming.value(column)));
            superseded.addBindValue(incoming.id());
            if (auto status = execute(superseded); !status)
                return status;
        }
        QSqlQuery &query = m_upserts[*incoming.table];
        for (const QVariant &value : incoming.values)
            bindValues(query, {value});
        return execute(query);
    }

    Status removeTemplateContents(const QString &templateId)
    {
        for (const char *sql : {"DELETE FROM criteria_groups WHERE template_id = ?",
                                "DELETE FROM grading_bands WHERE template_id = ?"}) {
            QSqlQuery query(m_db);
            query.prepare(QString::fromLatin1(sql));
            query.addBindValue(templateId);
            if (auto status = execute(query); !status)
                return status;
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    StatementCache m_upserts;
};

void count(ImportSummary &summary, Action action, int rows = 1)
{
    (action == Action::Insert    ? summary.added
     : action == Action::Replace ? summary.replaced
                                 : summary.kept) += rows;
}

// Plans and writes the parts of one import (a whole batch is one part). Each part is
// planned before any of its rows is written; a refused part is rolled back with the parts
// before it by the transaction of importRecords.
class Import
{
public:
    explicit Import(QSqlDatabase db) : m_planner(db), m_writer(db) {}

    Status add(const RecordBatch &batch)
    {
        m_planner.setBatch(batch);

        QList<Row> units;
        for (const Unit &u : batch.units) {
            units.append(row(kUnits,
                             {u.id, u.name, u.shortName, u.address, u.headName, u.headTitle,
                              u.phone, u.notes, u.modifiedAt, vn::searchKey(u.name)},
                             u.modifiedAt));
        }
        QList<TemplateBlock> templates;
        for (const ChecklistTemplate &t : batch.templates)
            templates.append(templateBlock(t));
        QList<Row> roundRowList;
        for (const RecordBatch::Round &round : batch.rounds)
            roundRowList.append(roundRows(round));
        const QList<Row> report = reportRows(batch);

        // Plan the whole part first: a conflict anywhere in it refuses it before any write.
        const auto planRows = [&](const QList<Row> &rows, QList<Action> &actions) -> Status {
            for (const Row &r : rows) {
                auto action = m_planner.plan(r);
                if (!action)
                    return action.failure();
                actions.append(*action);
            }
            return {};
        };
        QList<Action> unitActions;
        QList<Action> roundActions;
        QList<Action> reportActions;
        if (auto planned = planRows(units, unitActions); !planned)
            return planned;
        for (TemplateBlock &block : templates) {
            if (auto planned = m_planner.planTemplate(block); !planned)
                return planned;
        }
        if (auto planned = planRows(roundRowList, roundActions); !planned)
            return planned;
        if (auto planned = planRows(report, reportActions); !planned)
            return planned;

        const auto writeRows = [&](const QList<Row> &rows,
                                   const QList<Action> &actions) -> Status {
            for (int i = 0; i < rows.size(); ++i) {
                count(m_summary, actions.at(i));
                if (actions.at(i) == Action::Keep)
                    continue;
                if (auto written = m_writer.write(rows.at(i)); !written)
                    return written;
            }
            return {};
        };
        if (auto written = writeRows(units, unitActions); !written)
            return written;
        for (const TemplateBlock &block : templates) {
            count(m_summary, block.action, int(block.children.size()) + 1);
            if (block.action == Action::Keep)
                continue;
            if (block.action == Action::Replace) {
                if (auto removed = m_writer.removeTemplateContents(block.head.id()); !removed)
                    return removed;
            }
            if (auto written = m_writer.write(block.head); !written)
                return written;
            for (const Row &child : block.children) {
                if (auto written = m_writer.write(child); !written)
                    return written;
            }
        }
        if (auto written = writeRows(roundRowList, roundActions); !written)
            return written;
        return writeRows(report, reportActions);
    }

    ImportSummary summary() const { return m_summary; }

private:
    Planner m_planner;
    Writer m_writer;
    ImportSummary m_summary;
};

} // namespace

Result<ImportSummary> InspectionFile::importRecords(const RecordBatch &batch)
{
    return importRecords([&](const AddRecords &add) { return add(batch); });
}

Result<ImportSummary> InspectionFile::importRecords(
    const std::function<Status(const AddRecords &)> &parts)
{
    std::optional<Import> import;
    auto status = transact([&]() -> Status {
        import.emplace(database());
        return parts([&](const RecordBatch &part) { return import->add(part); });
    });
    if (!status)
        return status.failure();
    return import->summary();
}

} // namespace cchc
