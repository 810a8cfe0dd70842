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
// A round's units are loaded when the window needs them: reload loads the first round's
// (and those asked for), the others come when a view expands their round (fetchMore, the
// Qt idiom) or all at once with fillRemaining, which the window runs after its first frame.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { RoundIdRole = Qt::UserRole + 1, RoundUnitIdRole };
    enum Column { NameColumn, ProgressColumn, ScoreColumn };

    explicit NavigationModel(QObject *parent = nullptr);

    // Empties the model (no file).
    void reset();
    // Every round of `file`, with the units of the first one and of `fillNow`; progress not
    // loaded. A round that cannot be read is left out; the first such error is returned
    // after the others are loaded (later, loadFailed says it). `file` must outlive the
    // model's contents (until the next reset or reload).
    Status reload(const InspectionFile &file, const QSet<QString> &fillNow = {});
    // Loads the units of every round not loaded yet.
    void fillRemaining();
    bool isComplete() const { return m_pendingUnits.isEmpty(); }

    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

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

signals:
    // A round whose units were loaded after reload could not be read (it was left out).
    void loadFailed(const QString &message);

private:
    Status fillRound(QStandardItem *roundItem);
    void fillOrReport(QStandardItem *roundItem);

    const InspectionFile *m_file = nullptr;
    QHash<QString, QString> m_unitNames;         // unit id -> name
    QHash<QString, int> m_pendingUnits;          // round id -> units, for rounds not loaded yet
    QHash<QString, InspectionRound> m_rounds;
    QHash<QString, ChecklistTemplate> m_templates;
    QHash<QString, QString> m_roundOfUnit;       // round unit id -> round id
    QHash<QString, QStandardItem *> m_unitItems; // round unit id -> its row
    QSet<QString> m_progressLoaded;              // rounds whose units show progress
};

} // namespace cchc::ui
