#include "ui/MainWindow.h"

#include "ui/About.h"
#include "core/builtin/BuiltinTemplate.h"
#include "core/builtin/DemoFile.h"
#include "core/common/Ids.h"
#include "ui/editors/PreferencesDialog.h"
#include "ui/editors/RoundEditor.h"
#include "ui/editors/TemplateEditor.h"
#include "ui/editors/UnitRegisterDialog.h"
#include "ui/Icons.h"
#include "ui/report/ReportActions.h"
#include "core/storage/ReportStore.h"
#include "core/teamwork/EditHistory.h"
#include "core/teamwork/FrozenGuards.h"
#include "ui/teamwork/TeamworkActions.h"
#include "ui/Session.h"
#include "core/storage/FileCopy.h"
#include "core/storage/InspectionFile.h"
#include "ui/teamwork/FrozenRoundUi.h"
#include "ui/widgets/Banner.h"
#include "ui/widgets/FirstSteps.h"
#include "ui/widgets/Prompts.h"
#include "ui/widgets/StartPage.h"
#include "ui/widgets/WindowSize.h"
#include "ui/widgets/Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cchc::ui {

namespace {
const QString kRecentKey = QStringLiteral("ui/recentFiles");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kStateKey = QStringLiteral("ui/windowState");
const QString kPanesKey = QStringLiteral("ui/panes");
constexpr int kMaxRecent = 8;

QString fileFilter()
{
    return MainWindow::tr("Inspection files (*.cchc)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_stack(new QStackedWidget(this)), m_workspace(new Workspace(this)), m_banner(new Banner(this)),
      m_frozenBanner(new FrozenRoundBanner(this)), m_saveState(new QLabel(this)),
      m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_workspace);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_frozenBanner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // The keys, always in sight: they are learnt by looking, not from a manual.
    auto *keys = new QLabel(
        tr("1–4 result · N next unchecked · F2 finding · Esc back · Ctrl+F filter"), this);
    keys->setObjectName(QStringLiteral("keyHint"));
    statusBar()->addWidget(keys);
    statusBar()->addPermanentWidget(m_saveState);

    createActions();
    createMenus();
    connect(m_workspace, &Workspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::findingPendingChanged, this, &MainWindow::updateSaveState);
    connect(m_workspace, &Workspace::contextChanged, this, [this] {
        updateActions();
        emit contextChanged(file(), currentRoundId(), currentRoundUnitId());
    });
    connect(this, &MainWindow::contextChanged, m_frozenBanner,
            [this](InspectionFile *file, const QString &roundId) {
                m_frozenBanner->setContext(file ? m_session.get() : nullptr, roundId);
            });
    auto *reports = new ReportActions(this);
    addReportActions(reports->actions());
    connect(this, &MainWindow::contextChanged, reports,
            [this, reports](InspectionFile *file, const QString &roundId, const QString &unitId) {
                // Reports read the file and write through its session.
                reports->setContext(file ? m_session.get() : nullptr, roundId, unitId);
            });
    keys->hide(); // until a file is open
    resizeToFit(this, QSize(1280, 688)); // a 1366 × 768 laptop with its title bar and taskbar
    readSettings();
    updateSaveState();
    updateActions();
}

StartPage *MainWindow::startPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage(this);
        m_stack->insertWidget(0, m_startPage);
        connect(m_startPage, &StartPage::newRequested, this, &MainWindow::chooseAndCreate);
        connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseAndOpen);
        connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
        connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openFile);
        m_startPage->setRecentFiles(recentFiles());
    }
    return m_startPage;
}

// With no file, the start page; it is built here, not in the constructor, so a window
// opened on a file (the command line, a double click) does not build it at all.
void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_session && m_stack->currentWidget() != m_startPage)
        m_stack->setCurrentWidget(startPage());
    QMainWindow::showEvent(event);
}

