#include "ui/teamwork/ConflictDialog.h"

#include "ui/teamwork/HistoryDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cchc::ui {

namespace {

enum Column { Where, Field, Mine, Theirs, Decision, ColumnCount };

} // namespace

QString shownValue(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? ConflictDialog::tr("(empty)")
                                                        : value.toString();
}

ConflictDialog::ConflictDialog(const QList<teamwork::MergeConflict> &conflicts, QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Review conflicts"));
    auto *intro = new QLabel(tr("%n field(s) were changed both here and in the member's package "
                                "since it was handed out. Choose what to keep; nothing is merged "
                                "before every conflict is decided.",
                                nullptr, int(conflicts.size())),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Where"), tr("Field"), tr("Mine (this file)"), tr("Theirs (package)"), tr("Keep")});
    m_table->setRowCount(int(conflicts.size()));
    m_table->setWordWrap(true);
    for (int row = 0; row < conflicts.size(); ++row) {
        const auto &conflict = conflicts[row];
        m_table->setItem(row, Where, readOnlyCell(conflict.context));
        m_table->setItem(row, Field, readOnlyCell(fieldLabel(conflict.table, conflict.field)));
        const QString mineBy = conflict.mineBy.isEmpty() ? tr("this file") : conflict.mineBy;
        m_table->setItem(row, Mine, readOnlyCell(tr("%1\n— %2, %3")
                                                     .arg(shownValue(conflict.mine), mineBy,
                                                          localTime(conflict.mineAt))));
        const QString who = conflict.theirsBy.isEmpty() ? tr("member") : conflict.theirsBy;
        m_table->setItem(row, Theirs,
                         readOnlyCell(tr("%1\n— %2, %3")
                                          .arg(shownValue(conflict.theirs), who,
                                               localTime(conflict.theirsAt))));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Mine"), int(teamwork::Choice::Mine));
        choice->addItem(tr("Theirs"), int(teamwork::Choice::Theirs));
        if (conflict.text)
            choice->addItem(tr("Both, mine first"), int(teamwork::Choice::Both));
        m_table->setCellWidget(row, Decision, choice);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(Where, 260);
    m_table->setColumnWidth(Field, 90);
    m_table->setColumnWidth(Mine, 220);
    m_table->setColumnWidth(Theirs, 220);
    m_table->setColumnWidth(Decision, 150);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    auto *allMine = buttons->addButton(tr("All &mine"), QDialogButtonBox::ActionRole);
    auto *allTheirs = buttons->addButton(tr("All &theirs"), QDialogButtonBox::ActionRole);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(teamwork::Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(teamwork::Choice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 460);
}

QHash<QString, teamwork::Choice> ConflictDialog::decisions() const
{
    QHash<QString, teamwork::Choice> decisions;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, Decision));
        decisions.insert(m_conflicts[row].decisionKey(),
                         teamwork::Choice(choice->currentData().toInt()));
    }
    return decisions;
}

void ConflictDialog::chooseAll(teamwork::Choice choice)
{
    for (int row = 0; row < m_conflicts.size(); ++row)
        this->choose(row, choice);
}

void ConflictDialog::choose(int row, teamwork::Choice choice)
{
    auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, Decision));
    const int index = box->findData(int(choice));
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace cchc::ui
