#pragma once
// Moved: domain/ReportRecords.h. This header only forwards, so branches written against the old
// place still build; tools/root_includes.py replaces its includes and removes it.
#include "domain/ReportRecords.h"
