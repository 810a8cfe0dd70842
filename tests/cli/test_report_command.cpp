// cchc-inspector report: the PDFs a script gets, and the errors it reads on stderr.
#include "tests/support/TestSupport.h"

#include "core/builtin/DemoFile.h"
#include "core/storage/InspectionFile.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::test;

namespace {

struct Demo
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.cchc"));
    QString roundId;
    QString unitId;
    Demo()
    {
        REQUIRE(writeDemoFile(path).ok());
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        roundId = (*file)->rounds()->at(0).id;
        unitId = (*file)->loadRound(roundId)->units.at(1).unitId; // a register id works too
    }
};

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("report writes the notice, a unit's minutes and the score annex", "[cli][report]")
{
    Demo demo;
    const QString notice = demo.dir.path(QStringLiteral("notice.pdf"));
    auto result =
        runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                QStringLiteral("--kind"), QStringLiteral("notice"), QStringLiteral("--date"),
                QStringLiteral("2022-05-30"), QStringLiteral("-o"), notice});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Đã ghi báo cáo")));
    const QString text = pdfText(notice);
    CHECK(text.contains(QStringLiteral("THÔNG BÁO")));
    CHECK(text.contains(QStringLiteral("Hà Tĩnh, ngày 30 tháng 5 năm 2022")));

    const QString minutes = demo.dir.path(QStringLiteral("minutes.pdf"));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                     QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("--unit"),
                     demo.unitId, QStringLiteral("-o"), minutes});
    CHECK(result.exitCode == 0);
    CHECK(pdfText(minutes).contains(QStringLiteral("BIÊN BẢN")));

    const QString word = demo.dir.path(QStringLiteral("notice.docx"));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                     QStringLiteral("-o"), word});
    CHECK(result.exitCode == 0);
    CHECK(readAll(word).startsWith("PK")); // a zip package

    const QString scores = demo.dir.path(QStringLiteral("scores.pdf"));
    result =
        runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                QStringLiteral("--kind"), QStringLiteral("scores"), QStringLiteral("-o"), scores});
    CHECK(result.exitCode == 0);
    CHECK(pdfText(scores).contains(QStringLiteral("Xếp loại")));
}

TEST_CASE("report refuses wrong command lines and says why", "[cli][report]")
{
    Demo demo;
    const QString out = demo.dir.path(QStringLiteral("out.pdf"));
    auto result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"),
                          demo.roundId}); // no -o: where to?
    CHECK(result.exitCode == 2);
    result =
        runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                QStringLiteral("--kind"), QStringLiteral("letter"), QStringLiteral("-o"), out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("letter")));
    result =
        runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("-o"), out});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("--unit")));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                     QStringLiteral("--kind"), QStringLiteral("minutes"), QStringLiteral("--unit"),
                     QStringLiteral("no-such-unit"), QStringLiteral("-o"), out});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("no-such-unit")));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                     QStringLiteral("-o"), demo.dir.path(QStringLiteral("out.txt"))});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral(".docx")));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"),
                     QStringLiteral("no-such-round"), QStringLiteral("-o"), out});
    CHECK(result.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("report --issue numbers the notice once and later exports keep the number",
          "[cli][report][issue]")
{
    Demo demo;
    const QString notice = demo.dir.path(QStringLiteral("notice.pdf"));
    const QStringList base = {QStringLiteral("report"), demo.path, QStringLiteral("--round"),
                              demo.roundId, QStringLiteral("--no-annex"), QStringLiteral("-o"),
                              notice};
    auto result = runApp(base);
    CHECK(result.exitCode == 0);
    // A draft has no number: "Số:" and the symbol with only blank space between them.
    CHECK(pdfText(notice).simplified().contains(QStringLiteral("Số: /TB-ĐKT")));
    // Without --date, the demo round (visited 23–26/5/2022) is dated the day after its visits.
    CHECK(pdfText(notice).contains(QStringLiteral("ngày 27 tháng 5 năm 2022")));

    result = runApp(base + QStringList{QStringLiteral("--issue"), QStringLiteral("--date"),
                                       QStringLiteral("2022-05-30")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("01/TB-ĐKT ngày 30/5/2022")));
    CHECK(pdfText(notice).contains(QStringLiteral("Số: 01/TB-ĐKT")));
    result = runApp(base + QStringList{QStringLiteral("--issue")}); // again: same number
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("01/TB-ĐKT ngày 30/5/2022")));
    const QString text = pdfText(notice);
    CHECK(text.contains(QStringLiteral("Số: 01/TB-ĐKT")));
    CHECK(text.contains(QStringLiteral("ngày 30 tháng 5 năm 2022")));

    result = runApp(base + QStringList{QStringLiteral("--date"), QStringLiteral("2022-06-01")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("01/TB-ĐKT")));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"), demo.roundId,
                     QStringLiteral("--kind"), QStringLiteral("scores"), QStringLiteral("--issue"),
                     QStringLiteral("-o"), notice});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--issue")));
}

