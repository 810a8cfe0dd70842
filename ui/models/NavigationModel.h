#pragma once

#include "core/common/Result.h"
#include "core/domain/ChecklistTemplate.h"
#include "core/domain/InspectionRound.h"
#include "core/domain/Scoring.h"

#include <QHash>
#include <QSet>
#include <QStandardItemModel>

namespace cchc {
class InspectionFile;
}

namespace cchc::ui {

// The rounds of a file with their units, as the navigation tree shows them: one row per
// round, its units as children, with each unit's progress ("12/60") and score ("87,5%").
// Progress is filled per round on demand (fillRoundProgress), so a file with years of
// rounds opens at once. The rounds and their checklist versions are kept for the window.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { RoundIdRole = Qt::UserRole + 1, RoundUnitIdRole };
    enum Column { NameColumn, ProgressColumn, ScoreColumn };

    explicit NavigationModel(QObject *parent = nullptr);

    // Empties the model (no file).
    void reset();
    // Every round and unit of `file`, progress not loaded. A round that cannot be read is
    // left out; the first such error is returned after the others are loaded.
    Status reload(const InspectionFile &file);

    const InspectionRound *round(const QString &roundId) const;
    QString roundOfUnit(const QString &roundUnitId) const { return m_roundOfUnit.value(roundUnitId); }
    QStandardItem *unitItem(const QString &roundUnitId) const { return m_unitItems.value(roundUnitId); }
    // The checklist version of a round, loaded once; nullptr (and `error` set) on failure.
    const ChecklistTemplate *templateOfRound(const InspectionFile &file, const QString &roundId,
                                             QString *error = nullptr);

    // Shows the progress of every unit of the round (once per reload).
    Status fillRoundProgress(const InspectionFile &file, const QString &roundId);
    bool isProgressLoaded(const QString &roundId) const { return m_progressLoaded.contains(roundId); }
    void setUnitProgress(const QString &roundUnitId, const ScoreSummary &summary);
    // "12/60 · 87,5%" as shown beside a unit.
    QString progressText(const QString &roundUnitId) const;

private:
    QHash<QString, InspectionRound> m_rounds;
    QHash<QString, ChecklistTemplate> m_templates;
    QHash<QString, QString> m_roundOfUnit;       // round unit id -> round id
    QHash<QString, QStandardItem *> m_unitItems; // round unit id -> its row
    QSet<QString> m_progressLoaded;              // rounds whose units show progress
};

} // namespace cchc::ui
