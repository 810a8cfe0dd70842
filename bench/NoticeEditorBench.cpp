// [notice-editor] The notice editor on the demo file and on the synthetic 200-unit file:
// opening it (draft and list), one keystroke, the durable write after a pause, and
// building and painting the pages, which happens once after a 250 ms pause in typing.
// Targets: pages follow an edit within a fraction of a second (pause + paint < 500 ms);
// a keystroke < 16 ms (one frame).
#include "bench/BenchSupport.h"

#include "core/builtin/DemoFile.h"
#include "core/storage/InspectionFile.h"
#include "ui/report/NoticeDraftEditor.h"
#include "ui/report/NoticePageView.h"
#include "ui/Session.h"
#include "ui/widgets/Prompts.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>

namespace cchc::bench {

namespace {

// Opening, typing and painting on one file; `label` names the file in the figures.
void measure(const BenchContext &context, const QString &path, const QString &label)
{
    auto file = InspectionFile::open(path);
    if (!file) {
        report(QStringLiteral("notice editor: %1 did not open").arg(label), 0, QString());
        return;
    }
    const QString roundId = (*file)->rounds()->constFirst().id;
    ui::Session session(std::move(*file));

    QList<double> opens;
    for (int run = 0; run < std::min(context.runs, 10); ++run) {
        opens.append(milliseconds([&] {
            ui::NoticeDraftEditor editor(session, roundId);
            (void)editor.reload();
        }));
    }
    reportSamples(QStringLiteral("%1: open the editor (draft, list)").arg(label), opens);

    ui::NoticeDraftEditor editor(session, roundId);
    editor.resize(1340, 688);
    editor.show();
    (void)editor.reload();
    editor.selectParagraph(2);
    QList<double> keystrokes;
    for (int i = 0; i < 100; ++i) {
        keystrokes.append(milliseconds([&] {
            editor.textEdit()->insertPlainText(QStringLiteral("x"));
        }));
    }
    reportSamples(QStringLiteral("%1: keystroke (the text box; written at the pause)").arg(label),
                  keystrokes);
    QList<double> writes;
    for (int i = 0; i < 20; ++i) {
        editor.textEdit()->insertPlainText(QStringLiteral("y"));
        writes.append(milliseconds([&] { editor.commitTyping(); }));
    }
    reportSamples(QStringLiteral("%1: the write after a pause (durable, list row)").arg(label),
                  writes);

    QList<double> paints;
    for (int run = 0; run < std::min(context.runs, 10); ++run)
        paints.append(milliseconds([&] { editor.pageView()->renderNow(); }));
    reportSamples(QStringLiteral("%1: build and paint the pages").arg(label), paints);
    report(QStringLiteral("  %1: pages").arg(label), editor.pageView()->pageCount(), QString());
}

void runNoticeEditor(const BenchContext &context)
{
    ui::prompts::setScripted(true);
    const QString demo = context.workDir + QStringLiteral("/notice-bench-demo.cchc");
    QFile::remove(demo);
    if (writeDemoFile(demo))
        measure(context, demo, QStringLiteral("demo (8 units)"));
    const QString synthetic = context.workDir + QStringLiteral("/notice-bench.cchc");
    QFile::remove(synthetic);
    QFile::copy(context.syntheticFile, synthetic);
    measure(context, synthetic, QStringLiteral("synthetic (200 units)"));
    ui::prompts::setScripted(false);
}

const SectionRegistration registration("notice-editor", &runNoticeEditor);

} // namespace

} // namespace cchc::bench
