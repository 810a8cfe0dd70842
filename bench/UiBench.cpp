// [ui] The desktop window on the synthetic 200-unit file: how long until it is ready to
// use, how long switching units takes, and how long setting a result takes including its
// durable write. Goals (issue 13): start <= 2x an empty QMainWindow, switch p99 < 33 ms,
// set result median < 8 ms and p99 < 16 ms.
#include "bench/BenchSupport.h"

#include "core/storage/InspectionFile.h"
#include "ui/MainWindow.h"
#include "ui/models/ChecklistModel.h"
#include "ui/widgets/Prompts.h"
#include "ui/widgets/Workspace.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace cchc::bench {

namespace {

void showAndSettle(QWidget *window)
{
    window->show();
    while (!window->windowHandle() || !window->windowHandle()->isExposed())
        QApplication::processEvents();
    QApplication::processEvents();
}

// Milliseconds from launching `program` to the "interactive <ns>" line of ui::probeStartup
// (both on the system's monotonic clock), or -1 when it never came.
double launchToInteractive(const QString &program, const QStringList &arguments,
                           const QString &workDir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CCHC_STARTUP_PROBE"), QStringLiteral("1"));
    // Its settings (recent files) in the scratch folder, not the user's.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), workDir + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    const auto launched = std::chrono::steady_clock::now().time_since_epoch();
    process.start(program, arguments);
    process.waitForFinished(60000);
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("interactive ")) {
            const qint64 shown = line.mid(12).toLongLong();
            return double(shown - std::chrono::nanoseconds(launched).count()) / 1e6;
        }
    }
    std::fprintf(stderr, "ui bench: %s gave no start-up figure\n", qPrintable(program));
    return -1.0;
}

void runUi(const BenchContext &context)
{
    ui::prompts::setScripted(true); // an error must print, not wait for a click
    // Work on a copy: the results written below must not change the other sections' file.
    const QString path = context.workDir + QStringLiteral("/ui-bench.cchc");
    QFile::remove(path);
    QFile::copy(context.syntheticFile, path);

    // Start as the user sees it: a new process, from launch to its first frame, against an
    // empty QMainWindow started the same way (this program with --empty-window-probe),
    // measured in turn.
    QList<double> starts, empties, texts, inProcess;
    const QString self = QCoreApplication::applicationFilePath();
    for (int run = 0; run < std::min(context.runs, 10); ++run) {
        empties.append(
            launchToInteractive(self, {QStringLiteral("--empty-window-probe")}, context.workDir));
        starts.append(launchToInteractive(context.applicationPath, {path}, context.workDir));
        texts.append(
            launchToInteractive(self, {QStringLiteral("--text-window-probe")}, context.workDir));
        inProcess.append(milliseconds([&] {
            ui::MainWindow window;
            window.resize(1366, 768);
            window.openFile(path);
            showAndSettle(&window);
        }));
    }
    std::printf("  -- load %s\n", qPrintable(loadAverage()));
    reportSamples(QStringLiteral("start to interactive (new process)"), starts);
    reportSamples(QStringLiteral("empty QMainWindow (new process)"), empties);
    reportRatio(QStringLiteral("start / empty QMainWindow"), median(starts), median(empties),
                QStringLiteral("goal <= 2"));
    // Not a goal: what a window pays for showing any text at all (the system's font list,
    // a font loaded, text shaped and drawn), which the empty window never does.
    reportSamples(QStringLiteral("QMainWindow with one line of text (new process)"), texts);
    reportRatio(QStringLiteral("text window / empty QMainWindow"), median(texts), median(empties),
                QString());
    reportRatio(QStringLiteral("start / text window"), median(starts), median(texts), QString());
    reportSamples(QStringLiteral("  in process: construct, open, show"), inProcess);

    ui::MainWindow window;
    window.resize(1366, 768);
    window.openFile(path);
    showAndSettle(&window);
    ui::Workspace *workspace = window.workspace();
    const QStringList units = workspace->roundUnitIds();
    report(QStringLiteral("round units in the navigation"), double(units.size()), QString());

    QList<double> switches;
    for (int i = 0; i < 200 && !units.isEmpty(); ++i) {
        const QString id = units.at((i * 7) % units.size());
        switches.append(milliseconds([&] {
            workspace->selectRoundUnit(id);
            QApplication::processEvents();
        }));
    }
    std::printf("  -- load %s\n", qPrintable(loadAverage()));
    reportSamples(QStringLiteral("switch unit (goal p99 < 33 ms)"), switches);

    QList<double> results;
    const AssessmentResult cycle[] = {AssessmentResult::Met, AssessmentResult::NotMet,
                                      AssessmentResult::PartiallyMet};
    const QStringList criteria = workspace->checklistModel()->criterionIds();
    for (int i = 0; i < 200 && !criteria.isEmpty(); ++i) {
        const QString criterion = criteria.at(i % criteria.size());
        workspace->selectCriterion(criterion);
        // Always a different result: setting the same one again is (rightly) no write.
        const AssessmentResult current = workspace->checklistModel()->assessment(criterion).result;
        const AssessmentResult next = cycle[i % 3] == current ? cycle[(i + 1) % 3] : cycle[i % 3];
        results.append(milliseconds([&] {
            workspace->setResult(next);
            QApplication::processEvents();
        }));
    }
    std::printf("  -- load %s\n", qPrintable(loadAverage()));
    reportSamples(QStringLiteral("set result, durable (goal < 8 / p99 < 16)"), results);

    // The floor under the figure above: the storage write alone, without the window.
    QList<double> writes;
    for (int i = 0; i < 100 && !criteria.isEmpty(); ++i) {
        Assessment assessment =
            workspace->checklistModel()->assessment(criteria.at(i % criteria.size()));
        assessment.result = cycle[i % 3];
        writes.append(milliseconds([&] { (void)window.file()->saveAssessment(assessment); }));
    }
    reportSamples(QStringLiteral("  of which: saveAssessment alone"), writes);
    ui::prompts::setScripted(false);
}

const SectionRegistration registration("ui", &runUi);

} // namespace

} // namespace cchc::bench