TEST_CASE("report takes the file's only round without --round, and a round id's first characters",
          "[cli][report][round]")
{
    Demo demo;
    const QString notice = demo.dir.path(QStringLiteral("notice.pdf"));
    auto result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--no-annex"),
                          QStringLiteral("-o"), notice});
    CHECK(result.exitCode == 0);
    CHECK(pdfText(notice).contains(QStringLiteral("THÔNG BÁO")));
    QFile::remove(notice);
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"),
                     demo.roundId.left(8).toUpper(), QStringLiteral("--no-annex"),
                     QStringLiteral("-o"), notice});
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(notice));

    {   // A second round: now the round must be named, and the error lists both.
        auto file = InspectionFile::open(demo.path);
        REQUIRE(file.ok());
        InspectionRound second;
        second.title = QStringLiteral("Kiểm tra CCHC năm 2023");
        second.templateId = (*file)->loadRound(demo.roundId)->templateId;
        REQUIRE((*file)->saveRound(second).ok());
    }
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("-o"), notice});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("--round")));
    CHECK(result.err.contains(QStringLiteral("Kiểm tra CCHC năm 2023")));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--round"),
                     QStringLiteral("zzzz"), QStringLiteral("-o"), notice});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("zzzz")));
}

TEST_CASE("report --unit takes either id list prints, or its first characters",
          "[cli][report][round]")
{
    Demo demo;
    QString roundUnitId;
    {
        auto file = InspectionFile::open(demo.path, InspectionFile::Access::ReadOnly);
        REQUIRE(file.ok());
        roundUnitId = (*file)->loadRound(demo.roundId)->units.at(1).id;
    }
    const QString minutes = demo.dir.path(QStringLiteral("minutes.pdf"));
    auto minutesFor = [&](const QString &unit) {
        QFile::remove(minutes);
        return runApp({QStringLiteral("report"), demo.path, QStringLiteral("--kind"),
                       QStringLiteral("minutes"), QStringLiteral("--unit"), unit,
                       QStringLiteral("-o"), minutes});
    };
    REQUIRE(minutesFor(demo.unitId).exitCode == 0);
    const QString expected = pdfText(minutes);
    CHECK(expected.contains(QStringLiteral("BIÊN BẢN")));
    for (const QString &given : {roundUnitId, roundUnitId.left(8), demo.unitId.left(8).toUpper()}) {
        INFO(given.toStdString());
        CHECK(minutesFor(given).exitCode == 0);
        CHECK(pdfText(minutes) == expected);
    }

    // A prefix of no unit, or of several, is refused with the choices named.
    auto none = minutesFor(QStringLiteral("zzzz"));
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("“zzzz”")));
    CHECK(none.err.contains(QStringLiteral("Trung tâm Y tế Thành phố")));
    auto ambiguous = minutesFor(QString());
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("--unit")));
    CHECK_FALSE(QFile::exists(minutes));
}

TEST_CASE("notice keeps the notice's date and signer in the file, report --date overrides once",
          "[cli][report][notice-settings]")
{
    Demo demo;
    auto result = runApp({QStringLiteral("notice"), demo.path, QStringLiteral("--date"),
                          QStringLiteral("2022-06-10"), QStringLiteral("--signer"),
                          QStringLiteral("pham thi thu huong")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("ngày 10 tháng 6 năm 2022")));
    CHECK(result.out.contains(QStringLiteral("Phạm Thị Thu Hương")));
    const QString notice = demo.dir.path(QStringLiteral("notice.pdf"));
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("-o"), notice});
    CHECK(result.exitCode == 0);
    QString text = pdfText(notice);
    CHECK(text.contains(QStringLiteral("Hà Tĩnh, ngày 10 tháng 6 năm 2022")));
    CHECK(text.contains(QStringLiteral("KT. TRƯỞNG ĐOÀN")));
    CHECK(text.contains(QStringLiteral("Phạm Thị Thu Hương")));
    // --date is for one export: the kept date stays.
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("--date"),
                     QStringLiteral("2022-06-01"), QStringLiteral("-o"), notice});
    CHECK(pdfText(notice).contains(QStringLiteral("Hà Tĩnh, ngày 01 tháng 6 năm 2022")));
    result = runApp({QStringLiteral("notice"), demo.path});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("ngày 10 tháng 6 năm 2022")));

    // Someone not in the team is refused, naming the team; "default" and "lead" reset.
    result = runApp({QStringLiteral("notice"), demo.path, QStringLiteral("--signer"),
                     QStringLiteral("Nguyễn Văn Không")});
    CHECK(result.exitCode != 0);
    CHECK(result.err.contains(QStringLiteral("Nguyễn Thị Minh Ngọc")));
    result = runApp({QStringLiteral("notice"), demo.path, QStringLiteral("--date"),
                     QStringLiteral("default"), QStringLiteral("--signer"), QStringLiteral("lead")});
    CHECK(result.exitCode == 0);
    result = runApp({QStringLiteral("report"), demo.path, QStringLiteral("-o"), notice});
    text = pdfText(notice);
    CHECK(text.contains(QStringLiteral("Hà Tĩnh, ngày 27 tháng 5 năm 2022")));
    CHECK_FALSE(text.contains(QStringLiteral("Phạm Thị Thu Hương")));
    result = runApp({QStringLiteral("notice"), demo.path, QStringLiteral("--date"),
                     QStringLiteral("10/6/2022")});
    CHECK(result.exitCode != 0);
}
