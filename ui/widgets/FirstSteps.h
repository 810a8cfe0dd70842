#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cchc::ui {

// What an open file without a round shows instead of an empty checklist: the steps of a
// round, the next one with its button. Units first (the round chooses from the register),
// then the round (legal bases, team, dates, units visited); checking, the minutes and the
// notice follow in the workspace once the round exists.
class FirstSteps : public QWidget
{
    Q_OBJECT

public:
    explicit FirstSteps(QWidget *parent = nullptr);
    // How far the file is: the number of units in its register. `writable`: buttons work.
    void setState(int units, bool writable);

signals:
    void unitsRequested();
    void roundRequested();

private:
    QLabel *m_unitsDone = nullptr;
    QPushButton *m_units = nullptr;
    QPushButton *m_round = nullptr;
};

} // namespace cchc::ui
