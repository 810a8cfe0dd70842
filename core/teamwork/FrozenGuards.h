#pragma once

// Issued means frozen, in the file itself: TEMP triggers installed on every writable
// connection (with the edit history, EditHistory.h), so no window, command, import or
// merge can get around them.

#include <QString>
#include <QStringList>

namespace cchc::teamwork {

// The CREATE TEMP TRIGGER statements:
// - a result, score, finding or "good example" of an issued round changes only with a
//   reason (withReason), as do its evidence (added, changed, removed) and the corrective
//   actions it asked for (added, removed, or their description, criterion or deadline);
//   their follow-up (status, completion date) is what is done after the notice and stays
//   free;
// - an issued round, or a unit of it, is never removed, reason or not.
QStringList frozenGuardSql();

// The marker the removal refusal's SQLite error carries, and what the user is told.
inline constexpr const char *kIssuedRecordRefusal = "CCHC_ISSUED_RECORD";
bool isIssuedRecordRefusal(const QString &error);
QString issuedRoundRemovalMessage();
QString issuedUnitRemovalMessage();

} // namespace cchc::teamwork
