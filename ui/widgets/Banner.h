#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace cchc::ui {

// A coloured strip above the work area: read-only files, failed saves. Stays until the
// situation changes or the user closes it; never a dialog that loops.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };
    explicit Banner(QWidget *parent = nullptr);
    // Shows `text`; an empty text hides the banner. The action button is cleared.
    void showMessage(Kind kind, const QString &text);
    // A button offering the way out ("Open again"), until the next message.
    void setAction(const QString &text, const std::function<void()> &action);
    QPushButton *actionButton() const { return m_action; }
    QString text() const;

private:
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
};

} // namespace cchc::ui
