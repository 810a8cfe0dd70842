#pragma once

#include <QDialog>

class QComboBox;

namespace cchc::ui {

// Interface language (Vietnamese by default, English), applied at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace cchc::ui
