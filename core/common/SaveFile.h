#pragma once

#include "core/common/Result.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace cchc {

// Every file the application writes (exports, PDFs, copies) goes through here: the content
// goes to a temporary file that replaces `path` only once it is complete, so a full disk or
// a crash never leaves half a report where the last good one was. `write` fills the device
// and returns an error to abandon the file.
Status saveFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &write);
Status saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace cchc
