#pragma once

#include "core/common/Result.h"
#include "core/storage/RecordBatch.h"

#include <QByteArray>
#include <QString>

namespace cchc {
class InspectionFile;
}

namespace cchc::interchange {

// Reads a JSON export (docs/file-format.md) and validates all of it before anything is
// written: format and version (newer versions are refused), required fields and types,
// ids, enum keys, dates, score ranges, references (every unit, template and criterion
// referred to must be in the same JSON, criteria in the round's template version) and
// duplicate ids. The error names the JSON path of the bad field:
//   rounds[0].units[3].assessments[12].result: “met2” is not a known result
Result<RecordBatch> readJson(const QByteArray &json);

// The same checks, with InspectionFile::importRecords: records matched by id, replaced
// only by a newer modifiedAt, nothing deleted, templates used by rounds never changed. The
// document is read as a stream, one round unit at a time, each written once checked, all
// in one transaction: a refused import writes nothing, and memory does not grow with the
// document (readJson holds it all; it is for small documents and tests).
Result<ImportSummary> importJson(InspectionFile &file, const QByteArray &json);
// The same from a file, read a chunk at a time; messages name the JSON file.
Result<ImportSummary> importJsonFile(InspectionFile &file, const QString &jsonPath);

} // namespace cchc::interchange
