#pragma once

#include "core/storage/InspectionFile.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;
class QTableWidgetItem;

namespace cchc::ui {

// The edit history of a round (who, when, on which laptop, field, old → new), or of the
// criterion selected in the window.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const InspectionFile &file, const QString &roundId, const QString &roundUnitId,
                  const QString &criterionId, QWidget *parent = nullptr);

    Status reload();
    QTableWidget *table() const { return m_table; }
    QCheckBox *onlyCriterion() const { return m_onlyCriterion; }

private:
    const InspectionFile &m_file;
    QString m_roundId;
    QString m_roundUnitId;
    QString m_criterionId;
    QCheckBox *m_onlyCriterion;
    QTableWidget *m_table;
};

// A table cell that can be read and selected, not edited; the tooltip shows long text whole.
QTableWidgetItem *readOnlyCell(const QString &text);
// A stored UTC time as local "dd/MM/yyyy HH:mm".
QString localTime(const QString &iso);

// A stored field as the team knows it ("Nhận xét" for assessments.finding).
QString fieldLabel(const QString &table, const QString &field);

} // namespace cchc::ui
