// Issued means frozen, on the command line: a merge that changes results of an issued
// round needs --reason, and `check` says the results changed and which digest the issued
// notice's snapshot has (the one in its PDF).
#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

using namespace cchc;
using namespace cchc::test;

namespace {

QString roundIdOf(const QString &path)
{
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    auto rounds = (*file)->rounds();
    REQUIRE(rounds.ok());
    return rounds->at(0).id;
}

// Every assessment of the package's round that is not met becomes met.
int meetEverything(const QString &packagePath, const QString &roundId)
{
    auto package = InspectionFile::open(packagePath);
    REQUIRE(package.ok());
    auto all = (*package)->roundAssessments(roundId);
    REQUIRE(all.ok());
    int changed = 0;
    for (const auto &list : *all) {
        for (Assessment assessment : list) {
            if (assessment.result != AssessmentResult::NotMet)
                continue;
            assessment.result = AssessmentResult::Met;
            REQUIRE((*package)->saveAssessment(assessment).ok());
            ++changed;
        }
    }
    return changed;
}

} // namespace

TEST_CASE("merge into an issued round needs --reason, and check reports the change and the "
          "snapshot's digest",
          "[cli][teamwork][frozen]")
{
    TempDir dir;
    const QString lead = dir.path(QStringLiteral("lead.cchc"));
    const QString package = dir.path(QStringLiteral("nam.cchc"));
    const QString pdf = dir.path(QStringLiteral("notice.pdf"));
    REQUIRE(runApp({QStringLiteral("demo"), lead}).exitCode == 0);
    const QString roundId = roundIdOf(lead);
    REQUIRE(runApp({QStringLiteral("split"), lead, QStringLiteral("--round"), roundId,
                    QStringLiteral("-o"), package})
                .exitCode == 0);
    auto issued = runApp({QStringLiteral("report"), lead, QStringLiteral("--issue"),
                          QStringLiteral("-o"), pdf});
    REQUIRE(issued.exitCode == 0);
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(pdfinfo.waitForFinished(60000));
    const QString metadata = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("SHA-256 ([0-9a-f]{64})")).match(metadata);
    REQUIRE(match.hasMatch());
    const QString digest = match.captured(1);

    auto quiet = runApp({QStringLiteral("check"), lead});
    CHECK(quiet.exitCode == 0);
    CHECK(quiet.out.contains(digest));
    CHECK_FALSE(quiet.out.contains(QStringLiteral("kết quả đã thay đổi")));

    REQUIRE(meetEverything(package, roundId) > 0);
    const QByteArray before = readAll(lead);
    auto refused = runApp({QStringLiteral("merge"), lead, package, QStringLiteral("--theirs")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("chỉ được thay đổi khi có lý do")));
    CHECK(refused.err.contains(QStringLiteral("--reason")));
    CHECK(readAll(lead) == before);

    const QString reason = QStringLiteral("Đơn vị bổ sung hồ sơ sau kiểm tra");
    auto merged = runApp({QStringLiteral("merge"), lead, package, QStringLiteral("--theirs"),
                          QStringLiteral("--reason"), reason});
    CHECK(merged.exitCode == 0);
    auto flagged = runApp({QStringLiteral("check"), lead});
    CHECK(flagged.exitCode == 0);
    CHECK(flagged.out.contains(QStringLiteral("kết quả đã thay đổi sau khi ban hành Thông báo số "
                                              "01/TB-ĐKT")));
    CHECK(flagged.out.contains(reason));
    CHECK(flagged.out.contains(digest + QStringLiteral(": khớp")));
    auto history = runApp({QStringLiteral("history"), lead, QStringLiteral("--round"), roundId});
    CHECK(history.out.contains(reason));
}

TEST_CASE("import-json that changes results of an issued round needs --reason", "[cli][frozen]")
{
    TempDir dir;
    const QString lead = dir.path(QStringLiteral("lead.cchc"));
    const QString laptop = dir.path(QStringLiteral("laptop.cchc"));
    const QString json = dir.path(QStringLiteral("laptop.json"));
    REQUIRE(runApp({QStringLiteral("demo"), lead}).exitCode == 0);
    REQUIRE(QFile::copy(lead, laptop));
    const QString roundId = roundIdOf(lead);
    // The copy's results change later (newer records, so an import takes them).
    QThread::msleep(20);
    REQUIRE(meetEverything(laptop, roundId) > 0);
    REQUIRE(runApp({QStringLiteral("export-json"), laptop, QStringLiteral("-o"), json}).exitCode == 0);
    REQUIRE(runApp({QStringLiteral("report"), lead, QStringLiteral("--issue"), QStringLiteral("-o"),
                    dir.path(QStringLiteral("notice.pdf"))})
                .exitCode == 0);

    const QByteArray before = readAll(lead);
    auto refused = runApp({QStringLiteral("import-json"), json, lead});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--reason")));
    CHECK(readAll(lead) == before);

    auto imported = runApp({QStringLiteral("import-json"), json, lead, QStringLiteral("--reason"),
                            QStringLiteral("Kết quả từ máy thư ký")});
    CHECK(imported.exitCode == 0);
    auto check = runApp({QStringLiteral("check"), lead});
    CHECK(check.out.contains(QStringLiteral("kết quả đã thay đổi sau khi ban hành Thông báo số 01/TB-ĐKT")));
    CHECK(check.out.contains(QStringLiteral("Kết quả từ máy thư ký")));
}
