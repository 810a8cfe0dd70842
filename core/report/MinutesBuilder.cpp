#include "MinutesBuilder.h"

#include "common/VietnameseText.h"
#include "domain/AssessmentResult.h"
#include "NoticeDrafter.h"
#include "ScoreAnnex.h"

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

// A finding longer than this (a third of a page in the table's narrow column) is printed
// in full in an annex to the minutes, full width, and shown in the table and the
// conclusions by its beginning with a pointer to the annex: the minutes stay readable and
// quick to print, and nothing typed is lost.
constexpr qsizetype kLongFinding = 1500;
constexpr qsizetype kFindingExcerpt = 400;

class LongFindings
{
public:
    // `finding` as the minutes show it where it is cited: whole, or its beginning (cut at a
    // space) and the annex item that holds it all.
    QString cited(const Criterion &criterion, const QString &finding, bool inBrackets)
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
        return excerpt.simplified() + (inBrackets
                                           ? QStringLiteral("…, toàn văn tại Phụ lục, mục %1")
                                           : QStringLiteral("… (toàn văn tại Phụ lục, mục %1)"))
                                          .arg(item + 1);
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
        blocks.append(body(QStringLiteral("- ") + person.trimmed() + QLatin1Char(';')));
    if (representatives.isEmpty())
        blocks.append(body(QStringLiteral("- ……………………………………………………")));
}

TableBlock areaTable(const RoundData &data, const RoundUnit &roundUnit, const CriteriaGroup &group,
                     LongFindings &longFindings)
{
    TableBlock table;
    table.header = {QStringLiteral("Mã"), QStringLiteral("Tiêu chí"), QStringLiteral("Kết quả"),
                    QStringLiteral("Điểm"), QStringLiteral("Nhận xét")};
    table.columnPercents = {7.0, 38.0, 14.0, 9.0, 32.0};
    table.centredColumns = {0, 2, 3};
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
        table.rows.append(
            {criterion.code, criterion.text, reportLabel(result), score,
             assessment ? longFindings.cited(criterion, assessment->finding, false) : QString()});
    }
    return table;
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

// A finding inside parentheses, without its own full stop: "(Biển tên đã cũ)".
QString findingInBrackets(const Criterion &criterion, const Assessment &assessment,
                          LongFindings &longFindings)
{
    const QString finding =
        longFindings.cited(criterion, withoutEndPunctuation(assessment.finding), true);
    return finding.isEmpty() ? QString() : QStringLiteral(" (") + finding + QLatin1Char(')');
}

