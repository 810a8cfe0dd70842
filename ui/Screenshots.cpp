#include "ui/Screenshots.h"

#include "ui/About.h"
#include "core/builtin/DemoFile.h"
#include "ui/editors/PreferencesDialog.h"
#include "ui/editors/RoundEditor.h"
#include "ui/editors/TemplateEditor.h"
#include "ui/MainWindow.h"
#include "ui/models/ChecklistModel.h"
#include "ui/report/NoticeDraftEditor.h"
#include "ui/report/NoticePageView.h"
#include "ui/report/ReportActions.h"
#include "ui/report/ReportSettingsDialog.h"
#include "core/report/Reports.h"
#include "ui/Session.h"
#include "ui/teamwork/ConflictDialog.h"
#include "core/teamwork/EditHistory.h"
#include "ui/teamwork/FrozenRoundUi.h"
#include "ui/teamwork/HistoryDialog.h"
#include "ui/teamwork/SplitDialog.h"
#include "core/storage/InspectionFile.h"
#include "ui/widgets/StartPage.h"
#include "ui/widgets/WindowSize.h"
#include "ui/widgets/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QTabWidget>
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

// A finding typed differently here and in a member's package of the same round, as the
// conflict review shows it.
Result<QList<teamwork::MergeConflict>> demoConflicts(InspectionFile &lead, const QString &roundId,
                                                     const QString &packagePath)
{
    auto package = teamwork::splitRound(lead, {roundId, {}, QStringLiteral("Lê Văn Nam")},
                                        packagePath);
    if (!package)
        return package.failure();
    auto all = lead.roundAssessments(roundId);
    if (!all)
        return all.failure();
    QList<Assessment> changed;
    for (const auto &list : *all)
        for (const Assessment &assessment : list)
            if (!assessment.finding.isEmpty() && changed.size() < 2)
                changed.append(assessment);
    {
        // The member's laptop: their name goes with their edits.
        std::optional<teamwork::EditorScope> nam(std::in_place, teamwork::Editor{
            QStringLiteral("Lê Văn Nam"), QStringLiteral("5b1c0e2a-7d3f-4e6b-9a21-0c4d8e7f6a35")});
        auto member = InspectionFile::open(packagePath);
        nam.reset();
        if (!member)
            return member.failure();
        for (Assessment theirs : changed) {
            theirs.finding += QStringLiteral(" Đơn vị đã bổ sung bản chụp văn bản.");
            theirs.result = AssessmentResult::PartiallyMet;
            if (auto status = (*member)->saveAssessment(theirs); !status)
                return status.failure();
        }
    }
    for (Assessment mine : changed) {
        mine.finding = QStringLiteral("Trưởng đoàn: ") + mine.finding;
        if (auto status = lead.saveAssessment(mine); !status)
            return status.failure();
    }
    teamwork::MergeOptions look;
    look.dryRun = true;
    auto summary = teamwork::mergePackage(lead, packagePath, look);
    if (!summary)
        return summary.failure();
    return summary->conflicts;
}

