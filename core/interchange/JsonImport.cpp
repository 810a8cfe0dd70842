#include "core/interchange/JsonImport.h"

#include "core/common/Ids.h"
#include "core/interchange/JsonFields.h"
#include "core/interchange/JsonFormat.h"
#include "core/interchange/JsonOutline.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/JsonSnapshot.h"
#include "core/storage/InspectionFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <utility>

namespace cchc::interchange {

namespace {

using detail::Fields;
using detail::Problems;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::JsonImport)
};

// Checks a document and hands its records over in parts (see readDocument): the file's
// units, templates and report data first, then each round as its own records, its units
// one by one, and its notice records last (a round's results are written before the
// notice that makes them frozen). Checks what single fields cannot show too: duplicate
// ids and references.
class Reader
{
public:
    Status read(JsonOutline outline, JsonReader &in, const InspectionFile::AddRecords &add)
    {
        Fields top(m_problems, std::move(outline.top), QString());
        if (!readHeader(top))
            return Error{m_problems.first()};
        for (const Fields &unit : top.objects("units"))
            readUnit(unit);
        for (const Fields &checklist : top.objects("templates"))
            readTemplate(checklist);
        readReport(top);
        if (m_scope == Scope::Round && outline.rounds.size() != 1)
            top.fail("rounds", Tr::tr("a round export holds exactly one round"));
        top.objects("rounds"); // refuses a "rounds" that is not a list (a list is outlined)
        for (const JsonOutline::Round &round : outline.rounds)
            m_part.templatesUsedLater.insert(round.head[QLatin1String("templateId")].toString());
        if (auto status = handOver(add); !status)
            return status;
        for (int i = 0; i < outline.rounds.size(); ++i) {
            if (auto status = readRound(outline.rounds.at(i), i, in, add); !status)
                return status;
        }
        return {};
    }

    // The n-th id this reader claims (counting from 0): where it is, once read() is done.
    void locateClaim(quint32 ordinal) { m_locate = ordinal; }
    QString located() const { return m_located; }
    // A duplicate id found by read(): its ordinal to locate, and the message to complete.
    struct Duplicate
    {
        quint32 firstOrdinal = 0;
        QString at;
        QString id;
    };
    std::optional<Duplicate> duplicate() const { return m_duplicate; }

private:
    // Hands the part read so far over, unless a problem was found in it.
    Status handOver(const InspectionFile::AddRecords &add)
    {
        if (m_problems.any())
            return Error{m_problems.first()};
        return add(std::exchange(m_part, RecordBatch()));
    }

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

