#pragma once

#include "core/common/Result.h"
#include "core/domain/ReportRecords.h"
#include "core/domain/ReportSettings.h"
#include "core/storage/InspectionFile.h"
#include "core/teamwork/FrozenRounds.h"
#include "core/teamwork/PackageMerge.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace cchc::report {
class ReportStore;
}

namespace cchc::ui {

class EditCommand;

// One open .cchc file with its undo history. Every edit goes through here: it is written
// to the file at once (InspectionFile commits every save) and only then becomes an undo
// step, so a failed write leaves nothing pretending to be saved.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<InspectionFile> file, QObject *parent = nullptr);
    ~Session() override;

    InspectionFile *file() const { return m_file.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isSaved() const { return m_lastError.isEmpty(); }
    QString lastError() const { return m_lastError; }

    // Writes the command's change; on success it becomes an undo step (merged with the
    // previous one when their keys match), on failure it is dropped and the error returned.
    Status execute(EditCommand *command);
    // Undo and redo of the last step. When the write fails, the history stays where it was
    // (the file still holds that step), and the returned error says which step and why.
    Status undo();
    Status redo();
    // Runs an undo or redo of an earlier edit; the window then shows where it happened.
    Status replay(const std::function<Status()> &write);
    void reportWrite(const Status &status);

    // Issued means frozen (teamwork/FrozenRounds.h): results of a round whose notice is issued
    // change only with a reason. The window asks through `prompt` (nullopt: cancelled), once
    // per round while the file is open; the reason goes with every such change, its undo and
    // its redo, into the edit history.
    using ReasonPrompt = std::function<std::optional<QString>(const teamwork::FrozenRound &)>;
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }
    // The reason changes of results at `roundUnitId` are made with: empty when its round's
    // notice is not issued, nullopt when one was needed and none was given (nothing may be
    // written then).
    std::optional<QString> changeReason(const QString &roundUnitId);
    // The edits the window makes. `burstKey` merges consecutive edits into one undo step.
    Status setAssessment(const Assessment &before, const Assessment &after, const QString &text,
                         const QString &burstKey = {});
    Status addEvidence(const Assessment &assessment, const Evidence &evidence,
                       const QByteArray &content);
    Status removeEvidence(const Assessment &assessment, const Evidence &evidence);
    Status saveCorrectiveAction(const std::optional<CorrectiveAction> &before,
                                const CorrectiveAction &after);
    Status removeCorrectiveAction(const CorrectiveAction &action);
    Status saveUnit(const std::optional<Unit> &before, const Unit &after);
    Status removeUnit(const Unit &unit);
    Status saveRound(const std::optional<InspectionRound> &before, InspectionRound &after);
    // Removes a round with everything in it (units visited, results, evidence, corrective
    // actions, the team's edits of its notice). Undo restores all of it from a snapshot
    // taken first: the round's JSON export and its edited notice paragraphs.
    Status removeRound(const QString &roundId);
    // A step of the notice editor on the notice of `roundId`: `change` writes it in one
    // transaction; undo puts the team's paragraphs back as they were, redo as `change` left
    // them (the issued number is never touched). Steps with the same non-empty `burstKey`
    // merge into one undo step (typing in one paragraph).
    Status editNotice(const QString &roundId, const QString &text,
                      std::function<Status(report::ReportStore &)> change,
                      const QString &burstKey = {});
    // Returns the id the template was stored under: a new version when a round used it.
    Result<QString> saveTemplate(const std::optional<ChecklistTemplate> &before,
                                 ChecklistTemplate &after);

    // Merges a member's work package (teamwork::mergePackage). A merge that wrote something
    // cannot be undone step by step: the undo history is cleared and the window reloads.
    Result<teamwork::MergeSummary> mergePackage(const QString &packagePath,
                                                const teamwork::MergeOptions &options);

