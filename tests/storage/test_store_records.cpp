// What the stores do with single records and a round's child rows: lookups of a missing
// id, the round's legal bases, team and units kept in order across saves, and removals.
#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

using namespace cchc;
using namespace cchc::test;

namespace {

int rowCount(const InspectionFile &file, const QString &table)
{
    return storedValue(file, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
}

LegalReference legalBasis(const QString &number)
{
    LegalReference reference;
    reference.documentType = QStringLiteral("Kế hoạch");
    reference.number = number;
    reference.issuedOn = QDate(2022, 3, 1);
    reference.issuer = QStringLiteral("UBND thành phố");
    return reference;
}

TeamMember member(const QString &name, TeamRole role)
{
    TeamMember member;
    member.fullName = name;
    member.role = role;
    return member;
}

template<typename T>
QStringList idsIn(const QList<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

} // namespace

TEST_CASE("Looking up a record that is not in the file names it", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("missing.cchc")));
    const QString id = QStringLiteral("khong-co");
    CHECK(small.file->unit(id).error() == QStringLiteral("Đơn vị khong-co không có trong tệp này."));
    CHECK(small.file->loadRound(id).error()
          == QStringLiteral("Đợt kiểm tra khong-co không có trong tệp này."));
    CHECK(small.file->loadTemplate(id).error()
          == QStringLiteral("Bộ tiêu chí khong-co không có trong tệp này."));
    CHECK(small.file->evidenceContent(id).error()
          == QStringLiteral("Tệp đính kèm không còn trong tệp kiểm tra này."));
    // And one that is there is read back whole.
    auto unit = small.file->unit(small.unitA.id);
    REQUIRE(unit.ok());
    CHECK(unit->name == small.unitA.name);
}

TEST_CASE("Saving a round again keeps, reorders and drops its child rows", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("children.cchc")));
    InspectionRound &round = small.round;
    round.legalBases = {legalBasis(QStringLiteral("56/KH-UBND")),
                        legalBasis(QStringLiteral("12/QĐ-UBND"))};
    round.team = {member(QStringLiteral("Nguyễn Văn An"), TeamRole::Lead),
                  member(QStringLiteral("Trần Thị Bình"), TeamRole::Member)};
    REQUIRE(small.file->saveRound(round).ok());
    const QString keptReference = round.legalBases[1].id;
    const QString keptMember = round.team[0].id;
    const QString keptUnit = round.units[1].id;
    CHECK_FALSE(keptReference.isEmpty());
    CHECK_FALSE(keptMember.isEmpty());

    // The second basis moves first, the first is dropped, a new one is added; likewise the
    // team; the second unit stays alone.
    round.legalBases = {round.legalBases[1], legalBasis(QStringLiteral("80/TB-UBND"))};
    round.team = {member(QStringLiteral("Lê Văn Cường"), TeamRole::Secretary), round.team[0]};
    round.units = {round.units[1]};
    REQUIRE(small.file->saveRound(round).ok());

    auto loaded = small.file->loadRound(round.id);
    REQUIRE(loaded.ok());
    CHECK(idsIn(loaded->legalBases) == idsIn(round.legalBases));
    CHECK(loaded->legalBases[0].id == keptReference);
    CHECK(loaded->legalBases[0].number == QStringLiteral("12/QĐ-UBND"));
    CHECK(loaded->legalBases[0].issuedOn == QDate(2022, 3, 1));
    CHECK(loaded->legalBases[1].number == QStringLiteral("80/TB-UBND"));
    CHECK(idsIn(loaded->team) == idsIn(round.team));
    CHECK(loaded->team[1].id == keptMember);
    CHECK(loaded->team[0].role == TeamRole::Secretary);
    CHECK(loaded->team[1].role == TeamRole::Lead);
    REQUIRE(loaded->units.size() == 1);
    CHECK(loaded->units[0].id == keptUnit);
    CHECK(loaded->units[0].visitDate == QDate(2022, 5, 24));
    CHECK(rowCount(*small.file, QStringLiteral("legal_references")) == 2);
    CHECK(rowCount(*small.file, QStringLiteral("team_members")) == 2);
    CHECK(rowCount(*small.file, QStringLiteral("round_units")) == 1);
}

TEST_CASE("Removing a record removes that one and what belongs to it", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("remove.cchc")));
    const Assessment assessment = saveFirstCriterion(small, 0, AssessmentResult::NotMet);
    auto first = small.file->addEvidence(assessment.id, Evidence{}, QByteArrayLiteral("một"));
    auto second = small.file->addEvidence(assessment.id, Evidence{}, QByteArrayLiteral("hai"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CorrectiveAction forUnit; // for the unit as a whole: no criterion
    forUnit.roundUnitId = assessment.roundUnitId;
    forUnit.description = QStringLiteral("Niêm yết thủ tục hành chính đúng quy định");
    CorrectiveAction forCriterion = forUnit;
    forCriterion.criterionId = assessment.criterionId;
    REQUIRE(small.file->saveCorrectiveAction(forUnit).ok());
    REQUIRE(small.file->saveCorrectiveAction(forCriterion).ok());

    REQUIRE(small.file->removeEvidence(first->id).ok());
    CHECK_FALSE(small.file->evidenceContent(first->id).ok());
    CHECK(*small.file->evidenceContent(second->id) == QByteArrayLiteral("hai"));

    REQUIRE(small.file->removeCorrectiveAction(forCriterion.id).ok());
    auto actions = small.file->correctiveActions(small.round.id);
    REQUIRE(actions.ok());
    REQUIRE(actions->size() == 1);
    CHECK(actions->at(0).id == forUnit.id);
    CHECK(actions->at(0).criterionId.isEmpty());

    // An id that is not there (already removed elsewhere) is not an error.
    CHECK(small.file->removeEvidence(first->id).ok());
    CHECK(small.file->removeRound(QStringLiteral("khong-co")).ok());

    // A round takes its units, assessments, evidence and actions with it.
    REQUIRE(small.file->removeRound(small.round.id).ok());
    CHECK_FALSE(small.file->loadRound(small.round.id).ok());
    for (const char *table : {"round_units", "assessments", "evidence", "corrective_actions"})
        CHECK(rowCount(*small.file, QString::fromLatin1(table)) == 0);
    CHECK(rowCount(*small.file, QStringLiteral("units")) == 2);
}