MainWindow::~MainWindow()
{
    // The workspace refers to the session: detach it before the session goes.
    m_workspace->setSession(nullptr);
}

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text,
                               const QKeySequence &shortcut, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, slot);
    if (menu)
        menu->addAction(action);
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    // Created in createMenus, where each lands in its menu; nothing shared to set up here.
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = addAction(fileMenu, QStringLiteral("newFile"), tr("&New…"),
                                   QKeySequence::New, [this] { chooseAndCreate(); });
    QAction *openAction = addAction(fileMenu, QStringLiteral("openFile"), tr("&Open…"),
                                    QKeySequence::Open, [this] { chooseAndOpen(); });
    addAction(fileMenu, QStringLiteral("openDemo"), tr("Open the &demo"), {},
              [this] { openDemo(); });
    m_recentMenu = fileMenu->addMenu(tr("&Recent files"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addSeparator();
    m_fileActions << addAction(fileMenu, QStringLiteral("saveCopy"), tr("Save a &copy as…"),
                               QKeySequence::SaveAs, [this] { chooseAndCopy(); });
    m_fileActions << addAction(fileMenu, QStringLiteral("closeFile"), tr("&Close file"),
                               QKeySequence::Close, [this] { closeFile(); });
    fileMenu->addSeparator();
    addAction(fileMenu, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit,
              [this] { close(); });

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Our own actions, not QUndoGroup's: a finding being typed is written first, so undo
    // never races the editor's pending text.
    // A step whose write fails leaves the history where it was, and says why.
    const auto historyStep = [this](Status (Session::*move)()) {
        m_workspace->flushFinding();
        if (!m_session)
            return;
        if (auto status = (m_session.get()->*move)(); !status)
            showError(status.error());
    };
    QAction *undo = addAction(editMenu, QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo,
                              [historyStep] { historyStep(&Session::undo); });
    QAction *redo = addAction(editMenu, QStringLiteral("redo"), tr("&Redo"), QKeySequence::Redo,
                              [historyStep] { historyStep(&Session::redo); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(text));
    });
    editMenu->addSeparator();
    m_fileActions << addAction(editMenu, QStringLiteral("filter"), tr("&Filter criteria"),
                               QKeySequence::Find, [this] { m_workspace->focusFilter(); });
    editMenu->addSeparator();
    addAction(editMenu, QStringLiteral("preferences"), tr("&Preferences…"),
              QKeySequence::Preferences, [this] { showPreferences(); });

    QMenu *checkMenu = menuBar()->addMenu(tr("&Checklist"));
    const QList<std::tuple<QString, QString, AssessmentResult, QString>> results = {
        {QStringLiteral("resultMet"), tr("&Met"), AssessmentResult::Met, QStringLiteral("met")},
        {QStringLiteral("resultPartial"), tr("&Partially met"), AssessmentResult::PartiallyMet,
         QStringLiteral("partial")},
        {QStringLiteral("resultNotMet"), tr("&Not met"), AssessmentResult::NotMet,
         QStringLiteral("notmet")},
        {QStringLiteral("resultNotApplicable"), tr("Not &applicable"),
         AssessmentResult::NotApplicable, QStringLiteral("notapplicable")},
        {QStringLiteral("resultClear"), tr("&Clear result"), AssessmentResult::NotChecked, {}},
    };
    int key = Qt::Key_1;
    QList<QAction *> resultActions;
    for (const auto &[name, text, result, icon] : results) {
        const QKeySequence shortcut =
            result == AssessmentResult::NotChecked ? QKeySequence(Qt::Key_0) : QKeySequence(key++);
        const AssessmentResult chosen = result;
        QAction *action = addAction(checkMenu, name, text, shortcut,
                                    [this, chosen] { m_workspace->setResult(chosen); });
        action->setIcon(actionIcon(icon));
        // The toolbar button names its key, so the keyboard way is learnt by looking.
        action->setIconText(QStringLiteral("%1 %2").arg(shortcut.toString(QKeySequence::NativeText),
                                                        QString(text).remove(QLatin1Char('&'))));
        resultActions << action;
    }
    m_writeActions << resultActions;
    checkMenu->addSeparator();
    QAction *next =
        addAction(checkMenu, QStringLiteral("nextUnchecked"), tr("Next &unchecked criterion"),
                  QKeySequence(Qt::Key_N), [this] { m_workspace->goToNextUnchecked(); });
    m_fileActions << next;
    next->setIcon(actionIcon(QStringLiteral("next")));
    next->setIconText(tr("%1 Next unchecked").arg(next->shortcut().toString(QKeySequence::NativeText)));
    m_writeActions << addAction(checkMenu, QStringLiteral("editFinding"), tr("Write the &finding"),
                                QKeySequence(Qt::Key_F2), [this] { m_workspace->editFinding(); });
    checkMenu->addSeparator();
    m_fileActions << addAction(checkMenu, QStringLiteral("nextUnit"), tr("Ne&xt unit"),
                               QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                               [this] { m_workspace->goToSiblingUnit(1); });
    m_fileActions << addAction(checkMenu, QStringLiteral("previousUnit"), tr("Pre&vious unit"),
                               QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                               [this] { m_workspace->goToSiblingUnit(-1); });

    QMenu *roundMenu = menuBar()->addMenu(tr("&Round"));
    m_writeActions << addAction(roundMenu, QStringLiteral("newRound"), tr("&New round…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                [this] { editRound({}); });
    m_fileActions << addAction(roundMenu, QStringLiteral("editRound"), tr("&Edit round…"),
                               QKeySequence(Qt::CTRL | Qt::Key_R),
                               [this] { editRound(currentRoundId()); });
    m_writeActions << addAction(roundMenu, QStringLiteral("removeRound"), tr("&Remove round…"),
                                {}, [this] { removeRound(currentRoundId()); });
    roundMenu->addSeparator();
    m_fileActions << addAction(roundMenu, QStringLiteral("editUnits"), tr("&Unit register…"),
                               QKeySequence(Qt::CTRL | Qt::Key_U), [this] { editUnits(); });
    m_fileActions << addAction(roundMenu, QStringLiteral("editTemplates"),
                               tr("Checklist &templates…"), QKeySequence(Qt::CTRL | Qt::Key_T),
                               [this] { editTemplates(); });
    roundMenu->addSeparator();
    m_teamwork = new TeamworkActions(this, roundMenu);
    m_writeActions << m_teamwork->writeActions();
    m_fileActions << m_teamwork->historyAction();

    m_reportsMenu = menuBar()->addMenu(tr("Re&ports"));
    m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    QAction *placeholder = m_reportsMenu->addAction(tr("No report actions available"));
    placeholder->setEnabled(false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    addAction(helpMenu, QStringLiteral("about"), tr("&About…"), {}, [this] { showAbout(); });

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    // Icons for all, text beside those whose words teach something (the result keys, the
    // reports); file and history actions are known by their icons, named in tooltips.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newAction->setIcon(actionIcon(QStringLiteral("new")));
    openAction->setIcon(actionIcon(QStringLiteral("open")));
    undo->setIcon(actionIcon(QStringLiteral("undo")));
    redo->setIcon(actionIcon(QStringLiteral("redo")));
    m_toolBar->addActions({newAction, openAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({undo, redo});
    for (QAction *iconOnly : {newAction, openAction, undo, redo}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(iconOnly)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    m_toolBar->addSeparator();
    m_toolBar->addActions(resultActions.mid(0, 4));
    m_toolBar->addAction(next);
    m_toolBar->addSeparator();
    m_reportsSeparator = m_toolBar->addSeparator(); // report actions go after this
    updateRecentMenu();
}

void MainWindow::addReportActions(const QList<QAction *> &actions)
{
    for (QAction *old : std::as_const(m_reportActions))
        m_toolBar->removeAction(old);
    m_reportsMenu->clear();
    m_reportActions = actions;
    if (actions.isEmpty()) {
        m_reportsMenu->addAction(tr("No report actions available"))->setEnabled(false);
        return;
    }
    m_reportsMenu->addActions(actions);
    // The toolbar keeps the four a team uses most (the unit's minutes, the notice's preview,
    // PDF and Word); the rest stay in the menu, so the toolbar still fits a 1366-pixel screen.
    m_toolBar->addActions(actions.mid(0, 4));
}

InspectionFile *MainWindow::file() const
{
    return m_session ? m_session->file() : nullptr;
}

QString MainWindow::currentRoundId() const
{
    return m_workspace->currentRoundId();
}

QString MainWindow::currentRoundUnitId() const
{
    return m_workspace->currentRoundUnitId();
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    m_workspace->setSession(nullptr);
    // Windows that hold the old file (report draft, settings) close before it goes.
    emit contextChanged(nullptr, {}, {});
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_session = std::move(session);
    m_banner->showMessage(Banner::Kind::Info, {});
    if (m_session) {
        m_session->setReasonPrompt([this](const teamwork::FrozenRound &round) {
            return askChangeReason(this, round);
        });
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session.get(), &Session::saveStateChanged, this, &MainWindow::updateSaveState);
        connect(m_session->undoStack(), &QUndoStack::indexChanged, this,
                &MainWindow::updateSaveState);
        setWindowFilePath(m_session->file()->path());
        InspectionFile *opened = m_session->file();
        // The title says read-only too: the title bar never claims more than is true.
        setWindowTitle(opened->isReadOnly()
                           ? tr("%1 (read-only)[*]").arg(QFileInfo(opened->path()).fileName())
                           : QString());
        if (opened->isReadOnly()) {
            m_banner->showMessage(Banner::Kind::Warning,
                                  tr("Read-only: %1 Changes cannot be made in this window.")
                                      .arg(opened->readOnlyReason()));
            offerWritableOpen(*opened);
        } else if (!opened->upgradeBackupPath().isEmpty())
            m_banner->showMessage(Banner::Kind::Info,
                                  tr("The file was upgraded to the current format; the "
                                     "previous version was kept as %1.")
                                      .arg(QDir::toNativeSeparators(opened->upgradeBackupPath())));
        rememberRecent(opened->path());
        connect(m_session.get(), &Session::structureChanged, this, &MainWindow::showFileView);
        connect(m_session.get(), &Session::noticeIssued, this, &MainWindow::updateActions);
    } else {
        setWindowFilePath({});
        setWindowTitle(QString());
        m_stack->setCurrentWidget(startPage());
        m_startPage->setRecentFiles(recentFiles());
    }
    m_workspace->setSession(m_session.get());
    // The keys work in the checklist: the start page and the first steps have none of them.
    if (auto *keys = findChild<QLabel *>(QStringLiteral("keyHint")))
        keys->setVisible(false);
    showFileView();
    updateSaveState();
    updateActions();
    emit contextChanged(file(), currentRoundId(), currentRoundUnitId());
}

bool MainWindow::isOpenHere(const QString &path) const
{
    return m_session && QFileInfo(m_session->file()->path()) == QFileInfo(path);
}

bool MainWindow::openFile(const QString &path)
{
    return openFileWith(path, InspectionFile::Access::ReadWrite);
}

bool MainWindow::openFileAtStartup(const QString &path)
{
    const QStringList recent = recentFiles();
    if (!openFileWith(path, InspectionFile::Access::ReadWrite,
                      InspectionFile::IntegrityCheck::BeforeFirstWrite))
        return false;
    m_workspace->afterFirstFrame(
        [this, opened = m_session.get(), recent] { closeIfDamaged(opened, recent); });
    return true;
}

void MainWindow::closeIfDamaged(const Session *opened, const QStringList &recentBefore)
{
    if (!m_session || m_session.get() != opened)
        return; // another file was opened meanwhile, and checked then
    if (auto status = m_session->file()->checkIntegrity(); !status) {
        setSession(nullptr);
        // As when open() refuses it: a damaged file does not become a recent one.
        QSettings().setValue(kRecentKey, recentBefore);
        updateRecentMenu();
        startPage()->setRecentFiles(recentFiles());
        showError(status.error());
    }
}

bool MainWindow::openFileWith(const QString &path, InspectionFile::Access access,
                              InspectionFile::IntegrityCheck integrity)
{
    // The file in this window holds its own lock: opening it again is a request to see it,
    // not a second writer (which would find our lock and open read-only).
    if (isOpenHere(path) && !m_session->file()->isReadOnly()) {
        raise();
        activateWindow();
        showFileView();
        statusBar()->showMessage(
            tr("“%1” is already open in this window.").arg(QFileInfo(path).fileName()), 8000);
        return true;
    }
    if (!mayLeaveFile())
        return false;
    if (isOpenHere(path))
        setSession(nullptr); // read-only here: open it afresh, read-write if the lock is free
    auto opened = InspectionFile::open(path, access, integrity);
    if (!opened) {
        showError(opened.error());
        return false;
    }
    setSession(std::make_unique<Session>(std::move(*opened)));
    return true;
}

// Read-only because of another window here: once it closes, one click makes this one
// writable. Because of another computer's lock (a crash there, a pulled USB stick): the
// user may take the lock over, after being told what that risks.
void MainWindow::offerWritableOpen(const InspectionFile &opened)
{
    const QString path = opened.path();
    const QString computer = opened.lockedOnComputer();
    if (computer.isEmpty()) {
        m_banner->setAction(tr("Open again"), [this, path] {
            QMetaObject::invokeMethod(
                this, [this, path] { openFile(path); }, Qt::QueuedConnection);
        });
        return;
    }
    m_banner->setAction(tr("Open for editing anyway…"), [this, path, computer] {
        const auto answer = prompts::ask(
            this, tr("Open for editing anyway"),
            tr("Open the file for editing although it is marked as open on “%1”?\n\nDo this "
               "only if it is no longer open there. If it still is, the changes made on the "
               "two computers would overwrite each other.")
                .arg(computer),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, path] { openFileWith(path, InspectionFile::Access::ReadWriteTakeOverLock); },
            Qt::QueuedConnection);
    });
}

bool MainWindow::newFile(const QString &path)
{
    if (!mayLeaveFile())
        return false;
    if (isOpenHere(path))
        setSession(nullptr); // replacing the open file: let go of it and its lock first
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto created = InspectionFile::create(path);
    if (!created) {
        showError(created.error());
        return false;
    }
    ChecklistTemplate checklist = builtinTemplate();
    if (auto id = (*created)->saveTemplate(checklist); !id) {
        showError(id.error());
        return false;
    }
    setSession(std::make_unique<Session>(std::move(*created)));
    return true;
}

QString MainWindow::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.cchc"));
}

bool MainWindow::openDemo()
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).path());
        if (auto status = writeDemoFile(path); !status) {
            showError(status.error());
            return false;
        }
    }
    return openFile(path);
}

