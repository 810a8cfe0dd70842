// The "storage" section: what the user waits for when working with a large .cchc file.
// Targets (docs/benchmarks.md): open < 300 ms, one unit's checklist < 20 ms, edit p99 < 10 ms,
// peak memory < 150 MB.
#include "bench/BenchSupport.h"
#include "bench/SyntheticFile.h"

#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"
#include "core/storage/InspectionFile.h"

#include "core/common/SaveFile.h"

#include <QFile>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace cchc::bench {

namespace {

template <typename T> T require(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "storage bench: %s\n", qPrintable(result.error()));
        std::exit(1);
    }
    return std::move(result).value();
}

void require(const Status &status)
{
    if (!status) {
        std::fprintf(stderr, "storage bench: %s\n", qPrintable(status.error()));
        std::exit(1);
    }
}

void measureOpen(const BenchContext &context)
{
    QList<double> open;
    QList<double> quickCheck;
    for (int i = 0; i < context.runs; ++i) {
        open.append(milliseconds([&] { require(InspectionFile::open(context.syntheticFile)); }));
        auto file = require(InspectionFile::open(context.syntheticFile));
        quickCheck.append(milliseconds([&] {
            QSqlQuery query(file->database());
            query.exec(QStringLiteral("PRAGMA quick_check"));
            query.next();
        }));
    }
    reportSamples(QStringLiteral("open (InspectionFile::open)"), open);
    reportSamples(QStringLiteral("  of which PRAGMA quick_check"), quickCheck);
}

// What the checklist screen of one unit needs: the round, its template, the assessments.
void measureChecklist(const BenchContext &context, const InspectionFile &file,
                      const InspectionRound &round)
{
    QList<double> samples;
    for (int i = 0; i < std::max(context.runs, 50); ++i) {
        const QString roundUnitId = round.units.at((i * 37) % round.units.size()).id;
        samples.append(milliseconds([&] {
            auto loaded = require(file.loadRound(round.id));
            auto checklist = require(file.loadTemplate(loaded.templateId));
            auto assessments = require(file.assessments(roundUnitId));
            if (assessments.size() != checklist.criterionCount())
                std::fprintf(stderr, "storage bench: unexpected assessment count\n");
        }));
    }
    reportSamples(QStringLiteral("one unit's checklist (round+template+assessments)"), samples);
}

// The floor under every durable edit: one small write made durable. A commit in SQLite's
// rollback-journal mode with synchronous=FULL needs three of them (journal, journal
// header, database), and they wait behind whatever else the disk is flushing.
void measureSyncFloor(const BenchContext &context)
{
#if defined(Q_OS_UNIX)
    QFile probe(context.workDir + QStringLiteral("/sync-probe"));
    if (!probe.open(QIODevice::ReadWrite))
        return;
    const QByteArray page(4096, 'x');
    QList<double> samples;
    for (int i = 0; i < 200; ++i) {
        samples.append(milliseconds([&] {
            probe.seek(0);
            probe.write(page);
            probe.flush();
            ::fdatasync(probe.handle());
        }));
    }
    reportSamples(QStringLiteral("disk: 4 KiB write + fdatasync"), samples);
#else
    Q_UNUSED(context);
#endif
}

// Durable edits on a copy of the synthetic file. `pragmas` changes the copy's connection
// for the comparison rows (what the CPU costs, what WAL would give): the application
// itself runs with SQLite's defaults, rollback journal and synchronous=FULL.
void measureEdits(const BenchContext &context, const QString &label, const QStringList &pragmas)
{
    const QString path = context.workDir + QStringLiteral("/edits.cchc");
    QFile::remove(path);
    QFile::copy(context.syntheticFile, path);
    auto file = require(InspectionFile::open(path));
    for (const QString &pragma : pragmas)
        QSqlQuery(file->database()).exec(pragma);
    const auto rounds = require(file->rounds());
    const InspectionRound round = require(file->loadRound(rounds.constFirst().id));
    QList<Assessment> assessments;
    for (int u = 0; u < 5; ++u)
        assessments += require(file->assessments(round.units.at(u).id));
    QList<double> samples;
    const int edits = std::max(300, context.runs * 10);
    for (int i = 0; i < edits; ++i) {
        Assessment &assessment = assessments[i % assessments.size()];
        assessment.result = assessment.result == AssessmentResult::Met ? AssessmentResult::NotMet
                                                                       : AssessmentResult::Met;
        assessment.finding = QStringLiteral("Sửa lần %1: đơn vị chưa cập nhật quy chế.").arg(i);
        samples.append(milliseconds([&] { require(file->saveAssessment(assessment)); }));
    }
    reportSamples(label, samples);
    file.reset();
    QFile::remove(path);
}

void reportJsonPeaks(const BenchContext &context, const QString &file, const QString &json);

