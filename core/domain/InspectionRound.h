#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cchc {

// Căn cứ: a document the round acts on ("Kế hoạch số 56/KH-UBND ngày 30/3/2022 của UBND
// thành phố về kiểm tra công tác CCHC …").
struct LegalReference
{
    QString id;
    QString documentType;  // "Kế hoạch", "Thông báo", "Quyết định"
    QString number;        // "56/KH-UBND"
    QDate issuedOn;
    QString issuer;        // "UBND thành phố"
    QString subject;       // "về kiểm tra công tác CCHC – hoạt động công vụ năm 2022"
    QString modifiedAt;

    // "Kế hoạch số 56/KH-UBND ngày 30/3/2022 của UBND thành phố về …"
    QString citation() const;
};

// Roles in the inspection team. Stored as numbers: never renumber.
enum class TeamRole : int {
    Lead = 0,       // Trưởng đoàn
    DeputyLead = 1, // Phó trưởng đoàn
    Member = 2,     // Thành viên
    Secretary = 3,  // Thư ký
};
constexpr int kTeamRoleCount = 4;
QString teamRoleLabel(TeamRole role); // Vietnamese, as printed
QString teamRoleKey(TeamRole role);   // JSON name
bool teamRoleFromKey(const QString &key, TeamRole *role);

struct TeamMember
{
    QString id;
    QString fullName;
    TeamRole role = TeamRole::Member;
    QString jobTitle;      // "Phó Trưởng phòng Nội vụ"
    QString organisation;
    QString modifiedAt;
};

// A unit's place in one round: when it is visited and who represents it.
struct RoundUnit
{
    QString id;
    QString unitId;
    QDate visitDate;
    QString representatives;  // the unit's participants, one per line ("Ông A - Giám đốc")
    QString notes;
    QString modifiedAt;
};

// Round status. Stored as numbers: never renumber.
enum class RoundStatus : int {
    Planned = 0,
    InProgress = 1,
    Completed = 2,
};
QString roundStatusKey(RoundStatus status);
bool roundStatusFromKey(const QString &key, RoundStatus *status);

// Đợt kiểm tra.
struct InspectionRound
{
    QString id;
    QString title;            // "Kiểm tra CCHC – hoạt động công vụ tại các đơn vị sự nghiệp năm 2022"
    QString templateId;       // the exact template version the round runs with
    QString unitKind;         // how the report names the units: "đơn vị sự nghiệp"
    QString periodAssessed;   // "năm 2021 và 6 tháng đầu năm 2022"
    QDate visitStart;
    QDate visitEnd;
    RoundStatus status = RoundStatus::Planned;
    QString notes;
    QList<LegalReference> legalBases;
    QList<TeamMember> team;
    QList<RoundUnit> units;
    QString modifiedAt;

    const RoundUnit *findRoundUnit(const QString &roundUnitId) const;
    const TeamMember *lead() const;
};

} // namespace cchc
