#pragma once

#include "core/domain/ChecklistTemplate.h"

namespace cchc {

// The built-in checklist: the eight areas that city inspections of public-service units
// walk (see docs/domain.md), with legal references and both report phrasings for every
// criterion. Returned without ids; storage assigns them.
ChecklistTemplate builtinTemplate();

} // namespace cchc
