#include "ui/teamwork/FrozenRoundUi.h"

#include "ui/Session.h"
#include "core/report/Reports.h"
#include "ui/widgets/Prompts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cchc::ui {

ReasonDialog::ReasonDialog(const teamwork::FrozenRound &round, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(tr("Reason for the change"));
    auto *explanation = new QLabel(
        tr("Notice No. %1 of this round has been issued. It stays as it was printed; a change "
           "of results is recorded in the edit history with its reason, and the round is marked "
           "“%2”.\n\nWhy do the results change? The reason is recorded with every change of "
           "this round's results until the file is closed. Cancel: nothing is changed.")
            .arg(report::issuedNoticeText(round.notice), teamwork::changedAfterIssueText(round)),
        this);
    explanation->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("For example: corrected after the unit sent the missing "
                                    "documents on 15/6/2022"));
    m_reason->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record the reason and change"));
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_reason, 1);
    layout->addWidget(buttons);
    resize(520, 300);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

std::optional<QString> askChangeReason(QWidget *parent, const teamwork::FrozenRound &round)
{
    ReasonDialog dialog(round, parent);
    if (prompts::execDialog(&dialog) != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

FrozenRoundBanner::FrozenRoundBanner(QWidget *parent) : Banner(parent)
{
    setObjectName(QStringLiteral("frozenRoundBanner"));
}

void FrozenRoundBanner::setContext(Session *session, const QString &roundId)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_roundId = roundId;
    if (m_session) {
        connect(m_session, &Session::assessmentChanged, this, &FrozenRoundBanner::refresh);
        connect(m_session, &Session::evidenceChanged, this, &FrozenRoundBanner::refresh);
        connect(m_session, &Session::correctiveActionsChanged, this, &FrozenRoundBanner::refresh);
        connect(m_session, &Session::noticeIssued, this, &FrozenRoundBanner::refresh);
        connect(m_session, &Session::structureChanged, this, &FrozenRoundBanner::refresh);
    }
    refresh();
}

void FrozenRoundBanner::refresh()
{
    if (!m_session || m_roundId.isEmpty()) {
        showMessage(Kind::Info, {});
        return;
    }
    auto frozen = teamwork::frozenRound(*m_session->file(), m_roundId);
    if (!frozen) {
        showMessage(Kind::Error, frozen.error());
        return;
    }
    if (!*frozen) {
        showMessage(Kind::Info, {});
        return;
    }
    const teamwork::FrozenRound &round = **frozen;
    if (!round.changedAfterIssue()) {
        showMessage(Kind::Info, tr("Notice No. %1 has been issued: a change of results asks "
                                   "for a reason and is recorded in the edit history.")
                                    .arg(report::issuedNoticeText(round.notice)));
        return;
    }
    QString text = teamwork::changedAfterIssueText(round);
    text[0] = text[0].toUpper();
    text += tr(" (%n change(s))", nullptr, round.changesAfterIssue);
    if (!round.reasons.isEmpty())
        text += tr(". Reason: %1").arg(round.reasons.join(QStringLiteral("; ")));
    showMessage(Kind::Warning, text + QLatin1Char('.'));
}

} // namespace cchc::ui
