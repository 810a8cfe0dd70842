#pragma once

#include "core/teamwork/WorkPackage.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace cchc::ui {

// "Hand out work": which units of the round go to which member, and where the package is
// written. The member opens the package in this same program.
class SplitDialog : public QDialog
{
    Q_OBJECT

public:
    SplitDialog(const InspectionRound &round, const QList<Unit> &units, const QString &folder,
                QWidget *parent = nullptr);

    teamwork::SplitRequest request() const;
    QString packagePath() const;
    // For tests and screenshots: tick only these units (by unit id).
    void chooseUnits(const QStringList &unitIds);
    void setMember(const QString &name);

private:
    void updateSuggestedPath();
    void browse();

    QString m_roundId;
    QString m_folder;
    QListWidget *m_units;
    QLineEdit *m_member;
    QLineEdit *m_path;
    bool m_pathEdited = false;
};

} // namespace cchc::ui
