#pragma once

#include <QFrame>

class QLabel;
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
    void showMessage(Kind kind, const QString &text);
    QString text() const;

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace cchc::ui
