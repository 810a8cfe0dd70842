#pragma once

#include "core/report/NoticeDrafter.h"

#include <QStringList>

namespace cchc::test {

// Every claim of a drafted notice held against the data, by rules written here apart from
// the drafter's: the units a sentence is about are exactly those with the result it states,
// its quantifier fits the proportion ("100%" only when every unit, "Một số" only for a
// minority, …), the units it names are in its text and no others, counts are written as
// stated, and no unit is praised for a criterion it is asked to correct. Returns one line
// per violation, empty when the draft holds.
QStringList claimViolations(const report::RoundData &data,
                            const QList<report::DraftParagraph> &paragraphs);

} // namespace cchc::test
