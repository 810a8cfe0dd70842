// split and merge: handing a round (or some of its units) to a member as a work package,
// and taking the member's results back with conflicts decided, not overwritten.
#include "app/Command.h"

#include "core/storage/InspectionFile.h"
#include "core/teamwork/EditHistory.h"
#include "core/teamwork/PackageMerge.h"
#include "core/teamwork/WorkPackage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>

namespace cchc::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::app::TeamCommands)
};

int runSplit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption round(QStringLiteral("round"), Tr::tr("The round to hand out."),
                                   QStringLiteral("ID"));
    const QCommandLineOption units(QStringLiteral("units"),
                                   Tr::tr("Only these units (ids, separated by commas)."),
                                   QStringLiteral("ID,..."));
    const QCommandLineOption member(QStringLiteral("member"),
                                    Tr::tr("Who the package is for."), QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The package file to write."),
                                    QStringLiteral("PACKAGE.cchc"));
    parser.addOptions({round, units, member, output});
    if (!parser.parse(QStringList{QStringLiteral("split")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(round) || !parser.isSet(output)) {
        return fail(Tr::tr("Usage: cchc-inspector split FILE --round ID [--units ID,...] "
                           "[--member NAME] -o PACKAGE.cchc"),
                    ExitUsage);
    }
    auto lead = InspectionFile::open(parser.positionalArguments().constFirst());
    if (!lead)
        return fail(lead.error());
    const teamwork::SplitRequest request{
        parser.value(round), parser.value(units).split(QLatin1Char(','), Qt::SkipEmptyParts),
        parser.value(member)};
    auto package = teamwork::splitRound(**lead, request, parser.value(output));
    if (!package)
        return fail(package.error());
    print(Tr::tr("Work package %1 written to %2 (%n unit(s)).\n", nullptr,
                 int(package->roundUnitIds.size()))
              .arg(package->id, QDir::toNativeSeparators(parser.value(output))));
    return ExitSuccess;
}

// A decisions file: one "KEY mine|theirs|both" per line, KEY as `merge` lists it; lines
// starting with '#' are comments.
Result<QHash<QString, teamwork::Choice>> readDecisions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{Tr::tr("The decisions file “%1” could not be read.")
                         .arg(QDir::toNativeSeparators(path))};
    const QHash<QString, teamwork::Choice> names{{QStringLiteral("mine"), teamwork::Choice::Mine},
                                                 {QStringLiteral("theirs"), teamwork::Choice::Theirs},
                                                 {QStringLiteral("both"), teamwork::Choice::Both}};
    QHash<QString, teamwork::Choice> decisions;
    QTextStream in(&file);
    for (int number = 1; !in.atEnd(); ++number) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2 || !names.contains(parts[1])) {
            return Error{Tr::tr("%1, line %2: write “KEY mine”, “KEY theirs” or “KEY both”.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(number)};
        }
        decisions.insert(parts[0], names.value(parts[1]));
    }
    return decisions;
}

QString shown(const QVariant &value)
{
    return value.isNull() ? Tr::tr("(empty)") : QStringLiteral("“%1”").arg(value.toString());
}

void listConflicts(const QList<teamwork::MergeConflict> &conflicts)
{
    for (const auto &conflict : conflicts) {
        print(QStringLiteral("%1\n  %2\n").arg(conflict.decisionKey(), conflict.context));
        print(Tr::tr("  mine (%1): %2\n").arg(conflict.mineAt, shown(conflict.mine)));
        print(Tr::tr("  theirs (%1, %2): %3\n")
                  .arg(conflict.theirsBy, conflict.theirsAt, shown(conflict.theirs)));
    }
}

// Lists the conflicts left to decide and fails: nothing was merged.
int failUndecided(const QList<teamwork::MergeConflict> &open)
{
    listConflicts(open);
    return fail(Tr::tr("%n conflict(s) to decide; nothing was merged. Add --mine, --theirs "
                       "or --decisions FILE.", nullptr, int(open.size())));
}

// The conflicts a merge left undecided.
QList<teamwork::MergeConflict> undecided(const teamwork::MergeSummary &summary)
{
    QList<teamwork::MergeConflict> open;
    for (const auto &conflict : summary.conflicts) {
        if (!conflict.choice)
            open.append(conflict);
    }
    return open;
}

// A merge left with undecided conflicts writes as it goes, then rolls back: in an issued
// round those writes are refused without a reason before the conflicts can be listed. Run
// again as a trial under a passing reason (rolled back too: nothing of it stays, history
// included), it finds them. Empty when the trial fails as well.
QList<teamwork::MergeConflict> conflictsOfTrial(InspectionFile &lead, const QString &packagePath,
                                                const teamwork::MergeOptions &options)
{
    teamwork::MergeOptions trial = options;
    trial.dryRun = true;
    Result<teamwork::MergeSummary> preview = Error{};
    (void)teamwork::withReason(lead, QStringLiteral("(trial)"), [&]() -> Status {
        preview = teamwork::mergePackage(lead, packagePath, trial);
        return preview ? Status() : preview.failure();
    });
    return preview ? undecided(*preview) : QList<teamwork::MergeConflict>();
}

