#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cchc::ui {

// Interface language (Vietnamese by default, English), applied at the next start, and the
// inspector's name that every change made on this laptop records.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *inspectorName() const { return m_name; }
    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_name;
};

} // namespace cchc::ui
