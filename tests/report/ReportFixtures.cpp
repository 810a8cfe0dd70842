#include "tests/report/ReportFixtures.h"

#include "core/builtin/DemoFile.h"
#include "core/report/NoticeDrafter.h"
#include "core/report/OfficialLayout.h"
#include "core/storage/InspectionFile.h"

#include <catch2/catch.hpp>

namespace cchc::test {

report::RoundData makeRound(const QStringList &unitNames, const QStringList &results)
{
    return makeRoundOfAreas(unitNames, {results});
}


report::RoundData makeRoundOfAreas(const QStringList &unitNames, const QList<QStringList> &areas)
{
    report::RoundData data;
    data.round.id = QStringLiteral("round");
    data.round.title = QStringLiteral("Kiểm tra công tác cải cách hành chính năm 2024");
    data.round.unitKind = QStringLiteral("đơn vị sự nghiệp");
    data.round.periodAssessed = QStringLiteral("năm 2023");
    data.round.visitStart = QDate(2024, 5, 6);
    data.round.visitEnd = QDate(2024, 5, 7);
    data.round.team = {{QStringLiteral("t1"), QStringLiteral("Lê Văn Trưởng"), TeamRole::Lead,
                        QString(), QString(), QString()}};
    const QStringList titles = {QStringLiteral("Công tác chỉ đạo, điều hành"),
                                QStringLiteral("Kỷ luật, kỷ cương hành chính"),
                                QStringLiteral("Tổ chức bộ máy"), QStringLiteral("Công tác văn thư"),
                                QStringLiteral("Ứng dụng công nghệ thông tin")};
    int next = 0;
    for (int a = 0; a < areas.size(); ++a) {
        CriteriaGroup group;
        group.id = QStringLiteral("g%1").arg(a + 1);
        group.code = QStringLiteral("I%1").arg(a + 1);
        group.title = titles.at(a % titles.size());
        for (int c = 0; c < areas.at(a).size(); ++c, ++next) {
            Criterion criterion;
            criterion.id = QStringLiteral("c%1").arg(next);
            criterion.code = QStringLiteral("%1.%2").arg(a + 1).arg(c + 1);
            criterion.text = QStringLiteral("Tiêu chí %1").arg(next + 1);
            criterion.phraseMet = QStringLiteral("làm việc %1").arg(next + 1);
            criterion.phraseUnmet = QStringLiteral("làm tốt việc %1").arg(next + 1);
            criterion.maxScore = 2;
            group.criteria.append(criterion);
        }
        data.checklist.groups.append(group);
    }
    data.checklist.bands = {{QString(), QStringLiteral("Tốt"), 90.0, QString()},
                            {QString(), QStringLiteral("Khá"), 50.0, QString()},
                            {QString(), QStringLiteral("Yếu"), 0.0, QString()}};
    for (int u = 0; u < unitNames.size(); ++u) {
        Unit unit;
        unit.id = QStringLiteral("u%1").arg(u);
        unit.name = unitNames.at(u);
        data.units.insert(unit.id, unit);
        RoundUnit roundUnit;
        roundUnit.id = QStringLiteral("ru%1").arg(u);
        roundUnit.unitId = unit.id;
        roundUnit.visitDate = data.round.visitStart;
        data.round.units.append(roundUnit);
    }
    int criterionIndex = 0;
    for (const QStringList &area : areas) {
        for (const QString &results : area) {
            for (int u = 0; u < unitNames.size(); ++u) {
                const QChar letter = results.at(u);
                if (letter == QLatin1Char('-'))
                    continue;
                Assessment assessment;
                assessment.roundUnitId = QStringLiteral("ru%1").arg(u);
                assessment.criterionId = QStringLiteral("c%1").arg(criterionIndex);
                assessment.exemplary = letter == QLatin1Char('E');
                assessment.result =
                    letter == QLatin1Char('D') || letter == QLatin1Char('E')
                        ? AssessmentResult::Met
                    : letter == QLatin1Char('P') ? AssessmentResult::PartiallyMet
                    : letter == QLatin1Char('C') ? AssessmentResult::NotMet
                                                 : AssessmentResult::NotApplicable;
                data.assessments[assessment.roundUnitId].insert(assessment.criterionId,
                                                                assessment);
            }
            ++criterionIndex;
        }
    }
    return data;
}

QString draftedText(const report::RoundData &data)
{
    QStringList texts;
    for (const report::DraftParagraph &paragraph : draftNotice(data, report::ReportSettings()))
        texts.append(paragraph.text);
    return texts.join(QLatin1Char('\n'));
}

report::RoundData demoRound(const QString &path)
{
    REQUIRE(writeDemoFile(path).ok());
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    auto rounds = (*file)->rounds();
    REQUIRE(rounds.ok());
    auto data = report::loadRoundData(**file, rounds->at(0).id);
    REQUIRE(data.ok());
    return *data;
}

PdfDevice::PdfDevice()
{
    buffer.open(QIODevice::WriteOnly);
    writer = std::make_unique<QPdfWriter>(&buffer);
    writer->setResolution(report::layout::kDeviceDpi); // as writePdf
}

report::TableBlock unitsTable(int rows, const QString &firstResult)
{
    report::TableBlock table;
    table.header = {QStringLiteral("STT"), QStringLiteral("Đơn vị"), QStringLiteral("Kết quả")};
    table.columnPercents = {8.0, 62.0, 30.0};
    table.centredColumns = {0, 2};
    for (int row = 0; row < rows; ++row) {
        const QString name =
            row % 4 ? QStringLiteral("Đơn vị số %1").arg(row + 1)
                    : QStringLiteral("Đơn vị sự nghiệp số %1 thành phố, tên đủ dài để xuống "
                                     "dòng trong ô của nó")
                          .arg(row + 1);
        const QString result = row % 3 ? QStringLiteral("Đạt") : QStringLiteral("Chưa đạt");
        table.rows.append({QString::number(row + 1), name,
                           row == 0 && !firstResult.isEmpty() ? firstResult : result});
    }
    return table;
}

} // namespace cchc::test
