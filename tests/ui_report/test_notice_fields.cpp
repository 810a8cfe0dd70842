// The notice's date and signer, chosen in the notice editor: undone, printed, frozen once
// the notice is issued.
#include "tests/ui_report/ReportUiFixtures.h"

#include "core/common/VietnameseText.h"
#include "core/report/Reports.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "ui/Session.h"
#include "ui/report/NoticeDraftEditor.h"
#include "ui/report/NoticePageView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>

using namespace cchc;
using namespace cchc::test;

namespace {

// The notice as the file exports it, as text (pdftotext, UTF-8).
QString exportedText(const DemoSession &demo)
{
    report::ReportRequest request;
    request.roundId = demo.roundId;
    request.withAnnex = false;
    auto document = report::buildReport(demo.file(), request);
    REQUIRE(document.ok());
    const QString pdf = demo.demo.dir.path(QStringLiteral("thong-bao.pdf"));
    REQUIRE(report::writeReport(*document, pdf).ok());
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

report::NoticeSettings stored(const DemoSession &demo)
{
    auto settings = report::ReportStore(demo.file()).noticeSettings(demo.roundId);
    REQUIRE(settings.ok());
    return *settings;
}

// Picks the team member whose entry starts with `name`, as a click in the list does.
void chooseSigner(QComboBox *box, const QString &name)
{
    const int index = box->findText(name, Qt::MatchStartsWith);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

} // namespace

TEST_CASE("The notice's date and signer are chosen in the editor, undone, and printed",
          "[ui-report][notice-editor][notice-settings]")
{
    DemoSession demo;
    ui::NoticeDraftEditor editor(demo.session, demo.roundId);
    editor.show();
    REQUIRE(editor.reload().ok());
    QDateEdit *date = editor.dateEdit();
    QComboBox *signer = editor.signerBox();
    auto *defaultDate = editor.findChild<QPushButton *>(QStringLiteral("defaultDate"));
    REQUIRE(defaultDate);
    // By default: the first working day after the visits (23–26/5/2022), the lead signs.
    CHECK(date->date() == QDate(2022, 5, 27));
    CHECK(date->isEnabled());
    CHECK_FALSE(defaultDate->isEnabled());
    CHECK(signer->currentText().startsWith(QStringLiteral("Nguyễn Hữu Thắng")));
    CHECK(signer->count() == 5);

    date->setDate(QDate(2022, 6, 10));
    CHECK(stored(demo).noticeDate == QDate(2022, 6, 10));
    CHECK(defaultDate->isEnabled());
    ui::NoticePageView *pages = editor.pageView();
    QSignalSpy rendered(pages, &ui::NoticePageView::rendered);
    chooseSigner(signer, QStringLiteral("Phạm Thị Thu Hương"));
    CHECK_FALSE(stored(demo).signerMemberId.isEmpty());
    CHECK(pages->renderPending()); // the pages follow
    REQUIRE(waitFor(rendered, 10000));

    // Kept in the file and printed: the date line by Decree 30, the deputy signing for the lead.
    QString text = exportedText(demo);
    CHECK(text.contains(QStringLiteral("Hà Tĩnh, ngày 10 tháng 6 năm 2022")));
    CHECK(text.contains(QStringLiteral("KT. TRƯỞNG ĐOÀN")));
    CHECK(text.contains(QStringLiteral("PHÓ TRƯỞNG ĐOÀN")));
    CHECK(text.contains(QStringLiteral("Phạm Thị Thu Hương")));

    // Each is one undo step: the signer first, then the date.
    editor.undo();
    CHECK(stored(demo).signerMemberId.isEmpty());
    CHECK(signer->currentText().startsWith(QStringLiteral("Nguyễn Hữu Thắng")));
    CHECK(date->date() == QDate(2022, 6, 10));
    editor.undo();
    CHECK_FALSE(stored(demo).noticeDate.isValid());
    CHECK(date->date() == QDate(2022, 5, 27));
    text = exportedText(demo);
    CHECK(text.contains(QStringLiteral("ngày 27 tháng 5 năm 2022")));
    CHECK(text.contains(QStringLiteral("Nguyễn Hữu Thắng")));
    CHECK_FALSE(text.contains(QStringLiteral("Phạm Thị Thu Hương")));
    editor.redo();
    CHECK(date->date() == QDate(2022, 6, 10));

    // Back to the default date: one more step.
    defaultDate->click();
    CHECK_FALSE(stored(demo).noticeDate.isValid());
    CHECK(date->date() == QDate(2022, 5, 27));
    editor.undo();
    CHECK(stored(demo).noticeDate == QDate(2022, 6, 10));
}

TEST_CASE("Once the notice is issued its date and signer are shown, not edited",
          "[ui-report][notice-editor][notice-settings]")
{
    DemoSession demo;
    report::NoticeSettings chosen;
    chosen.noticeDate = QDate(2022, 6, 10);
    REQUIRE(report::ReportStore(demo.file()).saveNoticeSettings(demo.roundId, chosen).ok());
    REQUIRE(demo.session.issueNotice(demo.roundId, QDate(), 0).ok());
    ui::NoticeDraftEditor editor(demo.session, demo.roundId);
    editor.show();
    REQUIRE(editor.reload().ok());
    CHECK(editor.dateEdit()->date() == QDate(2022, 6, 10));
    CHECK_FALSE(editor.dateEdit()->isEnabled());
    CHECK_FALSE(editor.signerBox()->isEnabled());
    CHECK_FALSE(editor.findChild<QPushButton *>(QStringLiteral("defaultDate"))->isEnabled());
    auto *note = editor.findChild<QLabel *>(QStringLiteral("noticeDateNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("10/6/2022")));
    CHECK(note->text().contains(QStringLiteral("/TB-ĐKT")));
    // It prints from its snapshot: its paragraphs are shown, not edited or rearranged.
    CHECK(note->text().contains(QStringLiteral("in như khi ban hành")));
    CHECK_FALSE(editor.textEdit()->isEnabled());
    for (const char *button : {"add", "remove", "up", "down", "revert", "reviewed"}) {
        INFO(button);
        auto *found = editor.findChild<QPushButton *>(QString::fromLatin1(button));
        if (found)
            CHECK_FALSE(found->isEnabled());
    }
}

TEST_CASE("Undoing the removal of a round brings its notice's date and signer back",
          "[ui-report][notice-settings]")
{
    DemoSession demo;
    auto round = demo.file().loadRound(demo.roundId);
    REQUIRE(round.ok());
    report::NoticeSettings chosen;
    chosen.noticeDate = QDate(2022, 6, 10);
    chosen.signerMemberId = round->team.at(1).id;
    REQUIRE(demo.session.setNoticeSettings(demo.roundId, chosen, QStringLiteral("chọn")).ok());
    REQUIRE(demo.session.removeRound(demo.roundId).ok());
    CHECK(stored(demo).id.isEmpty());
    REQUIRE(demo.session.undo().ok());
    const report::NoticeSettings back = stored(demo);
    CHECK(back.noticeDate == QDate(2022, 6, 10));
    CHECK(back.signerMemberId == round->team.at(1).id);
}
