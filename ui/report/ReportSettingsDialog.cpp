#include "ui/report/ReportSettingsDialog.h"

#include "core/common/Clock.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "ui/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cchc::ui {

using namespace report;

namespace {

// Each line edit and the settings field it edits.
struct FieldSpec
{
    const char *name;
    QString ReportSettings::*member;
};

const FieldSpec kFields[] = {
    {"governingBody", &ReportSettings::governingBody},
    {"issuingBody", &ReportSettings::issuingBody},
    {"issuerInProse", &ReportSettings::issuerInProse},
    {"issuerSymbol", &ReportSettings::issuerSymbol},
    {"placeName", &ReportSettings::placeName},
    {"signerAuthority", &ReportSettings::signerAuthority},
    {"signerTitle", &ReportSettings::signerTitle},
    {"reportTo", &ReportSettings::reportTo},
};

} // namespace

ReportSettingsDialog::ReportSettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_year(Clock::today().year())
{
    setWindowTitle(tr("Report settings"));
    const QString labels[] = {
        tr("Governing body"),
        tr("Issuing body"),
        tr("Issuing body in sentences"),
        tr("Symbol in numbers"),
        tr("Place"),
        tr("Signing authority"),
        tr("Signer's title"),
        tr("Corrective-action reports go to"),
    };
    auto *form = new QFormLayout;
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        auto *edit = new QLineEdit;
        m_fields.append({QString::fromLatin1(kFields[i].name), edit});
        form->addRow(labels[i], edit);
    }
    m_nextNumber = new QSpinBox;
    m_nextNumber->setRange(1, 9999);
    form->addRow(tr("Next notice number in %1").arg(m_year), m_nextNumber);
    m_recipients = new QPlainTextEdit;
    m_recipients->setTabChangesFocus(true);
    form->addRow(tr("Recipients (one per line)"), m_recipients);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Body names run long ("Đoàn kiểm tra CCHC - HĐCV thành phố Hà Tĩnh"): room to read them.
    setMinimumWidth(680);
}

QLineEdit *ReportSettingsDialog::field(const QString &name) const
{
    for (const auto &[fieldName, edit] : m_fields) {
        if (fieldName == name)
            return edit;
    }
    return nullptr;
}

Status ReportSettingsDialog::load()
{
    const ReportStore store(*m_session.file());
    auto settings = store.settings();
    if (!settings)
        return settings.failure();
    m_settings = *settings;
    auto next = store.numberToIssue(m_settings.issuerSymbol, m_year); // what would be issued
    if (!next)
        return next.failure();
    for (int i = 0; i < m_fields.size(); ++i) {
        QLineEdit *edit = m_fields.at(i).second;
        edit->setText(m_settings.*kFields[i].member);
        edit->setCursorPosition(0); // a long name is read from its beginning
    }
    m_nextNumber->setValue(*next);
    m_recipients->setPlainText(m_settings.recipients.join(QLatin1Char('\n')));
    return {};
}

Status ReportSettingsDialog::save()
{
    for (int i = 0; i < m_fields.size(); ++i)
        m_settings.*kFields[i].member = m_fields.at(i).second->text().trimmed();
    m_settings.recipients.clear();
    for (const QString &line : m_recipients->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            m_settings.recipients.append(line.trimmed());
    }
    // The rule (never below a number already given) is core's: report::saveReportSettings.
    return m_session.saveReportSettings(m_settings, m_year, m_nextNumber->value());
}

void ReportSettingsDialog::accept()
{
    if (auto status = save(); !status) {
        m_error->setText(status.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cchc::ui
