#pragma once

#include "core/common/Result.h"

#include <QString>

namespace cchc {

class InspectionFile;

// "Save a copy as": writes a consistent, compacted copy of the open file to `target`
// (SQLite VACUUM INTO), replacing it if it exists. The open file stays the document.
Status copyInspectionFile(InspectionFile &file, const QString &target);

namespace storage {
// The first of `<stem>.cchc`, `<stem>-2.cchc`, … whose bytes equal those of `path`, or
// empty: a backup already made of exactly this file is not made twice.
QString existingIdenticalCopy(const QString &path, const QString &stem);
} // namespace storage

} // namespace cchc
