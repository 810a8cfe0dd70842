#include "core/common/SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace cchc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::SaveFile)
};

Error writeError(const QString &path, const QString &reason)
{
    return Error{Tr::tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), reason)};
}
} // namespace

Status saveFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (auto status = write(file); !status) {
        file.cancelWriting();
        return status;
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(path, reason);
    }
    if (!file.commit()) {
        // Cloud-sync and network folders sometimes refuse the final rename (QTBUG-57299).
        return writeError(path, Tr::tr("%1. If the folder is synchronised (OneDrive, Dropbox) "
                                       "or on the network, save to a local folder and copy "
                                       "the file afterwards.")
                                    .arg(file.errorString()));
    }
    return {};
}

Status saveFileAtomically(const QString &path, const QByteArray &bytes)
{
    return saveFileAtomically(path, [&](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size())
            return writeError(path, device.errorString());
        return {};
    });
}

} // namespace cchc
