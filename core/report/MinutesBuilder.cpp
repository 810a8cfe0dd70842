#include "MinutesBuilder.h"

#include "common/VietnameseText.h"
#include "domain/AssessmentResult.h"
#include "NoticeDrafter.h"
#include "ScoreAnnex.h"

#include <QCoreApplication>

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

TableBlock areaTable(const RoundData &data, const RoundUnit &roundUnit, const CriteriaGroup &group)
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
        table.rows.append({criterion.code, criterion.text, reportLabel(result), score,
                           assessment ? assessment->finding : QString()});
    }
    return table;
}

void addConclusions(QList<Block> &blocks, const RoundData &data, const RoundUnit &roundUnit)
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
    int count = 0;
    for (const CriteriaGroup &group : data.checklist.groups) {
        for (const Criterion &criterion : group.criteria) {
            const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
            if (!assessment || (assessment->result != AssessmentResult::NotMet &&
                                assessment->result != AssessmentResult::PartiallyMet))
                continue;
            QString line = QStringLiteral("- Đơn vị chưa ") + criterion.phraseUnmet.trimmed();
            if (!assessment->finding.trimmed().isEmpty())
                line += QStringLiteral(" (") + assessment->finding.trimmed() + QLatin1Char(')');
            blocks.append(body(line + QLatin1Char(';')));
            ++count;
        }
    }
    if (count == 0)
        blocks.append(body(QStringLiteral("- Không có.")));
}

void addRequests(QList<Block> &blocks, const RoundData &data, const RoundUnit &roundUnit)
{
    blocks.append(
        body(QStringLiteral("IV. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC"), ParagraphStyle::Heading));
    int count = 0;
    for (const CorrectiveAction &action : data.actions) {
        if (action.roundUnitId != roundUnit.id)
            continue;
        QString line = QStringLiteral("- ") + action.description.trimmed();
        if (action.deadline.isValid())
            line += QStringLiteral(" (thời hạn: %1)").arg(vn::shortDate(action.deadline));
        blocks.append(body(line + QLatin1Char(';')));
        ++count;
    }
    if (count == 0)
        blocks.append(body(QStringLiteral("- Đề nghị đơn vị khắc phục các tồn tại, hạn chế nêu "
                                          "trên.")));
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
        officialHeader(settings, QStringLiteral("Số:      /BB-%1").arg(settings.issuerSymbol),
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
    QString opening = QStringLiteral("Hôm nay, ") + vn::longDate(roundUnit->visitDate) +
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
    for (const CriteriaGroup &group : data.checklist.groups) {
        section.blocks.append(
            body(group.code + QStringLiteral(". ") + group.title, ParagraphStyle::Heading));
        section.blocks.append(areaTable(data, *roundUnit, group));
    }
    addConclusions(section.blocks, data, *roundUnit);
    addRequests(section.blocks, data, *roundUnit);
    section.blocks.append(body(QStringLiteral(
        "Biên bản được lập thành 02 bản có giá trị như nhau, đơn vị giữ 01 bản, Đoàn kiểm tra giữ "
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
    return document;
}

} // namespace cchc::report
