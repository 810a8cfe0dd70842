// The claim check as a property: on a few hundred random rounds (1–40 units, every kind of
// result, exemplary units, corrective actions, a previous round), every sentence the notice
// drafts about units holds against the data (ClaimCheck.h says what is checked).
#include "tests/report/ClaimCheck.h"
#include "tests/report/ReportFixtures.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;

namespace {

// Names that are never part of one another; some hold a comma, as real ones do.
QStringList randomNames(QRandomGenerator &random, int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names.append(random.bounded(6) == 0
                         ? QStringLiteral("Ban bồi thường, hỗ trợ mã %1").arg(i + 1, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("Trung tâm mã %1").arg(i + 1, 2, 10, QLatin1Char('0')));
    }
    return names;
}

// One criterion's results: a bias per criterion, so "all", "nearly all" and "none" occur.
QString randomResults(QRandomGenerator &random, int units)
{
    static const QString letters = QStringLiteral("DDDDEPPCCN-");
    const int mode = random.bounded(6);
    QString results;
    for (int u = 0; u < units; ++u) {
        QChar letter = letters.at(random.bounded(int(letters.size())));
        if (mode == 0 && random.bounded(10) > 0)
            letter = QLatin1Char('D'); // nearly everyone meets it
        else if (mode == 1 && random.bounded(10) > 0)
            letter = QLatin1Char('C'); // nearly everyone fails it
        else if (mode == 2 && random.bounded(3) > 0)
            letter = QLatin1Char('N'); // applies to few
        results.append(letter);
    }
    return results;
}

RoundData randomRound(QRandomGenerator &random)
{
    const int units = 1 + random.bounded(40);
    QList<QStringList> areas;
    for (int a = 0, count = 1 + random.bounded(4); a < count; ++a) {
        QStringList area;
        for (int c = 0, criteria = 1 + random.bounded(4); c < criteria; ++c)
            area.append(randomResults(random, units));
        areas.append(area);
    }
    RoundData data = makeRoundOfAreas(randomNames(random, units), areas);
    // Corrective actions where units fall short, some shared, some not tied to a criterion.
    for (auto unit = data.assessments.cbegin(); unit != data.assessments.cend(); ++unit) {
        for (const Assessment &assessment : unit.value()) {
            const bool short_ = assessment.result == AssessmentResult::NotMet ||
                                assessment.result == AssessmentResult::PartiallyMet;
            if (!short_ || random.bounded(3) != 0)
                continue;
            CorrectiveAction action;
            action.roundUnitId = unit.key();
            action.criterionId = random.bounded(5) == 0 ? QString() : assessment.criterionId;
            action.description = QStringLiteral("Khắc phục việc số %1").arg(random.bounded(3));
            action.deadline = QDate(2024, 7, 1).addDays(random.bounded(60));
            data.actions.append(action);
        }
    }
    for (const RoundUnit &roundUnit : data.round.units) {
        if (random.bounded(2) == 0)
            data.previousPercent.insert(roundUnit.unitId, random.bounded(100));
    }
    return data;
}

} // namespace

TEST_CASE("Every drafted sentence about units holds against the data, on random rounds",
          "[drafting][claims]")
{
    QRandomGenerator random(20221);
    for (int round = 0; round < 300; ++round) {
        const RoundData data = randomRound(random);
        const QList<DraftParagraph> paragraphs = draftNotice(data, ReportSettings());
        const QStringList violations = claimViolations(data, paragraphs);
        INFO("round " << round << " with " << data.round.units.size() << " units");
        INFO(violations.join(QLatin1Char('\n')).toStdString());
        REQUIRE(violations.isEmpty());
    }
}

TEST_CASE("The claim check catches a sentence the data contradicts", "[drafting][claims]")
{
    const RoundData data = makeRound({QStringLiteral("Đơn vị An"), QStringLiteral("Đơn vị Bình"),
                                      QStringLiteral("Đơn vị Cường")},
                                     {QStringLiteral("DDC")});
    QList<DraftParagraph> paragraphs = draftNotice(data, ReportSettings());
    REQUIRE(claimViolations(data, paragraphs).isEmpty());
    for (DraftParagraph &paragraph : paragraphs) {
        for (Claim &claim : paragraph.claims) {
            if (claim.about != Claim::About::Met)
                continue;
            // Say "100%" where two of three met it.
            paragraph.text.replace(claim.sentence, QStringLiteral("100% đơn vị đã làm việc 1."));
            claim.sentence = QStringLiteral("100% đơn vị đã làm việc 1.");
        }
    }
    CHECK_FALSE(claimViolations(data, paragraphs).isEmpty());
}
