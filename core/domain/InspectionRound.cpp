#include "core/domain/InspectionRound.h"

#include "core/domain/EnumKeys.h"
#include "core/common/VietnameseText.h"

#include <array>

namespace cchc {

QString LegalReference::citation() const
{
    QString text = documentType;
    if (!number.isEmpty())
        text += QStringLiteral(" số ") + number;
    if (issuedOn.isValid())
        text += QStringLiteral(" ngày ") + vn::shortDate(issuedOn);
    if (!issuer.isEmpty())
        text += QStringLiteral(" của ") + issuer;
    if (!subject.isEmpty())
        text += QLatin1Char(' ') + subject;
    return text.simplified();
}

namespace {
constexpr std::array<const char *, kTeamRoleCount> kRoleKeys{{"lead", "deputy_lead", "member",
                                                               "secretary"}};
constexpr std::array<const char16_t *, kTeamRoleCount> kRoleLabels{{
    u"Trưởng đoàn", u"Phó trưởng đoàn", u"Thành viên", u"Thư ký"}};
constexpr std::array<const char *, 3> kStatusKeys{{"planned", "in_progress", "completed"}};
} // namespace

QString teamRoleLabel(TeamRole role)
{
    return QString::fromUtf16(kRoleLabels.at(static_cast<int>(role)));
}

CCHC_DEFINE_ENUM_KEYS(TeamRole, kRoleKeys, teamRoleKey, teamRoleFromKey)

CCHC_DEFINE_ENUM_KEYS(RoundStatus, kStatusKeys, roundStatusKey, roundStatusFromKey)

const RoundUnit *InspectionRound::findRoundUnit(const QString &roundUnitId) const
{
    for (const auto &roundUnit : units) {
        if (roundUnit.id == roundUnitId)
            return &roundUnit;
    }
    return nullptr;
}

const TeamMember *InspectionRound::lead() const
{
    for (const auto &member : team) {
        if (member.role == TeamRole::Lead)
            return &member;
    }
    return nullptr;
}

} // namespace cchc
