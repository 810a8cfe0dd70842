#include "core/storage/InspectionFile.h"

#include "core/common/Ids.h"
#include "core/storage/DocumentLock.h"
#include "core/storage/FileCopy.h"
#include "core/storage/LocalDisk.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaCheck.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/UnfinishedSave.h"
#include "core/teamwork/EditHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cchc {

using storage::execute;

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// SQLite files start with this 16-byte string. Checking it first keeps SQLite from
// treating an empty or foreign file as a blank database it may write to.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{InspectionFile::tr("“%1” cannot be read: %2")
                         .arg(displayName(path), file.errorString())};
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return Error{InspectionFile::tr("“%1” is not an inspection file (.cchc).")
                         .arg(displayName(path))};
    }
    if (header.size() < 100 || file.size() < 512) {
        return Error{InspectionFile::tr("“%1” is damaged or incomplete and was not opened. "
                                        "Open a backup copy instead.")
                         .arg(displayName(path))};
    }
    return {};
}

// Honours the permission bits even where the OS would let us write anyway (an
// administrator account): a user who marked a file or folder read-only meant it.
bool writable(const QFileInfo &info)
{
    // WriteUser is what the OS allows this process; the other three are the file's own bits.
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup
                              | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

bool folderWritable(const QString &path)
{
    return writable(QFileInfo(QFileInfo(path).absolutePath()));
}

// The first column of the first row `sql` returns, or a null QVariant when it fails: for
// facts about the file whose default (0, empty) is the right answer when unreadable.
QVariant firstValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

QString backupStem(const QString &path, int oldVersion)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral(".v%1-backup").arg(oldVersion);
}

QString backupPathFor(const QString &path, int oldVersion)
{
    const QString stem = backupStem(path, oldVersion);
    QString candidate = stem + QStringLiteral(".cchc");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem + QStringLiteral("-%1.cchc").arg(n);
    return candidate;
}

} // namespace

Result<std::unique_ptr<InspectionFile>> InspectionFile::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{tr("“%1” already exists.").arg(displayName(path))};
    if (!folderWritable(path)) {
        return Error{tr("“%1” cannot be created: the folder is read-only or does not exist.")
                         .arg(displayName(path))};
    }
    return openValidated(path, Access::ReadWrite, true);
}

Result<std::unique_ptr<InspectionFile>> InspectionFile::open(const QString &path, Access access,
                                                             IntegrityCheck integrity)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("“%1” does not exist.").arg(displayName(path))};
    if (info.isDir())
        return Error{tr("“%1” is a folder, not an inspection file.").arg(displayName(path))};
    if (auto status = checkHeader(path); !status)
        return status.failure();
    return openValidated(path, access, false, integrity);
}

