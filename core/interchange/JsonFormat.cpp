#include "core/interchange/JsonFormat.h"

#include "core/domain/EnumKeys.h"

namespace cchc::interchange {

namespace {
constexpr std::array<const char *, 2> kScopeKeys{{"file", "round"}};
} // namespace

CCHC_DEFINE_ENUM_KEYS(Scope, kScopeKeys, scopeKey, scopeFromKey)

} // namespace cchc::interchange
