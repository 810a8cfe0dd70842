#include "Reports.h"

#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "MinutesBuilder.h"
#include "NoticeDrafter.h"
#include "NoticeSnapshot.h"
#include "ReportFormats.h"
#include "ScoreAnnex.h"
#include "storage/ConsistencyCheck.h"
#include "storage/InspectionFile.h"

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
        return Error{draft.error()};
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
            return Error{date.error()};
        options.issuedOn = *date;
    }
    options.withAnnex = request.withAnnex;
    auto chosen = ReportStore(file).noticeSettings(request.roundId);
    if (!chosen)
        return Error{chosen.error()};
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
        return Error{draft.error()};
    ReportRequest request;
    request.roundId = roundId;
    request.withAnnex = true;
    auto document = draftedNotice(file, *draft, request, issued);
    if (!document)
        return Error{document.error()};
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
        return Error{issued.error()};
    if (!*issued)
        return draftedNotice(file, std::move(draft), request, std::nullopt);
    const IssuedNotice &notice = **issued;
    if (request.issuedOn.isValid() && request.issuedOn != notice.issuedOn)
        return Error{Tr::tr("The notice was issued as %1: its date cannot change.")
                         .arg(issuedNoticeText(notice))};
    // Issued means frozen: every export prints what the snapshot kept, whatever changed since.
    auto snapshot = store.noticeSnapshot(request.roundId);
    if (!snapshot)
        return Error{snapshot.error()};
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
        return Error{issued.error()};
    auto existing = *issued ? store.noticeSnapshot(roundId) : std::optional<NoticeSnapshot>();
    if (!existing)
        return Error{existing.error()};
    if (!*issued || *existing)
        return {};
    auto snapshot = snapshotFromData(file, **issued, roundId, true);
    if (!snapshot)
        return Error{snapshot.error()};
    return store.saveNoticeSnapshot(**issued, *snapshot);
}

Result<NoticeDraft> loadNoticeDraft(const InspectionFile &file, const QString &roundId)
{
    NoticeDraft draft;
    if (auto sound = requireSoundForDrafting(file); !sound)
        return Error{sound.error()};
    auto data = loadRoundData(file, roundId);
    if (!data)
        return Error{data.error()};
    draft.data = std::move(*data);
    if (auto status = loadPreviousScores(file, draft.data); !status)
        return Error{status.error()};
    ReportStore store(file);
    auto settings = store.settings();
    if (!settings)
        return Error{settings.error()};
    draft.settings = *settings;
    auto edits = store.paragraphs(roundId);
    if (!edits)
        return Error{edits.error()};
    draft.paragraphs = mergeDraft(draftNotice(draft.data, draft.settings), *edits);
    return draft;
}

Result<IssuedNotice> issueNotice(InspectionFile &file, const QString &roundId, QDate issuedOn,
                                 int confirmedNumber)
{
    ReportStore store(file);
    if (!issuedOn.isValid()) {
        auto date = noticeDateOf(file, roundId);
        if (!date)
            return Error{date.error()};
        issuedOn = *date;
    }
    auto existing = store.issuedNotice(roundId);
    if (!existing)
        return Error{existing.error()};
    if (*existing) {
        // Read-only files can re-export what was issued; a notice issued before snapshots
        // existed gets one now, marked as made after the fact.
        if (auto status = snapshotIssuedNotice(file, roundId); !status)
            return Error{status.error()};
        return **existing;
    }
    IssuedNotice issued;
    const Status status = file.transact([&]() -> Status {
        if (auto round = file.loadRound(roundId); !round)
            return Error{round.error()};
        auto settings = store.settings();
        if (!settings)
            return Error{settings.error()};
        auto number = store.numberToIssue(settings->issuerSymbol, issuedOn.year());
        if (!number)
            return Error{number.error()};
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
            return Error{snapshot.error()};
        return store.saveNoticeSnapshot(issued, *snapshot);
    });
    if (!status)
        return Error{status.error()};
    return issued;
}

Result<QDate> noticeDateOf(const InspectionFile &file, const QString &roundId)
{
    auto chosen = ReportStore(file).noticeSettings(roundId);
    if (!chosen)
        return Error{chosen.error()};
    if (chosen->noticeDate.isValid())
        return chosen->noticeDate;
    auto round = file.loadRound(roundId);
    if (!round)
        return Error{round.error()};
    return defaultNoticeDate(*round, today());
}

Status saveReportSettings(InspectionFile &file, ReportSettings &settings, int year, int nextNumber)
{
    ReportStore store(file);
    auto highest = store.highestIssued(settings.issuerSymbol, year);
    if (!highest)
        return Error{highest.error()};
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
        return Error{sound.error()};
    const bool minutes = request.kind == ReportKind::Minutes;
    auto data = loadRoundData(file, request.roundId, minutes ? request.unitId : QString());
    if (!data)
        return Error{data.error()};
    ReportStore store(file);
    auto stored = store.settings();
    if (!stored)
        return Error{stored.error()};
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
