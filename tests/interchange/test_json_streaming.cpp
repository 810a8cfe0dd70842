// The streamed import writes each round unit once it is checked, inside one transaction:
// a refusal found late, after earlier parts were written, must still leave the file byte
// for byte as it was, with a message that says where.
#include "tests/interchange/InterchangeFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace cchc;
using namespace cchc::interchange;
using namespace cchc::test;

namespace {

int count(const QJsonValue &list)
{
    return int(list.toArray().size());
}

// "rounds.R.units.U.assessments.A" of the document's last assessment.
QString lastAssessment(const QByteArray &json)
{
    const QJsonArray rounds = valueAt(json, QStringLiteral("rounds")).toArray();
    const QString round = QStringLiteral("rounds.%1").arg(rounds.size() - 1);
    const int units = count(valueAt(json, round + QStringLiteral(".units")));
    const QString unit = round + QStringLiteral(".units.%1").arg(units - 1);
    const int assessments = count(valueAt(json, unit + QStringLiteral(".assessments")));
    return unit + QStringLiteral(".assessments.%1").arg(assessments - 1);
}

// "rounds[R].units[U].assessments[A]", as messages write a path.
QString messagePath(const QString &dotted)
{
    QString path;
    for (const QString &part : dotted.split(QLatin1Char('.'))) {
        bool index = false;
        part.toInt(&index);
        path += index ? QStringLiteral("[%1]").arg(part)
                      : (path.isEmpty() ? part : QLatin1Char('.') + part);
    }
    return path;
}

int unitCount(InspectionFile &file)
{
    QSqlQuery query(file.database());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM round_units")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A refusal deep in the last round leaves the file as it was, and says where",
          "[interchange][streaming]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QByteArray json = *exportFileJson(*source);
    const QString last = lastAssessment(json);
    INFO(last.toStdString());
    REQUIRE(last.startsWith(QStringLiteral("rounds.")));

    const QString targetPath = dir.path(QStringLiteral("target.cchc"));
    REQUIRE(InspectionFile::create(targetPath).ok());
    const QByteArray before = readAll(targetPath);
    auto target = InspectionFile::open(targetPath);
    REQUIRE(target.ok());
    // A page cache of a few pages: the transaction spills its pages into the file long
    // before the refusal, and the rollback must restore them.
    QSqlQuery pragma((*target)->database());
    REQUIRE(pragma.exec(QStringLiteral("PRAGMA cache_size = 4")));

    SECTION("text that stops being JSON in the last assessment")
    {
        QByteArray bad = json;
        const qsizetype at = bad.lastIndexOf("\"exemplary\": false");
        REQUIRE(at > json.size() / 2);
        bad.replace(at, 18, "\"exemplary\": flase");
        const QString badPath = dir.path(QStringLiteral("bad.json"));
        writeAll(badPath, bad);
        auto refused = importJsonFile(**target, badPath);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error());
        CHECK(refused.error().contains(QStringLiteral("bad.json")));
        // Where the bad literal is, counted from the start of the file.
        const QRegularExpressionMatch where =
            QRegularExpression(QStringLiteral("không phải là JSON hợp lệ \\(tại ký tự (\\d+): "))
                .match(refused.error());
        REQUIRE(where.hasMatch());
        CHECK(where.captured(1).toLongLong() >= at + 13);
        CHECK(where.captured(1).toLongLong() <= at + 18);
    }
    SECTION("a result that is not one")
    {
        auto refused = importJson(**target, edited(json, last + QStringLiteral(".result"),
                                                   QStringLiteral("met2")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().startsWith(messagePath(last) + QStringLiteral(".result: ")));
    }
    SECTION("an id used by a unit, found after every other record")
    {
        const QString unitId = valueAt(json, QStringLiteral("units.0.id")).toString();
        auto refused = importJson(**target, edited(json, last + QStringLiteral(".id"), unitId));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() ==
              QStringLiteral("%1.id: mã định danh “%2” bị dùng hai lần (lần đầu tại units[0])")
                  .arg(messagePath(last), unitId));
    }
    CHECK(unitCount(**target) == 0);
    target->reset();
    CHECK(readAll(targetPath) == before);
}

TEST_CASE("An import in parts is one transaction: a part refused rolls back the ones before",
          "[interchange][streaming]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    auto batch = readJson(*exportFileJson(*source));
    REQUIRE(batch.ok());
    const QString targetPath = dir.path(QStringLiteral("target.cchc"));
    REQUIRE(InspectionFile::create(targetPath).ok());
    const QByteArray before = readAll(targetPath);
    auto target = InspectionFile::open(targetPath);
    REQUIRE(target.ok());

    bool written = false;
    auto refused = (*target)->importRecords([&](const InspectionFile::AddRecords &add) -> Status {
        if (auto status = add(*batch); !status)
            return status;
        written = unitCount(**target) > 0;
        return Error{QStringLiteral("the second part is refused")};
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("the second part is refused"));
    CHECK(written);
    CHECK(unitCount(**target) == 0);
    target->reset();
    CHECK(readAll(targetPath) == before);
}
