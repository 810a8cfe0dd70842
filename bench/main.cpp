// cchc-bench: builds the synthetic 200-unit file once, then runs every registered section
// (or those named with --sections) and prints figures. Figures, not pass/fail: they are
// recorded in docs/benchmarks.md.
#include "BenchSupport.h"
#include "SyntheticFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace cchc::bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // sections that time windows need it; others ignore it
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            QStringLiteral("Comma-separated sections to run."),
                                            QStringLiteral("names"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({sectionsOption, runsOption});
    parser.process(app);

    QTemporaryDir dir;
    BenchContext context;
    context.workDir = dir.path();
    context.syntheticFile = dir.filePath(QStringLiteral("synthetic.cchc"));
    context.runs = std::max(1, parser.value(runsOption).toInt());

    std::printf("Building the synthetic file (200 units, 60 criteria, 5 rounds)...\n");
    const double buildMs = milliseconds([&] {
        if (auto status = buildSyntheticFile(context.syntheticFile); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
            std::exit(1);
        }
    });
    report(QStringLiteral("build synthetic file"), buildMs / 1000.0, QStringLiteral("s"));
    report(QStringLiteral("synthetic file size"),
           double(QFileInfo(context.syntheticFile).size()) / (1024.0 * 1024.0), QStringLiteral("MiB"));

    const QStringList wanted = parser.value(sectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Section &section : sections()) {
        if (!wanted.isEmpty() && !wanted.contains(QString::fromLatin1(section.name)))
            continue;
        std::printf("\n[%s]\n", section.name);
        section.run(context);
    }
    std::printf("\n");
    report(QStringLiteral("peak memory (whole run)"), peakMemoryMiB(), QStringLiteral("MiB"));
    return 0;
}
