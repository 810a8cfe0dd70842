#include "core/report/MinutesBuilder.h"

#include "core/common/VietnameseText.h"
#include "core/domain/AssessmentResult.h"
#include "core/report/NoticeDrafter.h"
#include "core/report/ScoreAnnex.h"
#include "core/report/DraftingRules.h"

#include <QCoreApplication>
#include <QSet>

namespace cchc::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::report::MinutesBuilder)
};

ParagraphBlock body(const QString &text, ParagraphStyle style = ParagraphStyle::Body)
{
    return {QString(), text, style};
}

// A finding longer than this (a third of a page) is printed in full in an annex to the
// minutes, and shown under its area and in the conclusions by its beginning with a pointer
// to the annex: the minutes stay readable and
// quick to print, and nothing typed is lost.
constexpr qsizetype kLongFinding = 1500;
constexpr qsizetype kFindingExcerpt = 400;

class LongFindings
{
public:
    // `finding` as the minutes show it where it is cited: whole, or its beginning (cut at a
    // space) and the annex item that holds it all.
    QString cited(const Criterion &criterion, const QString &finding)
    {
        if (finding.size() <= kLongFinding)
            return finding;
        qsizetype item = m_criteria.indexOf(criterion.id);
        if (item < 0) {
            m_criteria.append(criterion.id);
            m_entries.append({criterion.code, finding});
            item = m_criteria.size() - 1;
        }
        QString excerpt = finding.left(kFindingExcerpt);
        const qsizetype space = excerpt.lastIndexOf(QLatin1Char(' '));
        if (space > kFindingExcerpt / 2)
            excerpt.truncate(space);
        return excerpt.simplified() +
               QStringLiteral("… (toàn văn tại Phụ lục, mục %1)").arg(item + 1);
    }

    // The annex with every long finding in full, one paragraph per typed line; none
    // when no finding was long.
    void addAnnex(ReportDocument &document, const QString &unitName) const
    {
        if (m_entries.isEmpty())
            return;
        ReportSection annex;
        annex.blocks.append(body(QStringLiteral("Phụ lục"), ParagraphStyle::Centered));
        annex.blocks.append(
            body(QStringLiteral("TOÀN VĂN NHẬN XÉT CỦA ĐOÀN KIỂM TRA"), ParagraphStyle::Centered));
        annex.blocks.append(
            body(QStringLiteral("(Kèm theo Biên bản kiểm tra tại %1)").arg(unitName),
                 ParagraphStyle::Reference));
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            annex.blocks.append(
                body(QStringLiteral("%1. Tiêu chí %2").arg(i + 1).arg(m_entries[i].first),
                     ParagraphStyle::Heading));
            const QStringList lines =
                m_entries[i].second.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines)
                annex.blocks.append(body(line));
        }
        document.sections.append(annex);
    }

private:
    QStringList m_criteria;
    QList<std::pair<QString, QString>> m_entries; // criterion code, finding
};


void addParticipants(QList<Block> &blocks, const RoundData &data, const RoundUnit &roundUnit)
{
    blocks.append(body(QStringLiteral("I. THÀNH PHẦN"), ParagraphStyle::Heading));
    blocks.append(body(QStringLiteral("1. Đoàn kiểm tra:")));
    for (const TeamMember &member : data.round.team) {
        QString line = QStringLiteral("- ") + member.fullName;
        if (!member.jobTitle.isEmpty())
            line += QStringLiteral(", ") + member.jobTitle;
        line += QStringLiteral(" – ") + teamRoleLabel(member.role) + QLatin1Char(';');
        blocks.append(body(line));
    }
    blocks.append(body(QStringLiteral("2. Đại diện %1:").arg(data.unitName(roundUnit))));
    const QStringList representatives =
        roundUnit.representatives.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &person : representatives)
        blocks.append(body(QStringLiteral("- ") + withoutEndPunctuation(person) + QLatin1Char(';')));
    // Without a recorded list, the head (who signs) and lines to write the others in on site.
    const Unit unit = data.units.value(roundUnit.unitId);
    if (representatives.isEmpty() && !unit.headName.trimmed().isEmpty())
        blocks.append(body(QStringLiteral("- %1, %2;").arg(unit.headName.trimmed(),
                                                          unit.headTitle.trimmed())));
    if (representatives.isEmpty()) {
        for (int line = 0; line < 2; ++line)
            blocks.append(body(QStringLiteral("- ……………………………………………………")));
    }
}

