// The notice editor: paragraphs added, left out, moved and undone; the pages beside them.
#include "tests/ui_report/ReportUiFixtures.h"

#include "core/report/OfficialLayout.h"
#include "core/report/Reports.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "ui/report/NoticeDraftEditor.h"
#include "ui/report/NoticePageView.h"
#include "ui/report/ReportActions.h"
#include "ui/widgets/Prompts.h"
#include "ui/widgets/WindowSize.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGraphicsView>
#include <QListWidget>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTest>

using namespace cchc;
using namespace cchc::test;
using report::ParagraphState;

namespace {

// Types Vietnamese letter by letter, as an input method delivers it (QTest::keyClicks
// knows ASCII only): each letter is one change of the text.
void typeText(QPlainTextEdit *edit, const QString &text)
{
    for (const QChar letter : text)
        edit->insertPlainText(QString(letter));
}

QStringList keysOf(const ui::NoticeDraftEditor &editor)
{
    QStringList keys;
    for (const report::MergedParagraph &paragraph : editor.paragraphs())
        keys << paragraph.paragraph.key;
    return keys;
}

// The notice's paragraphs as the file now prints them.
QStringList printedTexts(const InspectionFile &file, const QString &roundId)
{
    auto draft = report::loadNoticeDraft(file, roundId);
    REQUIRE(draft.ok());
    QStringList texts;
    for (const report::DraftParagraph &paragraph : report::textsOf(draft->paragraphs))
        texts << paragraph.text;
    return texts;
}

// The demo round's notice in an editor, shown (keys and pages need a window) and loaded.
struct DemoEditor
{
    DemoSession demo;
    ui::NoticeDraftEditor editor{demo.session, demo.roundId};
    DemoEditor()
    {
        editor.show();
        REQUIRE(editor.reload().ok());
    }
};

int firstResultsRow(const ui::NoticeDraftEditor &editor)
{
    const QStringList keys = keysOf(editor);
    for (int row = 0; row < keys.size(); ++row) {
        if (keys.at(row).startsWith(QStringLiteral("results/")))
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("A paragraph of the team's own is added after any paragraph, kept, and undone",
          "[ui-report][notice-editor]")
{
    DemoEditor fixture;
    DemoSession &demo = fixture.demo;
    ui::NoticeDraftEditor &editor = fixture.editor;
    const int row = firstResultsRow(editor);
    REQUIRE(row > 0);
    const QString after = editor.paragraphs().at(row).paragraph.key;
    const int count = int(editor.paragraphs().size());
    editor.selectParagraph(row);
    editor.addParagraph();
    REQUIRE(editor.paragraphs().size() == count + 1);
    CHECK(editor.currentRow() == row + 1);
    CHECK(editor.paragraphs().at(row + 1).state == ParagraphState::Own);
    const QString typed = QStringLiteral("Đoàn ghi nhận đơn vị đã chủ động khắc phục ngay.");
    typeText(editor.textEdit(), typed);
    editor.commitTyping(); // as the pause after typing does
    CHECK(editor.paragraphs().at(row + 1).paragraph.text == typed);

    // Kept in the file, in its place, and printed there.
    const QStringList printed = printedTexts(demo.file(), demo.roundId);
    const int at = int(printed.indexOf(typed));
    REQUIRE(at > 0);
    CHECK(printed.at(at - 1) == editor.paragraphs().at(row).paragraph.text);

    // The results change: a new draft keeps the paragraph after the same one.
    auto round = demo.file().loadRound(demo.roundId);
    round->visitEnd = QDate(2022, 5, 27);
    REQUIRE(demo.file().saveRound(*round).ok());
    ui::NoticeDraftEditor redrafted(demo.session, demo.roundId);
    REQUIRE(redrafted.reload().ok());
    const int own = redrafted.rowOf(editor.paragraphs().at(row + 1).paragraph.key);
    REQUIRE(own > 0);
    CHECK(redrafted.paragraphs().at(own - 1).paragraph.key == after);
    CHECK(redrafted.paragraphs().at(own).paragraph.text == typed);

    // Undo: first the typing (one step), then the paragraph itself.
    editor.undo();
    CHECK(editor.paragraphs().size() == count + 1);
    CHECK(editor.paragraphs().at(row + 1).paragraph.text.isEmpty());
    editor.undo();
    CHECK(editor.paragraphs().size() == count);
    CHECK_FALSE(printedTexts(demo.file(), demo.roundId).contains(typed));
    editor.redo();
    editor.redo();
    CHECK(editor.paragraphs().at(row + 1).paragraph.text == typed);
}

TEST_CASE("A drafted paragraph is left out and put back, the team's own is deleted",
          "[ui-report][notice-editor]")
{
    DemoEditor fixture;
    DemoSession &demo = fixture.demo;
    ui::NoticeDraftEditor &editor = fixture.editor;
    const int row = firstResultsRow(editor);
    const QString text = editor.paragraphs().at(row).paragraph.text;
    editor.selectParagraph(row);
    editor.removeParagraph();
    CHECK(editor.paragraphs().at(row).hidden); // still listed, marked
    CHECK_FALSE(printedTexts(demo.file(), demo.roundId).contains(text));
    editor.removeParagraph(); // "Put back"
    CHECK_FALSE(editor.paragraphs().at(row).hidden);
    CHECK(printedTexts(demo.file(), demo.roundId).contains(text));
    CHECK(report::ReportStore(demo.file()).paragraphs(demo.roundId)->isEmpty());
    editor.undo(); // out again
    CHECK(editor.paragraphs().at(row).hidden);
    editor.undo(); // back as drafted
    CHECK_FALSE(editor.paragraphs().at(row).hidden);

    const int count = int(editor.paragraphs().size());
    editor.selectParagraph(row);
    editor.addParagraph();
    typeText(editor.textEdit(), QStringLiteral("Tạm"));
    editor.removeParagraph(); // the team's own: deleted
    CHECK(editor.paragraphs().size() == count);
    CHECK(report::ReportStore(demo.file()).paragraphs(demo.roundId)->isEmpty());
    editor.undo();
    CHECK(editor.paragraphs().size() == count + 1);
}

TEST_CASE("Paragraphs move within their section only, survive a new draft, and are undone",
          "[ui-report][notice-editor]")
{
    DemoEditor fixture;
    DemoSession &demo = fixture.demo;
    ui::NoticeDraftEditor &editor = fixture.editor;
    const int row = firstResultsRow(editor);
    REQUIRE(editor.paragraphs().at(row + 1).section == QStringLiteral("results"));
    const QStringList before = keysOf(editor);
    CHECK_FALSE(editor.canMove(row, -1)); // above it is the opening: another section
    CHECK_FALSE(editor.canMove(0, +1));   // the opening stays first
    editor.selectParagraph(row);
    editor.moveParagraph(+1);
    QStringList expected = before;
    expected.swapItemsAt(row, row + 1);
    CHECK(keysOf(editor) == expected);
    CHECK(editor.currentRow() == row + 1); // the moved paragraph stays selected

    ui::NoticeDraftEditor reopened(demo.session, demo.roundId);
    REQUIRE(reopened.reload().ok());
    CHECK(keysOf(reopened) == expected);
    // Moved back: the draft's order, and nothing left stored.
    editor.moveParagraph(-1);
    CHECK(keysOf(editor) == before);
    CHECK(report::ReportStore(demo.file()).paragraphs(demo.roundId)->isEmpty());
    editor.undo();
    CHECK(keysOf(editor) == expected);
    editor.undo();
    CHECK(keysOf(editor) == before);
}

TEST_CASE("The pages beside the text are the printed ones and follow the edited paragraph",
          "[ui-report][notice-editor][pages]")
{
    DemoEditor fixture;
    DemoSession &demo = fixture.demo;
    ui::NoticeDraftEditor &editor = fixture.editor;
    ui::NoticePageView *pages = editor.pageView();
    pages->renderNow();
    REQUIRE(pages->pageCount() >= 2);
    // The same pages as the notice's PDF without its annex.
    report::ReportRequest request;
    request.roundId = demo.roundId;
    request.withAnnex = false;
    auto document = report::buildReport(demo.file(), request);
    REQUIRE(document.ok());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(demo.demo.dir.path(QStringLiteral("notice.pdf")));
    printer.setFullPage(true);
    printer.setResolution(report::layout::kDeviceDpi);
    QList<report::ParagraphPlace> printed;
    CHECK(report::paintReport(*document, printer, &printed) == pages->pageCount());
    REQUIRE(pages->places().size() == printed.size());
    for (int i = 0; i < printed.size(); ++i) {
        CHECK(pages->places().at(i).key == printed.at(i).key);
        CHECK(pages->places().at(i).page == printed.at(i).page);
    }

    // Typing does not paint on the keystroke; the pages follow after the pause.
    const int row = firstResultsRow(editor);
    editor.selectParagraph(row);
    QSignalSpy rendered(pages, &ui::NoticePageView::rendered);
    const QString longer = QString(QStringLiteral("Nội dung bổ sung dài. ")).repeated(120);
    editor.textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.textEdit(), QStringLiteral("x"));
    editor.textEdit()->insertPlainText(longer);
    CHECK(rendered.isEmpty()); // typing never waits for the pages: written after a pause,
    REQUIRE(waitFor(rendered, 5000)); // then painted
    CHECK(pages->pageCount() > printed.constLast().page + 1); // the long text added a page

    // A click on a paragraph's place on its page selects it for editing.
    const int target = editor.rowOf(QStringLiteral("closing"));
    REQUIRE(target > 0);
    report::ParagraphPlace place;
    for (const report::ParagraphPlace &candidate : pages->places()) {
        if (candidate.key == QStringLiteral("closing"))
            place = candidate;
    }
    REQUIRE(place.key == QStringLiteral("closing"));
    CHECK(pages->paragraphAt(place.page, (place.top + place.bottom) / 2) == place.key);
    QGraphicsView *view = pages->graphicsView();
    REQUIRE(view);
    const QRectF sheet = pages->pageRect(place.page);
    const QPointF scenePoint(sheet.center().x(),
                             sheet.top() + (place.top + place.bottom) / 2 * sheet.height());
    view->centerOn(scenePoint);
    const QPoint at = view->mapFromScene(scenePoint);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    CHECK(editor.currentRow() == target);
    CHECK(editor.textEdit()->toPlainText() == editor.paragraphs().at(target).paragraph.text);
}

TEST_CASE("The editor fits a 1366 × 768 screen, closes with its button and with Esc",
          "[ui-report][notice-editor]")
{
    DemoSession demo;
    auto *editor = new ui::NoticeDraftEditor(demo.session, demo.roundId);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ui::NoticeDraftEditor> alive(editor);
    REQUIRE(editor->reload().ok());
    CHECK(editor->width() <= ui::kLaptopClientArea.width());
    CHECK(editor->height() <= ui::kLaptopClientArea.height());
    CHECK(editor->minimumSizeHint().height() <= ui::kLaptopClientArea.height());
    editor->show();
    editor->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(editor));
    editor->textEdit()->setFocus();
    QTest::keyClick(editor->textEdit(), Qt::Key_Escape);
    CHECK(editor->isHidden());
    editor->show();
    auto *buttons = editor->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Close)->click();
    CHECK(editor->isHidden());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(alive.isNull());
}

