#pragma once

#include "core/domain/AssessmentResult.h"
#include "core/storage/InspectionFile.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace cchc {
class InspectionFile;
}

namespace cchc::ui {

class Banner;
class FrozenRoundBanner;
class FirstSteps;
class Session;
class StartPage;
class TeamworkActions;
class Workspace;

// The main window: a start page until a file is open, then the workspace (rounds and
// units, the checklist, the selected criterion). Menus and the toolbar carry every action
// with its shortcut; the title bar and the status bar say whether everything is saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    // The file given on the command line, in a window already shown: the window shows the
    // file first and runs the file's integrity check right after its first frame (it still
    // comes before any write, see InspectionFile::IntegrityCheck); a damaged file is then
    // closed with the same message openFile() gives.
    bool openFileAtStartup(const QString &path);
    bool newFile(const QString &path);
    bool openDemo();
    bool saveCopyAs(const QString &path);
    void closeFile();

    // For the report actions (ui/report/ReportActions): the open file and the selection.
    InspectionFile *file() const;
    QString currentRoundId() const;
    QString currentRoundUnitId() const;
    // Puts report actions in the "Reports" menu and toolbar slot; replaces earlier ones.
    void addReportActions(const QList<QAction *> &actions);

    Session *session() const { return m_session.get(); }
    TeamworkActions *teamwork() const { return m_teamwork; }
    Workspace *workspace() const { return m_workspace; }
    Banner *banner() const { return m_banner; }
    // What the window shows with no file, made the first time it is needed (a window opened
    // on a file never builds it).
    StartPage *startPage();
    QString saveStateText() const;
    QAction *action(const QString &objectName) const;

    // Editors, also reachable from the menus.
    void editRound(const QString &roundId); // empty: a new round
    // Asks first, naming the round and what it holds; undoable. A round whose notice is
    // issued is refused without asking (the action is disabled, its tooltip says why).
    bool removeRound(const QString &roundId);
    // Why `roundId` cannot be removed (its notice is issued), or empty.
    QString issuedRoundRemovalRefusal(const QString &roundId) const;
    void editUnits();
    void editTemplates();
    void showPreferences();
    void showAbout();

    static QString demoPath();

signals:
    // The file, round or unit the window shows changed (file may be null).
    void contextChanged(cchc::InspectionFile *file, const QString &roundId,
                        const QString &roundUnitId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text,
                       const QKeySequence &shortcut, const std::function<void()> &slot);
    void setSession(std::unique_ptr<Session> session);
    void updateSaveState();
    void updateActions();
    // The workspace, or the first steps while the file has no round.
    void showFileView();
    void showError(const QString &message);
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    QStringList recentFiles() const;
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndCopy();
    void readSettings();
    // Writes a finding being typed; asks before a finding that could not be saved is lost.
    bool mayLeaveFile();
    bool isOpenHere(const QString &path) const; // `path` is the file of this window
    bool openFileWith(const QString &path, InspectionFile::Access access,
                      InspectionFile::IntegrityCheck integrity =
                          InspectionFile::IntegrityCheck::BeforeOpening);
    void closeIfDamaged(const Session *opened, const QStringList &recentBefore);
    void offerWritableOpen(const InspectionFile &opened);

    std::unique_ptr<Session> m_session;
    QStackedWidget *m_stack;
    StartPage *m_startPage = nullptr;
    FirstSteps *m_firstSteps = nullptr;
    Workspace *m_workspace;
    Banner *m_banner;
    FrozenRoundBanner *m_frozenBanner; // the round in view, once its notice is issued
    QLabel *m_saveState;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_reportsSeparator = nullptr;
    QList<QAction *> m_reportActions;
    TeamworkActions *m_teamwork = nullptr;
    QList<QAction *> m_fileActions;  // need an open file
    QList<QAction *> m_writeActions; // need a writable file
};

} // namespace cchc::ui
