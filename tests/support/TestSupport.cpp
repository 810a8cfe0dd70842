#include "TestSupport.h"

#include <QFile>
#include <QProcess>

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

} // namespace cchc::test
