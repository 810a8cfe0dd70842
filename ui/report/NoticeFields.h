#pragma once

#include "core/domain/InspectionRound.h"
#include "core/domain/ReportRecords.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace cchc::ui {

// The row above the notice's paragraphs: the date it is dated with (with the way back to
// the default date) and the team member who signs it, plus the way to the letterhead and
// signer settings. It shows what it is given and says what the team chose; the notice
// editor writes the choice through the session (one undo step each).
class NoticeFields : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeFields(QWidget *parent = nullptr);

    // What the fields show: the round's team, what the team chose, the date the notice
    // now carries (chosen or default), and the notice as issued, if it is. An issued
    // notice, or a file that cannot be written, shows them read-only.
    void showChoice(const InspectionRound &round, const report::NoticeSettings &chosen,
                    const QDate &noticeDate, const std::optional<report::IssuedNotice> &issued,
                    bool writable);

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *signerBox() const { return m_signer; }

signals:
    void dateChosen(const QDate &date); // invalid: back to the default date
    void signerChosen(const QString &memberId); // empty: the lead
    void settingsRequested();

private:
    QDateEdit *m_date = nullptr;
    QPushButton *m_defaultDate = nullptr;
    QLabel *m_note = nullptr;
    QComboBox *m_signer = nullptr;
    bool m_showing = false; // filling the fields is not the team choosing
};

} // namespace cchc::ui
