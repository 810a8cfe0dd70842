#pragma once

#include "core/common/Result.h"
#include "core/domain/ReportSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cchc::ui {

class Session;

// The file's report settings: issuing body lines, symbol and number series, place, signer,
// recipients. Saved through the session on OK (one undo step); a failure is shown in the
// dialog, which stays open with what was typed.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportSettingsDialog(Session &session, QWidget *parent = nullptr);

    Status load();
    Status save();
    void accept() override;

    // For tests and for callers that fill the form.
    QLineEdit *field(const QString &name) const;
    QPlainTextEdit *recipients() const { return m_recipients; }
    QSpinBox *nextNumber() const { return m_nextNumber; }

private:
    Session &m_session;
    report::ReportSettings m_settings;
    QList<std::pair<QString, QLineEdit *>> m_fields;
    QPlainTextEdit *m_recipients = nullptr;
    QSpinBox *m_nextNumber = nullptr;
    QLabel *m_error = nullptr;
    int m_year = 0;
};

} // namespace cchc::ui
