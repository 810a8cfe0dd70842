#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace cchc {
class InspectionFile;
}

namespace cchc::interchange {

// The JSON interchange format (docs/file-format.md): every record with its id and
// modifiedAt, so files from several laptops can be merged record by record. The output is
// deterministic: the same content (and the same Clock) gives the same bytes, which is
// what makes export → import → export byte-identical.
// The write* functions stream to `device` one round unit at a time (a whole file's JSON
// can be tens of megabytes); the export* ones return the bytes.
Status writeFileJson(const InspectionFile &file, QIODevice &device);
Result<QByteArray> exportFileJson(const InspectionFile &file);
// One round with its legal bases, team, units, assessments (with evidence and attached
// files), corrective actions, the units it visits and the exact template version it uses.
Status writeRoundJson(const InspectionFile &file, const QString &roundId, QIODevice &device);
Result<QByteArray> exportRoundJson(const InspectionFile &file, const QString &roundId);

} // namespace cchc::interchange
