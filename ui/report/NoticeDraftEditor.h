#pragma once

#include "core/report/Reports.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cchc::ui {

class NoticeFields;
class NoticePageView;
class Session;

// The findings notice as a document the team edits on screen: its paragraphs in a list
// (each with a marker: drafted, edited, out of date, the team's own), the selected one's
// text, and beside them the pages as they will print. The team rewrites a paragraph, adds
// one of its own after any paragraph, leaves a drafted one out or puts it back, moves one
// within its section, sends an edit back to the draft or accepts it as reviewed. Every
// step is written to the file at once through the session and is one undo step (typing
// in one paragraph is one step); everything survives a new draft from changed results.
class NoticeDraftEditor : public QWidget
{
    Q_OBJECT

public:
    NoticeDraftEditor(Session &session, const QString &roundId, QWidget *parent = nullptr);

    // Drafts afresh from the file's results and lays the team's work over the draft.
    Status reload();
    void reloadOrSay(); // reload(), its error shown in the window
    const QList<report::MergedParagraph> &paragraphs() const { return m_paragraphs; }
    int currentRow() const { return m_current; }
    void selectParagraph(int row);
    int rowOf(const QString &key) const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QDateEdit *dateEdit() const;
    QComboBox *signerBox() const;
    NoticePageView *pageView() const { return m_pages; }
    QString roundId() const { return m_roundId; }
    // The error shown in the window (empty when none).
    QString errorText() const;

    void revertToDraft();   // drop the edit of the selected paragraph
    void markReviewed();    // keep the edit, now based on the current draft
    void addParagraph();    // a paragraph of the team's own after the selected one
    void removeParagraph(); // the team's own: deleted; a drafted one: left out, or put back
    void moveParagraph(int step); // -1 up, +1 down, among the paragraphs of its section
    bool canMove(int row, int step) const;
    void undo();
    void redo();
    // Writes what was typed and not yet written (it waits for a pause of kTypingPauseMs).
    void commitTyping();
    static constexpr int kTypingPauseMs = 400;
    // The notice's date and signer (undo steps of the file): an invalid date and an empty
    // member id go back to the defaults (the date after the visits, the lead).
    void setNoticeDate(const QDate &date);
    void setSigner(const QString &memberId);

    static QString stateLabel(report::ParagraphState state);

signals:
    void saveFailed(const QString &message);
    void settingsRequested(); // the letterhead and signer, in the report settings

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildButtons(QWidget *bar);
    Status refreshNoticeFields(); // from the file: chosen, default or issued
    bool editable() const;        // the file is writable and the notice not issued
    void showParagraph(int row);
    void updateButtons();
    void saveCurrent();
    void refreshRow(int row);
    void refreshPages(); // after the pause
    std::optional<report::ReportDocument> pagesDocument(); // the notice as it now prints
    // Writes one step through the session; on success the editor shows the file again.
    bool write(const QString &step, const std::function<Status(report::ReportStore &)> &change,
               const QString &burstKey = {}, const QString &selectKey = {});
    // Writes the paragraphs in the order `next`: each paragraph whose neighbour above
    // changed is placed after its new neighbour.
    void writeOrder(QList<report::MergedParagraph> next, const QString &step,
                    const QString &selectKey);
    QList<report::StoredParagraph> rowsFor(const QList<report::MergedParagraph> &order) const;
    void showError(const QString &message);
    void scheduleReload();
    void historyStep(const Status &status); // after an undo or redo

    Session &m_session;
    QString m_roundId;
    report::NoticeDraft m_draft; // the round's data and settings the paragraphs are drafted from
    QList<report::MergedParagraph> &m_paragraphs = m_draft.paragraphs;
    QList<report::DraftParagraph> m_drafted; // the draft alone, to check the order written
    QHash<QString, QString> m_rowIds; // paragraph key -> id of its stored row
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_draftLabel = nullptr;
    QLabel *m_error = nullptr;
    NoticePageView *m_pages = nullptr;
    NoticeFields *m_fields = nullptr; // the date and the signer
    report::NoticeSettings m_chosen; // what the file holds for the round's notice
    QTimer *m_reload = nullptr;
    QTimer *m_typing = nullptr; // restarted by each key; its timeout writes the paragraph
    QHash<QString, QPushButton *> m_buttons;
    int m_current = -1;
    bool m_issued = false; // printed from its snapshot: the text is not edited any more
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace cchc::ui
