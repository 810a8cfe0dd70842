#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"

#include <QAbstractItemModel>
#include <QHash>

namespace cchc::ui {

// The checklist of one unit in one round: areas (groups) with their criteria beneath,
// each criterion with its result, appraised score and the start of its finding.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, TextColumn, ResultColumn, ScoreColumn, FindingColumn, ColumnCount };
    enum Role {
        CriterionIdRole = Qt::UserRole + 1,
        SearchTextRole, // what the filter searches: code, criterion, finding, guidance
        ResultRole,     // int(AssessmentResult)
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setUnit(const ChecklistTemplate &checklist, const QString &roundUnitId,
                 const QList<Assessment> &assessments);
    void clear();
    // Replaces one criterion's assessment after it was written (evidence is kept unless given).
    void updateAssessment(const Assessment &assessment, bool replaceEvidence = false);

    const ChecklistTemplate &checklist() const { return m_checklist; }
    QString roundUnitId() const { return m_roundUnitId; }
    // The stored assessment, or an unchecked one carrying the unit and criterion ids.
    Assessment assessment(const QString &criterionId) const;
    QHash<QString, Assessment> assessments() const { return m_assessments; }
    const Criterion *criterion(const QModelIndex &index) const;
    QModelIndex indexOfCriterion(const QString &criterionId, int column = 0) const;
    // Criteria in checklist order.
    QStringList criterionIds() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(const CriteriaGroup &group, int column, int role) const;
    QVariant criterionData(const Criterion &criterion, int column, int role) const;
    // The stored assessment, or a shared unchecked one (its ids empty).
    const Assessment &storedOrUnchecked(const QString &criterionId) const;

    ChecklistTemplate m_checklist;
    QString m_roundUnitId;
    QHash<QString, Assessment> m_assessments;
};

// A short label for a result in the interface language ("Đạt", "Met" …).
QString resultLabel(AssessmentResult result);

} // namespace cchc::ui
