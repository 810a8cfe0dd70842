// [ui] The desktop window on the synthetic 200-unit file: how long until it is ready to
// use, how long switching units takes, and how long setting a result takes including its
// durable write. Targets: start < 1 s, switch < 50 ms, set result < 16 ms (one frame).
#include "BenchSupport.h"

#include "storage/InspectionFile.h"
#include "ui/MainWindow.h"
#include "ui/models/ChecklistModel.h"
#include "ui/widgets/Prompts.h"
#include "ui/widgets/Workspace.h"

#include <QApplication>
#include <QFile>
#include <QWindow>

namespace cchc::bench {

namespace {

void showAndSettle(QWidget *window)
{
    window->show();
    while (!window->windowHandle() || !window->windowHandle()->isExposed())
        QApplication::processEvents();
    QApplication::processEvents();
}

void runUi(const BenchContext &context)
{
    ui::prompts::setScripted(true); // an error must print, not wait for a click
    // Work on a copy: the results written below must not change the other sections' file.
    const QString path = context.workDir + QStringLiteral("/ui-bench.cchc");
    QFile::remove(path);
    QFile::copy(context.syntheticFile, path);

    QList<double> starts;
    for (int run = 0; run < std::min(context.runs, 10); ++run) {
        starts.append(milliseconds([&] {
            ui::MainWindow window;
            window.resize(1366, 768);
            window.openFile(path);
            showAndSettle(&window);
        }));
    }
    reportSamples(QStringLiteral("start to interactive window"), starts);

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
    reportSamples(QStringLiteral("switch unit"), switches);

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
    reportSamples(QStringLiteral("set result (durable write)"), results);

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
