#include "ui/editors/CorrectiveActionDialog.h"

#include "core/common/Clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cchc::ui {

CorrectiveActionDialog::CorrectiveActionDialog(const CorrectiveAction &action, QWidget *parent)
    : QDialog(parent), m_action(action), m_description(new QPlainTextEdit(this)),
      m_deadline(new QDateEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(action.id.isEmpty() ? tr("New corrective action") : tr("Corrective action"));
    m_description->setPlainText(action.description);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("e.g. Ban hành quy chế chi tiêu nội bộ năm 2022"));
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDate(action.deadline.isValid() ? action.deadline
                                                  : Clock::today().addDays(30));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&What must be fixed:"), m_description);
    form->addRow(tr("&Deadline:"), m_deadline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectiveActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 260);
}

CorrectiveAction CorrectiveActionDialog::action() const
{
    CorrectiveAction action = m_action;
    action.description = m_description->toPlainText().trimmed();
    action.deadline = m_deadline->date();
    return action;
}

void CorrectiveActionDialog::setDescription(const QString &description)
{
    m_description->setPlainText(description);
}

void CorrectiveActionDialog::setDeadline(const QDate &deadline)
{
    m_deadline->setDate(deadline);
}

void CorrectiveActionDialog::accept()
{
    if (m_description->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("Say what the unit must fix."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cchc::ui
