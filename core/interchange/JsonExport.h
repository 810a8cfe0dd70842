#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace cchc {
class InspectionFile;
}

namespace cchc::interchange {

// The JSON interchange format (docs/file-format.md): every record with its id and
// modifiedAt, so files from several laptops can be merged record by record. The output is
// deterministic: the same content (and the same Clock) gives the same bytes, which is
// what makes export → import → export byte-identical.
Result<QByteArray> exportFileJson(const InspectionFile &file);
// One round with its legal bases, team, units, assessments (with evidence and attached
// files), corrective actions, the units it visits and the exact template version it uses.
Result<QByteArray> exportRoundJson(const InspectionFile &file, const QString &roundId);

} // namespace cchc::interchange
