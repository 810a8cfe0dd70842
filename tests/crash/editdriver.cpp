// cchc-editdriver: a stream of edits through InspectionFile's own API, for the crash
// harness (tests/crash/harness.py), which kills it at random points.
//
//   cchc-editdriver FILE SEED COUNT   COUNT edits (0: until killed)
//   cchc-editdriver FILE 0 open       open read-write, close, exit
//
// Prints "opened", then for every edit "try N <what>" before the call and "ack N" once it
// returned success: an acknowledged edit must survive any kill. <what> is "a RU C" (one
// assessment), "a RU C a RU C" (two in one transaction) or "u ID" (a unit's notes); the
// value written carries N (finding "edit N …", notes "unit-edit N …").
// Exit codes: 0 done, 3 opened read-only (a lock-out), 4 open failed, 5 nothing to edit,
// 6 an edit failed.
#include "core/domain/ChecklistTemplate.h"
#include "core/domain/InspectionRound.h"
#include "core/storage/InspectionFile.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace cchc;

namespace {

struct Cell
{
    QString roundUnitId;
    QString criterionId;
    double maxScore = 1;
};

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QList<Cell> cellsOf(const InspectionFile &file)
{
    QList<Cell> cells;
    const auto rounds = file.rounds();
    for (const auto &info : rounds ? *rounds : QList<RoundInfo>{}) {
        const auto round = file.loadRound(info.id);
        const auto checklist =
            round ? file.loadTemplate(round->templateId) : Result<ChecklistTemplate>(Error{});
        if (!checklist)
            continue;
        for (const auto &roundUnit : round->units)
            for (const auto &group : checklist->groups)
                for (const auto &criterion : group.criteria)
                    cells.append({roundUnit.id, criterion.id, criterion.maxScore});
    }
    return cells;
}

Assessment edited(long n, unsigned seed, const Cell &cell)
{
    static const AssessmentResult results[] = {
        AssessmentResult::Met, AssessmentResult::PartiallyMet, AssessmentResult::NotMet,
        AssessmentResult::NotApplicable, AssessmentResult::NotChecked};
    Assessment assessment;
    assessment.roundUnitId = cell.roundUnitId;
    assessment.criterionId = cell.criterionId;
    assessment.result = results[n % 5];
    const int steps = int(cell.maxScore * 2);
    assessment.appraisedScore = steps > 0 ? double(n % (steps + 1)) / 2.0 : 0.0;
    assessment.finding = QStringLiteral("edit %1 s%2 – nhận xét đã sửa").arg(n).arg(seed);
    return assessment;
}

QString where(const Assessment &assessment)
{
    return QStringLiteral("a %1 %2").arg(assessment.roundUnitId, assessment.criterionId);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fputs("usage: cchc-editdriver FILE SEED COUNT|open\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const unsigned seed = unsigned(std::strtoul(argv[2], nullptr, 10));
    const long count = std::strtol(argv[3], nullptr, 10);
    auto opened = InspectionFile::open(path);
    if (!opened) {
        say(QStringLiteral("openfail ") + opened.error());
        return 4;
    }
    InspectionFile &file = **opened;
    if (file.isReadOnly()) {
        say(QStringLiteral("readonly ") + file.readOnlyReason());
        return 3;
    }
    say(QStringLiteral("opened"));
    if (std::strcmp(argv[3], "open") == 0)
        return 0;

    const QList<Cell> cells = cellsOf(file);
    auto units = file.units();
    if (!units || units->isEmpty() || cells.isEmpty()) {
        say(QStringLiteral("fail nothing to edit"));
        return 5;
    }
    std::mt19937 random(seed);
    for (long n = 1; count <= 0 || n <= count; ++n) {
        const unsigned kind = random() % 10;
        Status status;
        if (kind < 6) {
            Assessment one = edited(n, seed, cells.at(random() % cells.size()));
            say(QStringLiteral("try %1 ").arg(n) + where(one));
            status = file.saveAssessment(one);
        } else if (kind < 8) {
            const qsizetype first = random() % cells.size();
            const qsizetype second = (first + 1 + random() % (cells.size() - 1)) % cells.size();
            Assessment a = edited(n, seed, cells.at(first));
            Assessment b = edited(n, seed, cells.at(second));
            say(QStringLiteral("try %1 ").arg(n) + where(a) + QLatin1Char(' ') + where(b));
            status = file.transact([&]() -> Status {
                if (auto saved = file.saveAssessment(a); !saved)
                    return saved;
                return file.saveAssessment(b);
            });
        } else {
            Unit unit = units->at(random() % units->size());
            unit.notes = QStringLiteral("unit-edit %1 s%2").arg(n).arg(seed);
            say(QStringLiteral("try %1 u %2").arg(n).arg(unit.id));
            status = file.saveUnit(unit);
        }
        if (!status) {
            say(QStringLiteral("fail %1 ").arg(n) + status.error());
            return 6;
        }
        say(QStringLiteral("ack %1").arg(n));
    }
    say(QStringLiteral("done"));
    return 0;
}
