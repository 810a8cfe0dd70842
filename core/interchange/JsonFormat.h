#pragma once

#include <QString>

namespace cchc::interchange {

// The JSON interchange format, documented field by field in docs/file-format.md.
// formatVersion rises with every incompatible change; a reader refuses newer versions and
// reads every older one. 2 added the report data (settings, number series, the edited
// notice paragraphs of each round); a version 1 document simply has none. 3 gives a
// round's issued notice its own field (`issuedNotice`); versions 1 and 2 kept it as the
// reserved paragraph "issued/notice", which import still reads. 4 gives the date and signer
// the team chose for a round's notice their own field (`noticeSettings`); versions up to 3
// kept the date as the reserved paragraph "notice/date", which import still reads. 5 carries
// what an issued notice printed (`noticeSnapshot`, its digest checked on import); older
// documents have none, as files issued before schema version 9.
inline constexpr char kFormatName[] = "cchc-inspector";
constexpr int kFormatVersion = 5;

// What an export holds: the whole file, or one round with the units and the exact
// checklist version it refers to.
enum class Scope { File, Round };
QString scopeKey(Scope scope); // "file", "round"
bool scopeFromKey(const QString &key, Scope *scope);

} // namespace cchc::interchange
