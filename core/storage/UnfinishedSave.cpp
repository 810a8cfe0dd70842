#include "core/storage/UnfinishedSave.h"

#include "core/common/Ids.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cchc::storage {

bool hasRollbackJournal(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0;
}

bool completeUnfinishedSave(const QString &path)
{
    const QString name = QStringLiteral("cchc-recover-") + newId();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (db.open()) {
            // Any read makes SQLite roll a hot journal back before it answers.
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return !hasRollbackJournal(path);
}

namespace {

// SQLite writes a journal's magic number only once the journal holds the pages it needs
// and is synced, just before the first change to the file: without it the journal is
// not "hot" and the file was never touched.
bool journalHeaderIsBlank(const QString &journal)
{
    QFile file(journal);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(8);
    return magic.count('\0') == magic.size();
}

} // namespace

void removeUnusedJournal(const QSqlDatabase &db, const QString &path)
{
    const QString journal = path + QStringLiteral("-journal");
    if (!QFileInfo::exists(journal) || !journalHeaderIsBlank(journal))
        return;
    QSqlQuery query(db);
    // BEGIN EXCLUSIVE waits until no other connection reads or writes; without a write
    // this connection opens no journal of its own.
    if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return;
    if (journalHeaderIsBlank(journal))
        QFile::remove(journal);
    query.exec(QStringLiteral("COMMIT"));
}

} // namespace cchc::storage
