#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace cchc::storage {

// This computer's name as QLockFile writes it into a lock (and so as a lock names it).
QString thisComputerName();

// The lock file beside a document (`<file>.lock`, QLockFile's format) that keeps a second
// writer away. What a crash leaves behind never locks the user out: a lock whose process
// is gone from this computer, an empty or unreadable one (a kill between its creation and
// its write) and an abandoned helper lock (`.lock.rmlock`) are taken over. A lock written
// by another computer (a file on a USB stick or share) cannot be tested from here: it is
// reported, and taken over only when the user says so.
class DocumentLock
{
public:
    enum class Outcome {
        Locked,        // this program holds the lock
        HeldHere,      // a running program on this computer has the file open
        HeldElsewhere, // another computer's lock; see holderHost()
        Failed,        // the lock file cannot be written (see reason())
    };

    explicit DocumentLock(const QString &documentPath);
    ~DocumentLock();
    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

    // Takes the lock; another computer's lock is removed first when `takeOverForeign`.
    Outcome acquire(bool takeOverForeign);

    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }
    QDateTime holderSince() const { return m_holderSince; }

private:
    bool takeIfAbandoned();
    void readHolder();
    void syncToDisk() const;

    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    QDateTime m_holderSince;
};

} // namespace cchc::storage
