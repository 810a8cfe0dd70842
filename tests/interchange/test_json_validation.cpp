// Every class of bad JSON is refused with the JSON path of the bad field and a Vietnamese
// reason, and the target file is left byte for byte as it was.
#include "tests/interchange/InterchangeFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/common/Ids.h"
#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonFormat.h"
#include "core/interchange/JsonImport.h"

#include <QFile>

using namespace cchc;
using namespace cchc::interchange;
using namespace cchc::test;

namespace {

struct Case
{
    const char *label;
    QString path;       // where to change the JSON ("" for none)
    QJsonValue value;   // the new value (undefined to remove the field)
    QString errorStart; // the JSON path the message must start with
    QString reason;     // a Vietnamese fragment of the reason
};

// A round export of the demo and a second checklist version (other ids), for the
// "criterion of another version" case.
QByteArray withSecondTemplate(const QByteArray &json)
{
    QJsonObject copy = valueAt(json, QStringLiteral("templates.0")).toObject();
    copy[QStringLiteral("id")] = newId();
    copy[QStringLiteral("version")] = 2;
    QJsonArray groups = copy.value(QStringLiteral("groups")).toArray();
    for (int g = 0; g < groups.size(); ++g) {
        QJsonObject group = groups.at(g).toObject();
        group[QStringLiteral("id")] = newId();
        QJsonArray criteria = group.value(QStringLiteral("criteria")).toArray();
        for (int c = 0; c < criteria.size(); ++c) {
            QJsonObject criterion = criteria.at(c).toObject();
            criterion[QStringLiteral("id")] = QStringLiteral("00000000-0000-4000-8000-%1")
                                                  .arg(g * 100 + c, 12, 10, QLatin1Char('0'));
            criteria[c] = criterion;
        }
        group[QStringLiteral("criteria")] = criteria;
        groups[g] = group;
    }
    copy[QStringLiteral("groups")] = groups;
    QJsonArray bands = copy.value(QStringLiteral("gradingBands")).toArray();
    for (int b = 0; b < bands.size(); ++b) {
        QJsonObject band = bands.at(b).toObject();
        band[QStringLiteral("id")] = newId();
        bands[b] = band;
    }
    copy[QStringLiteral("gradingBands")] = bands;
    QJsonArray templates = valueAt(json, QStringLiteral("templates")).toArray();
    templates.append(copy);
    return edited(json, QStringLiteral("templates"), templates);
}

// Each case is refused by readJson with its path and reason, and by importJson into a
// demo file, which is left byte for byte as it was.
void checkRefused(const QByteArray &json, const QList<Case> &cases, const TempDir &dir)
{
    const QString targetPath = dir.path(QStringLiteral("target.cchc"));
    REQUIRE(writeDemoFile(targetPath).ok());
    const QByteArray before = readAll(targetPath);
    auto target = InspectionFile::open(targetPath);
    REQUIRE(target.ok());

    for (const Case &c : cases) {
        INFO(c.label);
        const QByteArray bad = edited(json, c.path, c.value, c.value.isUndefined());
        auto read = readJson(bad);
        REQUIRE_FALSE(read.ok());
        INFO(read.error());
        CHECK(read.error().startsWith(c.errorStart));
        CHECK(read.error().contains(c.reason));
        auto imported = importJson(**target, bad);
        CHECK_FALSE(imported.ok());
    }
    target->reset();
    CHECK(readAll(targetPath) == before);
}

} // namespace