// The area's results as a table; the findings follow the table as paragraphs of their own,
// so a long finding reads as text, not as a thin column pages long.
void addArea(QList<Block> &blocks, const RoundData &data, const RoundUnit &roundUnit,
             const CriteriaGroup &group, LongFindings &longFindings)
{
    TableBlock table;
    table.header = {QStringLiteral("Mã"), QStringLiteral("Tiêu chí"), QStringLiteral("Kết quả"),
                    QStringLiteral("Điểm")};
    table.columnPercents = {8.0, 60.0, 18.0, 14.0};
    table.centredColumns = {0, 2, 3};
    QStringList findings;
    for (const Criterion &criterion : group.criteria) {
        const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
        const AssessmentResult result =
            assessment ? assessment->result : AssessmentResult::NotChecked;
        const QString score =
            result == AssessmentResult::NotApplicable
                ? QStringLiteral("–")
                : (assessment ? scoreText(appraisedScoreOf(criterion, *assessment))
                              : QStringLiteral("0")) +
                      QLatin1Char('/') + scoreText(criterion.maxScore);
        table.rows.append({criterion.code, criterion.text, reportLabel(result), score});
        if (assessment && !assessment->finding.trimmed().isEmpty())
            findings.append(QStringLiteral("- %1: %2").arg(
                criterion.code,
                withFullStop(withoutEndPunctuation(
                    longFindings.cited(criterion, assessment->finding)))));
    }
    blocks.append(table);
    if (!findings.isEmpty())
        blocks.append(body(QStringLiteral("Nhận xét:")));
    for (const QString &finding : std::as_const(findings))
        blocks.append(body(finding));
}

// "- item;" lines, the last one ending with "." as a list in a document does.
void addList(QList<Block> &blocks, QStringList items)
{
    for (int i = 0; i < items.size(); ++i) {
        blocks.append(body(QStringLiteral("- ") + withoutEndPunctuation(items.at(i)) +
                           (i + 1 == items.size() ? QLatin1Char('.') : QLatin1Char(';'))));
    }
}

bool fallsShort(const Assessment *assessment)
{
    return assessment && (assessment->result == AssessmentResult::NotMet ||
                          assessment->result == AssessmentResult::PartiallyMet);
}

// "Chưa <phraseUnmet>. <finding>" / "<phraseMet> nhưng chưa đầy đủ. <finding>": the
// standard phrase, then what the team wrote as a sentence of its own.
QString shortcomingItem(const Criterion &criterion, const Assessment &assessment,
                        const ReportSettings &settings, LongFindings &longFindings)
{
    const QString phrase =
        assessment.result == AssessmentResult::NotMet
            ? rules::notMetPredicate(filledPhrase(criterion.phraseUnmet, settings))
            : rules::partlyMetPredicate(filledPhrase(criterion.phrasePartial, settings),
                                        filledPhrase(criterion.phraseMet, settings));
    return rules::minutesShortcoming(
        phrase, criterion.code,
        withoutEndPunctuation(longFindings.cited(criterion, assessment.finding)));
}

