#include "Command.h"

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
