#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

// Lets Catch2 print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &value);

namespace cchc::test {

// A temporary folder that is removed after the test; paths inside it by name.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QString dataPath(const QString &name);   // tests/data/<name>
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the built cchc-inspector with `arguments` and waits for it.
ProcessResult runApp(const QStringList &arguments);

// Runs `statements` on the file `path` through a connection of its own, as another
// program would (to damage a file on purpose).
void runSql(const QString &path, const QStringList &statements);
// Breaks the first page of `table` (its page type byte): the file's header and schema
// still read as they should; only SQLite's integrity check, or reading that table, finds it.
void breakTablePage(const QString &path, const QString &table);
// What a kill in the middle of a save leaves: `target` is a copy of `source` taken while a
// transaction had already written some of its pages into the file, with the rollback
// journal that undoes them. Nothing holds a lock on the copy, so the journal is "hot".
void copyDuringUnfinishedSave(const QString &source, const QString &target);

} // namespace cchc::test
