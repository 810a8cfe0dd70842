// cchc-bench: builds the synthetic file once (200 units unless --units), then runs every
// registered section (or those named with --sections) and prints figures and their ratios to
// references measured in the same run, with the machine's load. Figures, not pass/fail:
// they are recorded in docs/benchmarks.md.
#include "bench/BenchSupport.h"
#include "bench/SyntheticFile.h"

#include "ui/Gui.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QTemporaryDir>

#include <algorithm>
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
    const QCommandLineOption unitsOption(
        QStringLiteral("units"), QStringLiteral("Units of the synthetic file (storage, ui, minutes)."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption sizesOption(
        QStringLiteral("report-sizes"),
        QStringLiteral("Comma-separated units per round for the notice benchmarks."),
        QStringLiteral("list"), QStringLiteral("8,200,1000"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Work in DIR and keep what was written there (PDFs to compare)."),
        QStringLiteral("dir"));
    const QCommandLineOption appOption(
        QStringLiteral("app"), QStringLiteral("The cchc-inspector program (start-up figures)."),
        QStringLiteral("path"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cchc-inspector"));
    const QCommandLineOption emptyWindowOption(
        QStringLiteral("empty-window-probe"),
        QStringLiteral("Only show an empty QMainWindow: the start-up reference."));
    const QCommandLineOption textWindowOption(
        QStringLiteral("text-window-probe"),
        QStringLiteral("Only show a QMainWindow with one line of text: what any text costs."));
    const QCommandLineOption jsonImportOption(
        QStringLiteral("json-import-probe"),
        QStringLiteral("Only import JSON into a new FILE and print the peak memory (MiB)."));
    const QCommandLineOption jsonExportOption(
        QStringLiteral("json-export-probe"),
        QStringLiteral("Only export FILE to OUT.json and print the peak memory (MiB)."));
    const QCommandLineOption largeJsonOption(
        QStringLiteral("large-json-units"),
        QStringLiteral("Also measure the JSON peaks on a synthetic file of n units (storage)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({sectionsOption, runsOption, unitsOption, sizesOption, keepOption, appOption,
                       emptyWindowOption, textWindowOption, jsonImportOption, jsonExportOption,
                       largeJsonOption});
    parser.process(app);
    const QStringList probeArguments = parser.positionalArguments();
    if (parser.isSet(jsonImportOption) && probeArguments.size() == 2)
        return jsonImportProbe(probeArguments.at(0), probeArguments.at(1));
    if (parser.isSet(jsonExportOption) && probeArguments.size() == 2)
        return jsonExportProbe(probeArguments.at(0), probeArguments.at(1));
    if (parser.isSet(emptyWindowOption) || parser.isSet(textWindowOption)) {
        QMainWindow window;
        window.resize(1366, 768);
        if (parser.isSet(textWindowOption))
            window.setCentralWidget(new QLabel(QStringLiteral("Kiểm tra cải cách hành chính")));
        window.show();
        cchc::ui::probeStartup(&window);
        return app.exec();
    }

    QTemporaryDir dir;
    BenchContext context;
    context.workDir = parser.isSet(keepOption) ? parser.value(keepOption) : dir.path();
    QDir().mkpath(context.workDir);
    context.syntheticFile = QDir(context.workDir).filePath(QStringLiteral("synthetic.cchc"));
    QFile::remove(context.syntheticFile);
    context.runs = std::max(1, parser.value(runsOption).toInt());
    context.applicationPath = parser.value(appOption);
    context.largeJsonUnits = parser.value(largeJsonOption).toInt();
    SyntheticSpec spec;
    spec.units = std::max(1, parser.value(unitsOption).toInt());
    context.reportSizes.clear();
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        context.reportSizes.append(std::max(1, size.toInt()));

    std::printf("cchc-bench, load average at start: %s\n", qPrintable(loadAverage()));
    std::printf("Building the synthetic file (%d units, %d criteria, %d rounds)...\n", spec.units,
                spec.criteria, spec.rounds);
    const double buildMs = milliseconds([&] {
        if (auto status = buildSyntheticFile(context.syntheticFile, spec); !status) {
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
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    return 0;
}
