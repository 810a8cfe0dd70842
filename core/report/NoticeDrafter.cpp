#include "core/report/NoticeDrafter.h"

#include "core/report/Recommendations.h"
#include "core/report/ScoreAnnex.h"
#include "core/common/VietnameseText.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cchc::report {

using rules::Share;
using rules::Stance;

namespace {

// Areas whose shortcomings share one paragraph: the notice groups them in a few paragraphs,
// as the 2022 report does, instead of one line per criterion.
constexpr int kAreasPerShortcomingParagraph = 3;

// Everything sentences are put together with: names, the list style of the whole document,
// and the counters that rotate equivalent openings.
class Composer
{
public:
    Composer(const RoundData &data, const ReportSettings &settings)
        : m_data(data), m_settings(settings)
    {
        QStringList names;
        for (const RoundUnit &roundUnit : data.round.units) {
            names.append(data.unitName(roundUnit));
            m_names.insert(roundUnit.id, names.constLast());
        }
        m_style = listStyleOf(names);
    }

    QStringList namesOf(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids)
            names.append(m_names.value(id));
        return names;
    }
    ListStyle style() const { return m_style; }
    const ReportSettings &settings() const { return m_settings; }
    int roundUnits() const { return int(m_data.round.units.size()); }

    // One sentence about `unitIds` of `applicable` units: the quantified subject, the
    // predicate, then the exemplary units (", tiêu biểu như …") unless the subject already
    // names every unit. `*exemplarySaid` tells whether they were.
    QString sentence(Stance stance, const QStringList &unitIds, const QStringList &applicable,
                     const QString &predicate, const QStringList &exemplaryIds,
                     const QString &phraseExemplary, Claim &claim, bool *exemplarySaid)
    {
        rules::Subject subject;
        subject.count = int(unitIds.size());
        subject.applicable = int(applicable.size());
        subject.roundUnits = roundUnits();
        subject.names = namesOf(unitIds);
        int namedLimit = rules::namedLimitOf(stance);
        if (!rules::namesFitInline(subject.names, m_style))
            namedLimit = std::min(namedLimit, subject.count - 1);
        subject.share = rules::shareOf(subject.count, subject.applicable, namedLimit);
        // A set: at 1 000 units a list lookup per applicable unit was a million comparisons
        // per sentence.
        const QSet<QString> said(unitIds.cbegin(), unitIds.cend());
        QStringList exceptions;
        for (const QString &id : applicable) {
            if (!said.contains(id))
                exceptions.append(id);
        }
        subject.exceptions = namesOf(exceptions);
        int &turn = m_turns[int(stance) * 16 + int(subject.share)];
        const rules::Quantified words = rules::quantify(stance, subject, m_style, turn++);
        claim.unitIds = unitIds;
        claim.applicable = subject.applicable;
        claim.share = subject.share;
        claim.namedIds = words.named == subject.names ? unitIds : QStringList();
        if (!words.named.isEmpty() && words.named == subject.exceptions) {
            claim.namedIds.clear();
            claim.exceptionIds = exceptions;
        }
        const bool allNamed = subject.roundUnits == 1 || words.named == subject.names;
        *exemplarySaid = !allNamed && !exemplaryIds.isEmpty();
        const QString tail =
            *exemplarySaid
                ? rules::exemplaryClause(namesOf(exemplaryIds), m_style, phraseExemplary)
                : QString();
        return words.opening + QLatin1Char(' ') + predicate + tail + words.closing +
               QLatin1Char('.');
    }

private:
    const RoundData &m_data;
    const ReportSettings &m_settings;
    QHash<QString, QString> m_names;
    ListStyle m_style = ListStyle::Commas;
    QHash<int, int> m_turns;
};

// Criteria of one stance that concern the same units, said in one sentence.
struct Statement
{
    QString key; // statementKey() of the three lists, built once
    QStringList unitIds;
    QStringList applicable;
    QStringList exemplaryIds;
    QList<std::pair<Claim::About, const Criterion *>> criteria;
    QStringList predicates;
};

