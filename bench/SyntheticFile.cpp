#include "bench/SyntheticFile.h"

#include "core/teamwork/EditHistory.h"

#include "core/builtin/BuiltinTemplate.h"
#include "core/storage/InspectionFile.h"

#include <QRandomGenerator>

namespace cchc::bench {

namespace {

// A finding of the length inspectors write: two or three sentences, 150-450 characters.
QString finding(QRandomGenerator &random)
{
    static const QStringList sentences = {
        QStringLiteral("Đơn vị chưa ban hành kế hoạch kịp thời theo hướng dẫn của UBND thành phố."),
        QStringLiteral("Hồ sơ lưu trữ chưa đầy đủ, một số văn bản chưa được đóng dấu đến và vào sổ."),
        QStringLiteral("Bảng chấm công tháng 4 và tháng 5 chưa có chữ ký xác nhận của thủ trưởng đơn vị."),
        QStringLiteral("Quy chế làm việc ban hành năm 2016, chưa cập nhật theo các quy định mới."),
        QStringLiteral("Tại thời điểm kiểm tra có 03 viên chức chưa có mặt tại cơ quan, chưa có lý do."),
        QStringLiteral("Đề nghị đơn vị khẩn trương khắc phục và báo cáo kết quả về Phòng Nội vụ."),
    };
    QString text;
    const int count = 2 + int(random.bounded(3));
    for (int i = 0; i < count; ++i)
        text += sentences.at(int(random.bounded(int(sentences.size())))) + QLatin1Char(' ');
    return text.trimmed();
}

// The built-in template stretched to `criteria` criteria, so the wording stays realistic.
ChecklistTemplate syntheticTemplate(int criteria)
{
    ChecklistTemplate checklist = builtinTemplate();
    checklist.name = QStringLiteral("Bộ tiêu chí đo hiệu năng");
    const int base = checklist.criterionCount();
    for (int i = base, g = 0; i < criteria; ++i, g = (g + 1) % int(checklist.groups.size())) {
        auto &group = checklist.groups[g];
        Criterion extra = group.criteria.constFirst();
        extra.code = QStringLiteral("%1.%2").arg(g + 1).arg(group.criteria.size() + 1);
        group.criteria.append(extra);
    }
    return checklist;
}

AssessmentResult randomResult(QRandomGenerator &random)
{
    const int roll = int(random.bounded(100));
    if (roll < 70)
        return AssessmentResult::Met;
    if (roll < 82)
        return AssessmentResult::PartiallyMet;
    if (roll < 95)
        return AssessmentResult::NotMet;
    return AssessmentResult::NotApplicable;
}

} // namespace

Status buildSyntheticFile(const QString &path, const SyntheticSpec &spec)
{
    auto created = InspectionFile::create(path);
    if (!created)
        return created.failure();
    InspectionFile &file = **created;
    QRandomGenerator random(20220523); // fixed seed: every run measures the same file
    // Built like an import: the measured file has no edit history of its making.
    return teamwork::withoutHistory(file, [&]() -> Status {
        ChecklistTemplate checklist = syntheticTemplate(spec.criteria);
        auto templateId = file.saveTemplate(checklist);
        if (!templateId)
            return templateId.failure();
        QList<Unit> units;
        for (int u = 0; u < spec.units; ++u) {
            Unit unit;
            unit.name = QStringLiteral("Đơn vị sự nghiệp số %1 thành phố").arg(u + 1, 3, 10, QLatin1Char('0'));
            unit.headName = QStringLiteral("Nguyễn Văn %1").arg(u + 1);
            unit.headTitle = QStringLiteral("Giám đốc");
            if (auto status = file.saveUnit(unit); !status)
                return status;
            units.append(unit);
        }
        for (int r = 0; r < spec.rounds; ++r) {
            InspectionRound round;
            round.title = QStringLiteral("Kiểm tra CCHC năm %1").arg(2020 + r);
            round.templateId = *templateId;
            round.unitKind = QStringLiteral("đơn vị sự nghiệp");
            round.periodAssessed = QStringLiteral("năm %1").arg(2019 + r);
            round.visitStart = QDate(2020 + r, 5, 4);
            round.visitEnd = QDate(2020 + r, 6, 26);
            round.legalBases = {{QString(), QStringLiteral("Kế hoạch"), QStringLiteral("%1/KH-UBND").arg(40 + r),
                                 QDate(2020 + r, 3, 30), QStringLiteral("UBND thành phố"),
                                 QStringLiteral("về kiểm tra công tác CCHC năm %1").arg(2020 + r), QString()}};
            round.team = {{QString(), QStringLiteral("Trần Văn Hùng"), TeamRole::Lead,
                           QStringLiteral("Phó Chủ tịch UBND thành phố"), QString(), QString()}};
            for (int u = 0; u < units.size(); ++u)
                round.units.append({QString(), units.at(u).id, round.visitStart.addDays(u / 4), {}, {}, {}});
            if (auto status = file.saveRound(round); !status)
                return status;
            for (const auto &roundUnit : round.units) {
                for (const auto &group : checklist.groups) {
                    for (const auto &criterion : group.criteria) {
                        Assessment assessment;
                        assessment.roundUnitId = roundUnit.id;
                        assessment.criterionId = criterion.id;
                        assessment.result = randomResult(random);
                        assessment.exemplary = random.bounded(20) == 0;
                        if (assessment.result != AssessmentResult::Met || random.bounded(5) == 0)
                            assessment.finding = finding(random);
                        if (auto status = file.saveAssessment(assessment); !status)
                            return status;
                    }
                }
            }
        }
        return {};
    });
}

} // namespace cchc::bench
