#pragma once

#include "core/common/Result.h"
#include "core/storage/InspectionFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cchc::teamwork {

// A work package: a self-contained .cchc file with one round (or some of its units) that a
// member takes to another laptop, plus what a three-way merge needs later: its own id, the
// id of the lead's file it was made from, and the base state of every packaged record.
struct PackageInfo
{
    QString id;
    QString leadFileId;
    QString roundId;
    QStringList roundUnitIds;
    QString member;    // who it was made for (may be empty)
    QString createdAt; // ISO UTC
    QString mergedAt;  // last merge into the lead (lead side only); empty before
};

struct SplitRequest
{
    QString roundId;
    QStringList unitIds; // units or round units of the round; empty = every unit
    QString member;
};

// Writes the package to `packagePath` (which must not exist) and records it in `lead`.
Result<PackageInfo> splitRound(InspectionFile &lead, const SplitRequest &request,
                               const QString &packagePath);

// The package a file is, read without changing it; an error when it is not a package.
Result<PackageInfo> readPackageInfo(const QString &packagePath);

// The packages `lead` handed out, newest first.
Result<QList<PackageInfo>> packagesOf(const InspectionFile &lead);

// ATTACHes another .cchc file to `file`'s connection as `pkg` for the life of the object.
class AttachedFile
{
    Q_DECLARE_TR_FUNCTIONS(cchc::teamwork::AttachedFile)

public:
    AttachedFile(InspectionFile &file, const QString &path);
    ~AttachedFile();
    AttachedFile(const AttachedFile &) = delete;
    AttachedFile &operator=(const AttachedFile &) = delete;
    const Status &status() const { return m_status; }

private:
    InspectionFile &m_file;
    Status m_status;
};

} // namespace cchc::teamwork
