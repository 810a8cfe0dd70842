#include "Command.h"

#include "teamwork/EditHistory.h"

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

Result<QString> resolveRoundId(const InspectionFile &file, const QString &given)
{
    auto rounds = file.rounds();
    if (!rounds)
        return Error{rounds.error()};
    QStringList matches;
    QStringList all;
    for (const RoundInfo &info : *rounds) {
        all << QStringLiteral("%1 (%2)").arg(info.id, info.title);
        if (info.id.compare(given, Qt::CaseInsensitive) == 0)
            return info.id; // a full id is never ambiguous
        if (info.id.startsWith(given, Qt::CaseInsensitive))
            matches << info.id;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (rounds->isEmpty())
        return Error{Tr::tr("The file has no inspection round yet.")};
    if (given.isEmpty())
        return Error{Tr::tr("The file has %1 rounds: choose one with --round ID (the id or its "
                            "first characters, as list prints them): %2")
                         .arg(rounds->size())
                         .arg(all.join(QStringLiteral("; ")))};
    if (matches.isEmpty())
        return Error{Tr::tr("No round's id starts with “%1”. The rounds are: %2")
                         .arg(given, all.join(QStringLiteral("; ")))};
    return Error{Tr::tr("“%1” is the start of %2 round ids; give more characters: %3")
                     .arg(given)
                     .arg(matches.size())
                     .arg(matches.join(QStringLiteral(", ")))};
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