TEST_CASE("Paragraph states are markers, not text put before the paragraph",
          "[ui-report][notice-editor]")
{
    DemoEditor fixture;
    auto *list = fixture.editor.findChild<QListWidget *>();
    REQUIRE(list);
    for (int row = 0; row < list->count(); ++row) {
        CHECK_FALSE(list->item(row)->text().startsWith(QLatin1Char('[')));
        CHECK_FALSE(list->item(row)->icon().isNull());
        CHECK(list->item(row)->toolTip() == QStringLiteral("Dự thảo"));
    }
}

TEST_CASE("The print preview speaks Vietnamese and opens at page width", "[ui-report][preview]")
{
    DemoSession demo;
    QWidget window;
    ui::ReportActions actions(&window);
    actions.setContext(&demo.session, demo.roundId, QString());
    bool seen = false;
    ui::prompts::setDialogHook([&seen](QDialog *dialog) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog);
        REQUIRE(preview);
        seen = true;
        CHECK(preview->windowTitle().startsWith(QStringLiteral("Xem trước khi in")));
        auto *fitWidth = preview->findChild<QAction *>(QStringLiteral("fitWidthAction"));
        REQUIRE(fitWidth);
        CHECK(fitWidth->isChecked());
        CHECK(fitWidth->text() == QStringLiteral("Vừa chiều rộng"));
        CHECK(preview->width() <= ui::kLaptopClientArea.width());
        CHECK(preview->height() <= ui::kLaptopClientArea.height());
        return int(QDialog::Rejected);
    });
    actions.previewNotice();
    ui::prompts::setDialogHook({});
    CHECK(seen);
}
