#pragma once

#include "core/storage/InspectionFile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace cchc::app {

// Exit codes of the command line: scripts can tell a usage slip from a failed job.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the job could not be done; the reason is on stderr
    ExitUsage = 2,   // the command line itself is wrong
};

// A sub-command such as `cchc-inspector list FILE`. `run` receives the arguments after the
// command name and parses them with its own QCommandLineParser.
struct Command
{
    QString name;
    QString synopsis;    // "list FILE"
    QString description; // one translated line for --help
    std::function<int(const QStringList &arguments)> run;
};

// Each group lives in app/commands/ beside the others.
QList<Command> fileCommands();        // demo, list, check
QList<Command> interchangeCommands(); // export-json, import-json
QList<Command> reportCommands();      // report
QList<Command> uiCommands();          // screenshots
QList<Command> teamCommands();        // split, merge

// Prints "cchc-inspector: <reason>" as one line on stderr and returns `code`.
int fail(const QString &reason, int code = ExitFailure);
// The round a `--round` value names: its full id, or a prefix of it that names one round
// only (what a user copies from `list`, "3f2a9c1e"); without a value, the file's only
// round. The error names the choices when the value is ambiguous or missing.
Result<QString> resolveRoundId(const InspectionFile &file, const QString &given);
// The unit of round `roundId` that a `--unit` value names, as its round-unit id: either id
// list prints for it (the round's or the register's) or a prefix naming one unit only.
Result<QString> resolveRoundUnitId(const InspectionFile &file, const QString &roundId,
                                   const QString &given);
// Prints text to stdout (UTF-8 on every platform).
void print(const QString &text);

// --force-lock, for the commands that write: take over a lock another computer left
// beside the file (its laptop crashed, the USB stick was pulled out).
QCommandLineOption forceLockOption();
// --reason TEXT, for the commands that may change results (import-json, merge): results of
// a round whose notice is issued change only with a reason, recorded in the history. No
// default reason is made up: without one such a write is refused and nothing changes.
QCommandLineOption reasonOption();
// Runs `work` with the reason given by `parser` (teamwork::withReason), or without one; a
// refusal for want of a reason names the option.
Status withCommandReason(InspectionFile &file, const QCommandLineParser &parser,
                         const QCommandLineOption &reason, const std::function<Status()> &work);
// Opens FILE read-write for a command (taking over another computer's lock when
// `forceLock`). When the command must write (`mustWrite`) and the file opened
// read-only, fails with the reason, and names --force-lock when a lock is the reason.
Result<std::unique_ptr<InspectionFile>> openForCommand(const QString &path, bool forceLock,
                                                       bool mustWrite);

} // namespace cchc::app
