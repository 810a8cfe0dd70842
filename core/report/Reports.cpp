#include "core/report/Reports.h"

#include "core/common/Clock.h"
#include "core/common/VietnameseText.h"
#include "core/report/MinutesBuilder.h"
#include "core/report/NoticeDrafter.h"
#include "core/report/NoticeSnapshot.h"
#include "core/report/ReportFormats.h"
#include "core/report/ScoreAnnex.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/InspectionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace cchc::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::report::Reports)
};

} // namespace

bool reportKindFromKey(const QString &key, ReportKind *kind)
{
    static const QHash<QString, ReportKind> kinds = {
        {QStringLiteral("notice"), ReportKind::Notice},
        {QStringLiteral("minutes"), ReportKind::Minutes},
        {QStringLiteral("scores"), ReportKind::Scores},
    };
    const auto found = kinds.constFind(key);
    if (found == kinds.cend())
        return false;
    *kind = *found;
    return true;
}

namespace {

QDate today()
{
    return Clock::today();
}

// A draft prints without a number; an issued notice with its number, symbol and date.
Result<ReportDocument> buildNoticeReport(const InspectionFile &file, const ReportRequest &request)
{
    auto draft = loadNoticeDraft(file, request.roundId);
    if (!draft)
        return draft.failure();
    return noticeDocument(file, *draft, request);
}

} // namespace

namespace {

// The notice drafted from `draft` as the file stands: with its number and date once issued.
Result<ReportDocument> draftedNotice(const InspectionFile &file, NoticeDraft draft,
                                     const ReportRequest &request,
                                     const std::optional<IssuedNotice> &issued)
{
    NoticeOptions options;
    options.issuedOn = request.issuedOn;
    if (!options.issuedOn.isValid()) {
        auto date = noticeDateOf(file, request.roundId);
        if (!date)
            return date.failure();
        options.issuedOn = *date;
    }
    options.withAnnex = request.withAnnex;
    auto chosen = ReportStore(file).noticeSettings(request.roundId);
    if (!chosen)
        return chosen.failure();
    options.signerMemberId = chosen->signerMemberId;
    if (issued) {
        options.issuedOn = issued->issuedOn;
        options.number = issued->number;
        draft.settings.issuerSymbol = issued->symbol;
    }
    return buildNotice(draft.data, draft.settings, textsOf(draft.paragraphs), options);
}

// The whole issued notice (with its annex) as the file's data would print it now: what a
// snapshot keeps.
Result<NoticeSnapshot> snapshotFromData(const InspectionFile &file, const IssuedNotice &issued,
                                        const QString &roundId, bool afterTheFact)
{
    auto draft = loadNoticeDraft(file, roundId);
    if (!draft)
        return draft.failure();
    ReportRequest request;
    request.roundId = roundId;
    request.withAnnex = true;
    auto document = draftedNotice(file, *draft, request, issued);
    if (!document)
        return document.failure();
    return makeSnapshot(*document, afterTheFact);
}

// The issued notice as its snapshot keeps it; without the annex when not asked for (the
// notice is the first section, the annex the following ones).
Result<ReportDocument> snapshotDocument(const NoticeSnapshot &snapshot, bool withAnnex)
{
    if (!digestMatches(snapshot))
        return Error{Tr::tr("The snapshot kept with the issued notice no longer matches its "
                            "SHA-256 digest: the file was changed outside the program or is "
                            "damaged. Run “check” on it.")};
    auto document = documentFromSnapshot(snapshot.content);
    if (document && !withAnnex)
        document->sections = document->sections.mid(0, 1);
    return document;
}

} // namespace

Result<ReportDocument> noticeDocument(const InspectionFile &file, NoticeDraft draft,
                                      const ReportRequest &request)
{
    ReportStore store(file);
    auto issued = store.issuedNotice(request.roundId);
    if (!issued)
        return issued.failure();
    if (!*issued)
        return draftedNotice(file, std::move(draft), request, std::nullopt);
    const IssuedNotice &notice = **issued;
    if (request.issuedOn.isValid() && request.issuedOn != notice.issuedOn)
        return Error{Tr::tr("The notice was issued as %1: its date cannot change.")
                         .arg(issuedNoticeText(notice))};
    // Issued means frozen: every export prints what the snapshot kept, whatever changed since.
    auto snapshot = store.noticeSnapshot(request.roundId);
    if (!snapshot)
        return snapshot.failure();
    auto document = *snapshot ? snapshotDocument(**snapshot, request.withAnnex)
                              : draftedNotice(file, std::move(draft), request, notice);
    if (document)
        markIssuedDocument(*document, *snapshot);
    return document;
}

Status snapshotIssuedNotice(InspectionFile &file, const QString &roundId)
{
    if (file.isReadOnly())
        return {};
    ReportStore store(file);
    auto issued = store.issuedNotice(roundId);
    if (!issued)
        return issued.failure();
    auto existing = *issued ? store.noticeSnapshot(roundId) : std::optional<NoticeSnapshot>();
    if (!existing)
        return existing.failure();
    if (!*issued || *existing)
        return {};
    auto snapshot = snapshotFromData(file, **issued, roundId, true);
    if (!snapshot)
        return snapshot.failure();
    return store.saveNoticeSnapshot(**issued, *snapshot);
}

