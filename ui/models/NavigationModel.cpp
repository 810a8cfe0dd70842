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
    m_rounds.clear();
    m_templates.clear();
    m_roundOfUnit.clear();
    m_unitItems.clear();
    m_progressLoaded.clear();
}

Status NavigationModel::reload(const InspectionFile &file)
{
    reset();
    auto rounds = file.rounds();
    auto units = file.units();
    if (!rounds || !units)
        return rounds ? units.failure() : rounds.failure();
    QHash<QString, QString> unitNames;
    for (const Unit &unit : *units)
        unitNames.insert(unit.id, unit.name);
    Status status;
    for (const RoundInfo &info : *rounds) {
        auto round = file.loadRound(info.id);
        if (!round) {
            if (status)
                status = round.failure();
            continue;
        }
        m_rounds.insert(round->id, *round);
        auto *roundItem = new QStandardItem(round->title);
        roundItem->setData(round->id, RoundIdRole);
        roundItem->setToolTip(round->title);
        QFont bold = roundItem->font();
        bold.setBold(true);
        roundItem->setFont(bold);
        appendRow({roundItem, new QStandardItem, new QStandardItem});
        for (const RoundUnit &roundUnit : round->units) {
            m_roundOfUnit.insert(roundUnit.id, round->id);
            auto *name = new QStandardItem(unitNames.value(roundUnit.unitId));
            name->setData(round->id, RoundIdRole);
            name->setData(roundUnit.id, RoundUnitIdRole);
            name->setToolTip(name->text());
            roundItem->appendRow({name, new QStandardItem, new QStandardItem});
            m_unitItems.insert(roundUnit.id, name);
        }
    }
    return status;
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