QString statementKey(const QStringList &unitIds, const QStringList &applicable,
                     const QStringList &exemplary)
{
    return unitIds.join(QLatin1Char(',')) + QLatin1Char('|') + applicable.join(QLatin1Char(',')) +
           QLatin1Char('|') + exemplary.join(QLatin1Char(','));
}

void addTo(QList<Statement> &statements, const QStringList &unitIds, const QStringList &applicable,
           const QStringList &exemplary, Claim::About about, const Criterion &criterion,
           const QString &predicate)
{
    const QString key = statementKey(unitIds, applicable, exemplary);
    auto same = std::find_if(statements.begin(), statements.end(),
                             [&](const Statement &s) { return s.key == key; });
    if (same == statements.end()) {
        statements.append({key, unitIds, applicable, exemplary, {}, {}});
        same = std::prev(statements.end());
    }
    same->criteria.append({about, &criterion});
    same->predicates.append(predicate);
}

// The statement's sentence and its claims (one per kind of result it speaks of).
void writeStatement(Composer &composer, Stance stance, const Statement &statement,
                    QStringList &sentences, QList<Claim> &claims)
{
    Claim claim;
    const QString predicate = stance == Stance::Strength
                                  ? rules::strengthPredicate(statement.predicates)
                                  : rules::joinPredicates(statement.predicates);
    bool exemplarySaid = false;
    // One criterion's own exemplary phrasing; merged criteria name their examples plainly.
    const QString phraseExemplary =
        statement.criteria.size() == 1 ? statement.criteria.at(0).second->phraseExemplary
                                       : QString();
    const QString text = composer.sentence(stance, statement.unitIds, statement.applicable,
                                           predicate, statement.exemplaryIds,
                                           filledPhrase(phraseExemplary, composer.settings()),
                                           claim, &exemplarySaid);
    QHash<int, QStringList> criteriaByKind;
    for (const auto &[about, criterion] : statement.criteria)
        criteriaByKind[int(about)].append(criterion->id);
    for (auto it = criteriaByKind.cbegin(); it != criteriaByKind.cend(); ++it) {
        Claim kind = claim;
        kind.about = Claim::About(it.key());
        kind.criterionIds = it.value();
        kind.sentence = text;
        claims.append(kind);
    }
    if (exemplarySaid) {
        Claim exemplary;
        exemplary.about = Claim::About::Exemplary;
        for (const auto &entry : statement.criteria)
            exemplary.criterionIds.append(entry.second->id);
        exemplary.unitIds = statement.exemplaryIds;
        exemplary.namedIds =
            statement.exemplaryIds.size() <= rules::kNamedLimit ? statement.exemplaryIds
                                                                : QStringList();
        exemplary.applicable = int(statement.applicable.size());
        exemplary.share = rules::shareOf(int(statement.exemplaryIds.size()),
                                         int(statement.applicable.size()));
        exemplary.sentence = text;
        claims.append(exemplary);
    }
    sentences.append(text);
}

DraftParagraph resultsParagraph(const RoundData &data, const ReportSettings &settings,
                                Composer &composer, const CriteriaGroup &group)
{
    QList<Statement> statements;
    for (const Criterion &criterion : group.criteria) {
        const QString phrase = filledPhrase(criterion.phraseMet, settings);
        const CriterionTally tally = tallyCriterion(data, criterion);
        if (phrase.isEmpty() || tally.met.isEmpty())
            continue;
        addTo(statements, tally.met, tally.applicable, tally.exemplary, Claim::About::Met,
              criterion, phrase);
    }
    DraftParagraph paragraph{QStringLiteral("results/") + group.id, {}};
    QStringList sentences;
    for (const Statement &statement : std::as_const(statements))
        writeStatement(composer, Stance::Strength, statement, sentences, paragraph.claims);
    paragraph.text = sentences.join(QLatin1Char(' '));
    return paragraph;
}

