#include "core/interchange/JsonImport.h"

#include "core/common/Ids.h"
#include "core/interchange/JsonFields.h"
#include "core/interchange/JsonFormat.h"
#include "core/interchange/JsonSnapshot.h"
#include "core/storage/InspectionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace cchc::interchange {

namespace {

using detail::Fields;
using detail::Problems;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::JsonImport)
};

// Reads the document into a RecordBatch and checks what single fields cannot show:
// duplicate ids and references.
class Reader
{
public:
    // Takes `root` by value: the caller moves it in, so the rounds (most of a document)
    // are freed one by one as they are converted.
    Result<RecordBatch> read(QJsonObject root)
    {
        Fields top(m_problems, std::move(root), QString());
        if (!readHeader(top))
            return Error{m_problems.first()};
        for (const Fields &unit : top.objects("units"))
            readUnit(unit);
        for (const Fields &checklist : top.objects("templates"))
            readTemplate(checklist);
        readReport(top);
        if (m_scope == Scope::Round && top.listSize("rounds") != 1)
            top.fail("rounds", Tr::tr("a round export holds exactly one round"));
        top.consumeObjects("rounds", [this](const Fields &round) { readRound(round); });
        if (m_problems.any())
            return Error{m_problems.first()};
        return m_batch;
    }

private:
    bool readHeader(const Fields &top)
    {
        const QString format = top.text("format", Fields::Need::Required);
        if (!m_problems.any() && format != QLatin1String(kFormatName)) {
            top.fail("format", Tr::tr("“%1” is not the CCHC Inspector format (“%2”)")
                                   .arg(format, QLatin1String(kFormatName)));
        }
        if (m_problems.any())
            return false;
        const int version = top.integer("formatVersion");
        if (!m_problems.any() && version > kFormatVersion) {
            top.fail("formatVersion",
                     Tr::tr("version %1 was written by a newer CCHC Inspector; this version "
                            "reads up to %2. Install the newer version to import it.")
                         .arg(version)
                         .arg(kFormatVersion));
        } else if (!m_problems.any() && version < 1) {
            top.fail("formatVersion", Tr::tr("%1 is not a format version").arg(version));
        }
        m_scope = top.key("scope", &scopeFromKey,
                          QT_TRANSLATE_NOOP("cchc::JsonImport", "“%1” is not a known scope"));
        return !m_problems.any();
    }

    // A record's id, which must be unique in the whole document.
    QString recordId(const Fields &fields)
    {
        const QString id = fields.id();
        claim(fields, id);
        return id;
    }

    void claim(const Fields &fields, const QString &id)
    {
        if (id.isEmpty() || m_problems.any())
            return;
        const auto found = m_batch.origins.constFind(id);
        if (found != m_batch.origins.cend()) {
            fields.fail("id", Tr::tr("the id “%1” is used twice (first at %2)").arg(id, *found));
            return;
        }
        m_batch.origins.insert(id, fields.path());
    }