TEST_CASE("Bad JSON is refused with the path of the bad field, and writes nothing",
          "[interchange][validation]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    auto rounds = source->rounds();
    const QByteArray json = withSecondTemplate(*exportRoundJson(*source, rounds->at(0).id));
    REQUIRE(readJson(json).ok());

    const QString unitId = valueAt(json, QStringLiteral("units.0.id")).toString();
    const QString assessment = QStringLiteral("rounds.0.units.3.assessments.12");
    const QString assessmentPath = QStringLiteral("rounds[0].units[3].assessments[12]");
    const QString otherVersionCriterion = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const QJsonValue removed(QJsonValue::Undefined);

    const QList<Case> cases = {
        {"another format", QStringLiteral("format"), QStringLiteral("keepass"),
         QStringLiteral("format: "), QStringLiteral("không phải là định dạng")},
        {"a newer format version", QStringLiteral("formatVersion"), interchange::kFormatVersion + 1,
         QStringLiteral("formatVersion: "), QStringLiteral("phiên bản mới hơn")},
        {"a format version that is not a number", QStringLiteral("formatVersion"),
         QStringLiteral("1"), QStringLiteral("formatVersion: "), QStringLiteral("phải là một số")},
        {"an unknown scope", QStringLiteral("scope"), QStringLiteral("everything"),
         QStringLiteral("scope: "), QStringLiteral("“everything”")},
        {"a missing required field", QStringLiteral("units.0.name"), removed,
         QStringLiteral("units[0].name: "), QStringLiteral("bị thiếu")},
        {"an empty name", QStringLiteral("units.0.name"), QStringLiteral("  "),
         QStringLiteral("units[0].name: "), QStringLiteral("không được để trống")},
        {"a missing modification time", QStringLiteral("units.2.modifiedAt"), removed,
         QStringLiteral("units[2].modifiedAt: "), QStringLiteral("bị thiếu")},
        {"a bad modification time", QStringLiteral("units.2.modifiedAt"), QStringLiteral("hôm qua"),
         QStringLiteral("units[2].modifiedAt: "), QStringLiteral("thời điểm")},
        {"a time without its zone", QStringLiteral("units.2.modifiedAt"),
         QStringLiteral("2022-05-23T08:15:27.276"), QStringLiteral("units[2].modifiedAt: "),
         QStringLiteral("thời điểm")},
        {"a whole number out of range", QStringLiteral("formatVersion"), 1e12,
         QStringLiteral("formatVersion: "), QStringLiteral("số nguyên")},
        {"a fractional version", QStringLiteral("templates.0.version"), 1.5,
         QStringLiteral("templates[0].version: "), QStringLiteral("số nguyên")},
        {"a number where text belongs", QStringLiteral("units.1.address"), 42,
         QStringLiteral("units[1].address: "), QStringLiteral("phải là văn bản")},
        {"text where a list belongs", QStringLiteral("rounds.0.team"), QStringLiteral("đoàn"),
         QStringLiteral("rounds[0].team: "), QStringLiteral("danh sách")},
        {"a list item that is not an object", QStringLiteral("rounds.0.legalBases.1"), 7,
         QStringLiteral("rounds[0].legalBases[1]: "), QStringLiteral("đối tượng")},
        {"text where true/false belongs", assessment + QStringLiteral(".exemplary"),
         QStringLiteral("có"), assessmentPath + QStringLiteral(".exemplary: "),
         QStringLiteral("true hoặc false")},
        {"an invalid UUID", QStringLiteral("units.1.id"), QStringLiteral("abc"),
         QStringLiteral("units[1].id: "), QStringLiteral("UUID")},
        {"an unknown result", assessment + QStringLiteral(".result"), QStringLiteral("met2"),
         assessmentPath + QStringLiteral(".result: “met2”"), QStringLiteral("kết quả hợp lệ")},
        {"an unknown team role", QStringLiteral("rounds.0.team.0.role"), QStringLiteral("boss"),
         QStringLiteral("rounds[0].team[0].role: "), QStringLiteral("vai trò")},
        {"an unknown round status", QStringLiteral("rounds.0.status"), QStringLiteral("done"),
         QStringLiteral("rounds[0].status: "), QStringLiteral("trạng thái")},
        {"an unknown response kind", QStringLiteral("templates.0.groups.0.criteria.0.responseKind"),
         QStringLiteral("stars"),
         QStringLiteral("templates[0].groups[0].criteria[0].responseKind: "),
         QStringLiteral("cách chấm")},
        {"an unknown evidence kind",
         QStringLiteral("rounds.0.units.1.assessments.3.evidence.0.kind"), QStringLiteral("video"),
         QStringLiteral("rounds[0].units[1].assessments[3].evidence[0].kind: "),
         QStringLiteral("loại minh chứng")},
        {"an unknown action status", QStringLiteral("rounds.0.units.1.correctiveActions.0.status"),
         QStringLiteral("late"), QStringLiteral("rounds[0].units[1].correctiveActions[0].status: "),
         QStringLiteral("trạng thái khắc phục")},
        {"content that is not base64",
         QStringLiteral("rounds.0.units.1.assessments.3.evidence.0.content"), QStringLiteral("***"),
         QStringLiteral("rounds[0].units[1].assessments[3].evidence[0].content: "),
         QStringLiteral("base64")},
        {"a date that does not parse", QStringLiteral("rounds.0.visitStart"),
         QStringLiteral("2022-13-01"), QStringLiteral("rounds[0].visitStart: “2022-13-01”"),
         QStringLiteral("yyyy-MM-dd")},
        {"a date in another form", QStringLiteral("rounds.0.units.0.visitDate"),
         QStringLiteral("23/5/2022"), QStringLiteral("rounds[0].units[0].visitDate: "),
         QStringLiteral("yyyy-MM-dd")},
        {"a last visit day before the first", QStringLiteral("rounds.0.visitEnd"),
         QStringLiteral("2022-05-01"), QStringLiteral("rounds[0].visitEnd: "),
         QStringLiteral("ngày kiểm tra cuối")},
        {"a score above the maximum", assessment + QStringLiteral(".appraisedScore"), 99,
         assessmentPath + QStringLiteral(".appraisedScore: "), QStringLiteral("điểm tối đa")},
        {"a negative score", assessment + QStringLiteral(".selfScore"), -1,
         assessmentPath + QStringLiteral(".selfScore: "), QStringLiteral("điểm tối đa")},
        {"a maximum score of zero", QStringLiteral("templates.0.groups.1.criteria.0.maxScore"), 0,
         QStringLiteral("templates[0].groups[1].criteria[0].maxScore: "),
         QStringLiteral("lớn hơn 0")},
        {"a grade threshold above 100", QStringLiteral("templates.0.gradingBands.0.minPercent"),
         120, QStringLiteral("templates[0].gradingBands[0].minPercent: "),
         QStringLiteral("từ 0 đến 100")},
        {"an unknown unit", QStringLiteral("rounds.0.units.2.unitId"), newId(),
         QStringLiteral("rounds[0].units[2].unitId: "), QStringLiteral("đơn vị")},
        {"an unknown template", QStringLiteral("rounds.0.templateId"), newId(),
         QStringLiteral("rounds[0].templateId: "), QStringLiteral("bộ tiêu chí")},
        {"an unknown criterion", assessment + QStringLiteral(".criterionId"), newId(),
         assessmentPath + QStringLiteral(".criterionId: "), QStringLiteral("không có trong tệp")},
        {"a criterion of another template version", assessment + QStringLiteral(".criterionId"),
         otherVersionCriterion, assessmentPath + QStringLiteral(".criterionId: "),
         QStringLiteral("phiên bản bộ tiêu chí khác")},
        {"an action on a criterion of another version",
         QStringLiteral("rounds.0.units.1.correctiveActions.1.criterionId"), otherVersionCriterion,
         QStringLiteral("rounds[0].units[1].correctiveActions[1].criterionId: "),
         QStringLiteral("phiên bản bộ tiêu chí khác")},
        {"a duplicate id", QStringLiteral("units.1.id"), unitId, QStringLiteral("units[1].id: "),
         QStringLiteral("(lần đầu tại units[0])")},
        {"a duplicate id across kinds", QStringLiteral("rounds.0.team.1.id"), unitId,
         QStringLiteral("rounds[0].team[1].id: "), QStringLiteral("hai lần")},
        {"the same unit twice in a round", QStringLiteral("rounds.0.units.1.unitId"),
         valueAt(json, QStringLiteral("rounds.0.units.0.unitId")),
         QStringLiteral("rounds[0].units[1].unitId: "), QStringLiteral("hai lần")},
        {"a criterion assessed twice", assessment + QStringLiteral(".criterionId"),
         valueAt(json, QStringLiteral("rounds.0.units.3.assessments.11.criterionId")),
         assessmentPath + QStringLiteral(".criterionId: "), QStringLiteral("hai lần")},
        {"two rounds in a round export", QStringLiteral("rounds.1"),
         valueAt(json, QStringLiteral("rounds.0")), QStringLiteral("rounds: "),
         QStringLiteral("đúng một đợt")},
    };

    checkRefused(json, cases, dir);
}