Result<NoticeDraft> loadNoticeDraft(const InspectionFile &file, const QString &roundId)
{
    NoticeDraft draft;
    if (auto sound = requireSoundForDrafting(file); !sound)
        return sound.failure();
    auto data = loadRoundData(file, roundId);
    if (!data)
        return data.failure();
    draft.data = std::move(*data);
    if (auto status = loadPreviousScores(file, draft.data); !status)
        return status.failure();
    ReportStore store(file);
    auto settings = store.settings();
    if (!settings)
        return settings.failure();
    draft.settings = *settings;
    auto edits = store.paragraphs(roundId);
    if (!edits)
        return edits.failure();
    draft.drafted = draftNotice(draft.data, draft.settings);
    draft.paragraphs = mergeDraft(draft.drafted, *edits);
    return draft;
}

Result<IssuedNotice> issueNotice(InspectionFile &file, const QString &roundId, QDate issuedOn,
                                 int confirmedNumber)
{
    ReportStore store(file);
    if (!issuedOn.isValid()) {
        auto date = noticeDateOf(file, roundId);
        if (!date)
            return date.failure();
        issuedOn = *date;
    }
    auto existing = store.issuedNotice(roundId);
    if (!existing)
        return existing.failure();
    if (*existing) {
        // Read-only files can re-export what was issued; a notice issued before snapshots
        // existed gets one now, marked as made after the fact.
        if (auto status = snapshotIssuedNotice(file, roundId); !status)
            return status.failure();
        return **existing;
    }
    IssuedNotice issued;
    const Status status = file.transact([&]() -> Status {
        if (auto round = file.loadRound(roundId); !round)
            return round.failure();
        auto settings = store.settings();
        if (!settings)
            return settings.failure();
        auto number = store.numberToIssue(settings->issuerSymbol, issuedOn.year());
        if (!number)
            return number.failure();
        issued = {*number, settings->issuerSymbol, issuedOn, {}, {}};
        if (confirmedNumber > 0 && confirmedNumber != issued.number)
            return Error{Tr::tr("The notice was not issued: the next number is now %1, not the "
                                "number %2 that was confirmed.")
                             .arg(issuedNoticeText(issued), vn::twoDigitCount(confirmedNumber))};
        if (auto saved = store.saveIssuedNotice(roundId, issued); !saved)
            return saved;
        if (auto next = store.setNextNumber(issued.symbol, issuedOn.year(), issued.number + 1); !next)
            return next;
        // In the same transaction: a notice is never issued without what it printed.
        auto snapshot = snapshotFromData(file, issued, roundId, false);
        if (!snapshot)
            return snapshot.failure();
        return store.saveNoticeSnapshot(issued, *snapshot);
    });
    if (!status)
        return status.failure();
    return issued;
}

Result<QDate> noticeDateOf(const InspectionFile &file, const QString &roundId)
{
    auto chosen = ReportStore(file).noticeSettings(roundId);
    if (!chosen)
        return chosen.failure();
    if (chosen->noticeDate.isValid())
        return chosen->noticeDate;
    auto round = file.loadRound(roundId);
    if (!round)
        return round.failure();
    return defaultNoticeDate(*round, today());
}

Status saveReportSettings(InspectionFile &file, ReportSettings &settings, int year, int nextNumber)
{
    ReportStore store(file);
    auto highest = store.highestIssued(settings.issuerSymbol, year);
    if (!highest)
        return highest.failure();
    if (nextNumber <= *highest)
        return Error{Tr::tr("Number %1 of %2 was already given to a notice: the next number must "
                            "be %3 or more.")
                         .arg(*highest)
                         .arg(year)
                         .arg(*highest + 1)};
    return file.transact([&]() -> Status {
        if (auto status = store.saveSettings(settings); !status)
            return status;
        return store.setNextNumber(settings.issuerSymbol, year, nextNumber);
    });
}

QString issuedNoticeText(const IssuedNotice &issued)
{
    return QStringLiteral("%1/TB-%2 ngày %3")
        .arg(vn::twoDigitCount(issued.number), issued.symbol, vn::shortDate(issued.issuedOn));
}

Result<ReportDocument> buildReport(const InspectionFile &file, const ReportRequest &request)
{
    if (request.kind == ReportKind::Notice)
        return buildNoticeReport(file, request);
    if (auto sound = requireSoundForDrafting(file); !sound)
        return sound.failure();
    const bool minutes = request.kind == ReportKind::Minutes;
    auto data = loadRoundData(file, request.roundId, minutes ? request.unitId : QString());
    if (!data)
        return data.failure();
    ReportStore store(file);
    auto stored = store.settings();
    if (!stored)
        return stored.failure();
    const ReportSettings &settings = *stored;
    switch (request.kind) {
    case ReportKind::Notice:
        break; // handled above
    case ReportKind::Minutes: {
        if (request.unitId.isEmpty())
            return Error{Tr::tr("Minutes are written for one unit: name it with --unit.")};
        const QString roundUnitId = data->roundUnitIdFor(request.unitId);
        // An unknown id reaches buildMinutes as given, so its message names it.
        return buildMinutes(*data, settings, roundUnitId.isEmpty() ? request.unitId : roundUnitId);
    }
    case ReportKind::Scores:
        return buildScoreAnnex(*data);
    }
    return Error{Tr::tr("Unknown report kind.")};
}

QString minutesFileName(int index, const QString &unitName, const QString &extension)
{
    QString name = unitName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("-"));
    return QStringLiteral("%1 - %2.%3")
        .arg(vn::twoDigitCount(index + 1), name.simplified(), extension);
}

Status writeReport(const ReportDocument &document, const QString &path)
{
    if (const ReportFormat *format = reportFormatOf(path))
        return format->write(document, path);
    return Error{Tr::tr("“%1”: reports are written as .pdf or .docx files.")
                     .arg(QDir::toNativeSeparators(path))};
}

} // namespace cchc::report