    // Ids are kept as 20 bytes each (not with their paths), so a large document's ids take
    // little memory; the place of a duplicate's first use is found by reading again.
    void claim(const Fields &fields, const QString &id)
    {
        if (id.isEmpty() || m_problems.any())
            return;
        const quint32 ordinal = m_claims++;
        if (m_locate && *m_locate == ordinal) {
            m_located = fields.path();
            m_problems.add(QString(), QStringLiteral("located"));
            return;
        }
        const IdKey key = IdKey::of(id);
        if (const auto first = m_ids.constFind(key); first != m_ids.cend()) {
            m_duplicate = Duplicate{*first, fields.at("id"), id};
            // Completed with the first place by readDocument, which reads again to find it.
            fields.fail("id", Tr::tr("the id “%1” is used twice (first at %2)").arg(id, QString()));
            return;
        }
        m_ids.insert(key, ordinal);
        m_part.origins.insert(id, fields.path());
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
            m_part.reportSettings = settings;
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
            m_part.numberSeries.append(series);
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
        m_part.units.append(unit);
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
        m_part.templates.append(t);
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

    // A round: its own records, then its units one by one (each its own part), read from
    // the outline and from `in` where the outline left them.
    Status readRound(const JsonOutline::Round &outline, int index, JsonReader &in,
                     const InspectionFile::AddRecords &add)
    {
        const QString path = QStringLiteral("rounds[%1]").arg(index);
        if (!outline.head.isObject())
            m_problems.add(path, Tr::tr("must be an object"));
        const Fields f(m_problems, outline.head.toObject(), path);
        RecordBatch::Round item;
        readRoundHead(f, item);
        const QHash<QString, QString> origins = m_part.origins;
        RecordBatch::Round head;
        head.round = item.round; // the round's row, legal bases and team
        m_part.rounds.append(head);
        if (auto status = handOver(add); !status)
            return status;

        RoundUnits units{item.round.id, item.round.templateId, 0, {}};
        const auto readOne = [&](const Fields &u) {
            RecordBatch::Round part;
            part.round.id = item.round.id;
            part.withRoundRow = false;
            part.firstUnitPosition = units.read++;
            readRoundUnit(u, units, part);
            m_part.rounds.append(part);
            return handOver(add);
        };
        if (outline.unitsOffset < 0) { // absent, or not a list: the outline has it
            for (const Fields &u : f.objects("units")) {
                if (auto status = readOne(u); !status)
                    return status;
            }
            if (m_problems.any())
                return Error{m_problems.first()};
        } else if (auto status = streamUnits(in, outline.unitsOffset, path, readOne); !status) {
            return status;
        }

        RecordBatch::Round notice = item; // the notice's records, written after the results
        notice.round.legalBases.clear();
        notice.round.team.clear();
        notice.withRoundRow = false;
        m_part.rounds.append(notice);
        m_part.origins = origins;
        return handOver(add);
    }

    // The units array at `offset` of `in`, one unit at a time.
    Status streamUnits(JsonReader &in, qint64 offset, const QString &roundPath,
                       const std::function<Status(const Fields &)> &each)
    {
        in.seek(offset);
        in.beginArray();
        for (int i = 0; in.nextElement(); ++i) {
            const QJsonValue unit = in.readValue();
            if (in.failed())
                break;
            const QString path = roundPath + QStringLiteral(".units[%1]").arg(i);
            if (!unit.isObject())
                m_problems.add(path, Tr::tr("must be an object"));
            if (auto status = each(Fields(m_problems, unit.toObject(), path)); !status)
                return status;
        }
        if (in.failed())
            return syntaxError(in.error());
        return {};
    }

    void readRoundHead(const Fields &f, RecordBatch::Round &item)
    {
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
        r.modifiedAt = f.timestamp();
    }

    // What the units of one round share while they are read one by one.
    struct RoundUnits
    {
        QString roundId;
        QString templateId;
        int read = 0;
        QSet<QString> unitIds;
    };

    void readRoundUnit(const Fields &u, RoundUnits &units, RecordBatch::Round &part)
    {
        RoundUnit roundUnit;
        roundUnit.id = recordId(u);
        roundUnit.unitId = u.id("unitId");
        if (!m_problems.any() && !m_unitIds.contains(roundUnit.unitId)) {
            u.fail("unitId", Tr::tr("refers to the unit “%1”, which is not in the file")
                                 .arg(roundUnit.unitId));
        }
        if (!m_problems.any() && units.unitIds.contains(roundUnit.unitId))
            u.fail("unitId", Tr::tr("the unit “%1” is in this round twice").arg(roundUnit.unitId));
        units.unitIds.insert(roundUnit.unitId);
        roundUnit.visitDate = u.date("visitDate");
        roundUnit.representatives = u.text("representatives");
        roundUnit.notes = u.text("notes");
        roundUnit.modifiedAt = u.timestamp();
        readRoundUnitRecords(u, roundUnit.id, units.templateId, part);
        part.round.units.append(roundUnit);
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

    // An id as 16 bytes of UUID and the case of its hex letters ("A" and "a" are two ids).
    struct IdKey
    {
        QUuid uuid;
        quint32 upper = 0;
        static IdKey of(const QString &id)
        {
            IdKey key{QUuid::fromString(id), 0};
            int digit = 0;
            for (const QChar c : id) {
                if (c == QLatin1Char('-'))
                    continue;
                if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
                    key.upper |= 1u << digit;
                ++digit;
            }
            return key;
        }
        friend bool operator==(const IdKey &a, const IdKey &b)
        {
            return a.uuid == b.uuid && a.upper == b.upper;
        }
        friend size_t qHash(const IdKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.uuid, key.upper);
        }
    };

    Problems m_problems;
    RecordBatch m_part; // the part being read, handed over by handOver
    QHash<IdKey, quint32> m_ids; // every id claimed, with its ordinal
    quint32 m_claims = 0;
    std::optional<quint32> m_locate;
    QString m_located;
    std::optional<Duplicate> m_duplicate;
    Scope m_scope = Scope::File;
    QSet<QString> m_unitIds;
    QSet<QString> m_templateIds;
    QSet<QString> m_familyVersions;
    QHash<QString, CriterionInfo> m_criteria;
};

// The place of a duplicate id's first use, read again from the start of `device`.
Error duplicateError(QIODevice &device, const Reader::Duplicate &duplicate)
{
    Reader locator;
    locator.locateClaim(duplicate.firstOrdinal);
    if (device.seek(0)) {
        JsonReader in(device);
        if (auto outline = readOutline(in))
            (void)locator.read(std::move(*outline), in, [](const RecordBatch &) { return Status(); });
    }
    Problems problems;
    problems.add(duplicate.at, Tr::tr("the id “%1” is used twice (first at %2)")
                                   .arg(duplicate.id, locator.located()));
    return Error{problems.first()};
}

// Two passes over `device` (see JsonOutline): the outline, then the rounds' units one by
// one, each handed to `add` as soon as it is checked. Nothing is held but the outline and
// one unit, so memory does not grow with the document. The refusal of anything after the
// first part comes after earlier parts were handed over: importRecords rolls them back
// (writing as we go inside its transaction, rather than a whole first pass that checks
// and a second that writes, reads the document once less).
Status readDocument(QIODevice &device, const InspectionFile::AddRecords &add)
{
    JsonReader in(device);
    auto outline = readOutline(in);
    if (!outline)
        return outline.failure();
    Reader reader;
    Status status = reader.read(std::move(*outline), in, add);
    if (!status && reader.duplicate())
        return duplicateError(device, *reader.duplicate());
    return status;
}

// Adds a part to the whole batch readJson returns.
void merge(RecordBatch &whole, const RecordBatch &part)
{
    whole.units += part.units;
    whole.templates += part.templates;
    if (part.reportSettings)
        whole.reportSettings = part.reportSettings;
    whole.numberSeries += part.numberSeries;
    whole.origins.insert(part.origins);
    for (const RecordBatch::Round &round : part.rounds) {
        if (round.withRoundRow) {
            whole.rounds.append(round);
            continue;
        }
        RecordBatch::Round &into = whole.rounds.last();
        into.round.units += round.round.units;
        into.assessments += round.assessments;
        into.evidenceContent.insert(round.evidenceContent);
        into.correctiveActions += round.correctiveActions;
        into.paragraphs += round.paragraphs;
        if (round.issuedNotice)
            into.issuedNotice = round.issuedNotice;
        if (round.noticeSettings)
            into.noticeSettings = round.noticeSettings;
        if (round.noticeSnapshot)
            into.noticeSnapshot = round.noticeSnapshot;
    }
}

} // namespace

Result<RecordBatch> readJson(const QByteArray &json)
{
    QByteArray bytes = json;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    RecordBatch batch;
    auto status = readDocument(buffer, [&](const RecordBatch &part) {
        merge(batch, part);
        return Status();
    });
    if (!status)
        return status.failure();
    return batch;
}

Result<ImportSummary> importJson(InspectionFile &file, const QByteArray &json)
{
    QByteArray bytes = json;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return file.importRecords(
        [&](const InspectionFile::AddRecords &add) { return readDocument(buffer, add); });
}

Result<ImportSummary> importJsonFile(InspectionFile &file, const QString &jsonPath)
{
    const QString name = QDir::toNativeSeparators(jsonPath);
    QFile input(jsonPath);
    if (!input.open(QIODevice::ReadOnly))
        return Error{Tr::tr("“%1” cannot be read: %2").arg(name, input.errorString())};
    auto summary = file.importRecords(
        [&](const InspectionFile::AddRecords &add) { return readDocument(input, add); });
    if (!summary)
        return Error{Tr::tr("“%1” was not imported: %2").arg(name, summary.error())};
    return summary;
}

} // namespace cchc::interchange
