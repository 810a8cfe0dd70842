#include "bench/BenchSupport.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace cchc::bench {

SectionRegistration::SectionRegistration(const char *name, void (*run)(const BenchContext &))
{
    sections().append({name, run});
}

QList<Section> &sections()
{
    static QList<Section> list;
    return list;
}

double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

double peakMemoryMiB()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters));
    return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
#else
    // VmHWM is this program's own high-water mark. getrusage's ru_maxrss is kept across
    // exec: a probe started by the bench would report the bench's peak when it is higher.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0; // kB
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#endif
}

void report(const QString &label, double value, const QString &unit)
{
    std::printf("  %-44s %10.2f %s\n", qPrintable(label), value, qPrintable(unit));
    std::fflush(stdout);
}

void reportSamples(const QString &label, const QList<double> &samplesMs)
{
    std::printf("  %-44s median %8.2f ms   p99 %8.2f ms   (n=%lld)\n", qPrintable(label),
                median(samplesMs), percentile(samplesMs, 0.99), static_cast<long long>(samplesMs.size()));
    std::fflush(stdout);
}

void reportRatio(const QString &label, double numerator, double denominator, const QString &goal)
{
    std::printf("  %-44s x%-8.2f (%.1f / %.1f ms)   %-12s load %s\n", qPrintable(label),
                denominator > 0 ? numerator / denominator : 0.0, numerator, denominator,
                qPrintable(goal), qPrintable(loadAverage()));
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() < 3 ? QStringLiteral("n/a")
                             : QString::fromLatin1(fields.mid(0, 3).join(' '));
}

} // namespace cchc::bench
