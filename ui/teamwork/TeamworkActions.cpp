#include "ui/teamwork/TeamworkActions.h"

#include "ui/teamwork/ConflictDialog.h"
#include "ui/teamwork/HistoryDialog.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/teamwork/SplitDialog.h"
#include "ui/widgets/Prompts.h"
#include "ui/widgets/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace cchc::ui {

TeamworkActions::TeamworkActions(MainWindow *window, QMenu *menu)
    : QObject(window), m_window(window)
{
    auto *handOutAction = menu->addAction(tr("&Hand out work…"), this, &TeamworkActions::handOutWork);
    handOutAction->setObjectName(QStringLiteral("handOutWork"));
    auto *mergeAction = menu->addAction(tr("&Merge a member's work…"), this,
                                        &TeamworkActions::mergeWork);
    mergeAction->setObjectName(QStringLiteral("mergeWork"));
    m_actions = {handOutAction, mergeAction};
    m_history = menu->addAction(tr("Edit &history…"), this, &TeamworkActions::showHistory);
    m_history->setObjectName(QStringLiteral("editHistory"));
}

void TeamworkActions::showHistory()
{
    Session *session = m_window->session();
    if (!session || m_window->currentRoundId().isEmpty())
        return;
    HistoryDialog dialog(*session->file(), m_window->currentRoundId(),
                         m_window->currentRoundUnitId(), m_window->workspace()->currentCriterionId(),
                         m_window);
    if (auto status = dialog.reload(); !status) {
        tell(status.error(), true);
        return;
    }
    prompts::execDialog(&dialog);
}

void TeamworkActions::tell(const QString &text, bool error)
{
    if (error)
        prompts::showError(m_window, tr("Team work"), text);
    else
        prompts::ask(m_window, tr("Team work"), text, QMessageBox::Ok, QMessageBox::Ok);
}

Result<teamwork::PackageInfo> TeamworkActions::handOut(const teamwork::SplitRequest &request,
                                                       const QString &packagePath)
{
    Session *session = m_window->session();
    if (!session)
        return Error{tr("No file is open.")};
    return teamwork::splitRound(*session->file(), request, packagePath);
}

Result<teamwork::MergeSummary> TeamworkActions::merge(const QString &packagePath,
                                                      const teamwork::MergeOptions &options)
{
    Session *session = m_window->session();
    if (!session)
        return Error{tr("No file is open.")};
    return session->mergePackage(packagePath, options);
}

void TeamworkActions::handOutWork()
{
    Session *session = m_window->session();
    const QString roundId = m_window->currentRoundId();
    if (!session || roundId.isEmpty()) {
        tell(tr("Choose the round to hand out first."), true);
        return;
    }
    auto round = session->file()->loadRound(roundId);
    auto units = session->file()->units();
    if (!round || !units) {
        tell(round ? units.error() : round.error(), true);
        return;
    }
    SplitDialog dialog(*round, *units, QFileInfo(session->file()->path()).absolutePath(), m_window);
    if (prompts::execDialog(&dialog) != QDialog::Accepted)
        return;
    auto package = handOut(dialog.request(), dialog.packagePath());
    if (!package) {
        tell(package.error(), true);
        return;
    }
    tell(tr("The work package for %n unit(s) was written to “%1”. Give it to the member; "
            "they open it in this program.",
            nullptr, int(package->roundUnitIds.size()))
             .arg(QDir::toNativeSeparators(dialog.packagePath())),
         false);
}

void TeamworkActions::mergeWork()
{
    if (!m_window->session())
        return;
    const QString path = prompts::openFilePath(m_window, tr("Merge a member's work"),
                                               tr("Inspection files (*.cchc)"));
    if (path.isEmpty())
        return;
    // First without writing: are there conflicts to decide?
    teamwork::MergeOptions look;
    look.dryRun = true;
    auto preview = merge(path, look);
    if (!preview) {
        tell(preview.error(), true);
        return;
    }
    QHash<QString, teamwork::Choice> decisions;
    if (!preview->conflicts.isEmpty()) {
        ConflictDialog dialog(preview->conflicts, m_window);
        if (prompts::execDialog(&dialog) != QDialog::Accepted)
            return;
        decisions = dialog.decisions();
    }
    teamwork::MergeOptions options;
    options.decide = [&](const teamwork::MergeConflict &conflict) -> std::optional<teamwork::Choice> {
        if (decisions.contains(conflict.decisionKey()))
            return decisions.value(conflict.decisionKey());
        return std::nullopt;
    };
    auto merged = merge(path, options);
    if (!merged) {
        tell(merged.error(), true);
        return;
    }
    tell(tr("Merged: %1 added, %2 updated, %3 removed, %4 conflicts decided.")
             .arg(merged->added)
             .arg(merged->updated)
             .arg(merged->removed)
             .arg(merged->conflicts.size()),
         false);
}

} // namespace cchc::ui
