#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

namespace cchc::test {

TempDir::TempDir() = default;

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString dataPath(const QString &name)
{
    return QStringLiteral(CCHC_TEST_DATA_DIR "/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

ProcessResult runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CCHC_APP_PATH), arguments);
    ProcessResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void breakTablePage(const QString &path, const QString &table)
{
    int rootPage = 0, pageSize = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)));
        REQUIRE(query.next());
        rootPage = query.value(0).toInt();
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    REQUIRE(rootPage > 1);
    QByteArray bytes = readAll(path);
    bytes[qsizetype(rootPage - 1) * pageSize] = char(0x01); // no such page type
    writeAll(path, bytes);
}

void copyDuringUnfinishedSave(const QString &source, const QString &target)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(source);
        REQUIRE(db.open());
        QSqlQuery query(db);
        // A tiny page cache makes SQLite write changed pages before the commit.
        REQUIRE(query.exec(QStringLiteral("PRAGMA cache_size = 1")));
        REQUIRE(query.exec(QStringLiteral("BEGIN")));
        REQUIRE(query.exec(
            QStringLiteral("UPDATE criteria SET guidance = guidance || hex(randomblob(600))")));
        REQUIRE(QFile::copy(source, target));
        REQUIRE(
            QFile::copy(source + QStringLiteral("-journal"), target + QStringLiteral("-journal")));
        REQUIRE(query.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
}

} // namespace cchc::test