Result<std::unique_ptr<InspectionFile>> InspectionFile::openValidated(const QString &path,
                                                                      Access access, bool isNew,
                                                                      IntegrityCheck integrity)
{
    std::unique_ptr<InspectionFile> file(new InspectionFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    file->m_readOnly = access == Access::ReadOnly;

    if (!file->m_readOnly && !isNew
        && (!writable(QFileInfo(path)) || !folderWritable(path))) {
        // SQLite needs to write a journal beside the file, so a read-only folder counts too.
        file->m_readOnly = true;
        file->m_readOnlyReason = tr("The file or its folder is read-only.");
    }
    if (!file->m_readOnly) {
        if (auto status = file->lockForWriting(access == Access::ReadWriteTakeOverLock, isNew);
            !status)
            return status.failure();
    }
    // A save a killed program left unfinished: completed here when this program may write
    // the file, so that a read-only open reads the last committed state too.
    if (!isNew && storage::hasRollbackJournal(file->m_path) && writable(QFileInfo(path)) &&
        folderWritable(path))
        storage::completeUnfinishedSave(file->m_path);
    // A journal or log beside the file is handled while opening (written back, folded in,
    // removed): the file is checked before that.
    if (storage::hasRollbackJournal(file->m_path) ||
        QFileInfo::exists(file->m_path + QStringLiteral("-wal")))
        integrity = IntegrityCheck::BeforeOpening;

    file->m_connectionName = QStringLiteral("cchc-") + newId();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->m_connectionName);
    db.setDatabaseName(file->m_path);
    db.setConnectOptions(file->m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                          : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        return Error{tr("“%1” cannot be opened: %2")
                         .arg(displayName(path), db.lastError().text())};
    }
    if (auto status = file->validateAndUpgrade(isNew, integrity); !status)
        return status.failure();
    // Every change made through this connection is recorded with who made it, on which laptop.
    if (!file->m_readOnly) {
        if (auto status = teamwork::installEditHistory(db); !status)
            return status.failure();
    }
    file->m_writeAheadLogAllowed = !file->m_readOnly && storage::isOnLocalDisk(file->m_path);
    // Still in WAL mode after a crash: closing must fold the log in as after any session,
    // even when nothing is edited this time.
    file->m_writeAheadLog = !file->m_readOnly && file->journalMode() == QLatin1String("wal");
    if (!file->m_readOnly && !file->m_writeAheadLog && !isNew)
        storage::removeUnusedJournal(db, file->m_path);
    return file;
}

// Takes the lock beside the file. Held by a running program on this computer, or by
// another computer (unless the user chose to take that over), the file opens read-only
// with the reason; locks a crash left behind are taken over (storage/DocumentLock).
Status InspectionFile::lockForWriting(bool takeOverForeign, bool isNew)
{
    m_lock = std::make_unique<storage::DocumentLock>(m_path);
    const auto outcome = m_lock->acquire(takeOverForeign);
    if (outcome == storage::DocumentLock::Outcome::Locked)
        return {};
    if (isNew)
        return Error{tr("“%1” is being created by another program.").arg(displayName(m_path))};
    m_readOnly = true;
    switch (outcome) {
    case storage::DocumentLock::Outcome::HeldElsewhere:
        m_lockedOnComputer = m_lock->holderHost();
        m_readOnlyReason =
            tr("The file is marked as open for editing on the computer “%1” (since %2). If it "
               "is no longer open there (that computer stopped or the drive was removed "
               "without closing it), it can be opened for editing anyway; if it is still "
               "open there, changes made on both computers would overwrite each other.")
                .arg(m_lockedOnComputer,
                     QLocale().toString(m_lock->holderSince(), QLocale::ShortFormat));
        break;
    case storage::DocumentLock::Outcome::Failed:
        m_readOnlyReason = tr("The lock file beside it cannot be written.");
        break;
    default:
        // Our own lock (the file open twice in this program) is not "another program".
        m_readOnlyReason =
            m_lock->holderPid() == QCoreApplication::applicationPid()
                ? tr("The file is already open in another window of this program.")
                : tr("The file is already open in another window or program (%1, process %2).")
                      .arg(tr("this computer"))
                      .arg(m_lock->holderPid());
    }
    m_lock.reset();
    return {};
}

Error InspectionFile::damagedError() const
{
    const QString name = displayName(m_path);
    if (m_readOnly && storage::hasRollbackJournal(m_path)) {
        return Error{tr("“%1” has a save that was not finished (the program stopped "
                        "while saving). It will be completed when the file is opened "
                        "for editing; until then it cannot be read here. %2")
                         .arg(name, m_readOnlyReason)
                         .trimmed()};
    }
    return Error{tr("“%1” is damaged or incomplete and was not opened. "
                    "Open a backup copy instead.")
                     .arg(name)};
}

Status InspectionFile::checkIntegrity()
{
    if (m_integrity == Integrity::Unchecked) {
        QSqlQuery query(database());
        m_integrity = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
                              query.value(0).toString() == QLatin1String("ok")
                          ? Integrity::Sound
                          : Integrity::Damaged;
    }
    if (m_integrity == Integrity::Damaged)
        return damagedError();
    return {};
}

