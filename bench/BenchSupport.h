#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace cchc::bench {

// What every benchmark section gets: the synthetic file (already built) and a place for
// figures. Sections measure; they never assert: figures go to docs/benchmarks.md.
struct BenchContext
{
    QString syntheticFile; // path of the 200-unit file
    QString workDir;       // scratch folder for outputs
    int runs = 20;         // repetitions for medians
    QList<int> reportSizes = {8, 200, 1000}; // units per round of the notice benchmarks
    QString applicationPath;                 // cchc-inspector, for start-up from a new process
    int largeJsonUnits = 0; // > 0: JSON peaks also measured on a file of this many units
};

struct Section
{
    const char *name;
    void (*run)(const BenchContext &);
};

// Sections register themselves from their own .cpp (see StorageBench.cpp), so adding a
// section touches no shared file but bench/CMakeLists.txt.
struct SectionRegistration
{
    SectionRegistration(const char *name, void (*run)(const BenchContext &));
};
QList<Section> &sections();

double milliseconds(const std::function<void()> &work);
double median(QList<double> values);
double percentile(QList<double> values, double fraction); // fraction 0.99 for p99
double peakMemoryMiB();                                      // process high-water mark
// Prints "  label: value unit" in one aligned column.
void report(const QString &label, double value, const QString &unit);
void reportSamples(const QString &label, const QList<double> &samplesMs); // median, p99, n
// Prints "  label: ×ratio (a / b)   goal   load …": the shared machine's load beside every
// ratio, because only ratios measured in the same run mean anything on it.
void reportRatio(const QString &label, double numerator, double denominator, const QString &goal);
QString loadAverage(); // "/proc/loadavg"'s first three figures, or "n/a"

// Imports `json` into a new file `target` and prints the process's peak memory in MiB
// (cchc-bench --json-import-probe, run by the storage section in a process of its own).
int jsonImportProbe(const QString &json, const QString &target);
// Exports the file at `path` to `json` and prints the peak memory (--json-export-probe).
int jsonExportProbe(const QString &path, const QString &json);

} // namespace cchc::bench
