#pragma once

#include "domain/Assessment.h"
#include "domain/ChecklistTemplate.h"
#include "domain/InspectionRound.h"
#include "domain/Scoring.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>

class QLineEdit;
class QSplitter;
class QStandardItem;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace cchc::ui {

class ChecklistFilterProxy;
class ChecklistModel;
class CriterionPane;
class Session;
class VietnameseSortProxy;

// The work area of an open file: rounds and units on the left, the selected unit's
// checklist in the middle, the selected criterion on the right. All edits go through the
// session, so each is written at once and can be undone.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(QWidget *parent = nullptr);
    ~Workspace() override;

    void setSession(Session *session);
    void reloadNavigation();
    bool selectRoundUnit(const QString &roundUnitId);
    bool selectCriterion(const QString &criterionId);

    QString currentRoundId() const { return m_roundId; }
    // Every unit of every round, in navigation order.
    QStringList roundUnitIds() const;
    QString currentRoundUnitId() const;
    QString currentCriterionId() const;

    // Keyboard actions of the checklist.
    void setResult(AssessmentResult result);
    bool goToNextUnchecked();
    // The next or previous unit of the current round (step +1 or -1).
    bool goToSiblingUnit(int step);
    void editFinding();
    void focusFilter();
    void focusChecklist();
    void flushFinding();
    bool hasPendingFindings() const { return !m_pendingFindings.isEmpty(); }
    bool isFindingBeingTyped() const;
    QByteArray saveLayout() const; // the pane widths, kept between sessions
    void restoreLayout(const QByteArray &state);

    QTreeView *navigationView() const { return m_navigationView; }
    QTreeView *checklistView() const { return m_checklistView; }
    QLineEdit *filterEdit() const { return m_filter; }
    CriterionPane *criterionPane() const { return m_pane; }
    ChecklistModel *checklistModel() const { return m_checklist; }
    // "12/60 · 87,5%" as shown beside a unit in the navigation.
    QString progressText(const QString &roundUnitId) const;

    void addDocumentReference(const QString &documentNumber, const QString &description = {});
    void attachFile(const QString &path);

signals:
    void contextChanged();
    void errorOccurred(const QString &message);
    // A finding is being typed and not yet written.
    void findingPendingChanged(bool pending);

private:
    QWidget *buildChecklistPane();
    void showRoundUnit(const QString &roundId, const QString &roundUnitId);
    void showCurrentCriterion();
    void onAssessmentChanged(const Assessment &assessment);
    void onEvidenceChanged(const QString &roundUnitId, const QString &criterionId);
    void updateUnitProgress(const QString &roundUnitId, const ScoreSummary &summary);
    void refreshUnitProgress(const QString &roundUnitId);
    void editCurrent(const std::function<void(Assessment &)> &change, const QString &text,
                     const QString &burstKey = {});
    void commitFinding(const QString &text);
    void retryPendingFindings();
    void loadThumbnails(const Assessment &assessment);
    void openEvidence(const QString &evidenceId);
    void removeEvidence(const QString &evidenceId);
    void loadCorrectiveActions();
    void editCorrectiveAction(const QString &actionId); // empty: a new one
    void toggleCorrectiveAction(const QString &actionId);
    void removeCorrectiveAction(const QString &actionId);
    std::optional<CorrectiveAction> shownAction(const QString &actionId) const;
    QStandardItem *unitItem(const QString &roundUnitId) const;
    QString firstRoundUnitId() const;
    QSet<QString> expandedRounds() const;
    void fillRoundProgress(const QString &roundId);
    const ChecklistTemplate *templateOfRound(const QString &roundId);

    Session *m_session = nullptr;
    QSplitter *m_splitter = nullptr;
    QStandardItemModel *m_navigation;
    VietnameseSortProxy *m_navigationSort;
    QTreeView *m_navigationView;
    ChecklistModel *m_checklist;
    ChecklistFilterProxy *m_filterProxy;
    QTreeView *m_checklistView;
    QLineEdit *m_filter;
    CriterionPane *m_pane;
    QTimer *m_retryTimer;
    QString m_roundId;
    QHash<QString, InspectionRound> m_rounds;
    QHash<QString, ChecklistTemplate> m_templates;
    QHash<QString, QString> m_roundOfUnit;       // round unit id -> round id
    QHash<QString, QStandardItem *> m_unitItems; // round unit id -> its navigation row
    QSet<QString> m_progressLoaded;              // rounds whose units show progress
    QHash<QString, QString> m_pendingFindings;   // "roundUnit/criterion" -> unsaved text
    int m_findingBurst = 0;
    QList<CorrectiveAction> m_shownActions; // of the criterion in the pane
    QTemporaryDir m_openedEvidence;         // copies handed to other programs
};

} // namespace cchc::ui
