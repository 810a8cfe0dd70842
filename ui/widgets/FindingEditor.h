#pragma once

#include <QPlainTextEdit>

class QTimer;

namespace cchc::ui {

// The finding (nhận xét) of the current criterion. Typing is committed after a short pause
// and when focus leaves, so nothing typed waits for an explicit save. Esc or Ctrl+Enter
// hand the keyboard back to the checklist.
class FindingEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FindingEditor(QWidget *parent = nullptr);

    // Shows a criterion's text without treating it as an edit.
    void setCommittedText(const QString &text);
    bool hasUncommittedText() const { return m_dirty; }
    // Emits commitRequested now if something is waiting.
    void flush();
    // After a failed write the text stays dirty, so the next pause retries it.
    void markCommitted(bool ok);
    // The window title and status bar show "saving" while typed text waits for its write.
    static constexpr int kIdleMs = 700;

signals:
    void commitRequested(const QString &text);
    void leaveRequested();
    // Focus left the editor: the next keystroke starts a new undo step.
    void burstEnded();
    // Typed text is waiting to be written (true) or has been written (false).
    void pendingChanged(bool pending);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setDirty(bool dirty);

    QTimer *m_idle;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace cchc::ui
