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

#include <functional>

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

// The demo file as a lead, with its round handed out whole to one member.
struct SplitDemo
{
    TempDir dir;
    QString lead = dir.path(QStringLiteral("lead.cchc"));
    QString package = dir.path(QStringLiteral("nam.cchc"));
    QString roundId;
    SplitDemo()
    {
        REQUIRE(runApp({QStringLiteral("demo"), lead}).exitCode == 0);
        roundId = roundIdOf(lead);
        REQUIRE(runApp({QStringLiteral("split"), lead, QStringLiteral("--round"), roundId,
                        QStringLiteral("-o"), package})
                    .exitCode == 0);
    }
};

} // namespace

TEST_CASE("merge into an issued round needs --reason, and check reports the change and the "
          "snapshot's digest",
          "[cli][teamwork][frozen]")
{
    const SplitDemo demo;
    const QString &lead = demo.lead, &package = demo.package, &roundId = demo.roundId;
    const QString pdf = demo.dir.path(QStringLiteral("notice.pdf"));
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

// A copy of the demo changed by `change` on another laptop, exported, and imported into the
// lead's file after its notice was issued: refused without --reason, the file as it was;
// taken with one, which check reports.
void importIntoIssuedRound(const std::function<void(const QString &laptop, const QString &roundId)> &change)
{
    TempDir dir;
    const QString lead = dir.path(QStringLiteral("lead.cchc"));
    const QString laptop = dir.path(QStringLiteral("laptop.cchc"));
    const QString json = dir.path(QStringLiteral("laptop.json"));
    REQUIRE(runApp({QStringLiteral("demo"), lead}).exitCode == 0);
    REQUIRE(QFile::copy(lead, laptop));
    const QString roundId = roundIdOf(lead);
    // The copy changes later (newer records, so an import takes them).
    QThread::msleep(20);
    change(laptop, roundId);
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

TEST_CASE("import-json that changes results of an issued round needs --reason", "[cli][frozen]")
{
    importIntoIssuedRound([](const QString &laptop, const QString &roundId) {
        REQUIRE(meetEverything(laptop, roundId) > 0);
    });
}

TEST_CASE("import-json that adds evidence to an issued round needs --reason", "[cli][frozen]")
{
    importIntoIssuedRound([](const QString &laptop, const QString &roundId) {
        auto file = InspectionFile::open(laptop);
        REQUIRE(file.ok());
        auto all = (*file)->roundAssessments(roundId);
        REQUIRE(all.ok());
        Evidence document;
        document.documentNumber = QStringLiteral("20/BC-UBND");
        document.description = QStringLiteral("Báo cáo khắc phục gửi sau buổi kiểm tra");
        REQUIRE((*file)->addEvidence(all->cbegin().value().at(0).id, document).ok());
    });
}

TEST_CASE("merge without a decision lists the conflicts of an issued round before asking for "
          "a reason",
          "[cli][teamwork][frozen]")
{
    const SplitDemo demo;
    const QString &lead = demo.lead, &package = demo.package, &roundId = demo.roundId;
    // The same finding typed differently on both laptops, the lead's before the issue.
    const auto typeFinding = [&](const QString &path, const QString &finding) {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        auto all = (*file)->roundAssessments(roundId);
        REQUIRE(all.ok());
        Assessment assessment = all->cbegin().value().at(0);
        assessment.finding = finding;
        REQUIRE((*file)->saveAssessment(assessment).ok());
    };
    typeFinding(lead, QStringLiteral("Ghi ở máy trưởng đoàn"));
    typeFinding(package, QStringLiteral("Ghi ở máy thành viên"));
    REQUIRE(runApp({QStringLiteral("report"), lead, QStringLiteral("--issue"),
                    QStringLiteral("-o"), demo.dir.path(QStringLiteral("notice.pdf"))})
                .exitCode == 0);

    const QByteArray before = readAll(lead);
    auto listed = runApp({QStringLiteral("merge"), lead, package});
    CHECK(listed.exitCode == 1);
    CHECK(listed.out.contains(QStringLiteral("Ghi ở máy thành viên")));
    CHECK(listed.err.contains(QStringLiteral("--theirs")));
    CHECK_FALSE(listed.err.contains(QStringLiteral("--reason")));
    CHECK(readAll(lead) == before);
    auto history = runApp({QStringLiteral("history"), lead, QStringLiteral("--round"), roundId});
    CHECK_FALSE(history.out.contains(QStringLiteral("(trial)")));

    // Decided, the change to the issued round still needs its reason.
    auto refused = runApp({QStringLiteral("merge"), lead, package, QStringLiteral("--theirs")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--reason")));
    CHECK(readAll(lead) == before);
}

TEST_CASE("export-json carries an issued notice's snapshot, and import-json refuses one whose "
          "digest does not match",
          "[cli][frozen][interchange]")
{
    TempDir dir;
    const QString lead = dir.path(QStringLiteral("lead.cchc"));
    const QString copy = dir.path(QStringLiteral("copy.cchc"));
    const QString json = dir.path(QStringLiteral("lead.json"));
    const QString again = dir.path(QStringLiteral("copy.json"));
    REQUIRE(runApp({QStringLiteral("demo"), lead}).exitCode == 0);
    REQUIRE(runApp({QStringLiteral("report"), lead, QStringLiteral("--issue"), QStringLiteral("-o"),
                    dir.path(QStringLiteral("notice.pdf"))})
                .exitCode == 0);
    REQUIRE(runApp({QStringLiteral("export-json"), lead, QStringLiteral("-o"), json}).exitCode == 0);
    REQUIRE(runApp({QStringLiteral("import-json"), json, copy}).exitCode == 0);
    REQUIRE(runApp({QStringLiteral("export-json"), copy, QStringLiteral("-o"), again}).exitCode == 0);
    // The same bytes but for the time of the export.
    const QRegularExpression exportedAt(QStringLiteral("\"exportedAt\": \"[^\"]*\""));
    CHECK(QString::fromUtf8(readAll(again)).remove(exportedAt) ==
          QString::fromUtf8(readAll(json)).remove(exportedAt));
    const auto digest = QRegularExpression(QStringLiteral("\"sha256\": \"([0-9a-f]{64})\""))
                            .match(QString::fromUtf8(readAll(json)));
    REQUIRE(digest.hasMatch());
    auto check = runApp({QStringLiteral("check"), copy});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(digest.captured(1) + QStringLiteral(": khớp")));
    // Its results came with the notice: nothing changed after the issue in this file.
    CHECK_FALSE(check.out.contains(QStringLiteral("kết quả đã thay đổi")));

    // One byte of the snapshot changed (its base64 "content" begins with "ey", "{"):
    // refused, and the file it went to is as it was.
    QByteArray changed = readAll(json);
    const qsizetype content = changed.indexOf("\"content\": \"ey");
    REQUIRE(content > 0);
    changed[content + 13] = 'f';
    const QString tampered = dir.path(QStringLiteral("tampered.json"));
    QFile out(tampered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(changed);
    out.close();
    const QString target = dir.path(QStringLiteral("target.cchc"));
    REQUIRE(runApp({QStringLiteral("demo"), target}).exitCode == 0);
    const QByteArray before = readAll(target);
    auto refused = runApp({QStringLiteral("import-json"), tampered, target});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("noticeSnapshot")));
    CHECK(refused.err.contains(QStringLiteral("không khớp")));
    CHECK(readAll(target) == before);
}
