#pragma once

#include "core/teamwork/FrozenRounds.h"
#include "ui/widgets/Banner.h"

#include <QDialog>

#include <optional>

class QPlainTextEdit;
class QPushButton;

namespace cchc::ui {

class Session;

// Asked before the first change of results of a round whose notice is issued: why. Cancel
// changes nothing. The reason is recorded with every such change while the file is open.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReasonDialog(const teamwork::FrozenRound &round, QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
};

// Shows the dialog (through prompts::execDialog, so tests can answer it); nullopt: cancelled.
std::optional<QString> askChangeReason(QWidget *parent, const teamwork::FrozenRound &round);

// The marker above the checklist for the round in view once its notice is issued: a warning
// "Kết quả đã thay đổi sau khi ban hành Thông báo số …" when results changed since (with
// how many changes and the reasons), else a note that changes need a reason.
class FrozenRoundBanner : public Banner
{
    Q_OBJECT

public:
    explicit FrozenRoundBanner(QWidget *parent = nullptr);
    void setContext(Session *session, const QString &roundId);
    void refresh();

private:
    Session *m_session = nullptr;
    QString m_roundId;
};

} // namespace cchc::ui
