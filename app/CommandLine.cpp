#include "app/CommandLine.h"

#include "app/Command.h"

#include <QCommandLineParser>

namespace cchc::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::app::CommandLine)
};

QList<Command> allCommands()
{
    return fileCommands() + interchangeCommands() + reportCommands() + uiCommands() +
           teamCommands();
}

const Command *findCommand(const QList<Command> &commands, const QString &name)
{
    for (const Command &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString helpText()
{
    QString text = Tr::tr("Usage: cchc-inspector [--lang vi|en] [FILE]\n"
                          "       cchc-inspector [--lang vi|en] COMMAND [arguments]\n\n"
                          "Kiểm tra CCHC: administrative-reform inspections, from the "
                          "checklist on site to the findings notice.\n\n"
                          "Options:\n"
                          "  -v, --version  Print the version and exit.\n"
                          "  -h, --help     Print this help and exit.\n"
                          "  --lang vi|en   Interface language (default: Vietnamese).\n\n"
                          "FILE opens the inspection file in the application.\n\n"
                          "Commands:\n");
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.description);
    text += Tr::tr("\nExit codes: 0 success, 1 the job failed, 2 wrong command line.\n");
    return text;
}

} // namespace

bool isCommandName(const QString &name)
{
    return findCommand(allCommands(), name) != nullptr;
}

Invocation parseInvocation(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Options after the command belong to the command: "list FILE --help" is the command's.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("vi|en"));
    parser.addOptions({version, help, language});

    Invocation invocation;
    if (!parser.parse(arguments)) {
        invocation.kind = Invocation::Kind::Invalid;
        invocation.error = parser.errorText();
        return invocation;
    }
    invocation.language = parser.value(language);
    if (!invocation.language.isEmpty() && invocation.language != QLatin1String("vi")
        && invocation.language != QLatin1String("en")) {
        invocation.kind = Invocation::Kind::Invalid;
        invocation.error = QStringLiteral("--lang: vi | en");
        return invocation;
    }
    if (parser.isSet(version)) {
        invocation.kind = Invocation::Kind::Version;
        return invocation;
    }
    if (parser.isSet(help)) {
        invocation.kind = Invocation::Kind::Help;
        return invocation;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && findCommand(allCommands(), positional.constFirst())) {
        invocation.kind = Invocation::Kind::SubCommand;
        invocation.command = positional.constFirst();
        invocation.commandArguments = positional.mid(1);
        return invocation;
    }
    if (positional.size() > 1) {
        invocation.kind = Invocation::Kind::Invalid;
        invocation.error = QStringLiteral("%1: %2").arg(positional.constFirst(), positional.at(1));
        return invocation;
    }
    invocation.file = positional.value(0);
    return invocation;
}

int runInvocation(const Invocation &invocation)
{
    switch (invocation.kind) {
    case Invocation::Kind::Version:
        print(QStringLiteral("cchc-inspector %1\n").arg(QStringLiteral(CCHC_VERSION)));
        return ExitSuccess;
    case Invocation::Kind::Help:
        print(helpText());
        return ExitSuccess;
    case Invocation::Kind::Invalid:
        return fail(Tr::tr("The command line is not understood (%1). Run cchc-inspector --help.")
                        .arg(invocation.error),
                    ExitUsage);
    case Invocation::Kind::SubCommand: {
        const QList<Command> commands = allCommands();
        return findCommand(commands, invocation.command)->run(invocation.commandArguments);
    }
    case Invocation::Kind::Gui:
        break;
    }
    return fail(Tr::tr("The command line is not understood. Run cchc-inspector --help."),
                ExitUsage);
}

} // namespace cchc::app