Status saveTeamwork(MainWindow &window, const QDir &out, const QString &scratch, QStringList *written)
{
    auto round = window.file()->loadRound(window.currentRoundId());
    auto units = window.file()->units();
    if (!round || !units)
        return round ? units.failure() : round.failure();
    SplitDialog split(*round, *units, scratch, &window);
    split.setMember(QStringLiteral("Lê Văn Nam"));
    QStringList firstThree;
    for (int i = 0; i < round->units.size() && i < 3; ++i)
        firstThree.append(round->units[i].unitId);
    split.chooseUnits(firstThree);
    if (auto status = save(&split, out.filePath(QStringLiteral("split-dialog.png")), written); !status)
        return status;
    split.hide();

    auto conflicts = demoConflicts(*window.file(), round->id,
                                   QDir(scratch).filePath(QStringLiteral("package.cchc")));
    if (!conflicts)
        return conflicts.failure();
    ConflictDialog review(*conflicts, &window);
    if (!conflicts->isEmpty())
        review.choose(0, teamwork::Choice::Both);
    if (auto status = save(&review, out.filePath(QStringLiteral("conflict-review.png")), written);
        !status)
        return status;
    review.hide();

    // Merged (both texts kept), then the round's history shows who did what.
    teamwork::MergeOptions options;
    options.decide = [](const teamwork::MergeConflict &conflict) {
        return std::optional(conflict.text ? teamwork::Choice::Both : teamwork::Choice::Theirs);
    };
    auto merged = teamwork::mergePackage(*window.file(), QDir(scratch).filePath(QStringLiteral("package.cchc")),
                                         options);
    if (!merged)
        return merged.failure();
    HistoryDialog history(*window.file(), round->id, {}, {}, &window);
    if (auto status = history.reload(); !status)
        return status;
    if (auto status = save(&history, out.filePath(QStringLiteral("history.png")), written); !status)
        return status;
    history.hide();
    return {};
}

// Issued means frozen: the notice issued, the reason asked before a result changes, then
// the window with the round marked as changed after the notice.
Status saveFrozenRound(MainWindow &window, const QDir &out, QStringList *written)
{
    Session *session = window.session();
    const QString roundId = window.currentRoundId();
    if (auto issued = session->issueNotice(roundId, QDate(2022, 5, 30), 0); !issued)
        return issued.failure();
    auto frozen = teamwork::frozenRound(*window.file(), roundId);
    if (!frozen || !*frozen)
        return Error{frozen ? Tr::tr("The notice was not issued.") : frozen.error()};
    const QString reason =
        QStringLiteral("Đơn vị bổ sung Quyết định công khai TTHC ngày 08/6/2022 sau buổi kiểm tra");
    ReasonDialog dialog(**frozen, &window);
    dialog.reasonEdit()->setPlainText(reason);
    if (auto status = save(&dialog, out.filePath(QStringLiteral("change-reason.png")), written);
        !status)
        return status;
    dialog.hide();
    session->setReasonPrompt([reason](const teamwork::FrozenRound &) { return std::optional(reason); });
    window.workspace()->setResult(AssessmentResult::Met);
    return save(&window, out.filePath(QStringLiteral("frozen-round.png")), written);
}

// Qt's print preview of the notice as the Reports menu opens it: at page width.
Status savePrintPreview(const InspectionFile &file, const QString &roundId, QWidget *parent,
                        const QString &path, QStringList *written)
{
    report::ReportRequest request;
    request.roundId = roundId;
    auto document = report::buildReport(file, request);
    if (!document)
        return document.failure();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    ReportActions::preparePreview(preview, printer, *document);
    preview.resize(1100, 688);
    return save(&preview, path, written);
}

// A new file: the first steps instead of an empty checklist, and the round editor saying
// where units come from.
Status saveEmptyStates(const QString &newFile, const QDir &out, QStringList *written)
{
    MainWindow window;
    window.resize(kScreen);
    if (!window.newFile(newFile))
        return Error{Tr::tr("The new file could not be created.")};
    if (auto status = save(&window, out.filePath(QStringLiteral("new-file.png")), written);
        !status)
        return status;
    RoundEditor roundEditor(window.file(), QString(), &window);
    if (auto *tabs = roundEditor.findChild<QTabWidget *>())
        tabs->setCurrentIndex(tabs->count() - 1);
    return save(&roundEditor, out.filePath(QStringLiteral("round-editor-no-units.png")), written);
}

} // namespace

