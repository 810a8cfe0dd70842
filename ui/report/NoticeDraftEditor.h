#pragma once

#include "report/ReportStore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cchc::ui {

class Session;

// The drafted notice, paragraph by paragraph, for the team to rewrite. Typing is written
// through the session after a short pause (and when the paragraph changes or the window
// closes), with the draft it was based on: a burst of typing is one write and one undo
// step, and nothing typed waits for an explicit save. Paragraphs show whether they are
// drafted, edited, or edited but in need of review because the results behind their draft
// changed. Undo, redo and other windows' edits of the same notice are followed.
class NoticeDraftEditor : public QWidget
{
    Q_OBJECT

public:
    NoticeDraftEditor(Session &session, const QString &roundId, QWidget *parent = nullptr);

    // Drafts afresh from the file's results and lays the stored edits over the draft.
    Status reload();
    const QList<report::MergedParagraph> &paragraphs() const { return m_paragraphs; }
    void selectParagraph(int row);
    QPlainTextEdit *textEdit() const { return m_text; }
    QString roundId() const { return m_roundId; }

    void revertToDraft(); // drop the edit of the selected paragraph
    void markReviewed();  // keep the edit, now based on the current draft
    // Writes the typed text now if some is waiting for the pause.
    void flush();
    bool hasUnsavedText() const { return m_dirty; }
    static QString stateLabel(report::ParagraphState state);
    static constexpr int kIdleMs = 700; // the pause that ends a burst of typing

signals:
    void saveFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showParagraph(int row);
    void textEdited();
    void saveCurrent();
    void refreshRow(int row);
    void showError(const QString &message);
    void follow(const QString &roundId);

    Session &m_session;
    QString m_roundId;
    QList<report::MergedParagraph> m_paragraphs;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_draft = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_reviewed = nullptr;
    QTimer *m_idle = nullptr;
    int m_current = -1;
    int m_burst = 0;         // a new undo step after each change of paragraph
    bool m_loading = false;
    bool m_dirty = false;    // typed text waits for the pause
    bool m_writing = false;  // our own write: nothing to follow
};

} // namespace cchc::ui
