// The "teamwork" section: a 12-unit round handed out to five members and merged back.
// Target (docs/benchmarks.md): the five merges under 1 s; memory bounded, that is not
// growing with the size of the lead's file. The same merges run into a small lead (the
// round alone) and into the 200-unit synthetic file with the round added.
#include "bench/BenchSupport.h"

#include "core/builtin/BuiltinTemplate.h"
#include "core/storage/InspectionFile.h"
#include "core/teamwork/PackageMerge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace cchc::bench {

namespace {

void require(const Status &status)
{
    if (!status) {
        std::fprintf(stderr, "teamwork bench: %s\n", qPrintable(status.error()));
        std::exit(1);
    }
}

template <typename T> T require(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "teamwork bench: %s\n", qPrintable(result.error()));
        std::exit(1);
    }
    return std::move(result).value();
}

constexpr int kUnits = 12;
constexpr int kMembers = 5;

// Adds a 12-unit round to `file`, every criterion assessed; returns its id.
QString addRound(InspectionFile &file)
{
    ChecklistTemplate checklist = builtinTemplate();
    const QString templateId = require(file.saveTemplate(checklist));
    InspectionRound round;
    round.title = QStringLiteral("Kiểm tra CCHC theo nhóm");
    round.templateId = templateId;
    require(file.transact([&]() -> Status {
        for (int i = 0; i < kUnits; ++i) {
            Unit unit;
            unit.name = QStringLiteral("Đơn vị nhóm %1").arg(i + 1);
            if (auto status = file.saveUnit(unit); !status)
                return status;
            round.units.append(RoundUnit{{}, unit.id, QDate(2022, 5, 23 + i % 4), {}, {}, {}});
        }
        if (auto status = file.saveRound(round); !status)
            return status;
        for (const RoundUnit &roundUnit : round.units)
            for (const CriteriaGroup &group : checklist.groups)
                for (const Criterion &criterion : group.criteria) {
                    Assessment assessment;
                    assessment.roundUnitId = roundUnit.id;
                    assessment.criterionId = criterion.id;
                    assessment.result = AssessmentResult::Met;
                    if (auto status = file.saveAssessment(assessment); !status)
                        return status;
                }
        return {};
    }));
    return round.id;
}

// Five packages of 3, 3, 2, 2, 2 units; each member writes a finding and changes the result
// of every criterion at their units and attaches one 200 KB scan.
QStringList handOutAndWork(InspectionFile &lead, const QString &roundId, const QString &folder)
{
    const InspectionRound round = require(lead.loadRound(roundId));
    QStringList packages;
    int next = 0;
    for (int member = 0; member < kMembers; ++member) {
        const int count = member < 2 ? 3 : 2;
        QStringList units;
        for (int i = 0; i < count; ++i)
            units.append(round.units[next++].id);
        const QString path = QDir(folder).filePath(QStringLiteral("member-%1.cchc").arg(member));
        QFile::remove(path);
        require(teamwork::splitRound(lead, {roundId, units, QStringLiteral("Thành viên %1").arg(member)},
                                     path));
        auto file = require(InspectionFile::open(path));
        require(file->transact([&]() -> Status {
            for (const QString &unit : units) {
                auto assessments = file->assessments(unit);
                if (!assessments)
                    return assessments.failure();
                for (Assessment assessment : *assessments) {
                    assessment.result = AssessmentResult::PartiallyMet;
                    assessment.finding = QStringLiteral("Đơn vị chưa công khai đầy đủ thủ tục "
                                                        "hành chính tại bộ phận một cửa.");
                    if (auto status = file->saveAssessment(assessment); !status)
                        return status;
                }
                Evidence scan;
                scan.kind = EvidenceKind::AttachedFile;
                scan.fileName = QStringLiteral("bien-ban.jpg");
                if (auto added = file->addEvidence(assessments->at(0).id, scan,
                                                   QByteArray(200 * 1024, char('a' + member)));
                    !added)
                    return added.failure();
            }
            return {};
        }));
        packages.append(path);
    }
    return packages;
}

void measure(const QString &label, const QString &leadPath, const QString &folder)
{
    auto lead = require(InspectionFile::open(leadPath));
    const QString roundId = addRound(*lead);
    const QStringList packages = handOutAndWork(*lead, roundId, folder);
    const double memoryBefore = peakMemoryMiB();
    int fields = 0;
    const double total = milliseconds([&] {
        for (const QString &package : packages) {
            auto summary = require(teamwork::mergePackage(*lead, package));
            fields += summary.updated;
        }
    });
    report(label + QStringLiteral(": five merges"), total, QStringLiteral("ms"));
    report(label + QStringLiteral(":   records updated"), fields, QString());
    report(label + QStringLiteral(":   lead file"), double(QFileInfo(leadPath).size()) / (1024.0 * 1024.0),
           QStringLiteral("MiB"));
    report(label + QStringLiteral(":   peak memory growth"), peakMemoryMiB() - memoryBefore,
           QStringLiteral("MiB"));
    const double again = milliseconds([&] {
        for (const QString &package : packages)
            require(teamwork::mergePackage(*lead, package));
    });
    report(label + QStringLiteral(": the same five again (no-op)"), again, QStringLiteral("ms"));
}

void run(const BenchContext &context)
{
    const QString small = QDir(context.workDir).filePath(QStringLiteral("lead-small.cchc"));
    QFile::remove(small);
    require(InspectionFile::create(small));
    measure(QStringLiteral("small lead"), small, context.workDir);

    const QString large = QDir(context.workDir).filePath(QStringLiteral("lead-large.cchc"));
    QFile::remove(large);
    QFile::copy(context.syntheticFile, large);
    QFile::setPermissions(large, QFile::ReadOwner | QFile::WriteOwner);
    measure(QStringLiteral("200-unit lead"), large, context.workDir);
}

const SectionRegistration registration("teamwork", &run);

} // namespace

} // namespace cchc::bench
