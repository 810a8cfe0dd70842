// demo, list and check: the commands that create and inspect a .cchc file.
#include "app/Command.h"

#include "core/builtin/DemoFile.h"
#include "core/common/VietnameseText.h"
#include "core/domain/Scoring.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/InspectionFile.h"
#include "core/storage/RoundResults.h"
#include "core/teamwork/FrozenRounds.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace cchc::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::app::FileCommands)
};

// Parses `arguments` with one required FILE positional; returns it, or empty on error.
QString singleFileArgument(const QStringList &arguments, const QString &command,
                           QCommandLineParser &parser, QString *error)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file (.cchc)."));
    if (!parser.parse(QStringList{command} + arguments)) {
        *error = parser.errorText();
        return {};
    }
    if (parser.positionalArguments().size() != 1) {
        *error = Tr::tr("Give exactly one file: cchc-inspector %1 FILE").arg(command);
        return {};
    }
    return parser.positionalArguments().constFirst();
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("Replace FILE if it exists."));
    parser.addOption(force);
    QString error;
    const QString path = singleFileArgument(arguments, QStringLiteral("demo"), parser, &error);
    if (path.isEmpty())
        return fail(error, ExitUsage);
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(force))
            return fail(Tr::tr("“%1” already exists; add --force to replace it.")
                            .arg(QDir::toNativeSeparators(path)));
        if (!QFile::remove(path))
            return fail(Tr::tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(path)));
    }
    if (auto status = writeDemoFile(path); !status)
        return fail(status.error());
    print(Tr::tr("Demo file written: %1\n").arg(QDir::toNativeSeparators(path)));
    return ExitSuccess;
}

QString percentText(const std::optional<double> &percent)
{
    // In the interface language's form: "74,4%" in Vietnamese, "74.4%" in English.
    return percent ? QLocale().toString(*percent, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

QString dateRange(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return Tr::tr("no dates");
    if (!end.isValid() || end == start)
        return vn::shortDate(start);
    return vn::shortDate(start) + QStringLiteral("–") + vn::shortDate(end);
}

// One round: its units with progress, score and grade.
Status listRound(const InspectionFile &file, const RoundInfo &info, QString &out)
{
    auto round = file.loadRound(info.id);
    if (!round)
        return round.failure();
    auto checklist = file.loadTemplate(round->templateId);
    if (!checklist)
        return checklist.failure();
    auto assessments = roundResults(file, info.id);
    if (!assessments)
        return assessments.failure();
    auto units = file.units();
    if (!units)
        return units.failure();
    QHash<QString, QString> unitNames;
    for (const auto &unit : *units)
        unitNames.insert(unit.id, unit.name);

    out += QStringLiteral("  %1  %2\n      %3, %4\n")
               .arg(info.id, info.title, dateRange(info.visitStart, info.visitEnd),
                    Tr::tr("%n unit(s)", nullptr, int(round->units.size())));
    const QHash<QString, UnitScore> scores = scoreRound(*round, *checklist, *assessments);
    for (const auto &roundUnit : round->units) {
        const UnitScore &score = scores[roundUnit.id];
        out += QStringLiteral("    %1  %2\n        %3 %4/%5, %6 %7%8\n")
                   .arg(roundUnit.id, unitNames.value(roundUnit.unitId), Tr::tr("checked"))
                   .arg(score.total.checked)
                   .arg(score.total.criteria)
                   .arg(Tr::tr("score"), percentText(score.total.percent()),
                        score.grade ? QStringLiteral(" (%1)").arg(score.grade->name) : QString());
    }
    return {};
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    const QString path = singleFileArgument(arguments, QStringLiteral("list"), parser, &error);
    if (path.isEmpty())
        return fail(error, ExitUsage);
    auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    if (!file)
        return fail(file.error());
    auto units = (*file)->units();
    auto templates = (*file)->templates();
    auto rounds = (*file)->rounds();
    if (!units || !templates || !rounds)
        return fail(!units ? units.error() : !templates ? templates.error() : rounds.error());

    QString out = Tr::tr("File: %1\n").arg(QDir::toNativeSeparators((*file)->path()));
    out += Tr::tr("Units (%1):\n").arg(units->size());
    for (const auto &unit : *units)
        out += QStringLiteral("  %1  %2\n").arg(unit.id, unit.name);
    out += Tr::tr("Checklist templates (%1):\n").arg(templates->size());
    for (const auto &info : *templates)
        out += QStringLiteral("  %1  %2 (%3)\n")
                   .arg(info.id, info.name, Tr::tr("version %1").arg(info.version));
    out += Tr::tr("Inspection rounds (%1):\n").arg(rounds->size());
    for (const auto &info : *rounds) {
        if (auto status = listRound(**file, info, out); !status)
            return fail(status.error());
    }
    print(out);
    return ExitSuccess;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    const QString path = singleFileArgument(arguments, QStringLiteral("check"), parser, &error);
    if (path.isEmpty())
        return fail(error, ExitUsage);
    auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    if (!file)
        return fail(file.error());
    auto problems = findProblems(**file);
    if (!problems)
        return fail(problems.error());
    // Issued notices: each snapshot's digest, and results changed after the issue (said,
    // not a problem: the change was made with a reason and is in the history).
    auto frozen = teamwork::checkFrozenRounds(**file);
    if (!frozen)
        return fail(frozen.error());
    problems->append(frozen->problems);
    if (!frozen->notes.isEmpty())
        print(frozen->notes.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (!problems->isEmpty()) {
        print(problems->join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return fail(Tr::tr("“%1” has %n problem(s).", nullptr, int(problems->size()))
                        .arg(QDir::toNativeSeparators(path)));
    }
    print(Tr::tr("“%1”: no problems found.\n").arg(QDir::toNativeSeparators(path)));
    return ExitSuccess;
}

} // namespace

QList<Command> fileCommands()
{
    return {
        {QStringLiteral("demo"), QStringLiteral("demo FILE [--force]"),
         Tr::tr("Write the demo file: the 2022 round at eight public-service units."), runDemo},
        {QStringLiteral("list"), QStringLiteral("list FILE"),
         Tr::tr("Print the rounds, units and their ids, with each unit's progress and score."),
         runList},
        {QStringLiteral("check"), QStringLiteral("check FILE"),
         Tr::tr("Run SQLite's integrity check and the application's consistency checks."),
         runCheck},
    };
}

} // namespace cchc::app
