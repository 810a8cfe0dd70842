#include "core/domain/Assessment.h"

#include "core/domain/EnumKeys.h"

namespace cchc {

namespace {
constexpr std::array<const char *, 2> kEvidenceKindKeys{{"document_reference", "attached_file"}};
constexpr std::array<const char *, 2> kActionStatusKeys{{"open", "done"}};
} // namespace

CCHC_DEFINE_ENUM_KEYS(EvidenceKind, kEvidenceKindKeys, evidenceKindKey, evidenceKindFromKey)

CCHC_DEFINE_ENUM_KEYS(ActionStatus, kActionStatusKeys, actionStatusKey, actionStatusFromKey)

} // namespace cchc