// "Đơn vị đã <phrases met in the area>", one line per area with anything met.
QStringList strengthItems(const RoundData &data, const RoundUnit &roundUnit,
                          const ReportSettings &settings)
{
    QStringList items;
    for (const CriteriaGroup &group : data.checklist.groups) {
        QStringList phrases;
        for (const Criterion &criterion : group.criteria) {
            const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
            const QString phrase = filledPhrase(criterion.phraseMet, settings);
            if (assessment && assessment->result == AssessmentResult::Met && !phrase.isEmpty())
                phrases.append(phrase);
        }
        if (!phrases.isEmpty())
            items.append(upperFirst(rules::strengthPredicate(phrases)));
    }
    return items;
}

void addConclusions(QList<Block> &blocks, const RoundData &data, const RoundUnit &roundUnit,
                    const ReportSettings &settings, LongFindings &longFindings)
{
    blocks.append(body(QStringLiteral("III. KẾT LUẬN"), ParagraphStyle::Heading));
    const UnitScore score = data.score(roundUnit);
    const auto percent = score.total.percent();
    // The unit's own score only when it gave one for every criterion in scope.
    blocks.append(body(rules::minutesTotals(
        scoreText(score.total.appraisedScore), scoreText(score.total.maximum),
        percent ? percentText(*percent) : QString(), score.grade ? score.grade->name : QString(),
        score.total.selfScoredFully() ? scoreText(score.total.selfScore) : QString())));
    blocks.append(body(QStringLiteral("1. Ưu điểm:")));
    const QStringList strengths = strengthItems(data, roundUnit, settings);
    addList(blocks, strengths.isEmpty() ? QStringList{QStringLiteral("Không có")} : strengths);
    blocks.append(body(QStringLiteral("2. Tồn tại, hạn chế:")));
    QStringList shortcomings;
    for (const CriteriaGroup &group : data.checklist.groups) {
        for (const Criterion &criterion : group.criteria) {
            const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
            if (fallsShort(assessment))
                shortcomings.append(
                    shortcomingItem(criterion, *assessment, settings, longFindings));
        }
    }
    addList(blocks, shortcomings.isEmpty() ? QStringList{QStringLiteral("Không có")}
                                           : shortcomings);
}

// The unit's corrective actions with their deadlines, the shortcomings no action covers,
// and the report on what was done, due by the latest deadline.
void addRequests(QList<Block> &blocks, const RoundData &data, const RoundUnit &roundUnit,
                 const ReportSettings &settings)
{
    blocks.append(
        body(QStringLiteral("IV. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC"), ParagraphStyle::Heading));
    blocks.append(body(QStringLiteral("Đoàn kiểm tra đề nghị %1:").arg(data.unitName(roundUnit))));
    QStringList requests;
    QSet<QString> covered;
    QDate latest;
    for (const CorrectiveAction &action : data.actions) {
        if (action.roundUnitId != roundUnit.id || action.description.trimmed().isEmpty())
            continue;
        QString line = upperFirst(withoutEndPunctuation(action.description));
        if (const Criterion *criterion = data.checklist.findCriterion(action.criterionId)) {
            line += QStringLiteral(" (tiêu chí %1)").arg(criterion->code);
            covered.insert(criterion->id);
        }
        if (action.deadline.isValid()) {
            line += QStringLiteral(", hoàn thành trước ngày ") + vn::shortDate(action.deadline);
            if (!latest.isValid() || action.deadline > latest)
                latest = action.deadline;
        }
        requests.append(line);
    }
    bool uncovered = false;
    for (const CriteriaGroup &group : data.checklist.groups) {
        for (const Criterion &criterion : group.criteria) {
            uncovered = uncovered || (fallsShort(data.assessment(roundUnit.id, criterion.id)) &&
                                      !covered.contains(criterion.id));
        }
    }
    if (uncovered)
        requests.append(rules::minutesCorrectTheRest(!requests.isEmpty()));
    if (!requests.isEmpty())
        requests.append(rules::minutesReportBack(settings.reportTo, latest));
    else
        requests.append(rules::minutesKeepUp());
    addList(blocks, requests);
}

