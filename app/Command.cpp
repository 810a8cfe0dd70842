#include "app/Command.h"

#include "core/teamwork/EditHistory.h"

#include <QDir>

#include <cstdio>

namespace cchc::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::app::Command)
};
} // namespace

int fail(const QString &reason, int code)
{
    const QByteArray line = QStringLiteral("cchc-inspector: %1\n").arg(reason.simplified()).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return code;
}

namespace {

// One thing an id on the command line may name: its ids (a unit in a round answers to its
// round-unit id and to its register id), the id it resolves to, and how lists show it.
struct IdChoice
{
    QStringList ids;
    QString resolved;
    QString label;
};

// The messages of one kind of id ("round", "unit"), as the user reads them.
struct IdMessages
{
    QString none;      // nothing to choose from
    QString missing;   // no value given, several choices (%1 count, %2 choices)
    QString noMatch;   // %1 the value, %2 the choices
    QString ambiguous; // %1 the value, %2 how many, %3 the matches
};

// The choice whose id is `given` or, failing that, the only one whose id starts with it.
Result<QString> resolveIdPrefix(const QList<IdChoice> &choices, const QString &given,
                                const IdMessages &messages)
{
    QStringList matches;
    QStringList all;
    for (const IdChoice &choice : choices) {
        all << choice.label;
        bool prefixed = false;
        for (const QString &id : choice.ids) {
            if (id.compare(given, Qt::CaseInsensitive) == 0)
                return choice.resolved; // a full id is never ambiguous
            prefixed = prefixed || id.startsWith(given, Qt::CaseInsensitive);
        }
        if (prefixed)
            matches << choice.resolved;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (choices.isEmpty())
        return Error{messages.none};
    const QString list = all.join(QStringLiteral("; "));
    if (given.isEmpty())
        return Error{messages.missing.arg(choices.size()).arg(list)};
    if (matches.isEmpty())
        return Error{messages.noMatch.arg(given, list)};
    return Error{messages.ambiguous.arg(given)
                     .arg(matches.size())
                     .arg(matches.join(QStringLiteral(", ")))};
}

} // namespace

Result<QString> resolveRoundId(const InspectionFile &file, const QString &given)
{
    auto rounds = file.rounds();
    if (!rounds)
        return rounds.failure();
    QList<IdChoice> choices;
    for (const RoundInfo &info : *rounds)
        choices.append({{info.id}, info.id, QStringLiteral("%1 (%2)").arg(info.id, info.title)});
    return resolveIdPrefix(
        choices, given,
        {Tr::tr("The file has no inspection round yet."),
         Tr::tr("The file has %1 rounds: choose one with --round ID (the id or its "
                "first characters, as list prints them): %2"),
         Tr::tr("No round's id starts with “%1”. The rounds are: %2"),
         Tr::tr("“%1” is the start of %2 round ids; give more characters: %3")});
}

Result<QString> resolveRoundUnitId(const InspectionFile &file, const QString &roundId,
                                   const QString &given)
{
    auto round = file.loadRound(roundId);
    if (!round)
        return round.failure();
    auto units = file.units();
    if (!units)
        return units.failure();
    QHash<QString, QString> names;
    for (const Unit &unit : std::as_const(*units))
        names.insert(unit.id, unit.name);
    QList<IdChoice> choices;
    for (const RoundUnit &roundUnit : std::as_const(round->units)) {
        choices.append({{roundUnit.id, roundUnit.unitId}, roundUnit.id,
                        QStringLiteral("%1 (%2)").arg(roundUnit.id, names.value(roundUnit.unitId))});
    }
    return resolveIdPrefix(
        choices, given,
        {Tr::tr("The round has no unit yet."),
         Tr::tr("The round has %1 units: choose one with --unit ID (the id or its first "
                "characters, as list prints them): %2"),
         Tr::tr("No unit of the round has an id starting with “%1”. Its units are: %2"),
         Tr::tr("“%1” is the start of %2 unit ids; give more characters: %3")});
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QCommandLineOption forceLockOption()
{
    return QCommandLineOption(
        QStringLiteral("force-lock"),
        Tr::tr("Open FILE for editing even though it is marked as open on another computer. "
               "Only when it is not open there any more: changes made on both would "
               "overwrite each other."));
}

QCommandLineOption reasonOption()
{
    return QCommandLineOption(QStringLiteral("reason"),
                              Tr::tr("Why results of a round whose notice is issued change "
                                     "(required for such a change; kept in the edit history)."),
                              QStringLiteral("TEXT"));
}

Status withCommandReason(InspectionFile &file, const QCommandLineParser &parser,
                         const QCommandLineOption &reason, const std::function<Status()> &work)
{
    if (parser.isSet(reason) && !parser.value(reason).trimmed().isEmpty())
        return teamwork::withReason(file, parser.value(reason), work);
    Status status = work();
    if (!status && teamwork::isFrozenRefusal(status.error()))
        return Error{teamwork::frozenRefusalMessage() + QLatin1Char(' ')
                     + Tr::tr("Give the reason with --reason \"…\".")};
    return status;
}

Result<std::unique_ptr<InspectionFile>> openForCommand(const QString &path, bool forceLock,
                                                       bool mustWrite)
{
    auto file = InspectionFile::open(path, forceLock ? InspectionFile::Access::ReadWriteTakeOverLock
                                                     : InspectionFile::Access::ReadWrite);
    if (!file || !mustWrite || !(*file)->isReadOnly())
        return file;
    QString reason = Tr::tr("“%1” is open read-only and cannot be changed. %2")
                         .arg(QDir::toNativeSeparators(path), (*file)->readOnlyReason());
    if (!(*file)->lockedOnComputer().isEmpty())
        reason += QLatin1Char(' ') +
                  Tr::tr("To open it for editing anyway, add --force-lock to the command.");
    return Error{reason};
}

} // namespace cchc::app
