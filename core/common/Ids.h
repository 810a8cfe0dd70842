#pragma once

#include <QString>

namespace cchc {

// Stable record keys: UUIDs without braces, so records from several laptops can be merged.
QString newId();
bool isValidId(const QString &id);

} // namespace cchc
