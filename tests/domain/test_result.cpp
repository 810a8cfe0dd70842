// Result<T>: failures pass on with failure(); reading the value of a failure stops the
// program with the failure's message instead of reading an empty optional.
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace cchc;

namespace {

Result<int> parsePositive(int value)
{
    if (value < 1)
        return Error{QStringLiteral("%1 is not positive").arg(value)};
    return value;
}

Result<QString> describe(int value)
{
    auto parsed = parsePositive(value);
    if (!parsed)
        return parsed.failure();
    return QString::number(*parsed);
}

Status check(int value)
{
    if (auto described = describe(value); !described)
        return described.failure();
    return {};
}

} // namespace

TEST_CASE("A failure passes on through callers of other result types", "[result]")
{
    CHECK(*describe(5) == QStringLiteral("5"));
    const Status failed = check(-2);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error() == QStringLiteral("-2 is not positive"));
    CHECK(check(3).ok());
}

// Run only by the case below, in a child process: it must not return.
TEST_CASE("(child) reading the value of a failure", "[.result-child]")
{
    const Result<int> failed = Error{QStringLiteral("tệp bị hỏng")};
    const int value = *failed;
    FAIL("read " << value << " from a failure");
}

TEST_CASE("Reading the value of a failure stops with its message", "[result]")
{
    QProcess child;
    // On Windows, Qt sends messages to the debugger unless stderr is a console: ask for
    // stderr, which is where a user running the program from a console sees them.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("(child) reading the value of a failure")});
    REQUIRE(child.waitForFinished(60000));
    CHECK((child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0));
    const QString output = QString::fromUtf8(child.readAllStandardError() + child.readAllStandardOutput());
    CHECK(output.contains(QStringLiteral("value read from a failure")));
#ifndef Q_OS_WIN
    // On Windows Qt writes its messages in the ANSI code page, which has no Vietnamese
    // letters: there only the English part above arrives intact.
    CHECK(output.contains(QStringLiteral("tệp bị hỏng")));
#endif
}