// The shortcomings of a few consecutive areas in one paragraph: criteria falling short at
// the same units are one sentence.
DraftParagraph shortcomingsParagraph(const RoundData &data, const ReportSettings &settings,
                                     Composer &composer, const QList<CriteriaGroup> &areas)
{
    QList<Statement> statements;
    for (const CriteriaGroup &group : areas) {
        for (const Criterion &criterion : group.criteria) {
            const CriterionTally tally = tallyCriterion(data, criterion);
            const QString unmet = filledPhrase(criterion.phraseUnmet, settings);
            if (!tally.notMet.isEmpty() && !unmet.isEmpty())
                addTo(statements, tally.notMet, tally.applicable, {}, Claim::About::NotMet,
                      criterion, rules::notMetPredicate(unmet));
            const QString met = filledPhrase(criterion.phraseMet, settings);
            if (!tally.partlyMet.isEmpty() && !met.isEmpty())
                addTo(statements, tally.partlyMet, tally.applicable, {}, Claim::About::PartlyMet,
                      criterion,
                      rules::partlyMetPredicate(filledPhrase(criterion.phrasePartial, settings), met));
        }
    }
    DraftParagraph paragraph{QStringLiteral("shortcomings/") + areas.constFirst().id, {}};
    QStringList sentences;
    for (const Statement &statement : std::as_const(statements))
        writeStatement(composer, Stance::Shortcoming, statement, sentences, paragraph.claims);
    paragraph.text = sentences.join(QLatin1Char(' '));
    return paragraph;
}

// Opens a paragraph with a connector ("Bên cạnh đó, còn …"), keeping its claims' sentences
// as they now read.
void openWith(DraftParagraph &paragraph, const QString &connector)
{
    if (connector.isEmpty() || paragraph.text.isEmpty())
        return;
    const QString first = paragraph.text.section(QStringLiteral(". "), 0, 0);
    QString opened = connector + lowerFirst(first);
    for (Claim &claim : paragraph.claims) {
        if (claim.sentence.startsWith(first))
            claim.sentence.replace(0, first.size(), opened);
    }
    paragraph.text.replace(0, first.size(), opened);
}

// "Qua chấm điểm, có 02 đơn vị xếp loại Tốt, …" and the units of the best grade, when few.
QString gradeSummary(const RoundData &data, const Composer &composer, QList<Claim> &claims)
{
    const QList<UnitScoreRow> rows = rankedScores(data);
    QStringList counts;
    QString best;
    for (const GradingBand &band : data.checklist.bands) {
        QStringList ids;
        for (const UnitScoreRow &row : rows) {
            if (row.score.grade && row.score.grade->name == band.name)
                ids.append(row.roundUnitId);
        }
        if (ids.isEmpty())
            continue;
        counts.append(rules::gradeCount(int(ids.size()), band.name));
        Claim claim;
        claim.about = Claim::About::Grade;
        claim.band = band.name;
        claim.unitIds = ids;
        claim.applicable = int(rows.size());
        claim.share = rules::shareOf(int(ids.size()), claim.applicable);
        claims.append(claim);
        // The first band reached names its units, when they are few and not all of them.
        if (best.isEmpty() && counts.size() == 1 && ids.size() <= rules::kBestNamedLimit &&
            ids.size() < rows.size()) {
            best = rules::bestUnits(band.name, composer.namesOf(ids), composer.style());
            claim.namedIds = ids;
            claim.sentence = best;
            claims.append(claim);
        }
    }
    QString text = rules::gradeCounts(counts);
    for (Claim &claim : claims) {
        if (claim.sentence.isEmpty())
            claim.sentence = text;
    }
    return best.isEmpty() ? text : text + QLatin1Char(' ') + best;
}