// Export streams to a file and import reads it back, as the command line does.
void measureJson(const BenchContext &context, const InspectionFile &file, const QString &roundId)
{
    const int runs = std::max(1, std::min(context.runs, 3));
    const QString wholeJson = context.workDir + QStringLiteral("/whole.json");
    const QString roundJson = context.workDir + QStringLiteral("/round.json");
    QList<double> exportFile;
    QList<double> exportRound;
    QList<double> importFile;
    QList<double> importRound;
    for (int i = 0; i < runs; ++i) {
        exportFile.append(milliseconds([&] {
            require(saveFileAtomically(wholeJson, [&](QIODevice &device) {
                return interchange::writeFileJson(file, device);
            }));
        }));
        exportRound.append(milliseconds([&] {
            require(saveFileAtomically(roundJson, [&](QIODevice &device) {
                return interchange::writeRoundJson(file, roundId, device);
            }));
        }));
        for (auto [json, samples] :
             {std::pair{&wholeJson, &importFile}, std::pair{&roundJson, &importRound}}) {
            const QString target = context.workDir + QStringLiteral("/import-%1.cchc").arg(i);
            QFile::remove(target);
            auto created = require(InspectionFile::create(target));
            samples->append(
                milliseconds([&] { require(interchange::importJsonFile(*created, *json)); }));
        }
    }
    report(QStringLiteral("JSON size, whole file"),
           double(QFileInfo(wholeJson).size()) / (1024.0 * 1024.0), QStringLiteral("MiB"));
    reportSamples(QStringLiteral("JSON export, whole file"), exportFile);
    reportSamples(QStringLiteral("JSON import, whole file (new file)"), importFile);
    reportSamples(QStringLiteral("JSON export, one round"), exportRound);
    reportSamples(QStringLiteral("JSON import, one round (new file)"), importRound);
    reportJsonPeaks(context, context.syntheticFile, wholeJson);
}

// Peak memory of a JSON probe (this program with `arguments`), alone in a new process.
double probePeakMiB(const QStringList &arguments)
{
    QProcess probe;
    probe.start(QCoreApplication::applicationFilePath(), arguments);
    probe.waitForFinished(30 * 60 * 1000);
    if (probe.exitCode() != 0)
        std::fprintf(stderr, "%s", probe.readAllStandardError().constData());
    return probe.readAllStandardOutput().trimmed().toDouble();
}

// The peak memory of exporting `file` to `json` and of importing that into a new file,
// each in a process of its own: the figures of the issue, goal <= 100 MiB at any size.
void reportJsonPeaks(const BenchContext &context, const QString &file, const QString &json)
{
    const double exportPeak = probePeakMiB({QStringLiteral("--json-export-probe"), file, json});
    const double sizeMiB = double(QFileInfo(json).size()) / (1024.0 * 1024.0);
    const QString target = context.workDir + QStringLiteral("/import-probe.cchc");
    QFile::remove(target);
    const double importPeak = probePeakMiB({QStringLiteral("--json-import-probe"), json, target});
    QFile::remove(target);
    std::printf("  %-44s %10.2f MiB\n", "JSON size", sizeMiB);
    for (const auto &[label, peak] : {std::pair{"JSON export peak memory (new process)", exportPeak},
                                      std::pair{"JSON import peak memory (new process)", importPeak}}) {
        std::printf("  %-44s %10.2f MiB   (x%.2f the JSON; goal <= 100 MiB)\n", label, peak,
                    peak / sizeMiB);
    }
}

// The same peaks for a larger synthetic file (--large-json-units), built for this only.
void measureLargeJson(const BenchContext &context)
{
    if (context.largeJsonUnits <= 0)
        return;
    SyntheticSpec spec;
    spec.units = context.largeJsonUnits;
    const QString file = context.workDir + QStringLiteral("/large.cchc");
    const QString json = context.workDir + QStringLiteral("/large.json");
    QFile::remove(file);
    std::printf("  building a %d-unit file for the JSON peaks...\n", spec.units);
    require(buildSyntheticFile(file, spec));
    reportJsonPeaks(context, file, json); // both left in the work folder (see --keep)
}

void run(const BenchContext &context)
{
    measureOpen(context);
    auto file = require(InspectionFile::open(context.syntheticFile));
    const auto rounds = require(file->rounds());
    const InspectionRound round = require(file->loadRound(rounds.constFirst().id));
    measureChecklist(context, *file, round);
    measureSyncFloor(context);
    measureEdits(context, QStringLiteral("one durable edit (saveAssessment)"), {});
    measureEdits(context, QStringLiteral("  same, synchronous=OFF (CPU part only)"),
                 {QStringLiteral("PRAGMA synchronous = OFF")});
    measureEdits(
        context, QStringLiteral("  same, WAL + synchronous=FULL (not used)"),
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL")});
    report(QStringLiteral("peak memory before JSON"), peakMemoryMiB(), QStringLiteral("MiB"));
    measureJson(context, *file, round.id);
    report(QStringLiteral("peak memory after JSON"), peakMemoryMiB(), QStringLiteral("MiB"));
    measureLargeJson(context);
}

const SectionRegistration registration("storage", &run);

} // namespace

int jsonImportProbe(const QString &json, const QString &target)
{
    auto file = InspectionFile::create(target);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        return 1;
    }
    if (auto imported = interchange::importJsonFile(**file, json); !imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error()));
        return 1;
    }
    std::printf("%.2f\n", peakMemoryMiB());
    return 0;
}

int jsonExportProbe(const QString &path, const QString &json)
{
    auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        return 1;
    }
    auto status = saveFileAtomically(
        json, [&](QIODevice &device) { return interchange::writeFileJson(**file, device); });
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error()));
        return 1;
    }
    std::printf("%.2f\n", peakMemoryMiB());
    return 0;
}

} // namespace cchc::bench
