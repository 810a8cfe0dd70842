#include "ui/models/ChecklistModel.h"

#include "core/domain/Scoring.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace cchc::ui {

namespace {

// internalId 0 marks a group row; a criterion row carries its group's row + 1.
constexpr quintptr kGroupNode = 0;

QColor resultColour(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case AssessmentResult::PartiallyMet:
        return QColor(0xb2, 0x6a, 0x00);
    case AssessmentResult::NotMet:
        return QColor(0xc6, 0x28, 0x28);
    case AssessmentResult::NotApplicable:
        return QColor(0x60, 0x60, 0x60);
    case AssessmentResult::NotChecked:
        break;
    }
    return {};
}

QString excerpt(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 80)
        line = line.left(79) + QChar(0x2026);
    return line;
}

QString formatScore(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

QString resultLabel(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return ChecklistModel::tr("Met");
    case AssessmentResult::PartiallyMet:
        return ChecklistModel::tr("Partially met");
    case AssessmentResult::NotMet:
        return ChecklistModel::tr("Not met");
    case AssessmentResult::NotApplicable:
        return ChecklistModel::tr("Not applicable");
    case AssessmentResult::NotChecked:
        break;
    }
    return ChecklistModel::tr("Not checked");
}

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChecklistModel::setUnit(const ChecklistTemplate &checklist, const QString &roundUnitId,
                             const QList<Assessment> &assessments)
{
    beginResetModel();
    m_checklist = checklist;
    m_roundUnitId = roundUnitId;
    m_assessments.clear();
    for (const Assessment &assessment : assessments)
        m_assessments.insert(assessment.criterionId, assessment);
    endResetModel();
}

void ChecklistModel::clear()
{
    setUnit({}, {}, {});
}

void ChecklistModel::updateAssessment(const Assessment &assessment, bool replaceEvidence)
{
    if (assessment.roundUnitId != m_roundUnitId)
        return;
    Assessment stored = assessment;
    if (!replaceEvidence)
        stored.evidence = m_assessments.value(assessment.criterionId).evidence;
    m_assessments.insert(assessment.criterionId, stored);
    const QModelIndex first = indexOfCriterion(assessment.criterionId);
    if (!first.isValid())
        return;
    // Cell by cell, only what an assessment shows: a view repaints one changed cell, but
    // the whole viewport for a changed range. The first column is announced for the
    // filter, which searches the finding through it.
    for (const int column : {int(CodeColumn), int(ResultColumn), int(ScoreColumn),
                             int(FindingColumn)})
        emit dataChanged(first.siblingAtColumn(column), first.siblingAtColumn(column));
    const QModelIndex group = first.parent();
    for (const int column : {int(ResultColumn), int(ScoreColumn)})
        emit dataChanged(group.siblingAtColumn(column), group.siblingAtColumn(column));
}

Assessment ChecklistModel::assessment(const QString &criterionId) const
{
    auto found = m_assessments.constFind(criterionId);
    if (found != m_assessments.cend())
        return *found;
    Assessment fresh;
    fresh.roundUnitId = m_roundUnitId;
    fresh.criterionId = criterionId;
    return fresh;
}

const Criterion *ChecklistModel::criterion(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupNode)
        return nullptr;
    const auto &group = m_checklist.groups.at(int(index.internalId() - 1));
    return &group.criteria.at(index.row());
}

QModelIndex ChecklistModel::indexOfCriterion(const QString &criterionId, int column) const
{
    for (int g = 0; g < m_checklist.groups.size(); ++g) {
        const auto &criteria = m_checklist.groups.at(g).criteria;
        for (int c = 0; c < criteria.size(); ++c) {
            if (criteria.at(c).id == criterionId)
                return createIndex(c, column, quintptr(g + 1));
        }
    }
    return {};
}

QStringList ChecklistModel::criterionIds() const
{
    QStringList ids;
    for (const auto &group : m_checklist.groups) {
        for (const auto &criterion : group.criteria)
            ids.append(criterion.id);
    }
    return ids;
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_checklist.groups.size() ? createIndex(row, column, kGroupNode)
                                               : QModelIndex();
    if (parent.internalId() != kGroupNode)
        return {};
    if (row >= m_checklist.groups.at(parent.row()).criteria.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupNode);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_checklist.groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupNode)
        return 0;
    return int(m_checklist.groups.at(parent.row()).criteria.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupNode)
        return groupData(m_checklist.groups.at(index.row()), index.column(), role);
    return criterionData(*criterion(index), index.column(), role);
}

QVariant ChecklistModel::groupData(const CriteriaGroup &group, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == SearchTextRole)
        return QString(group.code + QLatin1Char(' ') + group.title);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case CodeColumn:
        return group.code;
    case TextColumn:
        return group.title;
    case ResultColumn: {
        int checked = 0;
        for (const auto &criterion : group.criteria) {
            if (storedOrUnchecked(criterion.id).result != AssessmentResult::NotChecked)
                ++checked;
        }
        return QStringLiteral("%1/%2").arg(checked).arg(group.criteria.size());
    }
    case ScoreColumn: {
        double score = 0, maximum = 0;
        for (const auto &criterion : group.criteria) {
            const Assessment &assessment = storedOrUnchecked(criterion.id);
            if (assessment.result == AssessmentResult::NotApplicable)
                continue;
            score += appraisedScoreOf(criterion, assessment) * criterion.weight;
            maximum += criterion.maxScore * criterion.weight;
        }
        return QStringLiteral("%1/%2").arg(formatScore(score), formatScore(maximum));
    }
    default:
        return {};
    }
}

const Assessment &ChecklistModel::storedOrUnchecked(const QString &criterionId) const
{
    // Views ask for a dozen roles of every row they measure or paint: no copy of the
    // assessment (its finding and evidence) for each.
    static const Assessment unchecked;
    const auto found = m_assessments.constFind(criterionId);
    return found != m_assessments.cend() ? *found : unchecked;
}

QVariant ChecklistModel::criterionData(const Criterion &criterion, int column, int role) const
{
    const Assessment &assessment = storedOrUnchecked(criterion.id);
    switch (role) {
    case CriterionIdRole:
        return criterion.id;
    case ResultRole:
        return int(assessment.result);
    case SearchTextRole:
        return QStringList{criterion.code, criterion.text, assessment.finding, criterion.guidance}
            .join(QLatin1Char(' '));
    case Qt::ForegroundRole:
        if (column == ResultColumn && assessment.result != AssessmentResult::NotChecked)
            return QBrush(resultColour(assessment.result));
        if (column == ResultColumn)
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        return {};
    case Qt::ToolTipRole:
        if (column == FindingColumn)
            return assessment.finding;
        if (column == TextColumn)
            return criterion.text;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case CodeColumn:
        return criterion.code;
    case TextColumn:
        return criterion.text.simplified();
    case ResultColumn:
        return resultLabel(assessment.result);
    case ScoreColumn:
        if (assessment.result == AssessmentResult::NotChecked)
            return {};
        if (assessment.result == AssessmentResult::NotApplicable)
            return QStringLiteral("–"); // outside the score, as the reports print it
        return formatScore(appraisedScoreOf(criterion, assessment));
    case FindingColumn:
        return excerpt(assessment.finding);
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TextColumn:
        return tr("Criterion");
    case ResultColumn:
        return tr("Result");
    case ScoreColumn:
        return tr("Appraised");
    case FindingColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace cchc::ui