QString improvedSentence(const RoundData &data, const Composer &composer, QList<Claim> &claims)
{
    const QStringList ids = mostImproved(data);
    if (ids.isEmpty())
        return {};
    Claim claim;
    claim.about = Claim::About::Improved;
    claim.unitIds = ids;
    claim.namedIds = ids;
    claim.sentence = rules::improvedUnits(composer.namesOf(ids), composer.style());
    claims.append(claim);
    return claim.sentence;
}

DraftParagraph assessmentParagraph(const RoundData &data, const Composer &composer,
                                   const QString &subject)
{
    DraftParagraph paragraph{QStringLiteral("assessment"), {}};
    QStringList parts = {rules::assessmentLead(unitKindOf(data), subject)};
    parts.append(gradeSummary(data, composer, paragraph.claims));
    parts.append(improvedSentence(data, composer, paragraph.claims));
    parts.removeAll(QString());
    paragraph.text = parts.join(QLatin1Char(' '));
    return paragraph;
}

QDate latestDeadline(const RoundData &data)
{
    QDate latest;
    for (const CorrectiveAction &action : data.actions) {
        if (action.deadline.isValid() && (!latest.isValid() || action.deadline > latest))
            latest = action.deadline;
    }
    return latest;
}

QList<DraftParagraph> shortcomingParagraphs(const RoundData &data, const ReportSettings &settings,
                                            Composer &composer)
{
    QList<DraftParagraph> paragraphs;
    const QList<CriteriaGroup> &groups = data.checklist.groups;
    for (int first = 0; first < groups.size(); first += kAreasPerShortcomingParagraph) {
        DraftParagraph paragraph = shortcomingsParagraph(
            data, settings, composer, groups.mid(first, kAreasPerShortcomingParagraph));
        if (paragraph.text.isEmpty())
            continue;
        openWith(paragraph, rules::shortcomingConnector(int(paragraphs.size())));
        paragraphs.append(paragraph);
    }
    return paragraphs;
}

} // namespace

