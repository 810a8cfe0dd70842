#pragma once

#include "core/common/Result.h"
#include "core/domain/ReportRecords.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cchc {
class InspectionFile;
}

namespace cchc::teamwork {

// A round whose notice is issued ("issued means frozen"): the notice, what it printed, and
// the results changed since it was issued, as the edit history recorded them.
struct FrozenRound
{
    QString roundId;
    QString roundTitle;
    report::IssuedNotice notice;
    std::optional<report::NoticeSnapshot> snapshot; // none: issued before schema version 9
    int changesAfterIssue = 0; // history rows of results recorded after the notice's issue
    QString lastChangeAt;
    QStringList reasons; // as given, oldest first, each once

    bool changedAfterIssue() const { return changesAfterIssue > 0; }
};

// The round `roundId` if its notice is issued; nullopt for a round still in draft.
Result<std::optional<FrozenRound>> frozenRound(const InspectionFile &file, const QString &roundId);
// Every round of the file whose notice is issued, by round title.
Result<QList<FrozenRound>> frozenRounds(const InspectionFile &file);
// The round a round unit belongs to, if that round's notice is issued.
Result<std::optional<FrozenRound>> frozenRoundOfUnit(const InspectionFile &file,
                                                     const QString &roundUnitId);

// "kết quả đã thay đổi sau khi ban hành Thông báo số 05/TB-ĐKT ngày 30/5/2022": the flag
// the window and `check` show, with the number as the notice prints it.
QString changedAfterIssueText(const FrozenRound &round);

// What `check` says about issued notices: `notes` (the snapshot and its digest, results
// changed after issue) and `problems` (a snapshot that no longer matches its digest).
struct FrozenCheck
{
    QStringList notes;
    QStringList problems;
};
Result<FrozenCheck> checkFrozenRounds(const InspectionFile &file);

} // namespace cchc::teamwork
