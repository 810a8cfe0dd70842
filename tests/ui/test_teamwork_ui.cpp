// The Round menu's team work driven as a user would: hand out work, merge it back through
// the conflict review.
#include "tests/ui/UiFixtures.h"

#include "ui/Session.h"
#include "ui/teamwork/ConflictDialog.h"
#include "ui/teamwork/SplitDialog.h"
#include "ui/teamwork/TeamworkActions.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableWidget>

using namespace cchc;
using namespace cchc::test;

namespace {

// The first assessment of the window's round that has a finding.
Assessment firstFinding(InspectionFile *file, const QString &roundId)
{
    auto all = file->roundAssessments(roundId);
    REQUIRE(all.ok());
    for (const auto &list : *all)
        for (const Assessment &assessment : list)
            if (!assessment.finding.isEmpty())
                return assessment;
    FAIL("the demo has findings");
    return {};
}

} // namespace

TEST_CASE("Hand out work writes the package the dialog describes", "[ui][teamwork]")
{
    DemoWindow demo;
    const QString path = demo.dir.path(QStringLiteral("nam.cchc"));
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        auto *split = qobject_cast<ui::SplitDialog *>(dialog);
        REQUIRE(split);
        auto round = demo.window.file()->loadRound(demo.window.currentRoundId());
        split->chooseUnits({round->units[0].unitId, round->units[1].unitId});
        split->setMember(QStringLiteral("Lê Văn Nam"));
        split->findChild<QLineEdit *>(QStringLiteral("splitPath"))->setText(path);
        return int(QDialog::Accepted);
    });
    demo.window.action(QStringLiteral("handOutWork"))->trigger();
    CHECK(ui::prompts::recordedErrors().isEmpty());
    auto info = teamwork::readPackageInfo(path);
    REQUIRE(info.ok());
    CHECK(info->roundUnitIds.size() == 2);
    CHECK(info->member == QStringLiteral("Lê Văn Nam"));
}

TEST_CASE("Merging a member's work asks about conflicts and applies the choices", "[ui][teamwork]")
{
    DemoWindow demo;
    InspectionFile *lead = demo.window.file();
    const QString roundId = demo.window.currentRoundId();
    const QString path = demo.dir.path(QStringLiteral("nam.cchc"));
    REQUIRE(demo.window.teamwork()->handOut({roundId, {}, QStringLiteral("Nam")}, path).ok());
    const Assessment original = firstFinding(lead, roundId);
    {
        auto member = InspectionFile::open(path);
        REQUIRE(member.ok());
        Assessment theirs = original;
        theirs.finding = QStringLiteral("Bản của Nam.");
        REQUIRE((*member)->saveAssessment(theirs).ok());
    }
    Assessment mine = original;
    mine.finding = QStringLiteral("Bản của trưởng đoàn.");
    REQUIRE(lead->saveAssessment(mine).ok());

    int reviews = 0;
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        auto *review = qobject_cast<ui::ConflictDialog *>(dialog);
        REQUIRE(review);
        ++reviews;
        auto *table = review->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 2)->text().contains(QStringLiteral("Bản của trưởng đoàn.")));
        CHECK(table->item(0, 3)->text().contains(QStringLiteral("Nam")));
        review->choose(0, teamwork::Choice::Both);
        return int(QDialog::Accepted);
    });
    ui::prompts::queuePath(path);
    demo.window.action(QStringLiteral("mergeWork"))->trigger();
    CHECK(reviews == 1);
    CHECK(ui::prompts::recordedErrors().isEmpty());
    CHECK(storedAssessment(lead, original.roundUnitId, original.criterionId).finding ==
          QStringLiteral("Bản của trưởng đoàn.\nBản của Nam."));
}

TEST_CASE("A package of another file is refused in the window with the reason", "[ui][teamwork]")
{
    DemoWindow demo;
    TempDir other;
    const QString otherPath = other.path(QStringLiteral("other.cchc"));
    REQUIRE(writeDemoFile(otherPath).ok());
    const QString package = other.path(QStringLiteral("p.cchc"));
    {
        auto file = InspectionFile::open(otherPath);
        REQUIRE(file.ok());
        auto rounds = (*file)->rounds();
        REQUIRE(teamwork::splitRound(**file, {rounds->at(0).id, {}, {}}, package).ok());
    }
    ui::prompts::queuePath(package);
    demo.window.action(QStringLiteral("mergeWork"))->trigger();
    REQUIRE(ui::prompts::recordedErrors().size() == 1);
    CHECK(ui::prompts::recordedErrors().at(0).contains(QStringLiteral("p.cchc")));
}