Status InspectionFile::validateAndUpgrade(bool isNew, IntegrityCheck integrity)
{
    QSqlDatabase db = database();
    const QString name = displayName(m_path);
    const auto damaged = [&] { return damagedError(); };

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return damaged();
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return damaged();
    const int version = query.value(0).toInt();

    if (isNew) {
        m_integrity = Integrity::Sound; // made here, now
        if (auto status = makeCommitsDurable(); !status)
            return status;
        if (auto status = storage::migrate(db, 0); !status)
            return status;
        if (auto status =
                execute(query, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                        {QStringLiteral("file_id"), newId()});
            !status)
            return status;
        return execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (applicationId != storage::kApplicationId)
        return Error{tr("“%1” is not an inspection file (.cchc).").arg(name)};
    // An upgrade writes: the file is checked first, whatever was asked.
    if (integrity == IntegrityCheck::BeforeOpening || version != storage::kCurrentSchemaVersion) {
        if (auto status = checkIntegrity(); !status)
            return status;
    }
    if (auto status = makeCommitsDurable(); !status)
        return status;
    if (version > storage::kCurrentSchemaVersion) {
        return Error{tr("“%1” was saved by a newer version of CCHC Inspector (file format %2; "
                        "this version reads up to %3). Install the newer version to open it; "
                        "the file was not changed.")
                         .arg(name)
                         .arg(version)
                         .arg(storage::kCurrentSchemaVersion)};
    }
    if (auto status = checkSchemaMatches(version); !status)
        return status;
    if (version < storage::kCurrentSchemaVersion) {
        if (m_readOnly) {
            return Error{tr("“%1” was saved by an older version and must be upgraded, but it "
                            "cannot be written now. %2")
                             .arg(name, m_readOnlyReason)};
        }
        if (auto status = upgrade(version); !status)
            return status;
    }
    return execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

// A damaged version number (negative, or one whose tables are not what it says) is
// refused before anything is written: migrating a file that is not what its number
// claims would fail half-way, or worse, succeed on the wrong tables.
Status InspectionFile::checkSchemaMatches(int version) const
{
    const QString name = displayName(m_path);
    const auto differences = version < 0 ? Result<QStringList>(QStringList{QString()})
                                         : storage::schemaDifferences(database(), version);
    if (differences && differences->isEmpty())
        return {};
    return Error{tr("“%1” is damaged: its contents are not those of the file format its "
                    "header names (%2). It was not opened and not changed; open a backup "
                    "copy instead.%3")
                     .arg(name)
                     .arg(version)
                     .arg(differences && !differences->constFirst().isEmpty()
                              ? QLatin1Char(' ') + differences->constFirst()
                              : QString())};
}

// Backs the file up, then migrates it. An identical backup kept from an earlier attempt
// is used again rather than copied once more; one made here is removed again when the
// upgrade fails, since the file is then unchanged.
Status InspectionFile::upgrade(int version)
{
    const QString name = displayName(m_path);
    // A write-ahead log left by a crash holds the last edits: fold it into the file
    // first, so the backup is the whole old document.
    if (auto status = leaveWriteAheadLog(); !status)
        return status;
    QString backup = storage::existingIdenticalCopy(m_path, backupStem(m_path, version));
    const bool madeNow = backup.isEmpty();
    if (madeNow) {
        backup = backupPathFor(m_path, version);
        if (!QFile::copy(m_path, backup)) {
            return Error{tr("“%1” needs an upgrade, but the backup copy “%2” could not be "
                            "made; the file was not changed.")
                             .arg(name, QDir::toNativeSeparators(backup))};
        }
    }
    QSqlDatabase db = database();
    if (auto status = storage::migrate(db, version); !status) {
        if (madeNow)
            QFile::remove(backup);
        return Error{tr("“%1” could not be upgraded to the current file format; it was not "
                        "changed.")
                         .arg(name)};
    }
    m_upgradeBackupPath = backup;
    return {};
}

InspectionFile::~InspectionFile()
{
    // Best effort: if another instance is still reading, the log stays and is folded in by
    // whoever opens the file next.
    if (m_writeAheadLog)
        [[maybe_unused]] const Status left = leaveWriteAheadLog();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase InspectionFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int InspectionFile::schemaVersion() const
{
    return firstValue(database(), QStringLiteral("PRAGMA user_version")).toInt();
}

QString InspectionFile::fileId() const
{
    return firstValue(database(), QStringLiteral("SELECT value FROM meta WHERE key = 'file_id'"))
        .toString();
}

// Every commit is synced to disk before the UI says "saved", in the rollback journal and
// in the write-ahead log alike. Set on every writable open rather than left to how SQLite
// was built: some builds default to NORMAL in WAL mode, which can lose the last edits on
// a power cut. Only once the file is validated: on a damaged file the pragma itself fails.
Status InspectionFile::makeCommitsDurable()
{
    if (m_readOnly)
        return {};
    QSqlDatabase db = database();
    return execute(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

// Each durable commit in the rollback journal costs four fsyncs; the write-ahead log needs
// one, which keeps an edit well under a frame even on slow disks. It is switched on after
// the first commit that changed something (a file only read keeps its bytes) and off again
// on close, so the document on disk is one self-contained file between sessions.
void InspectionFile::enterWriteAheadLog()
{
    QSqlQuery query(database());
    // synchronous = FULL, set on open, stays: every commit is synced to the log.
    m_writeAheadLog = query.exec(QStringLiteral("PRAGMA main.journal_mode = WAL")) && query.next()
                      && query.value(0).toString() == QLatin1String("wal");
    // Read once so that this connection opens the log now. Only a connection holding the
    // log removes it when leaving WAL mode: were a read-only instance the first to open
    // it, closing this file would leave the -wal file behind.
    if (m_writeAheadLog)
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
}

QString InspectionFile::journalMode() const
{
    return firstValue(database(), QStringLiteral("PRAGMA journal_mode")).toString();
}

Status InspectionFile::leaveWriteAheadLog()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA main.journal_mode = DELETE")) || !query.next()
        || query.value(0).toString() != QLatin1String("delete")) {
        return Error{tr("“%1” could not be written: %2")
                         .arg(displayName(m_path), query.lastError().text())};
    }
    m_writeAheadLog = false;
    return {};
}

Status InspectionFile::requireWritable() const
{
    if (!m_readOnly)
        return {};
    return Error{tr("“%1” is open read-only; the change was not saved. %2")
                     .arg(displayName(m_path), m_readOnlyReason)};
}

Status InspectionFile::transact(const std::function<Status()> &work)
{
    if (auto status = requireWritable(); !status)
        return status;
    // Nothing is written to a file before it passed the integrity check.
    if (auto status = checkIntegrity(); !status)
        return status;
    QSqlDatabase db = database();
    const bool mayEnterLog = m_transactionDepth == 0 && !m_writeAheadLog && m_writeAheadLogAllowed;
    const qint64 changesBefore = mayEnterLog ? totalChanges() : 0;
    if (m_transactionDepth == 0 && !db.transaction()) {
        return Error{tr("“%1” could not be written: %2")
                         .arg(displayName(m_path), db.lastError().text())};
    }
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (m_transactionDepth > 0)
        return status;
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return Error{tr("“%1” could not be written: %2").arg(displayName(m_path), reason)};
    }
    // Only after a commit that changed something: a refused import or a save of identical
    // values must leave the file's bytes as they were.
    if (mayEnterLog && totalChanges() > changesBefore)
        enterWriteAheadLog();
    return {};
}

qint64 InspectionFile::totalChanges() const
{
    return firstValue(database(), QStringLiteral("SELECT total_changes()")).toLongLong();
}

} // namespace cchc