QStringList mostImproved(const RoundData &data, double minimumGain, int limit)
{
    QList<std::pair<double, QString>> gains;
    for (const RoundUnit &roundUnit : data.round.units) {
        const auto before = data.previousPercent.constFind(roundUnit.unitId);
        const auto now = data.score(roundUnit).total.percent();
        if (before == data.previousPercent.cend() || !now || *now - *before < minimumGain)
            continue;
        gains.append({*now - *before, roundUnit.id});
    }
    std::stable_sort(gains.begin(), gains.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList ids;
    for (int i = 0; i < std::min(limit, int(gains.size())); ++i)
        ids.append(gains.at(i).second);
    return ids;
}

CriterionTally tallyCriterion(const RoundData &data, const Criterion &criterion)
{
    QSet<QString> asked; // units asked to act on this criterion are not held up as examples
    for (const CorrectiveAction &action : data.actions) {
        if (action.criterionId == criterion.id)
            asked.insert(action.roundUnitId);
    }
    CriterionTally tally;
    tally.roundUnits = int(data.round.units.size());
    for (const RoundUnit &roundUnit : data.round.units) {
        const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
        const AssessmentResult result =
            assessment ? assessment->result : AssessmentResult::NotChecked;
        if (result == AssessmentResult::NotApplicable) {
            tally.notApplicable.append(roundUnit.id);
            continue;
        }
        tally.applicable.append(roundUnit.id);
        switch (result) {
        case AssessmentResult::Met:
            tally.met.append(roundUnit.id);
            if (assessment->exemplary && !asked.contains(roundUnit.id))
                tally.exemplary.append(roundUnit.id);
            break;
        case AssessmentResult::PartiallyMet:
            tally.partlyMet.append(roundUnit.id);
            break;
        case AssessmentResult::NotMet:
            tally.notMet.append(roundUnit.id);
            break;
        case AssessmentResult::NotChecked:
        case AssessmentResult::NotApplicable:
            break;
        }
    }
    return tally;
}

QList<DraftParagraph> draftNotice(const RoundData &data, const ReportSettings &settings)
{
    Composer composer(data, settings);
    const AbbreviatedSubject subjects = abbreviatedSubject(roundSubject(data.round));
    const QString &subject = subjects.later;
    const QString kind = unitKindOf(data);
    QStringList citations;
    for (const LegalReference &basis : data.round.legalBases)
        citations.append(basis.citation());
    QList<DraftParagraph> paragraphs;
    paragraphs.append({QStringLiteral("opening"),
                       rules::openingParagraph(
                           citations, visitPeriod(data.round.visitStart, data.round.visitEnd),
                           settings.issuerInProse, subjects, int(data.round.units.size()), kind,
                           data.round.periodAssessed)});
    for (const CriteriaGroup &group : data.checklist.groups) {
        if (auto paragraph = resultsParagraph(data, settings, composer, group);
            !paragraph.text.isEmpty())
            paragraphs.append(paragraph);
    }
    paragraphs.append(assessmentParagraph(data, composer, subject));

    const QList<DraftParagraph> shortcomings = shortcomingParagraphs(data, settings, composer);
    if (!shortcomings.isEmpty()) {
        paragraphs.append({QStringLiteral("shortcomings"), rules::shortcomingsIntro(kind, subject)});
        paragraphs.append(shortcomings);
    }
    paragraphs.append(draftRecommendations(data, settings, !shortcomings.isEmpty()));
    paragraphs.append({QStringLiteral("closing"),
                       rules::closingParagraph(kind, subject, settings.reportTo,
                                               latestDeadline(data))});
    return paragraphs;
}

QDate defaultNoticeDate(const InspectionRound &round, const QDate &today)
{
    QDate last = round.visitEnd.isValid() ? round.visitEnd : round.visitStart;
    for (const RoundUnit &unit : round.units) {
        if (unit.visitDate.isValid() && (!last.isValid() || unit.visitDate > last))
            last = unit.visitDate;
    }
    if (!last.isValid())
        return today;
    QDate date = last.addDays(1);
    while (date.dayOfWeek() > 5) // Saturday, Sunday
        date = date.addDays(1);
    return today.isValid() && date > today ? today : date;
}

const TeamMember *noticeSigner(const InspectionRound &round, const NoticeOptions &options)
{
    for (const TeamMember &member : round.team) {
        if (!options.signerMemberId.isEmpty() && member.id == options.signerMemberId)
            return &member;
    }
    return round.lead();
}

ReportDocument buildNotice(const RoundData &data, const ReportSettings &settings,
                           const QList<DraftParagraph> &body, const NoticeOptions &options)
{
    const QString numberText = settings.documentNumber(QStringLiteral("TB"), options.number);
    ReportSection notice;
    notice.blocks.append(officialHeader(settings, numberText, options.issuedOn));
    notice.blocks.append(
        TitleBlock{QStringLiteral("THÔNG BÁO"),
                   QStringLiteral("Kết quả ") + lowerFirst(data.round.title.trimmed())});
    for (const DraftParagraph &paragraph : body)
        notice.blocks.append(ParagraphBlock{paragraph.key, paragraph.text, paragraph.style});
    SignatureBlock signature;
    for (const QString &line : settings.recipients)
        signature.recipients.append(QStringLiteral("- ") + line);
    signature.signers.append(rules::teamSigner(settings, noticeSigner(data.round, options)));
    notice.blocks.append(signature);

    ReportDocument document;
    document.title = QStringLiteral("Thông báo kết quả kiểm tra – ") + data.round.title;
    document.sections.append(notice);
    if (options.withAnnex) {
        const QString reference =
            QStringLiteral("(Kèm theo Thông báo số %1 ngày %2 của %3)")
                .arg(numberText.mid(4), vn::shortDate(options.issuedOn), settings.issuerInProse);
        document.sections.append(scoreAnnexSection(data, reference));
    }
    return document;
}

} // namespace cchc::report
