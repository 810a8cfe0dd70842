#pragma once

#include "core/domain/Assessment.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace cchc::ui {

// Kiến nghị / yêu cầu khắc phục: what the unit must fix and by when.
class CorrectiveActionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CorrectiveActionDialog(const CorrectiveAction &action, QWidget *parent = nullptr);
    CorrectiveAction action() const;
    void setDescription(const QString &description);
    void setDeadline(const QDate &deadline);
    void accept() override; // stays open without a description

private:
    CorrectiveAction m_action;
    QPlainTextEdit *m_description;
    QDateEdit *m_deadline;
    QLabel *m_error;
};

} // namespace cchc::ui
