#pragma once

#include <QString>

namespace cchc::storage {

// False for files on network shares (SMB/CIFS, NFS, mapped network drives). SQLite's
// write-ahead log needs shared memory between its users, which network file systems do
// not provide, so such files keep the plain rollback journal.
bool isOnLocalDisk(const QString &path);

} // namespace cchc::storage
