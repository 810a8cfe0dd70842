#include "core/report/Recommendations.h"

#include "core/common/VietnameseText.h"

#include <QRegularExpression>
#include "core/domain/AssessmentResult.h"
#include <QHash>
#include <QSet>

namespace cchc::report {

namespace {

// The action as the team typed it, as a verb phrase: "Tổ chức ký cam kết." -> "tổ chức ký
// cam kết"; a leading "Đề nghị" is dropped because the sentence supplies it.
QString actionPhrase(const QString &description)
{
    static const QRegularExpression lead(QStringLiteral("^đề nghị\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    return lowerFirst(withoutEndPunctuation(description).remove(lead));
}

// Round-unit ids of `roundUnitIds` in round order, whatever order they were collected in.
QStringList idsInRoundOrder(const RoundData &data, const QSet<QString> &roundUnitIds)
{
    QStringList ids;
    for (const RoundUnit &roundUnit : data.round.units) {
        if (roundUnitIds.contains(roundUnit.id))
            ids.append(roundUnit.id);
    }
    return ids;
}

QStringList namesInRoundOrder(const RoundData &data, const QSet<QString> &roundUnitIds)
{
    QStringList names;
    for (const QString &id : idsInRoundOrder(data, roundUnitIds))
        names.append(data.unitName(*data.round.findRoundUnit(id)));
    return names;
}

// Actions with the same wording and deadline, and the units they are asked of.
struct ActionGroup
{
    QString phrase;
    QDate deadline;
    QSet<QString> roundUnitIds;
    QList<std::pair<QString, QSet<QString>>> unitsByCriterion;
};

void addUnit(QList<std::pair<QString, QSet<QString>>> &unitsByCriterion,
             const QString &criterionId, const QString &roundUnitId)
{
    auto entry = std::find_if(unitsByCriterion.begin(), unitsByCriterion.end(),
                              [&](const auto &e) { return e.first == criterionId; });
    if (entry == unitsByCriterion.end())
        unitsByCriterion.append({criterionId, {roundUnitId}});
    else
        entry->second.insert(roundUnitId);
}

QList<ActionGroup> groupActions(const QList<const CorrectiveAction *> &actions)
{
    QList<ActionGroup> groups;
    for (const CorrectiveAction *action : actions) {
        const QString phrase = actionPhrase(action->description);
        if (phrase.isEmpty())
            continue;
        auto same = std::find_if(groups.begin(), groups.end(), [&](const ActionGroup &group) {
            return group.deadline == action->deadline &&
                   group.phrase.compare(phrase, Qt::CaseInsensitive) == 0;
        });
        if (same == groups.end()) {
            groups.append({phrase, action->deadline, {}, {}});
            same = std::prev(groups.end());
        }
        same->roundUnitIds.insert(action->roundUnitId);
        if (!action->criterionId.isEmpty())
            addUnit(same->unitsByCriterion, action->criterionId, action->roundUnitId);
    }
    return groups;
}

// A request sentence and its claims: for each criterion, the units asked about it (one claim
// without a criterion for actions not tied to one). The units are named in the sentence
// unless it addresses them all or counts them.
void addRequest(DraftParagraph &paragraph, const QString &sentence, const QSet<QString> &unitIds,
                QList<std::pair<QString, QSet<QString>>> unitsByCriterion, const RoundData &data)
{
    const bool named = unitIds.size() <= rules::kNamedLimit &&
                       (unitIds.size() < 2 || unitIds.size() < data.round.units.size());
    if (unitsByCriterion.isEmpty())
        unitsByCriterion.append({QString(), unitIds});
    for (const auto &[criterionId, ids] : std::as_const(unitsByCriterion)) {
        Claim claim;
        claim.about = Claim::About::Request;
        if (!criterionId.isEmpty())
            claim.criterionIds = {criterionId};
        claim.unitIds = idsInRoundOrder(data, ids);
        if (named) // every unit of the sentence, whichever criterion it is asked about
            claim.namedIds = idsInRoundOrder(data, unitIds);
        claim.applicable = int(data.round.units.size());
        claim.sentence = sentence;
        paragraph.claims.append(claim);
    }
    paragraph.text += (paragraph.text.isEmpty() ? QString() : QStringLiteral(" ")) + sentence;
}

QString addresseesOf(const RoundData &data, const QSet<QString> &roundUnitIds)
{
    QStringList all;
    for (const RoundUnit &roundUnit : data.round.units)
        all.append(data.unitName(roundUnit));
    return rules::addressees(namesInRoundOrder(data, roundUnitIds), int(data.round.units.size()),
                             unitKindOf(data), listStyleOf(all));
}

void addActionSentences(DraftParagraph &paragraph, const RoundData &data,
                        const QList<const CorrectiveAction *> &actions)
{
    for (const ActionGroup &group : groupActions(actions)) {
        addRequest(paragraph,
                   rules::requestSentence(addresseesOf(data, group.roundUnitIds), group.phrase,
                                          group.deadline),
                   group.roundUnitIds, group.unitsByCriterion, data);
    }
}


} // namespace

QList<DraftParagraph> draftRecommendations(const RoundData &data, const ReportSettings &settings,
                                           bool afterShortcomings)
{
    Q_UNUSED(settings)
    QList<DraftParagraph> paragraphs;
    QList<const CorrectiveAction *> unplaced;
    QHash<QString, QList<const CorrectiveAction *>> byCriterion;
    for (const CorrectiveAction &action : data.actions) {
        if (!data.checklist.findCriterion(action.criterionId)) {
            unplaced.append(&action);
            continue;
        }
        byCriterion[action.criterionId].append(&action);
    }
    for (const CriteriaGroup &area : data.checklist.groups) {
        QList<const CorrectiveAction *> actions;
        for (const Criterion &criterion : area.criteria)
            actions.append(byCriterion.value(criterion.id));
        DraftParagraph paragraph{QStringLiteral("recommendations/") + area.id, {}};
        addActionSentences(paragraph, data, actions);
        if (paragraph.text.isEmpty())
            continue;
        paragraph.text.prepend(rules::areaLead(area.title));
        paragraphs.append(paragraph);
    }
    DraftParagraph other{QStringLiteral("recommendations/other"), {}};
    addActionSentences(other, data, unplaced);
    if (!other.text.isEmpty())
        paragraphs.append(other);
    if (paragraphs.isEmpty())
        return {};
    paragraphs.prepend({QStringLiteral("recommendations"),
                        rules::recommendationsIntro(unitKindOf(data), afterShortcomings)});
    return paragraphs;
}

} // namespace cchc::report
