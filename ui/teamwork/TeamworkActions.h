#pragma once

#include "core/teamwork/PackageMerge.h"

#include <QObject>

class QAction;
class QMenu;

namespace cchc::ui {

class MainWindow;

// The Round menu's team-work actions: "Hand out work…" (a work package for a member),
// "Merge a member's work…" (with the conflict review) and "Edit history…".
class TeamworkActions : public QObject
{
    Q_OBJECT

public:
    TeamworkActions(MainWindow *window, QMenu *menu);

    QList<QAction *> writeActions() const { return m_actions; } // need a writable file
    QAction *historyAction() const { return m_history; }       // needs an open file

    // Without dialogs (the menu actions ask first, then call these).
    Result<teamwork::PackageInfo> handOut(const teamwork::SplitRequest &request,
                                          const QString &packagePath);
    Result<teamwork::MergeSummary> merge(const QString &packagePath,
                                         const teamwork::MergeOptions &options);

    // Dialogs, file choosers and messages go through ui/widgets/Prompts (scriptable).
    void handOutWork();
    void mergeWork();
    void showHistory(); // of the round, the selected criterion first

private:
    void tell(const QString &text, bool error);

    MainWindow *m_window;
    QList<QAction *> m_actions;
    QAction *m_history = nullptr;
};

} // namespace cchc::ui
