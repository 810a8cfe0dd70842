#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"
#include "core/domain/InspectionRound.h"
#include "core/domain/Unit.h"
#include "core/domain/ReportRecords.h"
#include "core/domain/ReportSettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace cchc {

// Records to be written verbatim, ids and modification times included: what an import
// (and later a merge of files from several laptops) hands to InspectionFile::importRecords.
// References must resolve inside the batch; the caller validates that before.
struct RecordBatch
{
    struct Round
    {
        InspectionRound round;                      // with legal bases, team and round units
        QList<Assessment> assessments;              // with their evidence (without contents)
        QHash<QString, QByteArray> evidenceContent; // by evidence id; absent = no content
        QList<CorrectiveAction> correctiveActions;
        QList<report::StoredParagraph> paragraphs; // the team's edits of the notice draft
        std::optional<report::IssuedNotice> issuedNotice; // its number, once issued
        std::optional<report::NoticeSettings> noticeSettings; // the date and signer chosen
        // What the issued notice printed; its digest was checked against its content.
        std::optional<report::NoticeSnapshot> noticeSnapshot;
        // A streamed import hands a round over in parts (InspectionFile::importRecords with
        // parts): the round's own row comes with its first part only, and each part's units
        // take their positions in the round from `firstUnitPosition` on.
        bool withRoundRow = true;
        int firstUnitPosition = 0;
    };

    QList<Unit> units;
    QList<ChecklistTemplate> templates;
    QList<Round> rounds;
    // The file's report settings (absent: the file keeps its own) and number series.
    std::optional<report::ReportSettings> reportSettings;
    QList<report::NumberSeries> numberSeries;
    // Checklist versions that rounds of later parts of the same import use: a version in
    // the file with other criteria is refused for them as for this batch's rounds.
    QSet<QString> templatesUsedLater;
    // Where each record came from ("rounds[0].units[3]"), by id: named in conflict messages.
    QHash<QString, QString> origins;
};

// What an import did, record by record.
struct ImportSummary
{
    int added = 0;    // records that were not in the file
    int replaced = 0; // records the incoming newer version replaced
    int kept = 0;     // records the file already had in the same or a newer version
};

} // namespace cchc
