// screenshots: the window's main screens as PNGs, for the documentation.
#include "app/Command.h"

#include "ui/Screenshots.h"

#include <QCommandLineParser>
#include <QDir>

namespace cchc::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::app::UiCommands)
};

int runScreenshots(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The folder for the PNG files."));
    if (!parser.parse(QStringList{QStringLiteral("screenshots")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("Give exactly one folder: cchc-inspector screenshots DIR"), ExitUsage);
    auto written = ui::writeScreenshots(parser.positionalArguments().constFirst());
    if (!written)
        return fail(written.error());
    for (const QString &path : *written)
        print(QDir::toNativeSeparators(path) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace

QList<Command> uiCommands()
{
    return {
        {QStringLiteral("screenshots"), QStringLiteral("screenshots DIR"),
         Tr::tr("Write PNG screenshots of the main screens (1366×768, demo file) into DIR."),
         runScreenshots},
    };
}

} // namespace cchc::app