void addConclusions(QList<Block> &blocks, const RoundData &data, const RoundUnit &roundUnit,
                    LongFindings &longFindings)
{
    blocks.append(body(QStringLiteral("III. KẾT LUẬN"), ParagraphStyle::Heading));
    const UnitScore score = data.score(roundUnit);
    QString total = QStringLiteral("Tổng điểm tự đánh giá: %1; tổng điểm thẩm định: %2/%3")
                        .arg(scoreText(score.total.selfScore),
                             scoreText(score.total.appraisedScore), scoreText(score.total.maximum));
    if (const auto percent = score.total.percent())
        total += QStringLiteral(" (%1%)").arg(scoreText(*percent));
    if (score.grade)
        total += QStringLiteral("; xếp loại: ") + score.grade->name;
    blocks.append(body(total + QLatin1Char('.')));
    blocks.append(body(QStringLiteral("Tồn tại, hạn chế:")));
    QStringList shortcomings;
    for (const CriteriaGroup &group : data.checklist.groups) {
        for (const Criterion &criterion : group.criteria) {
            const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
            if (fallsShort(assessment))
                shortcomings.append(QStringLiteral("Đơn vị chưa ") +
                                    criterion.phraseUnmet.trimmed() +
                                    findingInBrackets(criterion, *assessment, longFindings));
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
        requests.append(requests.isEmpty()
                            ? QStringLiteral("Khắc phục các tồn tại, hạn chế nêu tại mục III")
                            : QStringLiteral("Khắc phục các tồn tại, hạn chế khác nêu tại mục III"));
    if (!requests.isEmpty())
        requests.append(QStringLiteral("Báo cáo kết quả khắc phục về %1%2")
                            .arg(settings.reportTo,
                                 latest.isValid()
                                     ? QStringLiteral(" trước ngày ") + vn::shortDate(latest)
                                     : QString()));
    else
        requests.append(QStringLiteral("Tiếp tục duy trì, phát huy kết quả đạt được"));
    addList(blocks, requests);
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
    section.blocks.append(TitleBlock{QStringLiteral("BIÊN BẢN"),
                                     QStringLiteral("Kiểm tra công tác cải cách hành chính – hoạt "
                                                    "động công vụ tại ") +
                                         unit.name});
    for (int i = 0; i < data.round.legalBases.size(); ++i) {
        const bool last = i + 1 == data.round.legalBases.size();
        section.blocks.append(body(QStringLiteral("Căn cứ ") +
                                       data.round.legalBases.at(i).citation() +
                                       (last ? QLatin1Char('.') : QLatin1Char(';')),
                                   ParagraphStyle::LegalBasis));
    }
    // The time is written in by hand on site: the file holds the day only.
    QString opening = QStringLiteral("Hôm nay, vào hồi …… giờ …… phút, ") +
                      vn::longDate(roundUnit->visitDate) +
                      QStringLiteral(", tại ") + unit.name;
    if (!unit.address.trimmed().isEmpty())
        opening += QStringLiteral(" (") + unit.address.trimmed() + QLatin1Char(')');
    opening += QStringLiteral(", %1 tiến hành kiểm tra công tác cải cách hành chính – hoạt động "
                              "công vụ")
                   .arg(settings.issuerInProse);
    if (!data.round.periodAssessed.trimmed().isEmpty())
        opening += QStringLiteral(" %1").arg(data.round.periodAssessed.trimmed());
    section.blocks.append(body(opening + QStringLiteral(" của đơn vị, cụ thể như sau:")));
    addParticipants(section.blocks, data, *roundUnit);

    section.blocks.append(body(QStringLiteral("II. NỘI DUNG KIỂM TRA"), ParagraphStyle::Heading));
    LongFindings longFindings;
    // Areas are numbered 1, 2, … under part II: the checklist's own Roman codes would read
    // as parts of the minutes ("II. NỘI DUNG KIỂM TRA" followed by "I. Công tác …").
    for (int i = 0; i < data.checklist.groups.size(); ++i) {
        const CriteriaGroup &group = data.checklist.groups.at(i);
        section.blocks.append(
            body(QStringLiteral("%1. ").arg(i + 1) + group.title, ParagraphStyle::Heading));
        section.blocks.append(areaTable(data, *roundUnit, group, longFindings));
    }
    addConclusions(section.blocks, data, *roundUnit, longFindings);
    addRequests(section.blocks, data, *roundUnit, settings);
    section.blocks.append(body(QStringLiteral(
        "Buổi kiểm tra kết thúc vào hồi …… giờ …… phút cùng ngày. Biên bản được lập thành 02 bản có giá trị như nhau, đơn vị giữ 01 bản, Đoàn kiểm tra giữ "
        "01 bản; đã đọc lại cho các thành viên tham dự cùng nghe, thống nhất và ký tên dưới "
        "đây./.")));

    const TeamMember *lead = data.round.lead();
    SignatureBlock signatures;
    signatures.signers.append(
        {QStringLiteral("ĐẠI DIỆN ĐƠN VỊ"), unit.headTitle.toUpper(), unit.headName});
    signatures.signers.append(
        {settings.signerAuthority, settings.signerTitle, lead ? lead->fullName : QString()});
    section.blocks.append(signatures);

    ReportDocument document;
    document.title = QStringLiteral("Biên bản kiểm tra – ") + unit.name;
    document.sections.append(section);
    longFindings.addAnnex(document, unit.name);
    return document;
}

} // namespace cchc::report
