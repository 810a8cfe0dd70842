#pragma once

#include "core/storage/RecordBatch.h"
#include "core/common/Result.h"
#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"
#include "core/domain/InspectionRound.h"
#include "core/domain/Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace cchc {

namespace storage {
class DocumentLock;
}

struct TemplateInfo
{
    QString id;
    QString familyId;
    int version = 1;
    QString name;
    bool builtin = false;
    int roundCount = 0; // rounds that run with this exact version
};

struct RoundInfo
{
    QString id;
    QString title;
    QDate visitStart;
    QDate visitEnd;
    RoundStatus status = RoundStatus::Planned;
    int unitCount = 0;
};

// The .cchc file: one SQLite database that holds a team's unit register, checklist
// templates and rounds. It *is* the document: every save call commits at once, so nothing
// the UI shows as saved is lost when the lid closes. One object per open file; it owns a
// named connection (never the default one) and a lock file beside the document so a
// second instance opens it read-only instead of writing over the first.
class InspectionFile
{
    Q_DECLARE_TR_FUNCTIONS(cchc::InspectionFile)

public:
    enum class Access {
        ReadWrite,
        ReadOnly,
        // Read-write even when the lock beside the file was written by another computer:
        // the user's explicit choice, once told the risk (see lockedOnComputer()).
        ReadWriteTakeOverLock,
    };

    // When SQLite's integrity check (PRAGMA quick_check, a read of the whole file) runs.
    enum class IntegrityCheck {
        BeforeOpening,
        // Later, by checkIntegrity(), so a window can show the file first. It still comes
        // before any write: the first transaction runs it, and a damaged file is refused
        // there. Nothing is deferred when opening must write (an upgrade, a journal or
        // write-ahead log left by a crash): the check then runs before that, as always.
        BeforeFirstWrite,
    };

