#include "core/interchange/JsonExport.h"

#include "core/common/Clock.h"
#include "core/common/VietnameseText.h"
#include "core/interchange/JsonFormat.h"
#include "core/interchange/JsonSnapshot.h"
#include "core/interchange/JsonStream.h"
#include "core/storage/ReportStore.h"
#include "core/storage/InspectionFile.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cchc::interchange {

namespace {

using Key = QLatin1String;

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue idJson(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject unitJson(const Unit &u)
{
    return {{Key("id"), u.id},
            {Key("name"), u.name},
            {Key("shortName"), u.shortName},
            {Key("address"), u.address},
            {Key("headName"), u.headName},
            {Key("headTitle"), u.headTitle},
            {Key("phone"), u.phone},
            {Key("notes"), u.notes},
            {Key("modifiedAt"), u.modifiedAt}};
}

QJsonObject criterionJson(const Criterion &c)
{
    return {{Key("id"), c.id},
            {Key("code"), c.code},
            {Key("text"), c.text},
            {Key("legalReference"), c.legalReference},
            {Key("guidance"), c.guidance},
            {Key("responseKind"), responseKindKey(c.responseKind)},
            {Key("maxScore"), c.maxScore},
            {Key("weight"), c.weight},
            {Key("phraseMet"), c.phraseMet},
            {Key("phraseUnmet"), c.phraseUnmet},
            {Key("phrasePartial"), c.phrasePartial},
            {Key("phraseExemplary"), c.phraseExemplary},
            {Key("modifiedAt"), c.modifiedAt}};
}

QJsonObject templateJson(const ChecklistTemplate &t)
{
    QJsonArray groups;
    for (const CriteriaGroup &group : t.groups) {
        QJsonArray criteria;
        for (const Criterion &criterion : group.criteria)
            criteria.append(criterionJson(criterion));
        groups.append(QJsonObject{{Key("id"), group.id},
                                  {Key("code"), group.code},
                                  {Key("title"), group.title},
                                  {Key("criteria"), criteria},
                                  {Key("modifiedAt"), group.modifiedAt}});
    }
    QJsonArray bands;
    for (const GradingBand &band : t.bands) {
        bands.append(QJsonObject{{Key("id"), band.id},
                                 {Key("name"), band.name},
                                 {Key("minPercent"), band.minPercent},
                                 {Key("modifiedAt"), band.modifiedAt}});
    }
    return {{Key("id"), t.id},
            {Key("familyId"), t.familyId},
            {Key("version"), t.version},
            {Key("name"), t.name},
            {Key("description"), t.description},
            {Key("builtin"), t.builtin},
            {Key("groups"), groups},
            {Key("gradingBands"), bands},
            {Key("modifiedAt"), t.modifiedAt}};
}

Result<QJsonObject> evidenceJson(const InspectionFile &file, const Evidence &e)
{
    QJsonValue content(QJsonValue::Null);
    if (e.sizeBytes > 0) {
        auto bytes = file.evidenceContent(e.id);
        if (!bytes)
            return bytes.failure();
        content = QString::fromLatin1(bytes->toBase64());
    }
    return QJsonObject{{Key("id"), e.id},
                       {Key("kind"), evidenceKindKey(e.kind)},
                       {Key("documentNumber"), e.documentNumber},
                       {Key("description"), e.description},
                       {Key("fileName"), e.fileName},
                       {Key("mimeType"), e.mimeType},
                       {Key("content"), content},
                       {Key("modifiedAt"), e.modifiedAt}};
}

Result<QJsonObject> assessmentJson(const InspectionFile &file, const Assessment &a)
{
    QJsonArray evidence;
    for (const Evidence &e : a.evidence) {
        auto json = evidenceJson(file, e);
        if (!json)
            return json.failure();
        evidence.append(*json);
    }
    return QJsonObject{{Key("id"), a.id},
                       {Key("criterionId"), a.criterionId},
                       {Key("result"), resultKey(a.result)},
                       {Key("selfScore"), optionalJson(a.selfScore)},
                       {Key("appraisedScore"), optionalJson(a.appraisedScore)},
                       {Key("finding"), a.finding},
                       {Key("exemplary"), a.exemplary},
                       {Key("evidence"), evidence},
                       {Key("modifiedAt"), a.modifiedAt}};
}

QJsonObject actionJson(const CorrectiveAction &c)
{
    return {{Key("id"), c.id},
            {Key("criterionId"), idJson(c.criterionId)},
            {Key("description"), c.description},
            {Key("deadline"), dateJson(c.deadline)},
            {Key("status"), actionStatusKey(c.status)},
            {Key("completedOn"), dateJson(c.completedOn)},
            {Key("modifiedAt"), c.modifiedAt}};
}

// Storage returns some lists in an order that ties can leave open; the export fixes one,
// so the same content always gives the same bytes.
void sortAssessments(QList<Assessment> &list, const ChecklistTemplate &checklist)
{
    QHash<QString, int> order;
    for (const CriteriaGroup &group : checklist.groups) {
        for (const Criterion &criterion : group.criteria)
            order.insert(criterion.id, int(order.size()));
    }
    std::sort(list.begin(), list.end(), [&](const Assessment &a, const Assessment &b) {
        const int left = order.value(a.criterionId, -1);
        const int right = order.value(b.criterionId, -1);
        return left != right ? left < right : a.id < b.id;
    });
}

void sortActions(QList<CorrectiveAction> &list)
{
    std::sort(list.begin(), list.end(), [](const CorrectiveAction &a, const CorrectiveAction &b) {
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        return a.id < b.id;
    });
}

// A round unit with its assessments (in checklist order) and corrective actions.
Result<QJsonObject> roundUnitJson(const InspectionFile &file, const RoundUnit &roundUnit,
                                  QList<Assessment> assessments, QList<CorrectiveAction> actions,
                                  const ChecklistTemplate &checklist)
{
    sortAssessments(assessments, checklist);
    QJsonArray assessmentArray;
    for (const Assessment &assessment : assessments) {
        auto json = assessmentJson(file, assessment);
        if (!json)
            return json.failure();
        assessmentArray.append(*json);
    }
    sortActions(actions);
    QJsonArray actionArray;
    for (const CorrectiveAction &action : actions)
        actionArray.append(actionJson(action));
    return QJsonObject{{Key("id"), roundUnit.id},
                       {Key("unitId"), roundUnit.unitId},
                       {Key("visitDate"), dateJson(roundUnit.visitDate)},
                       {Key("representatives"), roundUnit.representatives},
                       {Key("notes"), roundUnit.notes},
                       {Key("assessments"), assessmentArray},
                       {Key("correctiveActions"), actionArray},
                       {Key("modifiedAt"), roundUnit.modifiedAt}};
}

QJsonObject paragraphJson(const report::StoredParagraph &p)
{
    QJsonObject json{{Key("id"), p.id},
                     {Key("key"), p.key},
                     {Key("draftedText"), p.draftedText},
                     {Key("editedText"), p.editedText},
                     {Key("modifiedAt"), p.modifiedAt}};
    // Only when the team placed or hid the paragraph: older exports stay byte for byte.
    if (!p.afterKey.isEmpty())
        json.insert(Key("afterKey"), p.afterKey);
    if (p.hidden)
        json.insert(Key("hidden"), true);
    return json;
}

// A round's issued notice (formatVersion 3), null while its notice is a draft.
QJsonValue issuedNoticeJson(const std::optional<report::IssuedNotice> &issued)
{
    if (!issued)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{Key("id"), issued->id},
                       {Key("number"), issued->number},
                       {Key("issuerSymbol"), issued->symbol},
                       {Key("issuedOn"), dateJson(issued->issuedOn)},
                       {Key("modifiedAt"), issued->modifiedAt}};
}

// The date and signer the team chose for a round's notice (formatVersion 4), null while
// nothing was chosen.
QJsonValue noticeSettingsJson(const report::NoticeSettings &settings)
{
    if (settings.id.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{Key("id"), settings.id},
                       {Key("noticeDate"), dateJson(settings.noticeDate)},
                       {Key("signerMemberId"), settings.signerMemberId.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(settings.signerMemberId)},
                       {Key("modifiedAt"), settings.modifiedAt}};
}

// The file-scope report data (formatVersion 2): settings (null while the file drafts
// with the defaults) and the number series.
Result<QJsonObject> reportJson(const InspectionFile &file)
{
    const report::ReportStore store(file);
    auto settings = store.settings();
    if (!settings)
        return settings.failure();
    auto series = store.numberSeries();
    if (!series)
        return series.failure();
    QJsonValue settingsJson(QJsonValue::Null);
    if (!settings->id.isEmpty()) {
        settingsJson =
            QJsonObject{{Key("id"), settings->id},
                        {Key("governingBody"), settings->governingBody},
                        {Key("issuingBody"), settings->issuingBody},
                        {Key("issuerInProse"), settings->issuerInProse},
                        {Key("issuerSymbol"), settings->issuerSymbol},
                        {Key("placeName"), settings->placeName},
                        {Key("signerAuthority"), settings->signerAuthority},
                        {Key("signerTitle"), settings->signerTitle},
                        {Key("reportTo"), settings->reportTo},
                        {Key("recipients"), QJsonArray::fromStringList(settings->recipients)},
                        {Key("modifiedAt"), settings->modifiedAt}};
    }
    QJsonArray seriesJson;
    for (const report::NumberSeries &n : *series) {
        seriesJson.append(QJsonObject{{Key("id"), n.id},
                                      {Key("issuerSymbol"), n.issuerSymbol},
                                      {Key("year"), n.year},
                                      {Key("nextNumber"), n.nextNumber},
                                      {Key("modifiedAt"), n.modifiedAt}});
    }
    return QJsonObject{{Key("reportSettings"), settingsJson},
                       {Key("reportNumberSeries"), seriesJson}};
}

// The round without its units: those are streamed one by one (see writeRound).
QJsonObject roundHeadJson(const InspectionRound &round,
                          const QList<report::StoredParagraph> &paragraphs,
                          const std::optional<report::IssuedNotice> &issued,
                          const report::NoticeSettings &noticeSettings)
{
    QJsonArray paragraphArray;
    for (const report::StoredParagraph &paragraph : paragraphs)
        paragraphArray.append(paragraphJson(paragraph));
    QJsonArray legalBases;
    for (const LegalReference &ref : round.legalBases) {
        legalBases.append(QJsonObject{{Key("id"), ref.id},
                                      {Key("documentType"), ref.documentType},
                                      {Key("number"), ref.number},
                                      {Key("issuedOn"), dateJson(ref.issuedOn)},
                                      {Key("issuer"), ref.issuer},
                                      {Key("subject"), ref.subject},
                                      {Key("modifiedAt"), ref.modifiedAt}});
    }
    QJsonArray team;
    for (const TeamMember &member : round.team) {
        team.append(QJsonObject{{Key("id"), member.id},
                                {Key("fullName"), member.fullName},
                                {Key("role"), teamRoleKey(member.role)},
                                {Key("jobTitle"), member.jobTitle},
                                {Key("organisation"), member.organisation},
                                {Key("modifiedAt"), member.modifiedAt}});
    }
    return QJsonObject{{Key("id"), round.id},
                       {Key("title"), round.title},
                       {Key("templateId"), round.templateId},
                       {Key("unitKind"), round.unitKind},
                       {Key("periodAssessed"), round.periodAssessed},
                       {Key("visitStart"), dateJson(round.visitStart)},
                       {Key("visitEnd"), dateJson(round.visitEnd)},
                       {Key("status"), roundStatusKey(round.status)},
                       {Key("notes"), round.notes},
                       {Key("legalBases"), legalBases},
                       {Key("team"), team},
                       {Key("reportParagraphs"), paragraphArray},
                       {Key("issuedNotice"), issuedNoticeJson(issued)},
                       {Key("noticeSettings"), noticeSettingsJson(noticeSettings)},
                       {Key("modifiedAt"), round.modifiedAt}};
}

Status writeRound(JsonStream &out, const InspectionFile &file, const InspectionRound &round,
                  const ChecklistTemplate &checklist, int depth)
{
    auto actions = file.correctiveActions(round.id);
    if (!actions)
        return actions.failure();
    // In their stored order: it is the order edits no longer drafted are shown in.
    const report::ReportStore reports(file);
    auto paragraphs = reports.paragraphs(round.id);
    if (!paragraphs)
        return paragraphs.failure();
    auto issued = reports.issuedNotice(round.id);
    if (!issued)
        return issued.failure();
    auto noticeSettings = reports.noticeSettings(round.id);
    if (!noticeSettings)
        return noticeSettings.failure();
    auto snapshot = reports.noticeSnapshot(round.id);
    if (!snapshot)
        return snapshot.failure();
    QHash<QString, QList<CorrectiveAction>> actionsByUnit;
    for (const CorrectiveAction &action : *actions)
        actionsByUnit[action.roundUnitId].append(action);

    const auto units = [&](int unitsDepth) {
        return out.array(int(round.units.size()), unitsDepth, [&](int i, int itemDepth) -> Status {
            const RoundUnit &roundUnit = round.units.at(i);
            // One unit's assessments at a time: a round's can be most of a large file.
            auto assessments = file.assessments(roundUnit.id);
            if (!assessments)
                return assessments.failure();
            auto json = roundUnitJson(file, roundUnit, std::move(*assessments),
                                      actionsByUnit.take(roundUnit.id), checklist);
            if (!json)
                return json.failure();
            return out.value(*json, itemDepth);
        });
    };
    QJsonObject head = roundHeadJson(round, *paragraphs, *issued, *noticeSettings);
    head.insert(Key("noticeSnapshot"), noticeSnapshotJson(*snapshot)); // formatVersion 5
    return out.object(head, {{QStringLiteral("units"), units}}, depth);
}

// Units in Vietnamese alphabetical order, ties by id; only `wanted` ones when given.
Result<QJsonArray> unitsJson(const InspectionFile &file, const QSet<QString> *wanted)
{
    auto units = file.units();
    if (!units)
        return units.failure();
    std::sort(units->begin(), units->end(), [](const Unit &a, const Unit &b) {
        const int order = vn::compareVietnamese(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    QJsonArray array;
    for (const Unit &unit : *units) {
        if (!wanted || wanted->contains(unit.id))
            array.append(unitJson(unit));
    }
    return array;
}

// The top level with `fileScope`'s members; `writeOne` writes the rounds array's items.
Status writeDocument(JsonStream &out, Scope scope, const QJsonObject &fileScope,
                     const QJsonArray &units, const QJsonArray &templates,
                     const QList<InspectionRound> &rounds,
                     const std::function<Status(const InspectionRound &, int depth)> &writeOne)
{
    QJsonObject head = fileScope;
    head.insert(Key("format"), QString::fromLatin1(kFormatName));
    head.insert(Key("formatVersion"), kFormatVersion);
    head.insert(Key("scope"), scopeKey(scope));
    head.insert(Key("exportedAt"), Clock::nowIso());
    head.insert(Key("units"), units);
    head.insert(Key("templates"), templates);
    const auto roundArray = [&](int depth) {
        return out.array(int(rounds.size()), depth,
                         [&](int i, int itemDepth) { return writeOne(rounds.at(i), itemDepth); });
    };
    if (auto status = out.object(head, {{QStringLiteral("rounds"), roundArray}}, 0); !status)
        return status;
    return out.write("\n");
}

Result<QByteArray> toBytes(const std::function<Status(QIODevice &)> &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto status = write(buffer); !status)
        return status.failure();
    return bytes;
}

} // namespace

Status writeFileJson(const InspectionFile &file, QIODevice &device)
{
    auto units = unitsJson(file, nullptr);
    if (!units)
        return units.failure();
    auto infos = file.templates();
    if (!infos)
        return infos.failure();
    QList<ChecklistTemplate> checklists;
    for (const TemplateInfo &info : *infos) {
        auto checklist = file.loadTemplate(info.id);
        if (!checklist)
            return checklist.failure();
        checklists.append(*checklist);
    }
    std::sort(checklists.begin(), checklists.end(),
              [](const ChecklistTemplate &a, const ChecklistTemplate &b) {
                  return std::tie(a.name, a.version, a.id) < std::tie(b.name, b.version, b.id);
              });
    QJsonArray templates;
    QHash<QString, ChecklistTemplate> byId;
    for (const ChecklistTemplate &checklist : checklists) {
        templates.append(templateJson(checklist));
        byId.insert(checklist.id, checklist);
    }

    auto roundInfos = file.rounds();
    if (!roundInfos)
        return roundInfos.failure();
    QList<InspectionRound> rounds;
    for (const RoundInfo &info : *roundInfos) {
        auto round = file.loadRound(info.id);
        if (!round)
            return round.failure();
        rounds.append(*round);
    }
    std::sort(rounds.begin(), rounds.end(), [](const InspectionRound &a, const InspectionRound &b) {
        return std::tie(a.visitStart, a.title, a.id) < std::tie(b.visitStart, b.title, b.id);
    });
    auto report = reportJson(file);
    if (!report)
        return report.failure();
    JsonStream out(device);
    return writeDocument(out, Scope::File, *report, *units, templates, rounds,
                         [&](const InspectionRound &round, int depth) {
                             return writeRound(out, file, round, byId.value(round.templateId),
                                               depth);
                         });
}

Status writeRoundJson(const InspectionFile &file, const QString &roundId, QIODevice &device)
{
    auto round = file.loadRound(roundId);
    if (!round)
        return round.failure();
    auto checklist = file.loadTemplate(round->templateId);
    if (!checklist)
        return checklist.failure();
    QSet<QString> unitIds;
    for (const RoundUnit &roundUnit : round->units)
        unitIds.insert(roundUnit.unitId);
    auto units = unitsJson(file, &unitIds);
    if (!units)
        return units.failure();
    JsonStream out(device);
    return writeDocument(out, Scope::Round, {}, *units, QJsonArray{templateJson(*checklist)},
                         {*round}, [&](const InspectionRound &r, int depth) {
                             return writeRound(out, file, r, *checklist, depth);
                         });
}

Result<QByteArray> exportFileJson(const InspectionFile &file)
{
    return toBytes([&](QIODevice &device) { return writeFileJson(file, device); });
}

Result<QByteArray> exportRoundJson(const InspectionFile &file, const QString &roundId)
{
    return toBytes([&](QIODevice &device) { return writeRoundJson(file, roundId, device); });
}

} // namespace cchc::interchange
