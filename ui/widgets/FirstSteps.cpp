#include "ui/widgets/FirstSteps.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cchc::ui {

FirstSteps::FirstSteps(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("firstSteps"));
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    auto *title = new QLabel(tr("This file has no inspection round yet"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *steps = new QGridLayout;
    steps->setColumnStretch(1, 1);
    const auto step = [&](int row, const QString &text, QWidget *action) {
        auto *number = new QLabel(QStringLiteral("<b>%1.</b>").arg(row + 1));
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        steps->addWidget(number, row, 0, Qt::AlignTop);
        steps->addWidget(label, row, 1);
        if (action)
            steps->addWidget(action, row, 2, Qt::AlignTop);
    };
    m_units = new QPushButton(tr("Unit register… (Ctrl+U)"));
    m_units->setObjectName(QStringLiteral("firstStepUnits"));
    m_round = new QPushButton(tr("New round… (Ctrl+Shift+N)"));
    m_round->setObjectName(QStringLiteral("firstStepRound"));
    auto *unitsStep = new QWidget;
    auto *unitsLayout = new QVBoxLayout(unitsStep);
    unitsLayout->setContentsMargins(0, 0, 0, 0);
    unitsLayout->addWidget(new QLabel(tr("Register the units to inspect: name, head, address.")));
    m_unitsDone = new QLabel;
    unitsLayout->addWidget(m_unitsDone);
    step(0, QString(), m_units);
    steps->addWidget(unitsStep, 0, 1);
    step(1,
         tr("Create the round: its title, legal bases, the team with its lead, the visit dates "
            "and the units visited (a unit can also be added to the register from there)."),
         m_round);
    step(2,
         tr("Check at each unit: keys 1–4 give the result, F2 writes the finding, "
            "Ctrl+PgDown goes to the next unit."),
         nullptr);
    step(3, tr("Print the unit's minutes on site: Reports › Minutes of this unit (Ctrl+M)."),
         nullptr);
    step(4,
         tr("After the visits: draft the notice (Reports › Edit the notice draft, "
            "Ctrl+Shift+D), review it on its pages, then issue it with a number."),
         nullptr);
    layout->addLayout(steps);
    layout->addStretch(1);
    connect(m_units, &QPushButton::clicked, this, &FirstSteps::unitsRequested);
    connect(m_round, &QPushButton::clicked, this, &FirstSteps::roundRequested);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 3);
    outer->addStretch(1);
}

void FirstSteps::setState(int units, bool writable)
{
    m_unitsDone->setText(units == 0 ? tr("None registered yet: this is the next step.")
                                    : tr("%n unit(s) registered.", nullptr, units));
    m_units->setEnabled(writable);
    m_round->setEnabled(writable);
    // The next step is the default button: Enter takes it.
    m_units->setDefault(units == 0);
    m_round->setDefault(units > 0);
}

} // namespace cchc::ui