    // Fails if `path` exists: the caller decides about overwriting.
    static Result<std::unique_ptr<InspectionFile>> create(const QString &path);
    // Validates before anything is written: a file that is not ours, corrupted, or from a
    // newer program is refused with a message naming the file and the reason, and left
    // byte-for-byte unchanged. An older file is backed up, then upgraded.
    static Result<std::unique_ptr<InspectionFile>> open(
        const QString &path, Access access = Access::ReadWrite,
        IntegrityCheck integrity = IntegrityCheck::BeforeOpening);
    // Runs the integrity check if it has not run yet (see IntegrityCheck); the answer is
    // kept. A damaged file's error is the one open() gives, and no write is made to it.
    Status checkIntegrity();
    bool isIntegrityChecked() const { return m_integrity != Integrity::Unchecked; }
    ~InspectionFile();
    InspectionFile(const InspectionFile &) = delete;
    InspectionFile &operator=(const InspectionFile &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a file asked for read-write is read-only (another instance, file permissions).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The computer whose lock made a read-write open read-only; empty for any other
    // reason. Opening with Access::ReadWriteTakeOverLock takes that lock over.
    QString lockedOnComputer() const { return m_lockedOnComputer; }
    // Path of the copy made before the last schema upgrade, empty when none was needed.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    int schemaVersion() const;
    QString fileId() const;

    // Runs `work` in one transaction; nested calls join the outer one. Every save below
    // already commits on its own: use this to make several saves one durable step.
    Status transact(const std::function<Status()> &work);

    // Unit register, sorted in Vietnamese alphabetical order.
    Result<QList<Unit>> units() const;
    // Every unit's name by its id, unsorted: what a list of round units needs to show.
    Result<QHash<QString, QString>> unitNames() const;
    Result<Unit> unit(const QString &id) const;
    Status saveUnit(Unit &unit);  // assigns an id to a new unit
    Status removeUnit(const QString &id);

    // Checklist templates. Saving a version that a round uses stores a new version with
    // new ids instead, and returns its id; otherwise returns the template's own id.
    Result<QList<TemplateInfo>> templates() const;
    Result<ChecklistTemplate> loadTemplate(const QString &id) const;
    Result<QString> saveTemplate(ChecklistTemplate &checklist);
    Status removeTemplate(const QString &id);

    // Rounds with their legal bases, team and units.
    Result<QList<RoundInfo>> rounds() const;
    Result<InspectionRound> loadRound(const QString &id) const;
    // A round whose notice is issued is an official record: removing it, or a unit from
    // it, is refused (teamwork/FrozenGuards.h says why).
    Status saveRound(InspectionRound &round);
    Status removeRound(const QString &id);

    // Assessments of one unit in one round (with evidence, without file contents).
    Result<QList<Assessment>> assessments(const QString &roundUnitId) const;
    // Every assessment of a round, keyed by round unit id: what reports are drafted from.
    Result<QHash<QString, QList<Assessment>>> roundAssessments(const QString &roundId) const;
    // Creates or updates the assessment of (roundUnitId, criterionId); evidence untouched.
    Status saveAssessment(Assessment &assessment);

    Result<Evidence> addEvidence(const QString &assessmentId, Evidence evidence,
                                 const QByteArray &content = {});
    Status updateEvidence(const Evidence &evidence);
    Status removeEvidence(const QString &evidenceId);
    Result<QByteArray> evidenceContent(const QString &evidenceId) const;

    Result<QList<CorrectiveAction>> correctiveActions(const QString &roundId) const;
    Status saveCorrectiveAction(CorrectiveAction &action);
    Status removeCorrectiveAction(const QString &id);

    // Writes `batch` as it is, keeping every id and modification time (JSON import, merges).
    // Records are matched by id: a new one is added; one the file already has is replaced
    // (with its position) only when the incoming modifiedAt is later; nothing is deleted.
    // A checklist version used by a round in this file is never changed. Refused as a
    // whole, before anything is written, when a record would move (an id under another
    // round, unit, template or criterion) or clash with one the file has under another id
    // (the same unit twice in a round, a criterion assessed twice, a template version), or
    // when batch rounds use a template version the file keeps with other criteria.
    Result<ImportSummary> importRecords(const RecordBatch &batch);
    // The same for records handed over in parts, so a large import never holds them all:
    // `parts` calls `add` with each part in turn (parents in earlier parts than their
    // children). All parts are one transaction: a part that is refused, or a failure of
    // `parts` itself, rolls back every part before it, so the file is left as it was.
    using AddRecords = std::function<Status(const RecordBatch &part)>;
    Result<ImportSummary> importRecords(const std::function<Status(const AddRecords &)> &parts);

    // For storage internals and tests: the named connection of this file.
    QSqlDatabase database() const;

private:
    InspectionFile() = default;
    static Result<std::unique_ptr<InspectionFile>> openValidated(
        const QString &path, Access access, bool isNew,
        IntegrityCheck integrity = IntegrityCheck::BeforeOpening);
    Status lockForWriting(bool takeOverForeign, bool isNew);
    Status validateAndUpgrade(bool isNew, IntegrityCheck integrity);
    Error damagedError() const;
    Status checkSchemaMatches(int version) const;
    Status upgrade(int version);
    Status requireWritable() const;
    Status makeCommitsDurable();
    void enterWriteAheadLog();
    QString journalMode() const;
    qint64 totalChanges() const;
    Status leaveWriteAheadLog();
    Status assignTemplateRows(const ChecklistTemplate &checklist);
    Result<bool> templateInUse(const QString &id) const;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_lockedOnComputer;
    QString m_upgradeBackupPath;
    std::unique_ptr<storage::DocumentLock> m_lock;
    int m_transactionDepth = 0;
    bool m_writeAheadLogAllowed = false; // writable, on a local disk
    bool m_writeAheadLog = false;        // currently in WAL mode
    enum class Integrity { Unchecked, Sound, Damaged } m_integrity = Integrity::Unchecked;
};

} // namespace cchc
