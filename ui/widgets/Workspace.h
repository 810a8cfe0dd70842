#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"
#include "core/domain/InspectionRound.h"
#include "core/domain/Scoring.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QLineEdit;
class QSplitter;
class QTimer;
class QTreeView;

namespace cchc::ui {

class ChecklistFilterProxy;
class ChecklistModel;
class CriterionController;
class CriterionPane;
class NavigationModel;
class Session;
class VietnameseSortProxy;

// The work area of an open file: rounds and units on the left (NavigationModel), the
// selected unit's checklist in the middle, the selected criterion on the right (its edits
// made by CriterionController). All edits go through the session, so each is written at
// once and can be undone. This class lays the three out and keeps their selection in step.
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
    bool hasPendingFindings() const;
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
    // Runs `task` once the window's first frame with this file is painted (at once, on the
    // next pass of the event loop, in a window not shown), before the progress is filled.
    void afterFirstFrame(std::function<void()> task);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void contextChanged();
    void errorOccurred(const QString &message);
    // A finding is being typed and not yet written.
    void findingPendingChanged(bool pending);

private:
    QWidget *buildChecklistPane();
    void connectFilter();
    void showRoundUnit(const QString &roundId, const QString &roundUnitId);
    void showCurrentCriterion();
    void onAssessmentChanged(const Assessment &assessment);
    void onEvidenceChanged(const QString &roundUnitId, const QString &criterionId);
    void refreshUnitProgress(const QString &roundUnitId);
    void fillRoundProgress(const QString &roundId);
    // Fills the round's progress on the next pass of the event loop, and never before the
    // tree's first frame: what the first frame needs is shown first.
    void scheduleRoundProgress(const QString &roundId);
    void runAfterFirstFrame();
    void sizeNavigationColumns();
    QString firstRoundUnitId() const;
    QSet<QString> expandedRounds() const;

    Session *m_session = nullptr;
    QSplitter *m_splitter = nullptr;
    NavigationModel *m_navigation;
    VietnameseSortProxy *m_navigationSort;
    QTreeView *m_navigationView;
    ChecklistModel *m_checklist;
    ChecklistFilterProxy *m_filterProxy;
    QTreeView *m_checklistView;
    QLineEdit *m_filter;
    CriterionPane *m_pane;
    CriterionController *m_criterion;
    QString m_roundId;
    QTimer *m_progressTimer;
    QSet<QString> m_pendingProgress; // rounds expanded whose progress is not filled yet
    QList<std::function<void()>> m_afterFirstFrame;
    bool m_navigationPainted = false;
};

} // namespace cchc::ui