    // The file-scope report data of formatVersion 2 (absent from version 1 documents and
    // round exports).
    void readReport(const Fields &top)
    {
        if (!top.isNull("reportSettings")) {
            const Fields f = top.object("reportSettings");
            report::ReportSettings settings;
            settings.id = recordId(f);
            settings.governingBody = f.text("governingBody", Fields::Need::Required);
            settings.issuingBody = f.text("issuingBody", Fields::Need::Required);
            settings.issuerInProse = f.text("issuerInProse", Fields::Need::Required);
            settings.issuerSymbol = f.text("issuerSymbol", Fields::Need::Required);
            settings.placeName = f.text("placeName", Fields::Need::Required);
            settings.signerAuthority = f.text("signerAuthority", Fields::Need::Required);
            settings.signerTitle = f.text("signerTitle", Fields::Need::Required);
            settings.reportTo = f.text("reportTo", Fields::Need::Required);
            settings.recipients = f.texts("recipients");
            settings.modifiedAt = f.timestamp();
            m_batch.reportSettings = settings;
        }
        QSet<QString> seriesKeys;
        for (const Fields &f : top.objects("reportNumberSeries")) {
            report::NumberSeries series;
            series.id = recordId(f);
            series.issuerSymbol = f.text("issuerSymbol", Fields::Need::Required);
            series.year = f.integer("year");
            if (!m_problems.any() && (series.year < 1 || series.year > 9999))
                f.fail("year", Tr::tr("%1 is not a year").arg(series.year));
            series.nextNumber = f.integer("nextNumber");
            if (!m_problems.any() && series.nextNumber < 1)
                f.fail("nextNumber", Tr::tr("must be 1 or more"));
            series.modifiedAt = f.timestamp();
            const QString key =
                series.issuerSymbol + QLatin1Char('/') + QString::number(series.year);
            if (!m_problems.any() && seriesKeys.contains(key)) {
                f.fail("year", Tr::tr("the number series of “%1” in %2 is in the file twice")
                                   .arg(series.issuerSymbol)
                                   .arg(series.year));
            }
            seriesKeys.insert(key);
            m_batch.numberSeries.append(series);
        }
    }

    // formatVersion 3: the round's issued notice (absent or null while it is a draft).
    void readIssuedNotice(const Fields &round, RecordBatch::Round &item)
    {
        if (round.isNull("issuedNotice"))
            return;
        const Fields f = round.object("issuedNotice");
        report::IssuedNotice issued;
        issued.id = recordId(f);
        issued.number = f.integer("number");
        if (!m_problems.any() && issued.number < 1)
            f.fail("number", Tr::tr("%1 is not a document number").arg(issued.number));
        issued.symbol = f.text("issuerSymbol", Fields::Need::Required);
        issued.issuedOn = f.date("issuedOn");
        if (!m_problems.any() && !issued.issuedOn.isValid())
            f.fail("issuedOn", Tr::tr("an issued notice needs its date"));
        issued.modifiedAt = f.timestamp();
        item.issuedNotice = issued;
    }

    // Versions 1 and 2 kept the issued number as the reserved paragraph "issued/notice",
    // its edited text a JSON object {"number": 5, "symbol": "ĐKT", "issuedOn": "…"}.
    void readIssuedParagraph(const Fields &f, const QString &id, RecordBatch::Round &item)
    {
        const QJsonObject json =
            QJsonDocument::fromJson(f.text("editedText", Fields::Need::Required).toUtf8()).object();
        report::IssuedNotice issued{json.value(QStringLiteral("number")).toInt(),
                                    json.value(QStringLiteral("symbol")).toString(),
                                    QDate::fromString(json.value(QStringLiteral("issuedOn")).toString(),
                                                      Qt::ISODate),
                                    id, f.timestamp()};
        if (!m_problems.any() && (issued.number < 1 || !issued.issuedOn.isValid()))
            f.fail("editedText", Tr::tr("is not the issued number of a notice"));
        if (!m_problems.any() && item.issuedNotice)
            f.fail("key", Tr::tr("the round's notice is issued twice"));
        item.issuedNotice = issued;
    }

    // formatVersion 5: what the issued notice printed (absent or null: no snapshot).
    void readSnapshot(const Fields &round, RecordBatch::Round &item)
    {
        if (round.isNull("noticeSnapshot"))
            return;
        const Fields f = round.object("noticeSnapshot");
        item.noticeSnapshot = readNoticeSnapshot(f, recordId(f));
        if (!m_problems.any() && !item.issuedNotice)
            round.fail("noticeSnapshot", Tr::tr("a snapshot needs the notice it was issued as"));
    }

