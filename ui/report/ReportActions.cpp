#include "ui/report/ReportActions.h"

#include "core/report/OfficialLayout.h"
#include "ui/Icons.h"
#include "ui/report/NoticeDraftEditor.h"
#include "core/common/Clock.h"
#include "core/report/PdfOutput.h"
#include "core/report/ReportFormats.h"
#include "ui/report/ReportSettingsDialog.h"
#include "ui/Session.h"
#include "core/storage/InspectionFile.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/Prompts.h"
#include "ui/widgets/WindowSize.h"
#include "core/storage/ReportStore.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QTimer>

namespace cchc::ui {

using namespace report;

ReportActions::ReportActions(QWidget *parent) : QObject(parent), m_parent(parent)
{
    // Menu items name the document they act on; the toolbar shows short words. The unit's
    // minutes come first: they are printed at every unit, the notice once a round.
    m_unitMinutes = addAction(tr("Minutes of this unit (PDF)…"), &ReportActions::exportMinutes);
    m_unitMinutes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *preview = addAction(tr("Print preview of the notice…"), &ReportActions::previewNotice);
    preview->setShortcut(QKeySequence::Print);
    QAction *pdf = addAction(tr("Export the notice as PDF…"), nullptr);
    connect(pdf, &QAction::triggered, this, [this] { exportNotice(QStringLiteral("pdf")); });
    QAction *word = addAction(tr("Export the notice as Word (.docx)…"), nullptr);
    connect(word, &QAction::triggered, this, [this] { exportNotice(QStringLiteral("docx")); });
    for (const auto &[action, icon, short_] :
         {std::tuple{m_unitMinutes, QStringLiteral("minutes"), tr("Minutes")},
          std::tuple{preview, QStringLiteral("preview"), tr("Preview")},
          std::tuple{pdf, QStringLiteral("pdf"), tr("PDF")},
          std::tuple{word, QStringLiteral("word"), tr("Word")}}) {
        action->setIcon(actionIcon(icon));
        action->setIconText(short_);
        const QString name = QString(action->text()).remove(QStringLiteral("…"));
        action->setToolTip(action->shortcut().isEmpty()
                               ? name
                               : QStringLiteral("%1 (%2)").arg(
                                     name, action->shortcut().toString(QKeySequence::NativeText)));
    }
    addAction(tr("Minutes of every unit (PDF)…"), &ReportActions::exportAllMinutes);
    addAction(tr("Score annex (PDF)…"), &ReportActions::exportScores);
    addAction(tr("Edit the notice draft…"), &ReportActions::editDraft)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    addAction(tr("Issue the notice with a number…"), &ReportActions::issueNotice);
    addAction(tr("Report settings…"), &ReportActions::editSettings);
    updateEnabled();
}

QAction *ReportActions::addAction(const QString &text, void (ReportActions::*slot)())
{
    auto *action = new QAction(text, this);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

void ReportActions::setContext(Session *session, const QString &roundId,
                               const QString &roundUnitId)
{
    InspectionFile *file = session ? session->file() : nullptr;
    if (session != m_session) {
        for (const QPointer<QWidget> &window : std::as_const(m_fileWindows)) {
            if (window)
                window->close(); // WA_DeleteOnClose
        }
        m_fileWindows.clear();
    } else if (file) {
        // A draft of a round that was just removed would write into nothing: it closes.
        for (const QPointer<QWidget> &window : std::as_const(m_fileWindows)) {
            auto *draft = qobject_cast<NoticeDraftEditor *>(window.data());
            if (draft && !file->loadRound(draft->roundId()))
                draft->close();
        }
    }
    m_session = session;
    m_roundId = roundId;
    m_roundUnitId = roundUnitId;
    updateEnabled();
}

void ReportActions::updateEnabled()
{
    const bool round = m_session && !m_roundId.isEmpty();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(round);
    m_unitMinutes->setEnabled(round && !m_roundUnitId.isEmpty());
    // Settings belong to the file, not to a round.
    m_actions.constLast()->setEnabled(m_session != nullptr);
}

void ReportActions::showError(const QString &message) const
{
    if (m_showError)
        m_showError(message);
    else
        QMessageBox::warning(m_parent, tr("Report"), message);
}

bool ReportActions::confirm(const QString &question) const
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(m_parent, tr("Issue the notice"), question) == QMessageBox::Yes;
}

Result<ReportDocument> ReportActions::build(ReportKind kind, const QString &unitId) const
{
    ReportRequest request;
    request.roundId = m_roundId;
    request.kind = kind;
    request.unitId = unitId;
    if (kind == ReportKind::Notice) {
        if (auto status = m_session->snapshotIssuedNotice(m_roundId); !status)
            return status.failure();
    }
    return buildReport(*m_session->file(), request);
}

void ReportActions::exportDocument(const Result<ReportDocument> &document,
                                   const QString &suggestedName, const QString &extension)
{
    if (!document) {
        showError(document.error());
        return;
    }
    QString path;
    if (m_choosePath) {
        path = m_choosePath(suggestedName, false);
    } else {
        const ReportFormat *format = reportFormatOf(extension);
        path = file_dialogs::saveFile(m_parent, tr("Save report"),
                                      QDir::home().filePath(suggestedName),
                                      format ? format->filter() : QString());
    }
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    if (auto status = writeReport(*document, path); !status) {
        showError(status.error());
        return;
    }
    emit exported(path);
}

void ReportActions::previewNotice()
{
    auto document = build(ReportKind::Notice);
    if (!document) {
        showError(document.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, m_parent);
    preparePreview(dialog, printer, *document);
    prompts::execDialog(&dialog);
}

void ReportActions::preparePreview(QPrintPreviewDialog &dialog, QPrinter &printer,
                                   const ReportDocument &document)
{
    printer.setFullPage(true); // paintReport applies the official margins itself
    printer.setResolution(layout::kDeviceDpi); // as the PDF: the same line and page breaks
    printer.setDocName(document.title);
    dialog.setWindowTitle(tr("Print preview: %1").arg(document.title));
    // The document lives as long as the dialog's caller keeps it: paint from a copy.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [document](QPrinter *target) { paintReport(document, *target); });
    // Opens at page width, where the text can be read; "Fit page" is one click away.
    if (auto *fitWidth = dialog.findChild<QAction *>(QStringLiteral("fitWidthAction")))
        fitWidth->trigger();
    resizeToFit(&dialog, QSize(900, 688));
}

void ReportActions::exportNotice(const QString &extension)
{
    exportDocument(build(ReportKind::Notice),
                   QStringLiteral("Thông báo kết quả kiểm tra.") + extension, extension);
}

void ReportActions::issueNotice()
{
    const ReportStore store(*m_session->file());
    auto issued = store.issuedNotice(m_roundId);
    auto settings = issued ? store.settings() : Result<ReportSettings>(issued.failure());
    if (!settings) {
        showError(settings.error());
        return;
    }
    if (!*issued) {
        // The date the team chose, else the working day after the visits: an old round is
        // not dated today without being asked (the question below shows the date).
        auto chosen = report::noticeDateOf(*m_session->file(), m_roundId);
        if (!chosen) {
            showError(chosen.error());
            return;
        }
        const QDate date = *chosen;
        auto number = store.numberToIssue(settings->issuerSymbol, date.year());
        if (!number) {
            showError(number.error());
            return;
        }
        const QString text = issuedNoticeText({*number, settings->issuerSymbol, date, {}, {}});
        if (!confirm(tr("Issue the notice as number %1? The number is taken from the series of "
                        "%2 and stays with this notice; later exports keep it.")
                         .arg(text)
                         .arg(date.year())))
            return;
        auto given = m_session->issueNotice(m_roundId, date, *number);
        if (!given) {
            showError(given.error());
            return;
        }
        emit noticeIssued(issuedNoticeText(*given));
    }
    exportDocument(build(ReportKind::Notice), QStringLiteral("Thông báo kết quả kiểm tra.pdf"),
                   QStringLiteral("pdf"));
}

void ReportActions::exportMinutes()
{
    exportDocument(build(ReportKind::Minutes, m_roundUnitId),
                   QStringLiteral("Biên bản kiểm tra.pdf"), QStringLiteral("pdf"));
}

void ReportActions::exportScores()
{
    exportDocument(build(ReportKind::Scores), QStringLiteral("Bảng điểm.pdf"),
                   QStringLiteral("pdf"));
}

void ReportActions::exportAllMinutes()
{
    if (m_batch)
        return;
    // Only the units are read here: each unit's minutes are built by buildReport, the one
    // way every report is made.
    auto round = m_session->file()->loadRound(m_roundId);
    auto units = round ? m_session->file()->units() : Result<QList<Unit>>(round.failure());
    if (!units) {
        showError(units.error());
        return;
    }
    QHash<QString, QString> names;
    for (const Unit &unit : std::as_const(*units))
        names.insert(unit.id, unit.name);
    QList<std::pair<QString, QString>> roundUnits;
    for (const RoundUnit &unit : std::as_const(round->units))
        roundUnits.append({unit.id, names.value(unit.unitId)});
    const QString folder =
        m_choosePath ? m_choosePath(QString(), true)
                     : file_dialogs::existingDirectory(m_parent, tr("Folder for the minutes"),
                                                      QDir::homePath());
    if (folder.isEmpty())
        return;
    m_batch = Batch{folder, m_roundId, roundUnits, 0, 0, nullptr};
    auto *progress = new QProgressDialog(tr("Writing the minutes of every unit…"), tr("Cancel"), 0,
                                         int(roundUnits.size()), m_parent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_batch->progress = progress;
    QTimer::singleShot(0, this, &ReportActions::writeNextMinutes);
}

void ReportActions::writeNextMinutes()
{
    if (!m_batch)
        return;
    Batch &batch = *m_batch;
    const auto &units = batch.units;
    const bool cancelled = batch.progress && batch.progress->wasCanceled();
    if (cancelled || batch.next >= units.size()) {
        const int written = batch.written;
        if (batch.progress)
            batch.progress->close();
        m_batch.reset();
        emit allMinutesFinished(written, cancelled);
        return;
    }
    const auto &[roundUnitId, unitName] = units.at(batch.next);
    ReportRequest request;
    request.roundId = batch.roundId;
    request.kind = ReportKind::Minutes;
    request.unitId = roundUnitId;
    auto document = buildReport(*m_session->file(), request);
    const QString path = QDir(batch.folder)
                             .filePath(minutesFileName(batch.next, unitName, QStringLiteral("pdf")));
    const Status status = document ? writeReport(*document, path) : Status(document.failure());
    ++batch.next;
    if (!status) {
        if (batch.progress)
            batch.progress->cancel();
        showError(status.error());
    } else {
        ++batch.written;
    }
    if (batch.progress)
        batch.progress->setValue(batch.next);
    QTimer::singleShot(0, this, &ReportActions::writeNextMinutes);
}

void ReportActions::editDraft()
{
    auto *editor = new NoticeDraftEditor(*m_session, m_roundId, m_parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (auto status = editor->reload(); !status) {
        delete editor;
        showError(status.error());
        return;
    }
    // The signer and letterhead are the file's report settings; the pages show them at once.
    connect(editor, &NoticeDraftEditor::settingsRequested, editor, [this, editor] {
        if (ReportSettingsDialog *dialog = openSettings())
            connect(dialog, &QDialog::finished, editor, &NoticeDraftEditor::reloadOrSay);
    });
    m_fileWindows.append(editor);
    editor->show();
}

void ReportActions::editSettings()
{
    openSettings();
}

ReportSettingsDialog *ReportActions::openSettings()
{
    auto *dialog = new ReportSettingsDialog(*m_session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto status = dialog->load(); !status) {
        delete dialog;
        showError(status.error());
        return nullptr;
    }
    m_fileWindows.append(dialog);
    dialog->open();
    return dialog;
}

} // namespace cchc::ui
