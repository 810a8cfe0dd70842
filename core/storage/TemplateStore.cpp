// The checklist-template part of InspectionFile. A version used by a round is frozen:
// saving it stores a new version, so a past round's results and reports never change.
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

Status validateTemplate(const ChecklistTemplate &checklist)
{
    if (checklist.name.trimmed().isEmpty())
        return Error{InspectionFile::tr("A checklist template needs a name.")};
    for (const auto &group : checklist.groups) {
        if (group.title.trimmed().isEmpty())
            return Error{InspectionFile::tr("Every area of the checklist needs a title.")};
        for (const auto &criterion : group.criteria) {
            if (criterion.text.trimmed().isEmpty()) {
                return Error{InspectionFile::tr("Criterion %1 in “%2” has no text.")
                                 .arg(criterion.code, group.title)};
            }
            if (!(criterion.maxScore > 0.0) || !(criterion.weight > 0.0)) {
                return Error{InspectionFile::tr("Criterion %1 needs a maximum score and a "
                                                "weight above zero.")
                                 .arg(criterion.code)};
            }
        }
    }
    for (const auto &band : checklist.bands) {
        if (band.name.trimmed().isEmpty() || band.minPercent < 0.0 || band.minPercent > 100.0)
            return Error{InspectionFile::tr("Every grade needs a name and a threshold "
                                            "between 0 and 100%.")};
    }
    return {};
}

// A new version gets fresh ids everywhere, so the frozen version's rows stay untouched.
void giveNewIds(ChecklistTemplate &checklist)
{
    checklist.id = newId();
    for (auto &group : checklist.groups) {
        group.id = newId();
        for (auto &criterion : group.criteria)
            criterion.id = newId();
    }
    for (auto &band : checklist.bands)
        band.id = newId();
}

void fillMissingIds(ChecklistTemplate &checklist)
{
    const auto fill = [](QString &id) {
        if (id.isEmpty())
            id = newId();
    };
    fill(checklist.id);
    fill(checklist.familyId);
    for (auto &group : checklist.groups) {
        fill(group.id);
        for (auto &criterion : group.criteria)
            fill(criterion.id);
    }
    for (auto &band : checklist.bands)
        fill(band.id);
}

void sortBands(QList<GradingBand> &bands)
{
    std::sort(bands.begin(), bands.end(), [](const GradingBand &a, const GradingBand &b) {
        return a.minPercent > b.minPercent;
    });
}

} // namespace

Result<bool> InspectionFile::templateInUse(const QString &id) const
{
    const auto rounds = selectValue(
        database(), QStringLiteral("SELECT COUNT(*) FROM rounds WHERE template_id = ?"), {id});
    if (!rounds)
        return rounds.failure();
    return rounds->toInt() > 0;
}

Result<QList<TemplateInfo>> InspectionFile::templates() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral(
            "SELECT t.id, t.family_id, t.version, t.name, t.builtin,"
            " (SELECT COUNT(*) FROM rounds r WHERE r.template_id = t.id)"
            " FROM templates t ORDER BY t.name, t.version"))) {
        return queryError(query);
    }
    QList<TemplateInfo> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toInt(), query.value(3).toString(),
                     query.value(4).toBool(), query.value(5).toInt()});
    }
    return list;
}

Result<ChecklistTemplate> InspectionFile::loadTemplate(const QString &id) const
{
    QSqlQuery query(database());
    if (auto found =
            selectRow(query,
                      QStringLiteral("SELECT family_id, version, name, description,"
                                     " builtin, modified_at FROM templates WHERE id = ?"),
                      {id}, Error{tr("The checklist template %1 is not in this file.").arg(id)});
        !found)
        return found.failure();
    ChecklistTemplate checklist;
    checklist.id = id;
    checklist.familyId = query.value(0).toString();
    checklist.version = query.value(1).toInt();
    checklist.name = query.value(2).toString();
    checklist.description = query.value(3).toString();
    checklist.builtin = query.value(4).toBool();
    checklist.modifiedAt = query.value(5).toString();

    if (auto status = execute(query,
                              QStringLiteral("SELECT id, code, title, modified_at FROM"
                                             " criteria_groups WHERE template_id = ?"
                                             " ORDER BY position"),
                              {id});
        !status)
        return status.failure();
    QHash<QString, qsizetype> groupIndex;
    while (query.next()) {
        groupIndex.insert(query.value(0).toString(), checklist.groups.size());
        checklist.groups.append({query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), {}, query.value(3).toString()});
    }

    if (auto status =
            execute(query,
                    QStringLiteral(
                        "SELECT c.id, c.group_id, c.code, c.text, c.legal_reference, c.guidance,"
                        " c.response_kind, c.max_score, c.weight, c.phrase_met, c.phrase_unmet,"
                        " c.modified_at, c.phrase_partial, c.phrase_exemplary FROM criteria c JOIN criteria_groups g ON g.id = c.group_id"
                        " WHERE g.template_id = ? ORDER BY c.position"),
                    {id});
        !status)
        return status.failure();
    while (query.next()) {
        Criterion criterion;
        criterion.id = query.value(0).toString();
        criterion.code = query.value(2).toString();
        criterion.text = query.value(3).toString();
        criterion.legalReference = query.value(4).toString();
        criterion.guidance = query.value(5).toString();
        criterion.responseKind = query.value(6).toInt() == int(ResponseKind::Score)
                                     ? ResponseKind::Score
                                     : ResponseKind::Result;
        criterion.maxScore = query.value(7).toDouble();
        criterion.weight = query.value(8).toDouble();
        criterion.phraseMet = query.value(9).toString();
        criterion.phraseUnmet = query.value(10).toString();
        criterion.modifiedAt = query.value(11).toString();
        criterion.phrasePartial = query.value(12).toString();
        criterion.phraseExemplary = query.value(13).toString();
        checklist.groups[groupIndex.value(query.value(1).toString())].criteria.append(criterion);
    }

    if (auto status = execute(query,
                              QStringLiteral("SELECT id, name, min_percent, modified_at FROM"
                                             " grading_bands WHERE template_id = ?"),
                              {id});
        !status)
        return status.failure();
    while (query.next()) {
        checklist.bands.append({query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toDouble(), query.value(3).toString()});
    }
    sortBands(checklist.bands);
    return checklist;
}

