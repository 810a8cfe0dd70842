#pragma once

#include "core/common/Result.h"
#include "core/domain/Unit.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cchc::ui {

class Session;

// The unit register (đơn vị được kiểm tra) shared by every round. Each cell edit is
// written at once as an undoable step, like every other edit in the window.
class UnitRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnitRegisterDialog(Session *session, QWidget *parent = nullptr);

    Status addUnit(const Unit &unit);
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

private:
    void reload();
    void commitRow(int row);
    void removeCurrent();

    Session *m_session;
    QTableWidget *m_table;
    QLabel *m_error;
    QList<Unit> m_units; // by row; a row beyond the list is a new unit being typed
    bool m_loading = false;
};

} // namespace cchc::ui