    // The report side of the file. Like every edit above, each write is one transaction
    // (InspectionFile::transact, so it uses the write-ahead log) and announced by a signal,
    // so every open view (draft editor, settings, window) follows.
    // Report settings with the next number of `year`'s series: one undo step. The series
    // never goes below a number already given (the error says the lowest allowed).
    Status saveReportSettings(const report::ReportSettings &settings, int year, int nextNumber);
    // The team's text of one paragraph of a round's notice, based on the draft `basedOn`.
    // Consecutive edits with the same non-empty `burstKey` are one undo step.
    Status editNoticeParagraph(const QString &roundId, const QString &key, const QString &basedOn,
                               const QString &text, const QString &burstKey = {});
    // Back to the drafted text: the team's text of `key` is removed (undo brings it back).
    Status revertNoticeParagraph(const QString &roundId, const QString &key);
    // The team's text stays, now based on `currentDraft`: reviewed after the results changed.
    Status acceptNoticeParagraph(const QString &roundId, const QString &key,
                                 const QString &currentDraft, const QString &text);
    // The date and signer chosen for the round's notice (defaults: the default date, the
    // lead): one undo step named `text`; consecutive changes with the same non-empty
    // `burstKey` are one step (the arrows of a date field).
    Status setNoticeSettings(const QString &roundId, const report::NoticeSettings &settings,
                             const QString &text, const QString &burstKey = {});
    // Gives the round's notice its number (report::issueNotice). Not an undo step: a number
    // given to an official document is never taken back.
    Result<report::IssuedNotice> issueNotice(const QString &roundId, QDate issuedOn,
                                             int confirmedNumber);

    // A notice issued by an older version gets its snapshot, marked as made after the fact
    // (report::snapshotIssuedNotice): exports call it first. Not an undo step.
    Status snapshotIssuedNotice(const QString &roundId);

signals:
    void saveStateChanged();
    void assessmentChanged(const cchc::Assessment &assessment);
    void evidenceChanged(const QString &roundUnitId, const QString &criterionId);
    void correctiveActionsChanged(const QString &roundUnitId, const QString &criterionId);
    void structureChanged(); // rounds, units or templates
    // An undo or redo changed this criterion: worth showing to the user.
    void revisited(const QString &roundUnitId, const QString &criterionId);
    void reportSettingsChanged();
    // The team's text of a notice paragraph of `roundId` changed (an edit, undo or redo).
    void noticeParagraphsChanged(const QString &roundId);
    void noticeIssued(const QString &roundId);
    // The date or signer chosen for the notice of `roundId` changed (an edit, undo or redo).
    void noticeSettingsChanged(const QString &roundId);

private:
    // Emits structureChanged() after a write that succeeded; returns the write's status.
    Status announceStructure(Status status);
    Status move(int step);
    Status writeAssessment(Assessment assessment);
    Status writeCorrectiveAction(CorrectiveAction action);
    Status deleteCorrectiveAction(const CorrectiveAction &action);
    // Adds `evidence` to the stored assessment `assessmentId` (`id` gets its id) or removes
    // evidence `id`, and says so for `assessment`'s criterion.
    Status writeEvidence(const Assessment &assessment, const QString &assessmentId,
                         const Evidence &evidence, const QByteArray &content, QString &id);
    Status deleteEvidence(const Assessment &assessment, const QString &id);
    Status writeNoticeSettings(const QString &roundId, report::NoticeSettings settings);
    Status writeParagraph(const QString &roundId, const QString &key,
                          const std::optional<report::StoredParagraph> &row);
    Status changeParagraph(const QString &roundId, const QString &key,
                           const std::optional<report::StoredParagraph> &after, const QString &text,
                           const QString &burstKey = {});

    // The reason held for `frozen`'s round, asked first when there is none yet.
    std::optional<QString> reasonFor(const teamwork::FrozenRound &frozen);
    // Runs `write` with `reason` (teamwork::withReason) when there is one.
    Status writeWithReason(const QString &reason, const std::function<Status()> &write);

    std::unique_ptr<InspectionFile> m_file;
    QUndoStack *m_undoStack;
    ReasonPrompt m_reasonPrompt;
    QHash<QString, QString> m_reasons; // by round id, as given in this session
    QString m_lastError;
    bool m_replaying = false;
};

} // namespace cchc::ui
