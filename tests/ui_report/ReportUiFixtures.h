#pragma once
// The demo file for the report UI tests: alone, or in a session as the window holds it.
#include "tests/support/TestSupport.h"

#include "core/builtin/DemoFile.h"
#include "core/storage/InspectionFile.h"
#include "ui/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace cchc::test {

struct DemoFile
{
    TempDir dir;
    std::unique_ptr<InspectionFile> file;
    QString roundId;
    DemoFile()
    {
        const QString path = dir.path(QStringLiteral("demo.cchc"));
        REQUIRE(writeDemoFile(path).ok());
        auto opened = InspectionFile::open(path);
        REQUIRE(opened.ok());
        file = std::move(*opened);
        roundId = file->rounds()->at(0).id;
    }
    QString unitId(int index) const { return file->loadRound(roundId)->units.at(index).id; }
};

// The demo file in a session, as the window holds it: the notice editor writes through it.
struct DemoSession
{
    DemoFile demo;
    ui::Session session{std::move(demo.file)};
    InspectionFile &file() const { return *session.file(); }
    const QString &roundId = demo.roundId;
};

inline bool waitFor(const QSignalSpy &spy, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.isEmpty() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !spy.isEmpty();
}


} // namespace cchc::test