Result<QStringList> writeScreenshots(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Error{Tr::tr("The folder “%1” could not be created.")
                         .arg(QDir::toNativeSeparators(directory))};
    QTemporaryDir scratch;
    // The screenshots show a team at work: the lead's name on this laptop's changes.
    const teamwork::EditorScope lead({QStringLiteral("Nguyễn Thị Lan"),
                            QStringLiteral("9e4f2b61-3c8a-4d17-b5e0-6a2f1d9c7b84")});
    const QString demo = scratch.filePath(QStringLiteral("demo.cchc"));
    if (auto status = writeDemoFile(demo); !status)
        return status.failure();
    const QDir out(directory);
    QStringList written;

    MainWindow window;
    window.resize(kScreen);
    window.startPage()->setRecentFiles({demo});
    if (auto status = save(&window, out.filePath(QStringLiteral("start-page.png")), &written);
        !status)
        return status.failure();

    if (!window.openFile(demo))
        return Error{Tr::tr("The demo file could not be opened.")};
    window.resize(kScreen);
    selectTelling(window);
    if (auto status = save(&window, out.filePath(QStringLiteral("main-window.png")), &written);
        !status)
        return status.failure();

    if (auto status = saveWithMenu(window, out.filePath(QStringLiteral("reports-menu.png")),
                                   &written);
        !status)
        return status.failure();

    // The notice editor with its pages, on a paragraph of the results.
    NoticeDraftEditor draft(*window.session(), window.currentRoundId());
    draft.resize(kLaptopClientArea);
    if (auto status = draft.reload(); !status)
        return status.failure();
    settle(&draft);
    draft.pageView()->renderNow();
    draft.selectParagraph(3);
    if (auto status = save(&draft, out.filePath(QStringLiteral("notice-draft-editor.png")),
                           &written);
        !status)
        return status.failure();
    draft.hide();

    if (auto status = savePrintPreview(*window.file(), window.currentRoundId(), &window,
                                       out.filePath(QStringLiteral("print-preview.png")),
                                       &written);
        !status)
        return status.failure();

    ReportSettingsDialog reportSettings(*window.session(), &window);
    if (auto status = reportSettings.load(); !status)
        return status.failure();
    if (auto status = save(&reportSettings, out.filePath(QStringLiteral("report-settings.png")),
                           &written);
        !status)
        return status.failure();
    reportSettings.hide();

    RoundEditor roundEditor(window.file(), window.currentRoundId(), &window);
    if (auto status =
            save(&roundEditor, out.filePath(QStringLiteral("round-editor.png")), &written);
        !status)
        return status.failure();
    roundEditor.hide();

    TemplateEditor templateEditor(window.session(), &window);
    QTreeWidget *tree = templateEditor.tree();
    if (tree->topLevelItemCount() > 1 && tree->topLevelItem(1)->childCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
    if (auto status =
            save(&templateEditor, out.filePath(QStringLiteral("template-editor.png")), &written);
        !status)
        return status.failure();
    templateEditor.hide();

    PreferencesDialog preferences(&window);
    if (auto status = save(&preferences, out.filePath(QStringLiteral("preferences.png")), &written);
        !status)
        return status.failure();
    preferences.hide();

    if (auto status = saveTeamwork(window, out, scratch.path(), &written); !status)
        return status.failure();
    selectTelling(window);
    if (auto status = saveFrozenRound(window, out, &written); !status)
        return status.failure();

    QMessageBox about(&window);
    about.setIconPixmap(window.windowIcon().pixmap(64, 64));
    about.setTextFormat(Qt::RichText);
    about.setText(aboutText());
    about.setStandardButtons(QMessageBox::Close);
    if (auto status = save(&about, out.filePath(QStringLiteral("about.png")), &written); !status)
        return status.failure();
    about.hide();

    if (auto status = saveEmptyStates(scratch.filePath(QStringLiteral("new.cchc")), out, &written);
        !status)
        return status.failure();

    QMessageBox question(QMessageBox::Question, QGuiApplication::applicationDisplayName(),
                         Tr::tr("A finding could not be saved. Close anyway and lose it?"),
                         QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, &window);
    if (auto status = save(&question, out.filePath(QStringLiteral("message-box.png")), &written);
        !status)
        return status.failure();
    question.hide();
    return written;
}

} // namespace cchc::ui
