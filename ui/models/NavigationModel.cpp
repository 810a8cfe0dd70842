#include "ui/models/NavigationModel.h"

#include "core/storage/InspectionFile.h"
#include "core/storage/RoundResults.h"

#include <QLocale>

namespace cchc::ui {

namespace {

QString percentText(const ScoreSummary &summary)
{
    const auto percent = summary.percent();
    return percent ? QLocale().toString(*percent, 'f', 1) + QLatin1Char('%') : QString();
}

} // namespace

NavigationModel::NavigationModel(QObject *parent) : QStandardItemModel(parent)
{
}

void NavigationModel::reset()
{
    clear();
    setHorizontalHeaderLabels({tr("Round / unit"), tr("Checked"), tr("Score")});
    m_file = nullptr;
    m_unitNames.clear();
    m_pendingUnits.clear();
    m_rounds.clear();
    m_templates.clear();
    m_roundOfUnit.clear();
    m_unitItems.clear();
    m_progressLoaded.clear();
}

Status NavigationModel::reload(const InspectionFile &file, const QSet<QString> &fillNow)
{
    reset();
    auto rounds = file.rounds();
    auto unitNames = file.unitNames();
    if (!rounds || !unitNames)
        return rounds ? unitNames.failure() : rounds.failure();
    m_file = &file;
    m_unitNames = std::move(*unitNames);
    Status status;
    bool firstFilled = false; // the first round that can be read: the window opens on it
    for (const RoundInfo &info : *rounds) {
        auto *roundItem = new QStandardItem(info.title);
        roundItem->setData(info.id, RoundIdRole);
        roundItem->setToolTip(info.title);
        QFont bold = roundItem->font();
        bold.setBold(true);
        roundItem->setFont(bold);
        m_pendingUnits.insert(info.id, info.unitCount);
        // Filled before it joins the model: no signal per unit row.
        if (!firstFilled || fillNow.contains(info.id)) {
            if (auto filled = fillRound(roundItem); !filled) {
                if (status)
                    status = filled;
                delete roundItem;
                continue;
            }
            firstFilled = true;
        }
        appendRow({roundItem, new QStandardItem, new QStandardItem});
    }
    return status;
}

// Loads the round and appends its units under its row. A round that cannot be read is
// removed from the model (it cannot be worked on), as if it had never been listed.
Status NavigationModel::fillRound(QStandardItem *roundItem)
{
    const QString roundId = roundItem->data(RoundIdRole).toString();
    if (!m_pendingUnits.remove(roundId) || !m_file)
        return {};
    auto round = m_file->loadRound(roundId);
    if (!round) {
        if (roundItem->model() == this)
            removeRow(roundItem->row());
        return round.failure();
    }
    m_rounds.insert(round->id, *round);
    for (const RoundUnit &roundUnit : round->units) {
        m_roundOfUnit.insert(roundUnit.id, round->id);
        auto *name = new QStandardItem(m_unitNames.value(roundUnit.unitId));
        name->setData(round->id, RoundIdRole);
        name->setData(roundUnit.id, RoundUnitIdRole);
        name->setToolTip(name->text());
        roundItem->appendRow({name, new QStandardItem, new QStandardItem});
        m_unitItems.insert(roundUnit.id, name);
    }
    return {};
}

void NavigationModel::fillOrReport(QStandardItem *roundItem)
{
    if (auto status = fillRound(roundItem); !status)
        emit loadFailed(status.error());
}

void NavigationModel::fillRemaining()
{
    for (int row = 0; row < rowCount() && !m_pendingUnits.isEmpty();) {
        QStandardItem *roundItem = item(row);
        fillOrReport(roundItem);
        if (item(row) == roundItem)
            ++row; // not removed
    }
}

// A round not loaded yet shows its expander as one with units does.
bool NavigationModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && !parent.parent().isValid()) {
        const auto pending = m_pendingUnits.constFind(parent.siblingAtColumn(0).data(RoundIdRole).toString());
        if (pending != m_pendingUnits.cend())
            return parent.column() == 0 && *pending > 0;
    }
    return QStandardItemModel::hasChildren(parent);
}

bool NavigationModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && !parent.parent().isValid() && parent.column() == 0 &&
           m_pendingUnits.contains(parent.data(RoundIdRole).toString());
}

void NavigationModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fillOrReport(itemFromIndex(parent));
}

const InspectionRound *NavigationModel::round(const QString &roundId) const
{
    const auto found = m_rounds.constFind(roundId);
    return found == m_rounds.cend() ? nullptr : &*found;
}

const ChecklistTemplate *NavigationModel::templateOfRound(const InspectionFile &file,
                                                          const QString &roundId, QString *error)
{
    const InspectionRound *shown = round(roundId);
    if (!shown)
        return nullptr;
    auto found = m_templates.find(shown->templateId);
    if (found == m_templates.end()) {
        auto loaded = file.loadTemplate(shown->templateId);
        if (!loaded) {
            if (error)
                *error = loaded.error();
            return nullptr;
        }
        found = m_templates.insert(shown->templateId, *loaded);
    }
    return &*found;
}

Status NavigationModel::fillRoundProgress(const InspectionFile &file, const QString &roundId)
{
    if (m_pendingUnits.contains(roundId)) { // expanded before its units were loaded
        for (int row = 0; row < rowCount(); ++row) {
            if (item(row)->data(RoundIdRole).toString() == roundId) {
                if (auto filled = fillRound(item(row)); !filled)
                    return filled;
                break;
            }
        }
    }
    const InspectionRound *shown = round(roundId);
    if (roundId.isEmpty() || m_progressLoaded.contains(roundId) || !shown)
        return {};
    QString error;
    const ChecklistTemplate *checklist = templateOfRound(file, roundId, &error);
    if (!checklist)
        return Error{error};
    auto assessments = roundResults(file, roundId);
    if (!assessments)
        return assessments.failure();
    m_progressLoaded.insert(roundId);
    const QHash<QString, UnitScore> scores = scoreRound(*shown, *checklist, *assessments);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        setUnitProgress(it.key(), it->total);
    return {};
}

void NavigationModel::setUnitProgress(const QString &roundUnitId, const ScoreSummary &summary)
{
    QStandardItem *item = unitItem(roundUnitId);
    if (!item)
        return;
    QStandardItem *parent = item->parent();
    parent->child(item->row(), ProgressColumn)
        ->setText(QStringLiteral("%1/%2").arg(summary.checked).arg(summary.criteria));
    parent->child(item->row(), ScoreColumn)->setText(percentText(summary));
}

QString NavigationModel::progressText(const QString &roundUnitId) const
{
    QStandardItem *item = unitItem(roundUnitId);
    if (!item)
        return {};
    return item->parent()->child(item->row(), ProgressColumn)->text() + QStringLiteral(" · ") +
           item->parent()->child(item->row(), ScoreColumn)->text();
}

} // namespace cchc::ui
