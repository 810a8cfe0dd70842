#include "ui/report/NoticeFields.h"

#include "core/common/VietnameseText.h"
#include "core/report/NoticeDrafter.h"
#include "core/report/Reports.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <utility>

namespace cchc::ui {

NoticeFields::NoticeFields(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("noticeDate"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The date the notice is dated with"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("noticeDateNote"));
    m_defaultDate = new QPushButton(tr("Default date"));
    m_defaultDate->setObjectName(QStringLiteral("defaultDate"));
    m_defaultDate->setToolTip(
        tr("Date the notice by the first working day after the last visit again"));
    m_signer = new QComboBox;
    m_signer->setObjectName(QStringLiteral("signer"));
    m_signer->setToolTip(tr("The team member who signs the notice"));
    m_signer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *settings = new QPushButton(tr("Letterhead and signer…"));
    settings->setObjectName(QStringLiteral("reportSettings"));
    settings->setToolTip(tr("The issuing body, the signer's authority and title, the recipients"));
    auto *dateLabel = new QLabel(tr("Notice &date:"));
    dateLabel->setBuddy(m_date);
    auto *signerLabel = new QLabel(tr("&Signed by:"));
    signerLabel->setBuddy(m_signer);
    layout->addWidget(dateLabel);
    layout->addWidget(m_date);
    layout->addWidget(m_note);
    layout->addWidget(m_defaultDate);
    layout->addSpacing(16);
    layout->addWidget(signerLabel);
    layout->addWidget(m_signer);
    layout->addWidget(settings);
    layout->addStretch();
    // A date typed or picked counts once it is a whole date.
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_showing)
            emit dateChosen(date);
    });
    connect(m_defaultDate, &QPushButton::clicked, this, [this] { emit dateChosen(QDate()); });
    connect(m_signer, &QComboBox::activated, this,
            [this](int index) { emit signerChosen(m_signer->itemData(index).toString()); });
    connect(settings, &QPushButton::clicked, this, &NoticeFields::settingsRequested);
}

void NoticeFields::showChoice(const InspectionRound &round, const report::NoticeSettings &chosen,
                              const QDate &noticeDate,
                              const std::optional<report::IssuedNotice> &issued, bool writable)
{
    const bool open = !issued && writable;
    const QDate shown = issued ? issued->issuedOn : noticeDate;
    const bool wasShowing = std::exchange(m_showing, true);
    if (m_date->date() != shown) // the same date: the cursor stays where the team types
        m_date->setDate(shown);
    m_date->setEnabled(open);
    m_defaultDate->setEnabled(open && chosen.noticeDate.isValid());
    m_note->setText(issued ? tr("Issued as %1: it prints as issued; its text, date and signer no longer change.")
                                 .arg(report::issuedNoticeText(*issued))
                    : chosen.noticeDate.isValid()
                        ? tr("%1, chosen by the team").arg(vn::longDate(shown))
                        : tr("%1, by default (the first working day after the visits)")
                              .arg(vn::longDate(shown)));
    m_signer->clear();
    report::NoticeOptions options;
    options.signerMemberId = chosen.signerMemberId;
    const TeamMember *signer = report::noticeSigner(round, options);
    for (const TeamMember &member : round.team) {
        // The lead is the default: choosing the lead keeps no choice.
        const bool lead = &member == round.lead();
        m_signer->addItem(QStringLiteral("%1 – %2").arg(member.fullName, teamRoleLabel(member.role)),
                          lead ? QString() : member.id);
        if (&member == signer)
            m_signer->setCurrentIndex(m_signer->count() - 1);
    }
    if (m_signer->count() == 0)
        m_signer->addItem(tr("(the round has no team: add it in the round)"));
    m_signer->setEnabled(open && !round.team.isEmpty());
    m_showing = wasShowing;
}

} // namespace cchc::ui
