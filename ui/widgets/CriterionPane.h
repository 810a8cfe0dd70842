#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace cchc::ui {

class FindingEditor;

// The selected criterion: what to check and how, the result, scores, the finding,
// the exemplary flag and the evidence (document numbers and files kept in the .cchc file).
class CriterionPane : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionPane(QWidget *parent = nullptr);

    void showCriterion(const Criterion *criterion, const Assessment &assessment);
    // Only the result, scores and exemplary flag of the criterion shown (an edit of them):
    // the texts, finding and evidence stay as they are.
    void showMarks(const Criterion *criterion, const Assessment &assessment);
    void setReadOnly(bool readOnly);
    // Shows a finding that could not be saved yet instead of the stored one.
    void showPendingFinding(const QString &text);
    FindingEditor *findingEditor() const { return m_finding; }
    QListWidget *evidenceList() const { return m_evidence; }
    QString criterionId() const { return m_criterionId; }
    void setThumbnail(const QString &evidenceId, const QPixmap &pixmap);
    void setCorrectiveActions(const QList<CorrectiveAction> &actions);
    QListWidget *actionList() const { return m_actions; }

signals:
    void resultChosen(cchc::AssessmentResult result);
    void scoresEdited(std::optional<double> selfScore, std::optional<double> appraisedScore);
    void exemplaryToggled(bool exemplary);
    void findingCommitRequested(const QString &text);
    void addDocumentRequested();
    void attachFileRequested();
    void openEvidenceRequested(const QString &evidenceId);
    void removeEvidenceRequested(const QString &evidenceId);
    void addActionRequested();
    void editActionRequested(const QString &actionId);
    void toggleActionRequested(const QString &actionId);
    void removeActionRequested(const QString &actionId);

private:
    QWidget *buildResultRow();
    QWidget *buildEvidenceBox();
    QWidget *buildActionsBox();
    std::optional<double> scoreOf(const QDoubleSpinBox *box) const;
    void setScore(QDoubleSpinBox *box, std::optional<double> value, double maximum);
    QString selectedEvidenceId() const;

    QString m_criterionId;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_guidance;
    QLabel *m_legal;
    QButtonGroup *m_results;
    QDoubleSpinBox *m_selfScore;
    QDoubleSpinBox *m_appraisedScore;
    QCheckBox *m_exemplary;
    FindingEditor *m_finding;
    QListWidget *m_evidence;
    QListWidget *m_actions;
    QTabWidget *m_tabs;
    QList<QPushButton *> m_editButtons;
    bool m_loading = false;
};

} // namespace cchc::ui
