#pragma once

#include "core/common/Result.h"

#include <QString>

namespace cchc::bench {

// The benchmark file of the issues: 200 units, a 60-criterion template, 5 rounds that each
// visit every unit, every criterion assessed, findings of realistic length on about a third.
struct SyntheticSpec
{
    int units = 200;
    int criteria = 60;
    int rounds = 5;
};

Status buildSyntheticFile(const QString &path, const SyntheticSpec &spec = {});

} // namespace cchc::bench
