#include "core/builtin/DemoFile.h"

#include "core/teamwork/EditHistory.h"

#include "core/builtin/BuiltinTemplate.h"
#include "core/storage/InspectionFile.h"

#include <QFile>
#include <QHash>

namespace cchc {

namespace {

struct DemoUnit
{
    const char16_t *name;
    const char16_t *shortName;
    const char16_t *headName;
    const char16_t *headTitle;
};

// Five names come from the published report; the other three are typical city units.
const DemoUnit kUnits[] = {
    {u"Đội quản lý trật tự đô thị Thành phố", u"Đội QLTTĐT", u"Nguyễn Văn Bình", u"Đội trưởng"},
    {u"Trung tâm Y tế Thành phố", u"TTYT", u"Trần Thị Hà", u"Giám đốc"},
    {u"Ban bồi thường, hỗ trợ và tái định cư", u"Ban BT-HT-TĐC", u"Lê Văn Cường", u"Trưởng ban"},
    {u"Trung tâm Ứng dụng KHKT và bảo vệ cây trồng vật nuôi", u"TT ƯDKHKT",
     u"Phan Thị Dung", u"Giám đốc"},
    {u"Ban quản lý đầu tư xây dựng thành phố", u"Ban QLĐTXD", u"Võ Minh Đức", u"Giám đốc"},
    {u"Trung tâm Văn hóa - Truyền thông Thành phố", u"TTVH-TT", u"Hoàng Thị Giang",
     u"Giám đốc"},
    {u"Ban Quản lý các chợ Thành phố", u"BQL chợ", u"Đặng Văn Hải", u"Trưởng ban"},
    {u"Trung tâm Phát triển quỹ đất Thành phố", u"TTPTQĐ", u"Bùi Thị Lan", u"Giám đốc"},
};

// One letter per unit in kUnits order: E exemplary (Đạt, named in the report), D Đạt,
// P Đạt một phần, C Chưa đạt, N Không áp dụng. Chosen to match the report's sentences.
const QHash<QString, const char *> kResults = {
    {QStringLiteral("1.1"), "DDDDDDDD"}, {QStringLiteral("1.2"), "DDDDDDDD"},
    {QStringLiteral("1.3"), "DDDDDCCP"}, {QStringLiteral("2.1"), "DDDDDDDD"},
    {QStringLiteral("2.2"), "EEPPPCCP"}, {QStringLiteral("2.3"), "EEPCPCCC"},
    {QStringLiteral("2.4"), "DDDDDDCC"}, {QStringLiteral("2.5"), "EEDDDPCP"},
    {QStringLiteral("2.6"), "DDDDCCDD"}, {QStringLiteral("3.1"), "DDDDDDDD"},
    {QStringLiteral("3.2"), "DDDDPDPP"}, {QStringLiteral("3.3"), "DDDDDPPD"},
    {QStringLiteral("3.4"), "EEDDDPDP"}, {QStringLiteral("4.1"), "DDDDDDPP"},
    {QStringLiteral("4.2"), "DDDNNDNN"}, {QStringLiteral("4.3"), "DDDDDDDD"},
    {QStringLiteral("4.4"), "DDDDDDDD"}, {QStringLiteral("4.5"), "DDDDDDDD"},
    {QStringLiteral("4.6"), "DDDDDDDD"}, {QStringLiteral("5.1"), "DDDDDDDD"},
    {QStringLiteral("5.2"), "EDEDDDDD"}, {QStringLiteral("5.3"), "DDDDDDDD"},
    {QStringLiteral("5.4"), "DDDDDPPD"}, {QStringLiteral("6.1"), "CPCPECCP"},
    {QStringLiteral("6.2"), "DDCDDCDC"}, {QStringLiteral("6.3"), "EEPDDPPP"},
    {QStringLiteral("6.4"), "DDDDDDPD"}, {QStringLiteral("7.1"), "NENENNNN"},
    {QStringLiteral("7.2"), "NCNCNNNN"}, {QStringLiteral("8.1"), "DDDDPPPD"},
    {QStringLiteral("8.2"), "DDDDDDDD"},
};

// Findings the team wrote on the visits (only where something was found).
const QHash<QString, const char16_t *> kFindings = {
    {QStringLiteral("2.4/6"),
     u"Lúc 7h45 ngày kiểm tra có 04/15 viên chức chưa có mặt tại cơ quan."},
    {QStringLiteral("2.4/7"), u"Một số viên chức đến muộn, bảng chấm công chưa phản ánh đúng."},
    {QStringLiteral("2.6/4"), u"Biển tên cơ quan chưa đúng mẫu quy định tại Thông tư 05/2008/TT-BNV."},
    {QStringLiteral("2.6/5"), u"Biển tên cơ quan đã cũ, thiếu tên cơ quan chủ quản."},
    {QStringLiteral("3.2/4"), u"Quy chế làm việc ban hành năm 2016, chưa cập nhật theo quy định mới."},
    {QStringLiteral("6.1/0"), u"05/12 máy tính cấu hình thấp, thường xuyên hỏng."},
    {QStringLiteral("6.2/2"), u"Còn sử dụng chữ ký số cũ đã hết hạn từ tháng 3/2022."},
    {QStringLiteral("7.1/1"), u"Đã công bố HTQLCL theo TCVN ISO 9001:2015 (Quyết định số 125/QĐ-TTYT)."},
    {QStringLiteral("7.2/1"), u"Chưa tổ chức đánh giá nội bộ, chưa có biên bản xem xét của lãnh đạo."},
    {QStringLiteral("7.2/3"), u"HTQLCL mới triển khai, chưa có kết quả đánh giá nội bộ."},
    {QStringLiteral("8.1/4"), u"Quy chế chi tiêu nội bộ chưa cập nhật theo Nghị định 60/2021/NĐ-CP."},
};

AssessmentResult resultFor(char letter)
{
    switch (letter) {
    case 'E':
    case 'D':
        return AssessmentResult::Met;
    case 'P':
        return AssessmentResult::PartiallyMet;
    case 'C':
        return AssessmentResult::NotMet;
    case 'N':
        return AssessmentResult::NotApplicable;
    default:
        return AssessmentResult::NotChecked;
    }
}

InspectionRound demoRound(const QString &templateId)
{
    InspectionRound round;
    round.title = QStringLiteral("Kiểm tra công tác cải cách hành chính - hoạt động công vụ "
                                 "tại các đơn vị sự nghiệp năm 2022");
    round.templateId = templateId;
    round.unitKind = QStringLiteral("đơn vị sự nghiệp");
    round.periodAssessed = QStringLiteral("năm 2021 và 6 tháng đầu năm 2022");
    round.visitStart = QDate(2022, 5, 23);
    round.visitEnd = QDate(2022, 5, 26);
    round.status = RoundStatus::Completed;
    round.legalBases = {
        {QString(), QStringLiteral("Kế hoạch"), QStringLiteral("56/KH-UBND"), QDate(2022, 3, 30),
         QStringLiteral("UBND thành phố"),
         QStringLiteral("về kiểm tra công tác CCHC – hoạt động công vụ năm 2022"), QString()},
        {QString(), QStringLiteral("Thông báo"), QStringLiteral("37/TB-UBND"), QDate(2022, 5, 16),
         QStringLiteral("UBND thành phố"),
         QStringLiteral("về việc lịch kiểm tra CCHC ở các đơn vị sự nghiệp"), QString()},
    };
    round.team = {
        {QString(), QStringLiteral("Nguyễn Hữu Thắng"), TeamRole::Lead,
         QStringLiteral("Phó Chủ tịch UBND thành phố"), QStringLiteral("UBND thành phố Hà Tĩnh"),
         QString()},
        {QString(), QStringLiteral("Phạm Thị Thu Hương"), TeamRole::DeputyLead,
         QStringLiteral("Trưởng phòng Nội vụ"), QStringLiteral("Phòng Nội vụ"), QString()},
        {QString(), QStringLiteral("Lê Đình Khoa"), TeamRole::Member,
         QStringLiteral("Phó Chánh Văn phòng HĐND và UBND"),
         QStringLiteral("Văn phòng HĐND và UBND thành phố"), QString()},
        {QString(), QStringLiteral("Trần Quốc Việt"), TeamRole::Member,
         QStringLiteral("Phó Trưởng phòng Tài chính - Kế hoạch"),
         QStringLiteral("Phòng Tài chính - Kế hoạch"), QString()},
        {QString(), QStringLiteral("Nguyễn Thị Minh Ngọc"), TeamRole::Secretary,
         QStringLiteral("Chuyên viên Phòng Nội vụ"), QStringLiteral("Phòng Nội vụ"), QString()},
    };
    return round;
}

} // namespace

Status fillDemo(InspectionFile &file)
{
    // The program's sample data: nobody's edits, so no history.
    return teamwork::withoutHistory(file, [&]() -> Status {
        ChecklistTemplate checklist = builtinTemplate();
        auto templateId = file.saveTemplate(checklist);
        if (!templateId)
            return templateId.failure();

        InspectionRound round = demoRound(*templateId);
        for (int i = 0; i < int(std::size(kUnits)); ++i) {
            const DemoUnit &row = kUnits[i];
            Unit unit;
            unit.name = QString::fromUtf16(row.name);
            unit.shortName = QString::fromUtf16(row.shortName);
            unit.headName = QString::fromUtf16(row.headName);
            unit.headTitle = QString::fromUtf16(row.headTitle);
            unit.address = QStringLiteral("Thành phố Hà Tĩnh, tỉnh Hà Tĩnh");
            if (auto status = file.saveUnit(unit); !status)
                return status;
            RoundUnit roundUnit;
            roundUnit.unitId = unit.id;
            roundUnit.visitDate = round.visitStart.addDays(i / 2);
            roundUnit.representatives = unit.headName + QStringLiteral(" - ") + unit.headTitle;
            round.units.append(roundUnit);
        }
        if (auto status = file.saveRound(round); !status)
            return status;

        for (const auto &group : checklist.groups) {
            for (const auto &criterion : group.criteria) {
                const char *letters = kResults.value(criterion.code, "");
                for (int i = 0; i < round.units.size() && letters[i] != '\0'; ++i) {
                    Assessment assessment;
                    assessment.roundUnitId = round.units.at(i).id;
                    assessment.criterionId = criterion.id;
                    assessment.result = resultFor(letters[i]);
                    assessment.exemplary = letters[i] == 'E';
                    const auto finding = kFindings.constFind(criterion.code + QLatin1Char('/')
                                                             + QString::number(i));
                    if (finding != kFindings.cend())
                        assessment.finding = QString::fromUtf16(*finding);
                    if (auto status = file.saveAssessment(assessment); !status)
                        return status;
                }
            }
        }
        return {};
    });
}

Status writeDemoFile(const QString &path)
{
    auto file = InspectionFile::create(path);
    if (!file)
        return file.failure();
    auto status = fillDemo(**file);
    if (!status) {
        // A half-written demo is worse than none: close the file and take it away.
        file->reset();
        QFile::remove(path);
    }
    return status;
}

} // namespace cchc
