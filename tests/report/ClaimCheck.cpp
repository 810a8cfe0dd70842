#include "tests/report/ClaimCheck.h"

#include "core/common/VietnameseText.h"

#include <QSet>

namespace cchc::test {

using report::Claim;
using report::DraftParagraph;
using report::RoundData;
using report::rules::Share;

namespace {

// The units (round order) whose assessment of `criterionId` says `about`.
QStringList unitsWith(const RoundData &data, const QString &criterionId, Claim::About about)
{
    QStringList ids;
    for (const RoundUnit &roundUnit : data.round.units) {
        const Assessment *assessment = data.assessment(roundUnit.id, criterionId);
        const AssessmentResult result =
            assessment ? assessment->result : AssessmentResult::NotChecked;
        bool asked = false;
        for (const CorrectiveAction &action : data.actions)
            asked = asked || (action.roundUnitId == roundUnit.id &&
                              action.criterionId == criterionId);
        const bool match =
            (about == Claim::About::Met && result == AssessmentResult::Met) ||
            (about == Claim::About::Exemplary && result == AssessmentResult::Met &&
             assessment->exemplary && !asked) ||
            (about == Claim::About::PartlyMet && result == AssessmentResult::PartiallyMet) ||
            (about == Claim::About::NotMet && result == AssessmentResult::NotMet);
        if (match)
            ids.append(roundUnit.id);
    }
    return ids;
}

int applicableUnits(const RoundData &data, const QString &criterionId)
{
    int count = 0;
    for (const RoundUnit &roundUnit : data.round.units) {
        const Assessment *assessment = data.assessment(roundUnit.id, criterionId);
        if (!assessment || assessment->result != AssessmentResult::NotApplicable)
            ++count;
    }
    return count;
}

QString nameOf(const RoundData &data, const QString &roundUnitId)
{
    const RoundUnit *roundUnit = data.round.findRoundUnit(roundUnitId);
    return roundUnit ? data.unitName(*roundUnit) : QString();
}

// The share the words of a sentence claim, read from the text alone.
void checkWords(const Claim &claim, int roundUnits, QStringList &errors, const QString &where)
{
    const QString &text = claim.sentence;
    const int count = int(claim.unitIds.size());
    const auto fail = [&](const QString &why) { errors.append(where + why + QStringLiteral(": ") + text); };
    if (text.contains(QStringLiteral("100%")) &&
        (count != claim.applicable || claim.applicable != roundUnits))
        fail(QStringLiteral("“100%” for a part of the units"));
    if (text.contains(QStringLiteral("Một số")) && 2 * count > claim.applicable)
        fail(QStringLiteral("“Một số” for a majority"));
    for (const QString &most : {QStringLiteral("Đa số"), QStringLiteral("Phần lớn"),
                                QStringLiteral("Nhiều đơn vị"), QStringLiteral("Hầu hết")}) {
        if (text.contains(most, Qt::CaseInsensitive) &&
            (2 * count <= claim.applicable || count == claim.applicable))
            fail(QStringLiteral("“%1” for %2 of %3").arg(most).arg(count).arg(claim.applicable));
    }
    if ((text.contains(QStringLiteral("đều")) || text.contains(QStringLiteral("Tất cả"))) &&
        count != claim.applicable)
        fail(QStringLiteral("“all” for %1 of %2").arg(count).arg(claim.applicable));
    switch (claim.share) {
    case Share::All:
        if (count != claim.applicable)
            fail(QStringLiteral("share All for a part"));
        break;
    case Share::NearlyAll:
        if (claim.applicable - count < 1 || claim.applicable - count > 2)
            fail(QStringLiteral("share NearlyAll off by more than two"));
        break;
    case Share::Most:
    case Share::Some:
        if (const QString share = QStringLiteral("%1/%2").arg(vn::twoDigitCount(count),
                                                               vn::twoDigitCount(claim.applicable));
            !text.contains(share + QStringLiteral(" đơn vị")) &&
            !text.contains(QLatin1Char('(') + share + QLatin1Char(')')))
            fail(QStringLiteral("count “%1/%2” missing").arg(count).arg(claim.applicable));
        if ((claim.share == Share::Most) != (2 * count > claim.applicable))
            fail(QStringLiteral("majority and minority mixed"));
        break;
    case Share::Few:
    case Share::One:
        if (count > report::rules::kNamedLimit || claim.namedIds != claim.unitIds)
            fail(QStringLiteral("a few units not all named"));
        if (!text.contains(vn::twoDigitCount(count) + QStringLiteral(" đơn vị (")))
            fail(QStringLiteral("count %1 missing").arg(count));
        break;
    }
}

// Unit names in `text` other than those the paragraph's claims name.
void checkNames(const RoundData &data, const DraftParagraph &paragraph, QStringList &errors)
{
    QString rest = paragraph.text;
    QSet<QString> named;
    for (const Claim &claim : paragraph.claims) {
        rest.remove(claim.sentence);
        for (const QString &id : claim.namedIds + claim.exceptionIds)
            named.insert(id);
        for (const QString &id : claim.namedIds + claim.exceptionIds) {
            if (!claim.sentence.contains(nameOf(data, id)))
                errors.append(QStringLiteral("%1: %2 is not named in: %3")
                                  .arg(paragraph.key, nameOf(data, id), claim.sentence));
        }
    }
    for (const RoundUnit &roundUnit : data.round.units) {
        const QString name = data.unitName(roundUnit);
        if (rest.contains(name))
            errors.append(paragraph.key + QStringLiteral(": an unclaimed sentence names ") + name);
        bool inSomeClaim = false;
        for (const Claim &claim : paragraph.claims)
            inSomeClaim = inSomeClaim || (claim.sentence.contains(name) &&
                                          (claim.namedIds.contains(roundUnit.id) ||
                                           claim.exceptionIds.contains(roundUnit.id)));
        if (paragraph.text.contains(name) && !inSomeClaim && !named.contains(roundUnit.id))
            errors.append(paragraph.key + QStringLiteral(": names ") + name + QStringLiteral(" without a claim"));
    }
}

} // namespace

QStringList claimViolations(const RoundData &data, const QList<DraftParagraph> &paragraphs)
{
    QStringList errors;
    QSet<QString> praised, corrected; // "unit/criterion"
    const int roundUnits = int(data.round.units.size());
    for (const DraftParagraph &paragraph : paragraphs) {
        const QString where = paragraph.key + QStringLiteral(": ");
        for (const Claim &claim : paragraph.claims) {
            if (!paragraph.text.contains(claim.sentence))
                errors.append(where + QStringLiteral("claimed sentence not in the text: ") +
                              claim.sentence);
            switch (claim.about) {
            case Claim::About::Met:
            case Claim::About::Exemplary:
            case Claim::About::PartlyMet:
            case Claim::About::NotMet:
                for (const QString &criterionId : claim.criterionIds) {
                    if (unitsWith(data, criterionId, claim.about) != claim.unitIds)
                        errors.append(where + QStringLiteral("units of %1 differ: ").arg(criterionId) +
                                      claim.sentence);
                    if (applicableUnits(data, criterionId) != claim.applicable)
                        errors.append(where + QStringLiteral("applicable units of %1 differ").arg(criterionId));
                    for (const QString &id : claim.unitIds) {
                        const QString pair = id + QLatin1Char('/') + criterionId;
                        if (claim.about == Claim::About::Exemplary ||
                            (claim.about == Claim::About::Met && claim.namedIds.contains(id)))
                            praised.insert(pair);
                        if (claim.about == Claim::About::PartlyMet ||
                            claim.about == Claim::About::NotMet)
                            corrected.insert(pair);
                    }
                }
                if (claim.about != Claim::About::Exemplary)
                    checkWords(claim, roundUnits, errors, where);
                break;
            case Claim::About::Request:
                for (const QString &id : claim.unitIds)
                    corrected.insert(id + QLatin1Char('/') + claim.criterionIds.value(0));
                break;
            case Claim::About::Grade: {
                QStringList ids;
                for (const RoundUnit &roundUnit : data.round.units) {
                    const auto grade = data.score(roundUnit).grade;
                    if (grade && grade->name == claim.band)
                        ids.append(roundUnit.id);
                }
                if (QSet<QString>(ids.cbegin(), ids.cend()) !=
                    QSet<QString>(claim.unitIds.cbegin(), claim.unitIds.cend()))
                    errors.append(where + QStringLiteral("grade %1 units differ").arg(claim.band));
                if (claim.namedIds.isEmpty() &&
                    !claim.sentence.contains(QStringLiteral("%1 đơn vị xếp loại %2")
                                                 .arg(vn::twoDigitCount(int(ids.size())), claim.band)))
                    errors.append(where + QStringLiteral("grade count missing: ") + claim.sentence);
                break;
            }
            case Claim::About::Improved:
                for (const QString &id : claim.unitIds) {
                    const RoundUnit *roundUnit = data.round.findRoundUnit(id);
                    const auto now = data.score(*roundUnit).total.percent();
                    const auto before = data.previousPercent.constFind(roundUnit->unitId);
                    if (!now || before == data.previousPercent.cend() || *now - *before < 10.0)
                        errors.append(where + QStringLiteral("not improved: ") + nameOf(data, id));
                }
                break;
            }
        }
        checkNames(data, paragraph, errors);
    }
    for (const QString &pair : std::as_const(praised)) {
        if (corrected.contains(pair))
            errors.append(QStringLiteral("praised and asked to correct: ") + pair);
    }
    return errors;
}

} // namespace cchc::test
