#pragma once

#include "core/report/Reports.h"
#include "core/domain/ReportSettings.h"
#include "core/report/RoundData.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QPrinter;
class QPrintPreviewDialog;
class QProgressDialog;
class QWidget;

namespace cchc::ui {

class ReportSettingsDialog;
class Session;

// The report actions of a round, for the main window's menus and toolbars: print preview
// and print of the notice, notice as PDF or Word, the current unit's minutes, every unit's
// minutes at once, the score annex, the draft editor and the report settings. The window
// tells it what is selected with setContext(); actions without a subject are disabled.
// Reports are read from the session's file; issuing, the draft and the settings are
// written through the session.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(QWidget *parent);

    void setContext(Session *session, const QString &roundId, const QString &roundUnitId);
    QList<QAction *> actions() const { return m_actions; }

    // Test seams: where files go instead of asking with a file dialog (an empty answer
    // cancels), and how errors are shown instead of a message box.
    using PathChooser = std::function<QString(const QString &suggestedName, bool folder)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_showError = std::move(handler);
    }
    // Answers the question before a notice is issued (true: issue it) instead of a message box.
    void setConfirmHandler(std::function<bool(const QString &)> handler)
    {
        m_confirm = std::move(handler);
    }

    // The actions themselves, callable without a menu.
    void previewNotice();
    void exportNotice(const QString &extension); // "pdf" or "docx"
    void exportMinutes();
    void exportAllMinutes();
    // Gives the notice its number (after asking), then writes it as PDF or Word. A notice
    // already issued keeps its number: this only writes it again.
    void issueNotice();
    void exportScores();
    void editDraft();
    void editSettings();
    // Sets up Qt's print preview for `document`: our page layout and the PDF's resolution
    // (so its breaks are the PDF's), opening at page width and fitting a laptop screen.
    static void preparePreview(QPrintPreviewDialog &dialog, QPrinter &printer,
                               const report::ReportDocument &document);

signals:
    void exported(const QString &path);
    void noticeIssued(const QString &numberText);
    void allMinutesFinished(int written, bool cancelled);

private:
    QAction *addAction(const QString &text, void (ReportActions::*slot)());
    ReportSettingsDialog *openSettings();
    void updateEnabled();
    Result<report::ReportDocument> build(report::ReportKind kind, const QString &unitId = {}) const;
    void exportDocument(const Result<report::ReportDocument> &document,
                        const QString &suggestedName, const QString &extension);
    void writeNextMinutes();
    void showError(const QString &message) const;
    bool confirm(const QString &question) const;

    QWidget *m_parent = nullptr;
    Session *m_session = nullptr;
    QString m_roundId;
    QString m_roundUnitId;
    QList<QAction *> m_actions;
    QAction *m_unitMinutes = nullptr;
    // Windows that hold the file: closed when the window switches files (their edits are
    // already saved), so they never outlive the InspectionFile they point to.
    QList<QPointer<QWidget>> m_fileWindows;
    PathChooser m_choosePath;
    std::function<void(const QString &)> m_showError;
    std::function<bool(const QString &)> m_confirm;

    // Every unit's minutes are written one per event-loop turn, so the window stays live.
    struct Batch
    {
        QString folder;
        QString roundId;
        QList<std::pair<QString, QString>> units; // round unit id, unit name
        int next = 0;
        int written = 0;
        QPointer<QProgressDialog> progress;
    };
    std::optional<Batch> m_batch;
};

} // namespace cchc::ui
