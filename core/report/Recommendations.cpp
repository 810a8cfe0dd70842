#include "Recommendations.h"

#include "common/VietnameseText.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>

namespace cchc::report {

namespace {

// Up to this many units are named without counting them.
constexpr int kNamedLimit = 3;
// Up to this many are counted and named; beyond it a list of names would fill the page.
constexpr int kListedLimit = 8;

// "Ban bồi thường, hỗ trợ và tái định cư" has a comma and a "và" of its own: lists holding
// such a name are separated by semicolons, as the 2022 report does.
QString separatorFor(const QStringList &names)
{
    const bool ambiguous = std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
        return name.contains(QLatin1Char(',')) || name.contains(QStringLiteral(" và "));
    });
    return ambiguous ? QStringLiteral("; ") : QStringLiteral(", ");
}

QString listOfNames(const QStringList &names)
{
    const QString separator = separatorFor(names);
    if (names.size() < 2 || separator == QStringLiteral("; "))
        return names.join(separator);
    return names.mid(0, names.size() - 1).join(separator) + QStringLiteral(" và ") +
           names.constLast();
}

// The action as the team typed it, as a verb phrase: "Tổ chức ký cam kết." -> "tổ chức ký
// cam kết"; a leading "Đề nghị" is dropped because the sentence supplies it.
QString actionPhrase(const QString &description)
{
    static const QRegularExpression lead(QStringLiteral("^đề nghị\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    return lowerFirst(withoutEndPunctuation(description).remove(lead));
}

// Round units named in round order, whatever order they were collected in.
QStringList namesInRoundOrder(const RoundData &data, const QSet<QString> &roundUnitIds)
{
    QStringList names;
    for (const RoundUnit &roundUnit : data.round.units) {
        if (roundUnitIds.contains(roundUnit.id))
            names.append(data.unitName(roundUnit));
    }
    return names;
}

// Actions with the same wording and deadline, and the units they are asked of.
struct ActionGroup
{
    QString phrase;
    QDate deadline;
    QSet<QString> roundUnitIds;
};

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
        if (same == groups.end())
            groups.append({phrase, action->deadline, {action->roundUnitId}});
        else
            same->roundUnitIds.insert(action->roundUnitId);
    }
    return groups;
}

QStringList actionSentences(const RoundData &data, const QList<const CorrectiveAction *> &actions)
{
    QStringList sentences;
    for (const ActionGroup &group : groupActions(actions)) {
        QString sentence = QStringLiteral("Đề nghị ") +
                           addressees(namesInRoundOrder(data, group.roundUnitIds),
                                      int(data.round.units.size()), unitKindOf(data)) +
                           QLatin1Char(' ') + group.phrase;
        if (group.deadline.isValid())
            sentence += QStringLiteral(" trước ngày ") + vn::shortDate(group.deadline);
        sentences.append(sentence + QLatin1Char('.'));
    }
    return sentences;
}

QString coverKey(const QString &roundUnitId, const QString &criterionId)
{
    return roundUnitId + QLatin1Char('/') + criterionId;
}

// Shortcomings of an area that no action of the same unit and criterion covers, one
// sentence per set of units: "Đề nghị A khắc phục tình trạng chưa X; chưa Y."
QStringList uncoveredSentences(const RoundData &data, const CriteriaGroup &area,
                               const QSet<QString> &covered)
{
    QList<std::pair<QStringList, QStringList>> byUnits; // unit names -> unmet phrases
    for (const Criterion &criterion : area.criteria) {
        const QString phrase = criterion.phraseUnmet.trimmed();
        if (phrase.isEmpty())
            continue;
        QSet<QString> uncovered;
        for (const RoundUnit &roundUnit : data.round.units) {
            const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
            if (!assessment || (assessment->result != AssessmentResult::NotMet &&
                                assessment->result != AssessmentResult::PartiallyMet))
                continue;
            if (!covered.contains(coverKey(roundUnit.id, criterion.id)))
                uncovered.insert(roundUnit.id);
        }
        if (uncovered.isEmpty())
            continue;
        const QStringList names = namesInRoundOrder(data, uncovered);
        auto same = std::find_if(byUnits.begin(), byUnits.end(),
                                 [&](const auto &entry) { return entry.first == names; });
        if (same == byUnits.end())
            byUnits.append({names, {phrase}});
        else
            same->second.append(phrase);
    }
    QStringList sentences;
    for (const auto &[names, phrases] : std::as_const(byUnits)) {
        sentences.append(QStringLiteral("Đề nghị %1 khắc phục tình trạng chưa %2.")
                             .arg(addressees(names, int(data.round.units.size()),
                                             unitKindOf(data)),
                                  phrases.join(QStringLiteral("; chưa "))));
    }
    return sentences;
}

} // namespace

QString addressees(const QStringList &names, int roundUnits, const QString &unitKind)
{
    if (names.size() > 1 && names.size() == roundUnits)
        return QStringLiteral("các ") + unitKind;
    if (names.size() <= kNamedLimit)
        return listOfNames(names);
    if (names.size() > kListedLimit) // each unit finds its own requests in its minutes
        return QStringLiteral("%1 đơn vị (theo biên bản kiểm tra từng đơn vị)")
            .arg(vn::twoDigitCount(int(names.size())));
    return QStringLiteral("%1 đơn vị (%2)")
        .arg(vn::twoDigitCount(int(names.size())), names.join(separatorFor(names)));
}

QList<DraftParagraph> draftRecommendations(const RoundData &data, bool afterShortcomings)
{
    QList<DraftParagraph> paragraphs;
    QList<const CorrectiveAction *> unplaced;
    QHash<QString, QList<const CorrectiveAction *>> byCriterion;
    QSet<QString> covered; // "round unit/criterion" pairs some action answers
    for (const CorrectiveAction &action : data.actions) {
        if (!data.checklist.findCriterion(action.criterionId)) {
            unplaced.append(&action);
            continue;
        }
        byCriterion[action.criterionId].append(&action);
        covered.insert(coverKey(action.roundUnitId, action.criterionId));
    }
    for (const CriteriaGroup &area : data.checklist.groups) {
        QList<const CorrectiveAction *> actions;
        for (const Criterion &criterion : area.criteria)
            actions.append(byCriterion.value(criterion.id));
        const QStringList uncovered = uncoveredSentences(data, area, covered);
        const QStringList sentences = actionSentences(data, actions) + uncovered;
        if (!sentences.isEmpty())
            paragraphs.append({QStringLiteral("recommendations/") + area.id,
                               QStringLiteral("Về ") + lowerFirst(area.title.trimmed()) +
                                   QStringLiteral(": ") + sentences.join(QLatin1Char(' '))});
    }
    const QStringList other = actionSentences(data, unplaced);
    if (!other.isEmpty())
        paragraphs.append({QStringLiteral("recommendations/other"), other.join(QLatin1Char(' '))});
    if (paragraphs.isEmpty())
        return {};
    const QString request = QStringLiteral("Đoàn kiểm tra đề nghị các %1 tiếp tục quan tâm chỉ "
                                           "đạo, triển khai thực hiện công tác CCHC, cụ thể như "
                                           "sau:")
                                .arg(unitKindOf(data));
    paragraphs.prepend(
        {QStringLiteral("recommendations"),
         afterShortcomings
             ? QStringLiteral("Để khắc phục những tồn tại, hạn chế nêu trên, ") + request
             : request});
    return paragraphs;
}

} // namespace cchc::report
