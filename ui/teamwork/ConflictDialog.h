#pragma once

#include "core/teamwork/PackageMerge.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace cchc::ui {

// The conflicts of a merge, one row each: where (unit, criterion), which field, the lead's
// value and the member's (with who and when), and the choice: mine, theirs, or for text
// both one after the other. Nothing is merged until every row has a choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QList<teamwork::MergeConflict> &conflicts, QWidget *parent = nullptr);

    QHash<QString, teamwork::Choice> decisions() const; // by MergeConflict::decisionKey()
    void chooseAll(teamwork::Choice choice);
    void choose(int row, teamwork::Choice choice);

private:
    QList<teamwork::MergeConflict> m_conflicts;
    QTableWidget *m_table;
};

// A field's value as the review shows it.
QString shownValue(const QVariant &value);

} // namespace cchc::ui
