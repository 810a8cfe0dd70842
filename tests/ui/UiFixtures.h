#pragma once

#include "tests/support/TestSupport.h"

#include "core/builtin/DemoFile.h"
#include "core/storage/InspectionFile.h"
#include "ui/MainWindow.h"
#include "ui/widgets/Prompts.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QTest>

namespace cchc::test {

// A shown, active main window whose questions and dialogs the test answers.
struct ScriptedWindow
{
    ScriptedWindow()
    {
        ui::prompts::setScripted(true);
        ui::prompts::clearRecorded();
        ui::prompts::setDialogHook({});
        ui::prompts::setUrlHook({});
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    ~ScriptedWindow()
    {
        ui::prompts::setDialogHook({});
        ui::prompts::setUrlHook({});
        ui::prompts::clearRecorded();
    }
    ui::MainWindow window;
};

// A scripted window on a fresh copy of the demo file (one round, eight units).
struct DemoWindow
{
    DemoWindow();
    TempDir dir;
    QString path;
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
};

inline DemoWindow::DemoWindow() : path(dir.path(QStringLiteral("demo.cchc")))
{
    REQUIRE(writeDemoFile(path).ok());
    REQUIRE(window.openFile(path));
}

// The assessment of one criterion as the file holds it (empty when never assessed).
inline Assessment storedAssessment(InspectionFile *file, const QString &roundUnitId,
                                   const QString &criterionId)
{
    auto stored = file->assessments(roundUnitId);
    REQUIRE(stored.ok());
    for (const Assessment &assessment : *stored) {
        if (assessment.criterionId == criterionId)
            return assessment;
    }
    return {};
}

} // namespace cchc::test