Result<QString> InspectionFile::saveTemplate(ChecklistTemplate &checklist)
{
    if (auto status = validateTemplate(checklist); !status)
        return status.failure();
    ChecklistTemplate toSave = checklist;
    auto status = transact([&]() -> Status {
        if (!toSave.id.isEmpty()) {
            auto inUse = templateInUse(toSave.id);
            if (!inUse)
                return inUse.failure();
            if (*inUse) {
                const auto next =
                    selectValue(database(),
                                QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM templates"
                                               " WHERE family_id = ?"),
                                {toSave.familyId});
                if (!next)
                    return next.failure();
                toSave.version = next->toInt();
                toSave.builtin = false;
                giveNewIds(toSave);
            }
        }
        fillMissingIds(toSave);
        return assignTemplateRows(toSave);
    });
    if (!status)
        return status.failure();
    checklist = toSave;
    sortBands(checklist.bands);
    return checklist.id;
}

// Writes the template row and replaces its groups, criteria and bands.
Status InspectionFile::assignTemplateRows(const ChecklistTemplate &checklist)
{
    QSqlDatabase db = database();
    const QString now = Clock::nowIso();
    QSqlQuery query(db);
    if (auto status =
            execute(query,
                    QStringLiteral(
                        "INSERT INTO templates (id, family_id, version, name, description, builtin,"
                        " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        " name = excluded.name, description = excluded.description,"
                        " modified_at = excluded.modified_at"),
                    {checklist.id, checklist.familyId, checklist.version, checklist.name,
                     checklist.description, checklist.builtin ? 1 : 0, now});
        !status)
        return status;

    for (const char *sql : {"DELETE FROM criteria_groups WHERE template_id = ?",
                            "DELETE FROM grading_bands WHERE template_id = ?"}) {
        if (auto status = execute(query, QString::fromLatin1(sql), {checklist.id}); !status)
            return status;
    }

    QSqlQuery groupInsert(db);
    groupInsert.prepare(QStringLiteral("INSERT INTO criteria_groups (id, template_id, position,"
                                       " code, title, modified_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery criterionInsert(db);
    criterionInsert.prepare(QStringLiteral(
        "INSERT INTO criteria (id, group_id, position, code, text, legal_reference, guidance,"
        " response_kind, max_score, weight, phrase_met, phrase_unmet, modified_at, search_key,"
        " phrase_partial, phrase_exemplary)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int criterionPosition = 0;
    for (int g = 0; g < checklist.groups.size(); ++g) {
        const auto &group = checklist.groups.at(g);
        if (auto status =
                execute(groupInsert, {group.id, checklist.id, g, group.code, group.title, now});
            !status)
            return status;
        for (const auto &c : group.criteria) {
            if (auto status =
                    execute(criterionInsert,
                            {c.id, group.id, criterionPosition++, c.code, c.text, c.legalReference,
                             c.guidance, int(c.responseKind), c.maxScore, c.weight, c.phraseMet,
                             c.phraseUnmet, now, vn::searchKey(c.text), c.phrasePartial,
                             c.phraseExemplary});
                !status)
                return status;
        }
    }

    query.prepare(QStringLiteral("INSERT INTO grading_bands (id, template_id, name, min_percent,"
                                 " modified_at) VALUES (?, ?, ?, ?, ?)"));
    for (const auto &band : checklist.bands) {
        if (auto status = execute(query, {band.id, checklist.id, band.name, band.minPercent, now});
            !status)
            return status;
    }
    return {};
}

Status InspectionFile::removeTemplate(const QString &id)
{
    return transact([&]() -> Status {
        auto inUse = templateInUse(id);
        if (!inUse)
            return inUse.failure();
        if (*inUse)
            return Error{tr("This checklist template is used by an inspection round and "
                            "cannot be removed.")};
        return deleteById(database(), QStringLiteral("templates"), id);
    });
}

} // namespace cchc