int runMerge(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption mine(QStringLiteral("mine"), Tr::tr("Keep the lead's value in every conflict."));
    const QCommandLineOption theirs(QStringLiteral("theirs"),
                                    Tr::tr("Take the package's value in every conflict."));
    const QCommandLineOption decisions(QStringLiteral("decisions"),
                                       Tr::tr("Decide conflict by conflict from FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption reason = reasonOption();
    parser.addOptions({mine, theirs, decisions, reason});
    if (!parser.parse(QStringList{QStringLiteral("merge")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    const int chosen = int(parser.isSet(mine)) + int(parser.isSet(theirs)) + int(parser.isSet(decisions));
    if (parser.positionalArguments().size() != 2 || chosen > 1) {
        return fail(Tr::tr("Usage: cchc-inspector merge LEAD.cchc PACKAGE.cchc "
                           "[--mine | --theirs | --decisions FILE] [--reason TEXT]"),
                    ExitUsage);
    }
    QHash<QString, teamwork::Choice> byKey;
    if (parser.isSet(decisions)) {
        auto read = readDecisions(parser.value(decisions));
        if (!read)
            return fail(read.error(), ExitUsage);
        byKey = *read;
    }
    teamwork::MergeOptions options;
    options.decide = [&](const teamwork::MergeConflict &conflict) -> std::optional<teamwork::Choice> {
        if (parser.isSet(mine))
            return teamwork::Choice::Mine;
        if (parser.isSet(theirs))
            return teamwork::Choice::Theirs;
        if (byKey.contains(conflict.decisionKey()))
            return byKey.value(conflict.decisionKey());
        return std::nullopt;
    };
    const QString leadPath = parser.positionalArguments().at(0);
    const QString packagePath = parser.positionalArguments().at(1);
    auto lead = InspectionFile::open(leadPath);
    if (!lead)
        return fail(lead.error());
    Result<teamwork::MergeSummary> summary = Error{};
    const Status merged = withCommandReason(**lead, parser, reason, [&]() -> Status {
        summary = teamwork::mergePackage(**lead, packagePath, options);
        return summary ? Status() : Status(summary.failure());
    });
    if (!merged)
        summary = merged.failure();
    // Without a decision the conflicts come first: a reason is asked for a change made.
    if (!summary && chosen == 0 && !parser.isSet(reason)) {
        if (const auto open = conflictsOfTrial(**lead, packagePath, options); !open.isEmpty())
            return failUndecided(open);
    }
    if (!summary)
        return fail(summary.error());
    if (!summary->applied)
        return failUndecided(undecided(*summary));
    print(Tr::tr("Merged %1 into %2: %3 added, %4 updated, %5 removed, %6 attached files "
                 "already present, %7 conflicts decided.\n")
              .arg(QDir::toNativeSeparators(packagePath), QDir::toNativeSeparators(leadPath))
              .arg(summary->added)
              .arg(summary->updated)
              .arg(summary->removed)
              .arg(summary->duplicateFiles)
              .arg(summary->conflicts.size()));
    return ExitSuccess;
}

void printHistory(const InspectionFile &file, const RoundInfo &round)
{
    auto entries = teamwork::readHistory(file, round.id);
    if (!entries || entries->isEmpty())
        return;
    print(QStringLiteral("%1 (%2)\n").arg(round.title, round.id));
    for (const auto &entry : *entries) {
        const QString where = QStringList{entry.unitName, entry.criterionCode}.join(QLatin1Char(' ')).trimmed();
        const QString who = entry.author.isEmpty() ? Tr::tr("(no name)") : entry.author;
        print(Tr::tr("  %1  %2 [%3]  %4  %5: %6 → %7%8\n")
                  .arg(entry.changedAt, who, entry.deviceId.left(8), where, entry.field,
                       teamwork::displayValue(entry, entry.oldValue),
                       teamwork::displayValue(entry, entry.newValue),
                       entry.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(entry.reason)));
    }
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption round(QStringLiteral("round"), Tr::tr("Only this round."),
                                   QStringLiteral("ID"));
    parser.addOption(round);
    if (!parser.parse(QStringList{QStringLiteral("history")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("Usage: cchc-inspector history FILE [--round ID]"), ExitUsage);
    auto file = InspectionFile::open(parser.positionalArguments().constFirst(),
                                     InspectionFile::Access::ReadOnly);
    if (!file)
        return fail(file.error());
    auto rounds = (*file)->rounds();
    if (!rounds)
        return fail(rounds.error());
    bool found = !parser.isSet(round);
    for (const RoundInfo &info : *rounds) {
        if (parser.isSet(round) && info.id != parser.value(round))
            continue;
        found = true;
        printHistory(**file, info);
    }
    if (!found)
        return fail(Tr::tr("The file has no round “%1”.").arg(parser.value(round)));
    return ExitSuccess;
}

} // namespace

QList<Command> teamCommands()
{
    return {
        {QStringLiteral("split"),
         QStringLiteral("split FILE --round ID [--units ID,...] [--member NAME] -o PACKAGE.cchc"),
         Tr::tr("Hand out a round (or some of its units) as a work package for a member."),
         runSplit},
        {QStringLiteral("merge"),
         QStringLiteral("merge LEAD.cchc PACKAGE.cchc [--mine | --theirs | --decisions FILE] [--reason TEXT]"),
         Tr::tr("Merge a member's work package back; conflicts are listed or decided."),
         runMerge},
        {QStringLiteral("history"), QStringLiteral("history FILE [--round ID]"),
         Tr::tr("Who changed what, when and on which laptop (old → new), round by round."),
         runHistory},
    };
}

} // namespace cchc::app
