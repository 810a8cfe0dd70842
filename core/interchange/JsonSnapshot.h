#pragma once

// The snapshot of an issued notice in the JSON interchange format (formatVersion 5,
// `rounds[i].noticeSnapshot`): what the notice printed, so an issued notice moved to
// another laptop still prints the same text and digest there. Apart from the rest of the
// reader and writer: the section is the same whichever way they walk the document.

#include "core/domain/ReportRecords.h"
#include "core/interchange/JsonFields.h"

#include <QJsonValue>

#include <optional>

namespace cchc::interchange {

// null when the round has no snapshot (a draft, or a notice issued before schema 9).
QJsonValue noticeSnapshotJson(const std::optional<report::NoticeSnapshot> &snapshot);

// Reads `f` (the snapshot object, its id already read and claimed as `id`) and checks
// that the content still has the SHA-256 written with it and is a notice document: a
// snapshot changed on the way must never become "what was printed" in another file.
report::NoticeSnapshot readNoticeSnapshot(const detail::Fields &f, const QString &id);

} // namespace cchc::interchange
