#pragma once

#include "core/teamwork/WorkPackage.h"
#include "core/common/Result.h"
#include "core/storage/InspectionFile.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace cchc::teamwork {

enum class Choice { Mine, Theirs, Both };

// One field changed in the lead's file and in the package since the split, to different
// values: neither may be dropped without someone deciding.
struct MergeConflict
{
    QString table;
    QString recordKey; // as in merge_base: the id, or the natural key
    QString field;
    QVariant base;
    QVariant mine;   // the lead's value
    QVariant theirs; // the package's value
    QString mineAt;  // modification times of the two records
    QString theirsAt;
    QString mineBy;   // who last changed it in the lead (edit history), if known
    QString theirsBy; // who changed it in the package (its history), else who it was made for
    QString context;  // the unit and criterion (or the round part) it belongs to
    bool text = false; // "both" is offered: the two texts one after the other
    std::optional<Choice> choice; // what was decided, if anything

    // "table:key:field", as the command line lists it and a decisions file names it.
    QString decisionKey() const;
};

struct MergeSummary
{
    PackageInfo package;
    int added = 0;          // records the lead did not have
    int updated = 0;        // records of the lead that took changes
    int removed = 0;        // records removed in the package, unchanged in the lead
    int duplicateFiles = 0; // attached files the lead already held (same content)
    QList<MergeConflict> conflicts;
    bool applied = false; // false: nothing was written (conflicts undecided, or a dry run)
};

struct MergeOptions
{
    // The choice for a conflict; nullopt leaves it undecided (then nothing is written).
    std::function<std::optional<Choice>(const MergeConflict &)> decide;
    // Called after each record; returning false cancels (the lead's file stays as it was).
    std::function<bool(int recordsDone)> progress;
    bool dryRun = false; // work everything out, write nothing
};

// Merges the package at `packagePath` into `lead` (three-way, field by field, against the
// state at the split) in one transaction. A package of another file is refused.
Result<MergeSummary> mergePackage(InspectionFile &lead, const QString &packagePath,
                                  const MergeOptions &options = {});

// Joins two texts for "keep both".
QString joinBoth(const QString &mine, const QString &theirs);

} // namespace cchc::teamwork