bool MainWindow::saveCopyAs(const QString &path)
{
    if (!m_session)
        return false;
    m_workspace->flushFinding();
    if (auto status = copyInspectionFile(*m_session->file(), path); !status) {
        showError(status.error());
        return false;
    }
    statusBar()->showMessage(tr("A copy was saved as %1.").arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

void MainWindow::closeFile()
{
    if (mayLeaveFile())
        setSession(nullptr);
}

void MainWindow::chooseAndOpen()
{
    const QString path = prompts::openFilePath(this, tr("Open inspection file"), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseAndCreate()
{
    const QString path =
        prompts::saveFilePath(this, tr("New inspection file"), tr("inspection.cchc"), fileFilter());
    if (!path.isEmpty())
        newFile(path.endsWith(QLatin1String(".cchc")) ? path : path + QStringLiteral(".cchc"));
}

void MainWindow::chooseAndCopy()
{
    if (!m_session)
        return;
    const QFileInfo current(m_session->file()->path());
    const QString suggested =
        current.dir().filePath(current.completeBaseName() + tr(" (copy).cchc"));
    const QString path = prompts::saveFilePath(this, tr("Save a copy as"), suggested, fileFilter());
    if (!path.isEmpty())
        saveCopyAs(path);
}

void MainWindow::showError(const QString &message)
{
    // A banner, not a dialog: the user keeps working and the message stays visible. The
    // banner sits above the start page too, so an error is said once, in one place.
    m_banner->showMessage(Banner::Kind::Error, message);
}

QString MainWindow::saveStateText() const
{
    return m_saveState->text();
}

void MainWindow::updateSaveState()
{
    if (!m_session) {
        m_saveState->clear();
        setWindowModified(false);
        return;
    }
    if (m_session->file()->isReadOnly()) {
        m_saveState->setText(tr("Read-only"));
        setWindowModified(false);
    } else if (m_session->isSaved() && m_workspace->isFindingBeingTyped()) {
        m_saveState->setText(tr("Saving…"));
        setWindowModified(true); // until the pause in typing writes it, a second later
    } else if (m_session->isSaved()) {
        m_saveState->setText(tr("Saved"));
        setWindowModified(false);
        if (m_banner->text().startsWith(tr("Not saved:")))
            m_banner->showMessage(Banner::Kind::Info, {});
    } else {
        m_saveState->setText(tr("Not saved"));
        setWindowModified(true);
        m_banner->showMessage(Banner::Kind::Error, tr("Not saved: %1").arg(m_session->lastError()));
    }
}

void MainWindow::showFileView()
{
    if (!m_session)
        return;
    auto rounds = m_session->file()->rounds();
    auto units = rounds && rounds->isEmpty() ? m_session->file()->units()
                                             : Result<QList<Unit>>(QList<Unit>{});
    if (rounds && units && rounds->isEmpty()) {
        if (!m_firstSteps) { // built for a file without rounds only
            m_firstSteps = new FirstSteps(this);
            m_stack->addWidget(m_firstSteps);
            connect(m_firstSteps, &FirstSteps::unitsRequested, this, [this] { editUnits(); });
            connect(m_firstSteps, &FirstSteps::roundRequested, this, [this] { editRound({}); });
        }
        m_firstSteps->setState(int(units->size()), !m_session->file()->isReadOnly());
        m_stack->setCurrentWidget(m_firstSteps);
    } else {
        m_stack->setCurrentWidget(m_workspace);
    }
    if (auto *keys = findChild<QLabel *>(QStringLiteral("keyHint")))
        keys->setVisible(m_stack->currentWidget() == m_workspace);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->file()->isReadOnly();
    for (QAction *action : std::as_const(m_fileActions))
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(writable);
    if (QAction *edit = this->action(QStringLiteral("editRound")))
        edit->setEnabled(open && !currentRoundId().isEmpty());
    if (QAction *remove = this->action(QStringLiteral("removeRound"))) {
        // Offered only where it can be done: the file refuses to remove an issued round.
        const QString refused = issuedRoundRemovalRefusal(currentRoundId());
        remove->setEnabled(writable && !currentRoundId().isEmpty() && refused.isEmpty());
        remove->setToolTip(refused); // empty: the action's text, as by default
        remove->setStatusTip(refused);
    }
    // Nothing to act on without a unit in view (a new file has no round yet).
    const bool unit = open && !currentRoundUnitId().isEmpty();
    for (const char *name : {"resultMet", "resultPartial", "resultNotMet", "resultNotApplicable",
                             "resultClear", "editFinding"}) {
        if (QAction *act = this->action(QLatin1String(name)))
            act->setEnabled(writable && unit);
    }
    for (const char *name : {"nextUnchecked", "nextUnit", "previousUnit", "filter"}) {
        if (QAction *act = this->action(QLatin1String(name)))
            act->setEnabled(unit);
    }
}

QStringList MainWindow::recentFiles() const
{
    QStringList paths = QSettings().value(kRecentKey).toStringList();
    paths.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return paths;
}

void MainWindow::rememberRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = recentFiles();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(kRecentKey, paths.mid(0, kMaxRecent));
    updateRecentMenu();
    if (m_startPage) // built later with the list as it is then
        m_startPage->setRecentFiles(recentFiles());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recentFiles();
    for (const QString &path : paths) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_workspace->restoreLayout(settings.value(kPanesKey).toByteArray());
}

bool MainWindow::mayLeaveFile()
{
    m_workspace->flushFinding();
    return !m_workspace->hasPendingFindings() ||
           prompts::ask(this, tr("Unsaved finding"),
                        tr("A finding could not be saved. Close anyway and lose it?"),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeaveFile()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPanesKey, m_workspace->saveLayout());
    QMainWindow::closeEvent(event);
}

void MainWindow::editRound(const QString &roundId)
{
    if (!m_session)
        return;
    RoundEditor editor(m_session->file(), roundId, this);
    editor.setUnitCreator([this](const QString &name) -> Result<Unit> {
        Unit unit;
        unit.id = newId(); // known before the write, so the round editor can choose it
        unit.name = name;
        if (auto status = m_session->saveUnit(std::nullopt, unit); !status)
            return status.failure();
        return unit;
    });
    // On a refused save the editor opens again with everything typed, and the reason.
    while (prompts::execDialog(&editor) == QDialog::Accepted) {
        InspectionRound round = editor.round();
        if (auto status = m_session->saveRound(editor.original(), round); !status) {
            editor.showError(status.error());
            showError(status.error());
            continue;
        }
        if (!round.units.isEmpty())
            m_workspace->selectRoundUnit(round.units.constFirst().id);
        return;
    }
}

QString MainWindow::issuedRoundRemovalRefusal(const QString &roundId) const
{
    if (!m_session || roundId.isEmpty())
        return {};
    auto issued = report::ReportStore(*m_session->file()).issuedNotice(roundId);
    return issued && *issued ? teamwork::issuedRoundRemovalMessage() : QString();
}

bool MainWindow::removeRound(const QString &roundId)
{
    if (!m_session || roundId.isEmpty())
        return false;
    if (const QString refused = issuedRoundRemovalRefusal(roundId); !refused.isEmpty()) {
        showError(refused);
        return false;
    }
    m_workspace->flushFinding();
    InspectionFile *file = m_session->file();
    auto round = file->loadRound(roundId);
    auto assessments = file->roundAssessments(roundId);
    if (!round || !assessments) {
        showError(round ? assessments.error() : round.error());
        return false;
    }
    int results = 0;
    for (const QList<Assessment> &unitResults : std::as_const(*assessments)) {
        for (const Assessment &assessment : unitResults)
            results += assessment.result != AssessmentResult::NotChecked ? 1 : 0;
    }
    const QString question =
        tr("Remove the round “%1”? It holds %2 and %3, with their evidence and corrective "
           "actions. Edit › Undo brings it all back.")
            .arg(round->title, tr("%n unit(s)", nullptr, int(round->units.size())),
                 tr("%n result(s)", nullptr, results));
    if (prompts::ask(this, tr("Remove round"), question, QMessageBox::Yes | QMessageBox::No,
                     QMessageBox::No) != QMessageBox::Yes)
        return false;
    if (auto status = m_session->removeRound(roundId); !status) {
        showError(status.error());
        return false;
    }
    return true;
}

void MainWindow::editUnits()
{
    if (!m_session)
        return;
    UnitRegisterDialog dialog(m_session.get(), this);
    prompts::execDialog(&dialog);
}

void MainWindow::editTemplates()
{
    if (!m_session)
        return;
    TemplateEditor editor(m_session.get(), this);
    prompts::execDialog(&editor);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    // The open file records the new name from the next change on.
    if (prompts::execDialog(&dialog) == QDialog::Accepted && m_session) {
        QSqlDatabase db = m_session->file()->database();
        if (!m_session->file()->isReadOnly()) {
            if (auto status = teamwork::applyEditor(db, teamwork::editor()); !status)
                showError(status.error());
        }
    }
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About"));
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.setStandardButtons(QMessageBox::Close);
    prompts::execDialog(&box);
}

} // namespace cchc::ui