// Part V: what the unit says about the findings, written in by hand on site.
void addOpinion(QList<Block> &blocks)
{
    blocks.append(body(QStringLiteral("V. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA"),
                       ParagraphStyle::Heading));
    for (int line = 0; line < 3; ++line)
        blocks.append(body(QString(70, QChar(0x2026)))); // one line of the page
}

// The unit's head and the team lead side by side; the secretary who wrote the minutes
// below the lead, when the team has one.
void addSignatures(QList<Block> &blocks, const RoundData &data, const Unit &unit,
                   const ReportSettings &settings)
{
    const TeamMember *lead = data.round.lead();
    SignatureBlock signatures;
    signatures.signers.append(
        {QStringLiteral("ĐẠI DIỆN ĐƠN VỊ"), unit.headTitle.toUpper(), unit.headName});
    signatures.signers.append(rules::teamSigner(settings, lead));
    blocks.append(signatures);
    for (const TeamMember &member : data.round.team) {
        if (member.role != TeamRole::Secretary)
            continue;
        blocks.append(body(QString())); // room between the lead's name and the secretary
        SignatureBlock secretary;
        secretary.signers.append({QString(), QStringLiteral("THƯ KÝ"), member.fullName});
        blocks.append(secretary);
        break;
    }
}

} // namespace

Result<ReportDocument> buildMinutes(const RoundData &data, const ReportSettings &settings,
                                    const QString &roundUnitId)
{
    const RoundUnit *roundUnit = data.round.findRoundUnit(roundUnitId);
    if (!roundUnit)
        return Error{Tr::tr("The unit %1 is not part of the round “%2”.")
                         .arg(roundUnitId, data.round.title)};
    const Unit unit = data.units.value(roundUnit->unitId);
    ReportSection section;
    section.blocks.append(
        officialHeader(settings, settings.documentNumber(QStringLiteral("BB"), 0),
                       roundUnit->visitDate));
    const QString subject = roundSubject(data.round);
    section.blocks.append(TitleBlock{QStringLiteral("BIÊN BẢN"),
                                     QStringLiteral("Kiểm tra %1 tại %2").arg(subject, unit.name)});
    for (int i = 0; i < data.round.legalBases.size(); ++i) {
        const bool last = i + 1 == data.round.legalBases.size();
        section.blocks.append(body(QStringLiteral("Căn cứ ") +
                                       data.round.legalBases.at(i).citation() +
                                       (last ? QLatin1Char('.') : QLatin1Char(';')),
                                   ParagraphStyle::LegalBasis));
    }
    section.blocks.append(body(rules::minutesOpening(roundUnit->visitDate, unit.name, unit.address,
                                                     settings.issuerInProse, subject,
                                                     data.round.periodAssessed)));
    addParticipants(section.blocks, data, *roundUnit);

    section.blocks.append(body(QStringLiteral("II. NỘI DUNG KIỂM TRA"), ParagraphStyle::Heading));
    LongFindings longFindings;
    // Areas are numbered 1, 2, … under part II: the checklist's own Roman codes would read
    // as parts of the minutes ("II. NỘI DUNG KIỂM TRA" followed by "I. Công tác …").
    for (int i = 0; i < data.checklist.groups.size(); ++i) {
        const CriteriaGroup &group = data.checklist.groups.at(i);
        section.blocks.append(
            body(QStringLiteral("%1. ").arg(i + 1) + group.title, ParagraphStyle::Heading));
        addArea(section.blocks, data, *roundUnit, group, longFindings);
    }
    addConclusions(section.blocks, data, *roundUnit, settings, longFindings);
    addRequests(section.blocks, data, *roundUnit, settings);
    addOpinion(section.blocks);
    section.blocks.append(body(rules::minutesClosing()));
    addSignatures(section.blocks, data, unit, settings);

    ReportDocument document;
    document.title = QStringLiteral("Biên bản kiểm tra – ") + unit.name;
    document.sections.append(section);
    longFindings.addAnnex(document, unit.name);
    return document;
}

} // namespace cchc::report
