#include "core/teamwork/FrozenRounds.h"

#include "core/report/NoticeSnapshot.h"
#include "core/report/Reports.h"
#include "core/storage/InspectionFile.h"
#include "core/storage/ReportStore.h"
#include "core/storage/SqlSupport.h"

#include <QDateTime>
#include <QSqlQuery>

namespace cchc::teamwork {

using storage::execute;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::teamwork::FrozenRounds)
};

// Changes of results that reached this file after the notice was issued (its row's time):
// what the flag counts. Results always; evidence and corrective actions when made with a
// reason, which is when they changed what the notice was drafted from (their follow-up,
// an action's status, needs none and is no change of the notice). A history row's modified_at is when it was written here (an import
// or a merge keeps the record's older time as changed_at). Times are ISO strings in UTC, so
// they compare as text.
Status readChanges(const InspectionFile &file, FrozenRound &round)
{
    QSqlQuery query(file.database());
    if (auto status = execute(query,
                              QStringLiteral("SELECT modified_at, reason FROM edit_history"
                                             " WHERE round_id = ? AND (table_name = 'assessments'"
                                             " OR reason <> '') AND modified_at > ?"
                                             " ORDER BY modified_at, rowid"),
                              {round.roundId, round.notice.modifiedAt});
        !status)
        return status;
    while (query.next()) {
        ++round.changesAfterIssue;
        round.lastChangeAt = query.value(0).toString();
        const QString reason = query.value(1).toString();
        if (!reason.isEmpty() && !round.reasons.contains(reason))
            round.reasons.append(reason);
    }
    return {};
}

// "12/06/2022 15:00": a stored UTC time as the user's clock shows it.
QString localTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : iso;
}

} // namespace

Result<std::optional<FrozenRound>> frozenRound(const InspectionFile &file, const QString &roundId)
{
    const report::ReportStore store(file);
    auto notice = store.issuedNotice(roundId);
    if (!notice)
        return notice.failure();
    if (!*notice)
        return std::optional<FrozenRound>();
    auto round = file.loadRound(roundId);
    if (!round)
        return round.failure();
    auto snapshot = store.noticeSnapshot(roundId);
    if (!snapshot)
        return snapshot.failure();
    FrozenRound frozen{roundId, round->title, **notice, *snapshot, 0, {}, {}};
    if (auto status = readChanges(file, frozen); !status)
        return status.failure();
    return std::optional<FrozenRound>(frozen);
}

Result<QList<FrozenRound>> frozenRounds(const InspectionFile &file)
{
    QSqlQuery query(file.database());
    if (auto status = execute(query,
                              QStringLiteral("SELECT n.round_id FROM issued_notices n JOIN rounds r"
                                             " ON r.id = n.round_id ORDER BY r.title, r.id"),
                              {});
        !status)
        return status.failure();
    QList<FrozenRound> rounds;
    while (query.next()) {
        auto round = frozenRound(file, query.value(0).toString());
        if (!round)
            return round.failure();
        if (*round)
            rounds.append(**round);
    }
    return rounds;
}

Result<std::optional<FrozenRound>> frozenRoundOfUnit(const InspectionFile &file,
                                                     const QString &roundUnitId)
{
    auto roundId = storage::selectValue(file.database(),
                                        QStringLiteral("SELECT round_id FROM round_units WHERE id = ?"),
                                        {roundUnitId});
    if (!roundId)
        return roundId.failure();
    if (roundId->isNull())
        return std::optional<FrozenRound>();
    return frozenRound(file, roundId->toString());
}

QString changedAfterIssueText(const FrozenRound &round)
{
    return Tr::tr("results changed after Notice No. %1 was issued")
        .arg(report::issuedNoticeText(round.notice));
}

Result<FrozenCheck> checkFrozenRounds(const InspectionFile &file)
{
    auto rounds = frozenRounds(file);
    if (!rounds)
        return rounds.failure();
    FrozenCheck check;
    for (const FrozenRound &round : *rounds) {
        const QString notice = report::issuedNoticeText(round.notice);
        const QString where = Tr::tr("Round “%1”").arg(round.roundTitle);
        if (!round.snapshot) {
            check.notes.append(Tr::tr("%1: Notice No. %2 has no snapshot of what it printed (it "
                                      "was issued by an older version); exports print the "
                                      "current data.")
                                   .arg(where, notice));
        } else if (!report::digestMatches(*round.snapshot)) {
            check.problems.append(Tr::tr("%1: the snapshot of Notice No. %2 no longer matches "
                                         "its SHA-256 digest %3.")
                                      .arg(where, notice, round.snapshot->sha256));
        } else {
            check.notes.append((round.snapshot->afterTheFact
                                    ? Tr::tr("%1: Notice No. %2, snapshot made after the fact "
                                             "(%3), SHA-256 %4: matches.")
                                    : Tr::tr("%1: Notice No. %2, snapshot made when issued "
                                             "(%3), SHA-256 %4: matches."))
                                   .arg(where, notice, localTime(round.snapshot->madeAt),
                                        round.snapshot->sha256));
        }
        if (round.changedAfterIssue()) {
            QString line = QStringLiteral("%1: %2").arg(where, changedAfterIssueText(round));
            line += Tr::tr(" (%n change(s), the last at %1", nullptr, round.changesAfterIssue)
                        .arg(localTime(round.lastChangeAt));
            if (!round.reasons.isEmpty())
                line += Tr::tr("; reason: %1").arg(round.reasons.join(QStringLiteral("; ")));
            check.notes.append(line + QLatin1Char(')'));
        }
    }
    return check;
}

} // namespace cchc::teamwork
