#pragma once
// Moved: the SQL persistence is storage/ReportStore.h, the merge of edits into a draft
// report/DraftMerge.h. This header only forwards, so branches written against the old
// place still build; tools/root_includes.py replaces its includes and removes it.
#include "report/DraftMerge.h"
#include "storage/ReportStore.h"
