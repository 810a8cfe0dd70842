#include "core/storage/DocumentLock.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cchc::storage {

namespace {

// A live QLockFile writes its contents microseconds after creating the file: one still
// empty or unreadable after this long belongs to a process that was killed in between.
constexpr unsigned long kUnwrittenGraceMs = 150;

bool hasReadableInfo(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) && pid > 0;
}

// Takes `lock` if it is free or abandoned. Qt itself removes a lock whose process is gone
// from this computer (stale time 0: never by age, a long session stays locked); an empty
// or unreadable lock file has no process to test and is removed here.
bool takeAbandoned(QLockFile &lock)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError || hasReadableInfo(lock))
        return false;
    QThread::msleep(kUnwrittenGraceMs);
    if (hasReadableInfo(lock))
        return false;
    lock.removeStaleLockFile();
    return lock.tryLock(0);
}

bool isThisComputer(const QString &host)
{
    return host.isEmpty() || host.compare(thisComputerName(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString thisComputerName()
{
#ifdef Q_OS_WIN
    // What QLockFile writes there (COMPUTERNAME, not QSysInfo's DNS name): comparing with
    // anything else would take our own locks for another computer's.
    return qEnvironmentVariable("COMPUTERNAME");
#else
    return QSysInfo::machineHostName();
#endif
}

DocumentLock::DocumentLock(const QString &documentPath)
    : m_lockPath(documentPath + QStringLiteral(".lock")),
      m_lock(std::make_unique<QLockFile>(m_lockPath))
{
}

DocumentLock::~DocumentLock() = default; // QLockFile removes a lock it holds

bool DocumentLock::takeIfAbandoned()
{
    // Qt's helper lock guards the removal of a stale lock; left by a kill during that
    // removal it would block the removal for 30 seconds.
    if (QFileInfo::exists(m_lockPath + QStringLiteral(".rmlock"))) {
        QLockFile helper(m_lockPath + QStringLiteral(".rmlock"));
        if (takeAbandoned(helper))
            helper.unlock();
    }
    return takeAbandoned(*m_lock);
}

DocumentLock::Outcome DocumentLock::acquire(bool takeOverForeign)
{
    if (takeIfAbandoned()) {
        syncToDisk();
        return Outcome::Locked;
    }
    if (m_lock->error() != QLockFile::LockFailedError)
        return Outcome::Failed;
    readHolder();
    if (isThisComputer(m_holderHost))
        return Outcome::HeldHere;
    if (!takeOverForeign)
        return Outcome::HeldElsewhere;
    m_lock->removeStaleLockFile();
    if (!m_lock->tryLock(0))
        return m_lock->error() == QLockFile::LockFailedError ? Outcome::HeldHere : Outcome::Failed;
    syncToDisk();
    return Outcome::Locked;
}

void DocumentLock::readHolder()
{
    QString application;
    m_lock->getLockInfo(&m_holderPid, &m_holderHost, &application);
    m_holderSince = QFileInfo(m_lockPath).lastModified();
}

// QLockFile writes its contents without syncing them: a power cut could leave the lock
// empty. Syncing it (and the folder entry) makes the lock on disk name its owner. Not on
// Windows, where QLockFile keeps the file open without write sharing; an empty lock is
// taken over there all the same.
void DocumentLock::syncToDisk() const
{
#ifdef Q_OS_UNIX
    const QByteArray paths[] = {QFile::encodeName(m_lockPath),
                                QFile::encodeName(QFileInfo(m_lockPath).absolutePath())};
    for (const QByteArray &path : paths) {
        const int fd = ::open(path.constData(), O_RDONLY);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
#endif
}

} // namespace cchc::storage
