#pragma once

#include <QString>
#include <QStringList>

namespace cchc::app {

// What the command line asks for, parsed before the application object exists so main()
// can choose a GUI or a headless application.
struct Invocation
{
    enum class Kind { Gui, SubCommand, Version, Help, Invalid };
    Kind kind = Kind::Gui;
    QString language;              // from --lang, empty when not given
    QString file;                  // the file to open in the GUI
    QString command;               // the sub-command's name
    QStringList commandArguments;  // what follows the sub-command
    QString error;                 // for Kind::Invalid
};

// True for the names of sub-commands ("demo", "list", …).
bool isCommandName(const QString &name);
Invocation parseInvocation(const QStringList &arguments);
// Runs everything but the GUI; returns the process exit code.
int runInvocation(const Invocation &invocation);

} // namespace cchc::app
