#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace cchc::ui {

class ChecklistModel;
class CriterionPane;
class Session;

// What the criterion pane does, apart from showing it: result, scores and the exemplary
// flag as undoable edits, findings written in bursts (kept and retried when a write
// fails), evidence and corrective actions. Every write goes through the session; the
// assessments shown come from the checklist model of the selected unit.
class CriterionController : public QObject
{
    Q_OBJECT

public:
    CriterionController(CriterionPane *pane, ChecklistModel *checklist, QObject *parent = nullptr);

    void setSession(Session *session); // forgets findings not yet written
    void setRoundId(const QString &roundId) { m_roundId = roundId; }

    // Shows `criterion` of the selected unit (nullptr: none) with its assessment.
    void show(const Criterion *criterion);
    // Shows an assessment the session changed, unless the finding is being typed.
    void follow(const Assessment &assessment);

    void setResult(AssessmentResult result);
    void addDocumentReference(const QString &documentNumber, const QString &description = {});
    void attachFile(const QString &path);
    bool hasPendingFindings() const { return !m_pendingFindings.isEmpty(); }
    void loadCorrectiveActions();

signals:
    void errorOccurred(const QString &message);

private:
    bool canEdit() const;
    void editCurrent(const std::function<void(Assessment &)> &change, const QString &text,
                     const QString &burstKey = {});
    void commitFinding(const QString &text);
    // Issued means frozen: asks the session for the reason results of this round change
    // with; when the user cancels, puts `before` back in the pane and returns false.
    bool mayChangeResults(const QString &criterionId, const Assessment &before);
    void retryPendingFindings();
    void loadThumbnails(const Assessment &assessment);
    void openEvidence(const QString &evidenceId);
    void removeEvidence(const QString &evidenceId);
    void editCorrectiveAction(const QString &actionId); // empty: a new one
    void toggleCorrectiveAction(const QString &actionId);
    void removeCorrectiveAction(const QString &actionId);
    std::optional<CorrectiveAction> shownAction(const QString &actionId) const;
    const Criterion *criterion(const QString &criterionId) const;

    CriterionPane *m_pane;
    ChecklistModel *m_checklist;
    Session *m_session = nullptr;
    QString m_roundId;
    QTimer *m_retryTimer;
    QHash<QString, QString> m_pendingFindings; // "roundUnit/criterion" -> unsaved text
    int m_findingBurst = 0;
    QList<CorrectiveAction> m_shownActions; // of the criterion in the pane
    // Copies handed to other programs; made at the first one (not at start-up).
    std::unique_ptr<QTemporaryDir> m_openedEvidence;
};

} // namespace cchc::ui