TEST_CASE("Bad report data (formatVersion 2) is refused with its path, and writes nothing",
          "[interchange][validation]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QByteArray json = *exportFileJson(*source);
    REQUIRE(readJson(json).ok());
    const QString settings = QStringLiteral("reportSettings");
    const QString series = QStringLiteral("reportNumberSeries.1");
    const QString seriesPath = QStringLiteral("reportNumberSeries[1]");
    const QString paragraph = QStringLiteral("rounds.0.reportParagraphs.1");
    const QString paragraphPath = QStringLiteral("rounds[0].reportParagraphs[1]");
    const QJsonValue removed(QJsonValue::Undefined);
    const QString unitId = valueAt(json, QStringLiteral("units.0.id")).toString();
    // The first series again under another id.
    QJsonObject sameSeries = valueAt(json, QStringLiteral("reportNumberSeries.0")).toObject();
    sameSeries[QStringLiteral("id")] = newId();

    const QList<Case> cases = {
        {"settings that are not an object", settings, QStringLiteral("mặc định"),
         QStringLiteral("reportSettings: "), QStringLiteral("đối tượng")},
        {"settings without an id", settings + QStringLiteral(".id"), removed,
         QStringLiteral("reportSettings.id: "), QStringLiteral("bị thiếu")},
        {"a number where a settings text belongs", settings + QStringLiteral(".issuerSymbol"), 5,
         QStringLiteral("reportSettings.issuerSymbol: "), QStringLiteral("phải là văn bản")},
        {"a missing settings field", settings + QStringLiteral(".signerTitle"), removed,
         QStringLiteral("reportSettings.signerTitle: "), QStringLiteral("bị thiếu")},
        {"recipients that are not a list", settings + QStringLiteral(".recipients"),
         QStringLiteral("Lưu: VT."), QStringLiteral("reportSettings.recipients: "),
         QStringLiteral("danh sách")},
        {"a recipient that is not text", settings + QStringLiteral(".recipients.1"), 7,
         QStringLiteral("reportSettings.recipients[1]: "), QStringLiteral("phải là văn bản")},
        {"a bad settings time", settings + QStringLiteral(".modifiedAt"), QStringLiteral("nay"),
         QStringLiteral("reportSettings.modifiedAt: "), QStringLiteral("thời điểm")},
        {"number series that are not a list", QStringLiteral("reportNumberSeries"), 3,
         QStringLiteral("reportNumberSeries: "), QStringLiteral("danh sách")},
        {"a fractional year", series + QStringLiteral(".year"), 2022.5,
         seriesPath + QStringLiteral(".year: "), QStringLiteral("số nguyên")},
        {"a year out of range", series + QStringLiteral(".year"), 0,
         seriesPath + QStringLiteral(".year: "), QStringLiteral("không phải là một năm")},
        {"a next number of zero", series + QStringLiteral(".nextNumber"), 0,
         seriesPath + QStringLiteral(".nextNumber: "), QStringLiteral("từ 1 trở lên")},
        {"a series without its symbol", series + QStringLiteral(".issuerSymbol"), removed,
         seriesPath + QStringLiteral(".issuerSymbol: "), QStringLiteral("bị thiếu")},
        {"the same series twice", series, sameSeries, seriesPath + QStringLiteral(".year: "),
         QStringLiteral("hai lần")},
        {"paragraphs that are not a list", QStringLiteral("rounds.0.reportParagraphs"),
         QStringLiteral("đoạn"), QStringLiteral("rounds[0].reportParagraphs: "),
         QStringLiteral("danh sách")},
        {"a paragraph without a key", paragraph + QStringLiteral(".key"), QStringLiteral(" "),
         paragraphPath + QStringLiteral(".key: "), QStringLiteral("không được để trống")},
        {"a paragraph edited twice", paragraph + QStringLiteral(".key"),
         valueAt(json, QStringLiteral("rounds.0.reportParagraphs.0.key")),
         paragraphPath + QStringLiteral(".key: "), QStringLiteral("hai lần")},
        {"a paragraph without the text it was based on", paragraph + QStringLiteral(".draftedText"),
         removed, paragraphPath + QStringLiteral(".draftedText: "), QStringLiteral("bị thiếu")},
        {"a paragraph's text that is not text", paragraph + QStringLiteral(".editedText"),
         QJsonValue::Null, paragraphPath + QStringLiteral(".editedText: "),
         QStringLiteral("phải là văn bản")},
        {"a paragraph without its time", paragraph + QStringLiteral(".modifiedAt"), removed,
         paragraphPath + QStringLiteral(".modifiedAt: "), QStringLiteral("bị thiếu")},
        {"a paragraph id used by a unit", paragraph + QStringLiteral(".id"), unitId,
         paragraphPath + QStringLiteral(".id: "), QStringLiteral("hai lần")},
    };
    checkRefused(json, cases, dir);
}

TEST_CASE("Text that is not JSON, or not an object, is named as such", "[interchange][validation]")
{
    auto broken = readJson("{\"format\": \"cchc-inspector\",");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("không phải là JSON hợp lệ")));
    auto list = readJson("[1, 2]");
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().contains(QStringLiteral("không phải là một đối tượng")));
    auto empty = readJson("{}");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().startsWith(QStringLiteral("format: ")));
}

TEST_CASE("An import from a file names that file", "[interchange][validation]")
{
    TempDir dir;
    auto target = InspectionFile::create(dir.path(QStringLiteral("target.cchc")));
    REQUIRE(target.ok());
    const QString json = dir.path(QStringLiteral("bad.json"));
    writeAll(json, "{\"format\": \"cchc-inspector\", \"formatVersion\": 9, \"scope\": \"file\"}");
    auto result = importJsonFile(**target, json);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("bad.json")));
    CHECK(result.error().contains(QStringLiteral("formatVersion: ")));
    auto missing = importJsonFile(**target, dir.path(QStringLiteral("missing.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("missing.json")));
}