    // formatVersion 4: the date and signer the team chose (absent or null: none). The
    // signer must be one of the round's team.
    void readNoticeSettings(const Fields &round, RecordBatch::Round &item)
    {
        if (round.isNull("noticeSettings"))
            return;
        const Fields f = round.object("noticeSettings");
        report::NoticeSettings settings;
        settings.id = recordId(f);
        settings.noticeDate = f.date("noticeDate");
        settings.signerMemberId = f.optionalId("signerMemberId");
        const QList<TeamMember> &team = item.round.team;
        if (!m_problems.any() && !settings.signerMemberId.isEmpty()
            && std::none_of(team.cbegin(), team.cend(), [&](const TeamMember &member) {
                   return member.id == settings.signerMemberId;
               })) {
            f.fail("signerMemberId", Tr::tr("refers to the team member “%1”, who is not in the "
                                            "round's team")
                                         .arg(settings.signerMemberId));
        }
        settings.modifiedAt = f.timestamp();
        item.noticeSettings = settings;
    }

    // Versions up to 3 kept the notice date as the reserved paragraph "notice/date", its
    // edited text "2022-06-10". A text that is not a date stays a paragraph, as the schema
    // upgrade leaves it.
    bool readNoticeDateParagraph(const Fields &f, const QString &id, RecordBatch::Round &item)
    {
        const QDate date =
            QDate::fromString(f.text("editedText", Fields::Need::Required).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return false;
        if (!m_problems.any() && item.noticeSettings)
            f.fail("key", Tr::tr("the round's notice date is given twice"));
        item.noticeSettings = report::NoticeSettings{date, {}, id, f.timestamp()};
        return true;
    }

    void readParagraphs(const Fields &round, RecordBatch::Round &item)
    {
        QList<report::StoredParagraph> &paragraphs = item.paragraphs;
        QSet<QString> keys;
        for (const Fields &f : round.objects("reportParagraphs")) {
            report::StoredParagraph paragraph;
            paragraph.id = recordId(f);
            paragraph.key = f.text("key", Fields::Need::NonEmpty);
            if (paragraph.key == QLatin1String("issued/notice")) {
                readIssuedParagraph(f, paragraph.id, item);
                continue;
            }
            if (paragraph.key == QLatin1String("notice/date")
                && readNoticeDateParagraph(f, paragraph.id, item))
                continue;
            if (!m_problems.any() && keys.contains(paragraph.key)) {
                f.fail(
                    "key",
                    Tr::tr("the paragraph “%1” is edited twice in this round").arg(paragraph.key));
            }
            keys.insert(paragraph.key);
            paragraph.draftedText = f.text("draftedText", Fields::Need::Required);
            paragraph.editedText = f.text("editedText", Fields::Need::Required);
            paragraph.afterKey = f.text("afterKey"); // both absent before schema version 4
            paragraph.hidden = f.boolean("hidden");
            paragraph.modifiedAt = f.timestamp();
            paragraphs.append(paragraph);
        }
    }

    void readUnit(const Fields &f)
    {
        Unit unit;
        unit.id = recordId(f);
        unit.name = f.text("name", Fields::Need::NonEmpty);
        unit.shortName = f.text("shortName");
        unit.address = f.text("address");
        unit.headName = f.text("headName");
        unit.headTitle = f.text("headTitle");
        unit.phone = f.text("phone");
        unit.notes = f.text("notes");
        unit.modifiedAt = f.timestamp();
        m_unitIds.insert(unit.id);
        m_batch.units.append(unit);
    }

    void readTemplate(const Fields &f)
    {
        ChecklistTemplate t;
        t.id = recordId(f);
        t.familyId = f.id("familyId");
        t.version = f.integer("version");
        if (!m_problems.any() && t.version < 1)
            f.fail("version", Tr::tr("must be 1 or more"));
        t.name = f.text("name", Fields::Need::NonEmpty);
        t.description = f.text("description");
        t.builtin = f.boolean("builtin");
        for (const Fields &g : f.objects("groups")) {
            CriteriaGroup group;
            group.id = recordId(g);
            group.code = g.text("code");
            group.title = g.text("title", Fields::Need::NonEmpty);
            for (const Fields &c : g.objects("criteria"))
                group.criteria.append(readCriterion(c, t.id));
            group.modifiedAt = g.timestamp();
            t.groups.append(group);
        }
        for (const Fields &b : f.objects("gradingBands")) {
            GradingBand band;
            band.id = recordId(b);
            band.name = b.text("name", Fields::Need::NonEmpty);
            band.minPercent = b.number("minPercent");
            if (!m_problems.any() && (band.minPercent < 0.0 || band.minPercent > 100.0))
                b.fail("minPercent", Tr::tr("must be between 0 and 100"));
            band.modifiedAt = b.timestamp();
            t.bands.append(band);
        }
        t.modifiedAt = f.timestamp();
        const QString familyVersion = t.familyId + QLatin1Char('/') + QString::number(t.version);
        if (!m_problems.any() && m_familyVersions.contains(familyVersion)) {
            f.fail("version",
                   Tr::tr("version %1 of this checklist is in the file twice").arg(t.version));
        }
        m_familyVersions.insert(familyVersion);
        m_templateIds.insert(t.id);
        m_batch.templates.append(t);
    }

    Criterion readCriterion(const Fields &f, const QString &templateId)
    {
        Criterion c;
        c.id = recordId(f);
        c.code = f.text("code");
        c.text = f.text("text", Fields::Need::NonEmpty);
        c.legalReference = f.text("legalReference");
        c.guidance = f.text("guidance");
        c.responseKind =
            f.key("responseKind", &responseKindFromKey,
                  QT_TRANSLATE_NOOP("cchc::JsonImport", "“%1” is not a known response kind"));
        c.maxScore = f.number("maxScore");
        if (!m_problems.any() && !(c.maxScore > 0.0))
            f.fail("maxScore", Tr::tr("must be above zero"));
        c.weight = f.number("weight");
        if (!m_problems.any() && !(c.weight > 0.0))
            f.fail("weight", Tr::tr("must be above zero"));
        c.phraseMet = f.text("phraseMet");
        c.phraseUnmet = f.text("phraseUnmet");
        c.phrasePartial = f.text("phrasePartial"); // absent before schema version 4
        c.phraseExemplary = f.text("phraseExemplary");
        c.modifiedAt = f.timestamp();
        m_criteria.insert(c.id, {templateId, c.maxScore});
        return c;
    }

    struct CriterionInfo
    {
        QString templateId;
        double maxScore = 0.0;
    };

    // A reference to a criterion of the round's template version; returns its maximum.
    double checkCriterion(const Fields &f, const char *key, const QString &criterionId,
                          const QString &templateId) const
    {
        if (m_problems.any() || criterionId.isEmpty())
            return 0.0;
        const auto found = m_criteria.constFind(criterionId);
        if (found == m_criteria.cend()) {
            f.fail(
                key,
                Tr::tr("refers to the criterion “%1”, which is not in the file").arg(criterionId));
        } else if (found->templateId != templateId) {
            f.fail(key, Tr::tr("the criterion “%1” belongs to another checklist version than "
                               "the round's")
                            .arg(criterionId));
        } else {
            return found->maxScore;
        }
        return 0.0;
    }

    void readRound(const Fields &f)
    {
        RecordBatch::Round item;
        InspectionRound &r = item.round;
        r.id = recordId(f);
        r.title = f.text("title", Fields::Need::NonEmpty);
        r.templateId = f.id("templateId");
        if (!m_problems.any() && !m_templateIds.contains(r.templateId)) {
            f.fail("templateId", Tr::tr("refers to the checklist template “%1”, which is not "
                                        "in the file")
                                     .arg(r.templateId));
        }
        r.unitKind = f.text("unitKind");
        r.periodAssessed = f.text("periodAssessed");
        r.visitStart = f.date("visitStart");
        r.visitEnd = f.date("visitEnd");
        if (!m_problems.any() && r.visitStart.isValid() && r.visitEnd.isValid() &&
            r.visitEnd < r.visitStart) {
            f.fail("visitEnd", Tr::tr("the last visit day is before the first"));
        }
        r.status = f.key("status", &roundStatusFromKey,
                         QT_TRANSLATE_NOOP("cchc::JsonImport", "“%1” is not a known round status"));
        r.notes = f.text("notes");
        for (const Fields &l : f.objects("legalBases")) {
            LegalReference ref;
            ref.id = recordId(l);
            ref.documentType = l.text("documentType");
            ref.number = l.text("number");
            ref.issuedOn = l.date("issuedOn");
            ref.issuer = l.text("issuer");
            ref.subject = l.text("subject");
            ref.modifiedAt = l.timestamp();
            r.legalBases.append(ref);
        }
        for (const Fields &m : f.objects("team")) {
            TeamMember member;
            member.id = recordId(m);
            member.fullName = m.text("fullName", Fields::Need::NonEmpty);
            member.role =
                m.key("role", &teamRoleFromKey,
                      QT_TRANSLATE_NOOP("cchc::JsonImport", "“%1” is not a known team role"));
            member.jobTitle = m.text("jobTitle");
            member.organisation = m.text("organisation");
            member.modifiedAt = m.timestamp();
            r.team.append(member);
        }
        readIssuedNotice(f, item);
        readNoticeSettings(f, item);
        readParagraphs(f, item);
        readSnapshot(f, item); // after the paragraphs: versions 1 and 2 issued there
        QSet<QString> unitsInRound;
        for (const Fields &u : f.objects("units")) {
            RoundUnit roundUnit;
            roundUnit.id = recordId(u);
            roundUnit.unitId = u.id("unitId");
            if (!m_problems.any() && !m_unitIds.contains(roundUnit.unitId)) {
                u.fail("unitId", Tr::tr("refers to the unit “%1”, which is not in the file")
                                     .arg(roundUnit.unitId));
            }
            if (!m_problems.any() && unitsInRound.contains(roundUnit.unitId))
                u.fail("unitId",
                       Tr::tr("the unit “%1” is in this round twice").arg(roundUnit.unitId));
            unitsInRound.insert(roundUnit.unitId);
            roundUnit.visitDate = u.date("visitDate");
            roundUnit.representatives = u.text("representatives");
            roundUnit.notes = u.text("notes");
            roundUnit.modifiedAt = u.timestamp();
            readRoundUnitRecords(u, roundUnit.id, r.templateId, item);
            r.units.append(roundUnit);
        }
        r.modifiedAt = f.timestamp();
        m_batch.rounds.append(item);
    }

    void readRoundUnitRecords(const Fields &u, const QString &roundUnitId,
                              const QString &templateId, RecordBatch::Round &item)
    {
        QSet<QString> assessed;
        for (const Fields &a : u.objects("assessments")) {
            Assessment assessment;
            assessment.id = recordId(a);
            assessment.roundUnitId = roundUnitId;
            assessment.criterionId = a.id("criterionId");
            const double maxScore =
                checkCriterion(a, "criterionId", assessment.criterionId, templateId);
            if (!m_problems.any() && assessed.contains(assessment.criterionId)) {
                a.fail("criterionId", Tr::tr("the criterion “%1” is assessed twice at this unit")
                                          .arg(assessment.criterionId));
            }
            assessed.insert(assessment.criterionId);
            assessment.result =
                a.key("result", &resultFromKey,
                      QT_TRANSLATE_NOOP("cchc::JsonImport", "“%1” is not a known result"));
            assessment.selfScore = readScore(a, "selfScore", maxScore);
            assessment.appraisedScore = readScore(a, "appraisedScore", maxScore);
            assessment.finding = a.text("finding");
            assessment.exemplary = a.boolean("exemplary");
            for (const Fields &e : a.objects("evidence"))
                assessment.evidence.append(readEvidence(e, item));
            assessment.modifiedAt = a.timestamp();
            item.assessments.append(assessment);
        }
        for (const Fields &c : u.objects("correctiveActions")) {
            CorrectiveAction action;
            action.id = recordId(c);
            action.roundUnitId = roundUnitId;
            action.criterionId = c.optionalId("criterionId");
            checkCriterion(c, "criterionId", action.criterionId, templateId);
            action.description = c.text("description", Fields::Need::NonEmpty);
            action.deadline = c.date("deadline");
            action.status =
                c.key("status", &actionStatusFromKey,
                      QT_TRANSLATE_NOOP("cchc::JsonImport", "“%1” is not a known action status"));
            action.completedOn = c.date("completedOn");
            action.modifiedAt = c.timestamp();
            item.correctiveActions.append(action);
        }
    }

    std::optional<double> readScore(const Fields &a, const char *key, double maxScore) const
    {
        const std::optional<double> score = a.optionalNumber(key);
        if (!m_problems.any() && score && (*score < 0.0 || *score > maxScore)) {
            a.fail(key, Tr::tr("%1 is outside 0 to %2, the criterion's maximum score")
                            .arg(*score)
                            .arg(maxScore));
        }
        return score;
    }

    Evidence readEvidence(const Fields &e, RecordBatch::Round &item)
    {
        Evidence evidence;
        evidence.id = recordId(e);
        evidence.kind =
            e.key("kind", &evidenceKindFromKey,
                  QT_TRANSLATE_NOOP("cchc::JsonImport", "“%1” is not a known evidence kind"));
        evidence.documentNumber = e.text("documentNumber");
        evidence.description = e.text("description");
        evidence.fileName = e.text("fileName");
        evidence.mimeType = e.text("mimeType");
        if (!e.isNull("content")) {
            const auto decoded = QByteArray::fromBase64Encoding(
                e.text("content").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                e.fail("content", Tr::tr("is not valid base64"));
            evidence.sizeBytes = decoded.decoded.size();
            item.evidenceContent.insert(evidence.id, decoded.decoded);
        }
        evidence.modifiedAt = e.timestamp();
        return evidence;
    }

    Problems m_problems;
    RecordBatch m_batch;
    Scope m_scope = Scope::File;
    QSet<QString> m_unitIds;
    QSet<QString> m_templateIds;
    QSet<QString> m_familyVersions;
    QHash<QString, CriterionInfo> m_criteria;
};

Result<QJsonObject> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{Tr::tr("not valid JSON (at character %1: %2)")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error{Tr::tr("not a CCHC Inspector export: the JSON is not an object")};
    return document.object();
}

} // namespace

Result<RecordBatch> readJson(const QByteArray &json)
{
    auto root = parse(json);
    if (!root)
        return root.failure();
    return Reader().read(std::move(*root));
}

Result<ImportSummary> importJson(InspectionFile &file, const QByteArray &json)
{
    auto batch = readJson(json);
    if (!batch)
        return batch.failure();
    return file.importRecords(*batch);
}

Result<ImportSummary> importJsonFile(InspectionFile &file, const QString &jsonPath)
{
    const QString name = QDir::toNativeSeparators(jsonPath);
    QFile input(jsonPath);
    if (!input.open(QIODevice::ReadOnly))
        return Error{Tr::tr("“%1” cannot be read: %2").arg(name, input.errorString())};
    auto batch = [&]() -> Result<RecordBatch> {
        // The text is let go once parsed: a whole file's JSON can be tens of megabytes.
        auto root = parse(input.readAll());
        if (!root)
            return root.failure();
        return Reader().read(std::move(*root));
    }();
    auto summary = batch ? file.importRecords(*batch) : Result<ImportSummary>(batch.failure());
    if (!summary)
        return Error{Tr::tr("“%1” was not imported: %2").arg(name, summary.error())};
    return summary;
}

} // namespace cchc::interchange
