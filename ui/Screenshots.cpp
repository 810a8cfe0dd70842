#include "Screenshots.h"

#include "About.h"
#include "builtin/DemoFile.h"
#include "editors/PreferencesDialog.h"
#include "editors/RoundEditor.h"
#include "editors/TemplateEditor.h"
#include "MainWindow.h"
#include "models/ChecklistModel.h"
#include "report/NoticeDraftEditor.h"
#include "report/ReportSettingsDialog.h"
#include "Session.h"
#include "widgets/StartPage.h"
#include "widgets/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace cchc::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::ui::Screenshots)
};

const QSize kScreen(1366, 768);

void settle(QWidget *widget)
{
    widget->show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

Status save(QWidget *widget, const QString &path, QStringList *written)
{
    settle(widget);
    if (!widget->grab().save(path, "PNG"))
        return Error{Tr::tr("The screenshot “%1” could not be written.")
                         .arg(QDir::toNativeSeparators(path))};
    written->append(path);
    return {};
}

// The unit and criterion that show the most: a "not met" result with a finding.
void selectTelling(MainWindow &window)
{
    Workspace *workspace = window.workspace();
    const ChecklistModel *model = workspace->checklistModel();
    for (const QString &id : model->criterionIds()) {
        const Assessment assessment = model->assessment(id);
        if (assessment.result == AssessmentResult::NotMet && !assessment.finding.isEmpty()) {
            workspace->selectCriterion(id);
            return;
        }
    }
}

// The window with its Reports menu open. A popup is a window of its own, so grab() of the
// main window does not show it: the menu's own grab is painted where it opened.
Status saveWithMenu(MainWindow &window, const QString &path, QStringList *written)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("reportsMenu"));
    if (!menu)
        return Error{Tr::tr("The screenshot “%1” could not be written.")
                         .arg(QDir::toNativeSeparators(path))};
    const QRect item = window.menuBar()->actionGeometry(menu->menuAction());
    menu->popup(window.menuBar()->mapToGlobal(item.bottomLeft()));
    settle(menu);
    QPixmap shot = window.grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
    }
    menu->hide();
    if (!shot.save(path, "PNG"))
        return Error{Tr::tr("The screenshot “%1” could not be written.")
                         .arg(QDir::toNativeSeparators(path))};
    written->append(path);
    return {};
}

} // namespace

Result<QStringList> writeScreenshots(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Error{Tr::tr("The folder “%1” could not be created.")
                         .arg(QDir::toNativeSeparators(directory))};
    QTemporaryDir scratch;
    const QString demo = scratch.filePath(QStringLiteral("demo.cchc"));
    if (auto status = writeDemoFile(demo); !status)
        return Error{status.error()};
    const QDir out(directory);
    QStringList written;

    MainWindow window;
    window.resize(kScreen);
    window.startPage()->setRecentFiles({demo});
    if (auto status = save(&window, out.filePath(QStringLiteral("start-page.png")), &written);
        !status)
        return Error{status.error()};

    if (!window.openFile(demo))
        return Error{Tr::tr("The demo file could not be opened.")};
    window.resize(kScreen);
    selectTelling(window);
    if (auto status = save(&window, out.filePath(QStringLiteral("main-window.png")), &written);
        !status)
        return Error{status.error()};

    if (auto status = saveWithMenu(window, out.filePath(QStringLiteral("reports-menu.png")),
                                   &written);
        !status)
        return Error{status.error()};

    NoticeDraftEditor draft(*window.session(), window.currentRoundId());
    draft.setWindowFlag(Qt::Window);
    draft.resize(1100, 680);
    if (auto status = draft.reload(); !status)
        return Error{status.error()};
    draft.selectParagraph(3);
    if (auto status = save(&draft, out.filePath(QStringLiteral("notice-draft-editor.png")),
                           &written);
        !status)
        return Error{status.error()};
    draft.hide();

    ReportSettingsDialog reportSettings(*window.session(), &window);
    if (auto status = reportSettings.load(); !status)
        return Error{status.error()};
    if (auto status = save(&reportSettings, out.filePath(QStringLiteral("report-settings.png")),
                           &written);
        !status)
        return Error{status.error()};
    reportSettings.hide();

    RoundEditor roundEditor(window.file(), window.currentRoundId(), &window);
    if (auto status =
            save(&roundEditor, out.filePath(QStringLiteral("round-editor.png")), &written);
        !status)
        return Error{status.error()};
    roundEditor.hide();

    TemplateEditor templateEditor(window.session(), &window);
    QTreeWidget *tree = templateEditor.tree();
    if (tree->topLevelItemCount() > 1 && tree->topLevelItem(1)->childCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
    if (auto status =
            save(&templateEditor, out.filePath(QStringLiteral("template-editor.png")), &written);
        !status)
        return Error{status.error()};
    templateEditor.hide();

    PreferencesDialog preferences(&window);
    if (auto status = save(&preferences, out.filePath(QStringLiteral("preferences.png")), &written);
        !status)
        return Error{status.error()};
    preferences.hide();

    QMessageBox about(&window);
    about.setIconPixmap(window.windowIcon().pixmap(64, 64));
    about.setTextFormat(Qt::RichText);
    about.setText(aboutText());
    about.setStandardButtons(QMessageBox::Close);
    if (auto status = save(&about, out.filePath(QStringLiteral("about.png")), &written); !status)
        return Error{status.error()};
    about.hide();

    QMessageBox question(QMessageBox::Question, QGuiApplication::applicationDisplayName(),
                         Tr::tr("A finding could not be saved. Close anyway and lose it?"),
                         QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, &window);
    if (auto status = save(&question, out.filePath(QStringLiteral("message-box.png")), &written);
        !status)
        return Error{status.error()};
    question.hide();
    return written;
}

} // namespace cchc::ui
