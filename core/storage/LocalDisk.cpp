#include "core/storage/LocalDisk.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace cchc::storage {

bool isOnLocalDisk(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(absolute);
    if (native.startsWith(QLatin1String("\\\\")))
        return false; // \\server\share
    const QString root = native.left(3); // "C:\"
    return GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) != DRIVE_REMOTE;
#else
    const QByteArray type = QStorageInfo(QFileInfo(absolute).absolutePath()).fileSystemType();
    static const QByteArrayList network = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs",
                                           "fuse.sshfs", "9p", "afs", "ceph", "glusterfs",
                                           "davfs", "fuse.davfs2"};
    return !network.contains(type);
#endif
}

} // namespace cchc::storage
