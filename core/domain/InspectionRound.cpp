#include "InspectionRound.h"

#include "common/VietnameseText.h"

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
struct RoleNames
{
    const char *key;
    const char16_t *label;
};
constexpr std::array<RoleNames, kTeamRoleCount> kRoles{{
    {"lead", u"Trưởng đoàn"},
    {"deputy_lead", u"Phó trưởng đoàn"},
    {"member", u"Thành viên"},
    {"secretary", u"Thư ký"},
}};
constexpr std::array<const char *, 3> kStatusKeys{{"planned", "in_progress", "completed"}};
} // namespace

QString teamRoleLabel(TeamRole role)
{
    return QString::fromUtf16(kRoles.at(static_cast<int>(role)).label);
}

QString teamRoleKey(TeamRole role)
{
    return QString::fromLatin1(kRoles.at(static_cast<int>(role)).key);
}

bool teamRoleFromKey(const QString &key, TeamRole *role)
{
    for (int i = 0; i < kTeamRoleCount; ++i) {
        if (key == QLatin1String(kRoles.at(i).key)) {
            *role = static_cast<TeamRole>(i);
            return true;
        }
    }
    return false;
}

QString roundStatusKey(RoundStatus status)
{
    return QString::fromLatin1(kStatusKeys.at(static_cast<int>(status)));
}

bool roundStatusFromKey(const QString &key, RoundStatus *status)
{
    for (int i = 0; i < int(kStatusKeys.size()); ++i) {
        if (key == QLatin1String(kStatusKeys.at(i))) {
            *status = static_cast<RoundStatus>(i);
            return true;
        }
    }
    return false;
}

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
