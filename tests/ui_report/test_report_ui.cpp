// The report pieces of the UI, offscreen, with no modal dialog left to block.
#include "tests/support/TestSupport.h"

#include "core/builtin/DemoFile.h"
#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"
#include "core/report/PdfOutput.h"
#include "core/report/Reports.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "core/storage/InspectionFile.h"
#include "ui/report/NoticeDraftEditor.h"
#include "ui/report/ReportActions.h"
#include "ui/report/ReportSettingsDialog.h"
#include "ui/Session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::test;

namespace {

// The demo file open in a session, as the window has it.
struct DemoFile
{
    TempDir dir;
    std::unique_ptr<ui::Session> session;
    InspectionFile *file = nullptr;
    QString roundId;
    DemoFile()
    {
        const QString path = dir.path(QStringLiteral("demo.cchc"));
        REQUIRE(writeDemoFile(path).ok());
        auto opened = InspectionFile::open(path);
        REQUIRE(opened.ok());
        session = std::make_unique<ui::Session>(std::move(*opened));
        file = session->file();
        roundId = file->rounds()->at(0).id;
    }
    QString unitId(int index) const { return file->loadRound(roundId)->units.at(index).id; }
};

bool waitFor(const QSignalSpy &spy, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.isEmpty() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !spy.isEmpty();
}

} // namespace

TEST_CASE("Report actions are offered and enabled by what is selected", "[ui-report]")
{
    DemoFile demo;
    QWidget window;
    ui::ReportActions actions(&window);
    const QList<QAction *> list = actions.actions();
    REQUIRE(list.size() == 9);
    CHECK(list.at(3)->text() == QStringLiteral("Xuất thông báo ra Word (.docx)…"));
    for (QAction *action : list)
        CHECK_FALSE(action->isEnabled());
    actions.setContext(demo.session.get(), demo.roundId, QString());
    CHECK(list.at(1)->isEnabled());
    CHECK_FALSE(list.at(0)->isEnabled()); // no unit selected: no minutes of "this unit"
    actions.setContext(demo.session.get(), demo.roundId, demo.unitId(0));
    CHECK(list.at(0)->isEnabled());
}

TEST_CASE("Notice, minutes and scores are exported where the user chose", "[ui-report]")
{
    DemoFile demo;
    QWidget window;
    ui::ReportActions actions(&window);
    actions.setContext(demo.session.get(), demo.roundId, demo.unitId(1));
    QStringList errors;
    actions.setErrorHandler([&](const QString &message) { errors.append(message); });
    QString next;
    actions.setPathChooser([&](const QString &, bool) { return next; });
    QSignalSpy exported(&actions, &ui::ReportActions::exported);

    next = demo.dir.path(QStringLiteral("thong-bao"));
    actions.actions().at(2)->trigger();
    next = demo.dir.path(QStringLiteral("bien-ban.pdf"));
    actions.actions().at(0)->trigger();
    next = demo.dir.path(QStringLiteral("bang-diem.pdf"));
    actions.actions().at(5)->trigger();
    CHECK(errors.isEmpty());
    REQUIRE(exported.size() == 3);
    CHECK(exported.at(0).at(0).toString() == demo.dir.path(QStringLiteral("thong-bao.pdf")));
    for (const auto &arguments : exported)
        CHECK(readAll(arguments.at(0).toString()).startsWith("%PDF"));

    next.clear(); // the user cancels the file dialog: nothing happens
    actions.actions().at(2)->trigger();
    CHECK(exported.size() == 3);
    CHECK(errors.isEmpty());
}

TEST_CASE("Issuing the notice asks first, numbers it once and exports it", "[ui-report][issue]")
{
    DemoFile demo;
    QWidget window;
    ui::ReportActions actions(&window);
    actions.setContext(demo.session.get(), demo.roundId, QString());
    QStringList errors;
    actions.setErrorHandler([&](const QString &message) { errors.append(message); });
    QStringList questions;
    bool answer = false;
    actions.setConfirmHandler([&](const QString &question) {
        questions.append(question);
        return answer;
    });
    actions.setPathChooser(
        [&](const QString &, bool) { return demo.dir.path(QStringLiteral("thong-bao")); });
    QSignalSpy exported(&actions, &ui::ReportActions::exported);
    QSignalSpy issued(&actions, &ui::ReportActions::noticeIssued);
    QAction *issue = actions.actions().at(7);
    CHECK(issue->text() == QStringLiteral("Ban hành thông báo (cấp số)…"));
    // The demo round was visited 23–26/5/2022: the notice is dated the day after, not today,
    // and the question says so.
    const int year = 2022;
    report::ReportStore store(*demo.file);

    issue->trigger(); // the team says no: nothing is numbered or written
    REQUIRE(questions.size() == 1);
    CHECK(questions.at(0).contains(QStringLiteral("01/TB-ĐKT ngày 27/5/2022")));
    CHECK(issued.isEmpty());
    CHECK(exported.isEmpty());
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), year) == 1);

    answer = true;
    issue->trigger();
    REQUIRE(issued.size() == 1);
    REQUIRE(exported.size() == 1);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), year) == 2);
    issue->trigger(); // already issued: no question, same number, written again
    CHECK(questions.size() == 2);
    CHECK(issued.size() == 1);
    CHECK(exported.size() == 2);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), year) == 2);
    CHECK((*store.issuedNotice(demo.roundId))->number == 1);
    CHECK(errors.isEmpty());
}

// A JSON import that carries the number series of `year` set back to `next`, stamped later
// than anything in the file: a newer row that says a lower number.
void importSeriesSetBack(InspectionFile &file, int year, int next)
{
    auto json = interchange::exportFileJson(file);
    REQUIRE(json.ok());
    QJsonObject root = QJsonDocument::fromJson(*json).object();
    root.insert(QStringLiteral("reportNumberSeries"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0c1f3c8e-2b49-4d4a-9d0e-5b8f0a7e6c99")},
                                       {QStringLiteral("issuerSymbol"), QStringLiteral("ĐKT")},
                                       {QStringLiteral("year"), year},
                                       {QStringLiteral("nextNumber"), next},
                                       {QStringLiteral("modifiedAt"),
                                        QStringLiteral("2099-01-01T00:00:00.000Z")}}});
    REQUIRE(interchange::importJson(file, QJsonDocument(root).toJson()).ok());
}

TEST_CASE("The number the team confirms is the number the notice is issued with",
          "[ui-report][issue]")
{
    DemoFile demo;
    // Both rounds were visited in May 2022: their notices are dated 27/5/2022 by default.
    const QDate date(2022, 5, 27);
    const int year = date.year();
    // A second round of the same year, to be issued after the first.
    auto second = demo.file->loadRound(demo.roundId);
    REQUIRE(second.ok());
    second->id.clear();
    second->title = QStringLiteral("Kiểm tra bổ sung");
    for (LegalReference &basis : second->legalBases)
        basis.id.clear();
    for (TeamMember &member : second->team)
        member.id.clear();
    for (RoundUnit &unit : second->units)
        unit.id.clear();
    REQUIRE(demo.file->saveRound(*second).ok());
    REQUIRE(report::issueNotice(*demo.file, demo.roundId, date).ok()); // 01
    importSeriesSetBack(*demo.file, year, 1);

    QWidget window;
    ui::ReportActions actions(&window);
    actions.setContext(demo.session.get(), second->id, QString());
    QStringList errors;
    actions.setErrorHandler([&](const QString &message) { errors.append(message); });
    QStringList questions;
    actions.setConfirmHandler([&](const QString &question) {
        questions.append(question);
        return true;
    });
    actions.setPathChooser(
        [&](const QString &, bool) { return demo.dir.path(QStringLiteral("thong-bao")); });
    QSignalSpy issued(&actions, &ui::ReportActions::noticeIssued);
    actions.issueNotice();
    REQUIRE(errors.isEmpty());
    REQUIRE(questions.size() == 1);
    REQUIRE(issued.size() == 1);
    const QString number = issued.at(0).at(0).toString().section(QLatin1Char(' '), 0, 0);
    CHECK(number == QStringLiteral("02/TB-ĐKT"));
    CHECK(questions.at(0).contains(number));
}

TEST_CASE("Every unit's minutes are written one by one, and can be cancelled", "[ui-report]")
{
    DemoFile demo;
    QWidget window;
    ui::ReportActions actions(&window);
    actions.setContext(demo.session.get(), demo.roundId, QString());
    const QString folder = demo.dir.path(QStringLiteral("bien-ban"));
    QDir().mkpath(folder);
    actions.setPathChooser(
        [&](const QString &, bool isFolder) { return isFolder ? folder : QString(); });
    QSignalSpy finished(&actions, &ui::ReportActions::allMinutesFinished);
    actions.exportAllMinutes();
    CHECK(finished.isEmpty()); // returns at once: the work runs from the event loop
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toInt() == 8);
    CHECK_FALSE(finished.at(0).at(1).toBool());
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 8);
    CHECK(files.at(1) == QStringLiteral("02 - Trung tâm Y tế Thành phố.pdf"));

    // Cancelled from the progress dialog after the first unit.
    const QString second = demo.dir.path(QStringLiteral("lan-hai"));
    QDir().mkpath(second);
    actions.setPathChooser([&](const QString &, bool) { return second; });
    finished.clear();
    actions.exportAllMinutes();
    QCoreApplication::processEvents();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *progress = qobject_cast<QProgressDialog *>(widget))
            progress->cancel();
    }
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(1).toBool());
    CHECK(finished.at(0).at(0).toInt() < 8);
}

TEST_CASE("The draft editor saves every edit and flags it when the results change", "[ui-report]")
{
    DemoFile demo;
    ui::NoticeDraftEditor editor(*demo.session, demo.roundId);
    REQUIRE(editor.reload().ok());
    REQUIRE(editor.paragraphs().size() > 5);
    CHECK(editor.paragraphs().at(0).state == report::ParagraphState::Drafted);

    // Typing is saved after the pause (commitTyping: at once), with the literal text.
    const QString typed = QStringLiteral("Thực hiện <b>Kế hoạch</b> & \"lịch\"\nDòng hai");
    editor.selectParagraph(0);
    editor.textEdit()->setPlainText(typed);
    editor.commitTyping();
    auto stored = report::ReportStore(*demo.file).paragraphs(demo.roundId);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).editedText == typed);
    CHECK(editor.paragraphs().at(0).state == report::ParagraphState::Edited);

    // The results behind the opening change (the visit dates): the edit is kept, flagged.
    auto round = demo.file->loadRound(demo.roundId);
    round->visitEnd = QDate(2022, 5, 27);
    REQUIRE(demo.file->saveRound(*round).ok());
    ui::NoticeDraftEditor reopened(*demo.session, demo.roundId);
    REQUIRE(reopened.reload().ok());
    CHECK(reopened.paragraphs().at(0).paragraph.text == typed);
    CHECK(reopened.paragraphs().at(0).state == report::ParagraphState::NeedsReview);
    CHECK(reopened.paragraphs().at(1).state == report::ParagraphState::Drafted);
    reopened.selectParagraph(0);
    reopened.markReviewed();
    CHECK(reopened.paragraphs().at(0).state == report::ParagraphState::Edited);
    reopened.revertToDraft();
    CHECK(reopened.paragraphs().at(0).paragraph.text.contains(QStringLiteral("ngày 27/5/2022")));
    CHECK(report::ReportStore(*demo.file).paragraphs(demo.roundId)->isEmpty());
}

TEST_CASE("Report settings are edited and stored in the file", "[ui-report]")
{
    DemoFile demo;
    ui::ReportSettingsDialog dialog(*demo.session);
    REQUIRE(dialog.load().ok());
    CHECK(dialog.field(QStringLiteral("issuerSymbol"))->text() == QStringLiteral("ĐKT"));
    dialog.field(QStringLiteral("placeName"))->setText(QStringLiteral("Cẩm Xuyên"));
    dialog.recipients()->setPlainText(QStringLiteral("UBND huyện (để b/c);\n\nLưu: VT."));
    dialog.nextNumber()->setValue(12);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    report::ReportStore store(*demo.file);
    CHECK(store.settings()->placeName == QStringLiteral("Cẩm Xuyên"));
    CHECK(store.settings()->recipients ==
          QStringList{QStringLiteral("UBND huyện (để b/c);"), QStringLiteral("Lưu: VT.")});
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), QDate::currentDate().year()) == 12);
}

TEST_CASE("The number series cannot be set back below a number already issued",
          "[ui-report][issue]")
{
    DemoFile demo;
    const QDate today = QDate::currentDate();
    REQUIRE(report::issueNotice(*demo.file, demo.roundId, today).ok()); // takes 01
    ui::ReportSettingsDialog dialog(*demo.session);
    REQUIRE(dialog.load().ok());
    CHECK(dialog.nextNumber()->value() == 2);
    dialog.nextNumber()->setValue(1);
    const Status refused = dialog.save();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("2")));
    report::ReportStore store(*demo.file);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), today.year()) == 2);
    dialog.nextNumber()->setValue(7); // skipping ahead is allowed
    CHECK(dialog.save().ok());
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), today.year()) == 7);
}

TEST_CASE("The print path paints the notice on a printer at the official margins", "[ui-report]")
{
    DemoFile demo;
    report::ReportRequest request;
    request.roundId = demo.roundId;
    request.issuedOn = QDate(2022, 5, 30);
    auto document = report::buildReport(*demo.file, request);
    REQUIRE(document.ok());
    // What the print preview's paintRequested does, on a printer that prints to a file.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = demo.dir.path(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    printer.setFullPage(true);
    CHECK(report::paintReport(*document, printer) >= 3);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString bbox = QString::fromUtf8(process.readAllStandardOutput());
    // "Thực" opens the body: left margin 30 mm + 1 cm indent = 113.4 pt.
    const QRegularExpression opening(QStringLiteral("xMin=\"([0-9.]+)\"[^>]*>Thực<"));
    const auto match = opening.match(bbox);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toDouble() == Approx(113.4).margin(1.0));
}

TEST_CASE("Switching files closes the windows that hold the old one", "[ui-report]")
{
    DemoFile demo;
    QWidget window;
    ui::ReportActions actions(&window);
    actions.setContext(demo.session.get(), demo.roundId, QString());
    actions.editDraft();
    actions.editSettings();
    auto open = [] {
        int count = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            count += (qobject_cast<ui::NoticeDraftEditor *>(widget) ||
                      qobject_cast<ui::ReportSettingsDialog *>(widget)) &&
                     widget->isVisible();
        return count;
    };
    CHECK(open() == 2);
    actions.setContext(nullptr, QString(), QString());
    CHECK(open() == 0);
}

TEST_CASE("An edit whose paragraph is no longer drafted is kept until the team removes it",
          "[ui-report]")
{
    DemoFile demo;
    REQUIRE(report::ReportStore(*demo.file)
                .saveParagraph(demo.roundId, QStringLiteral("results/gone"), QStringLiteral("cũ"),
                               QStringLiteral("Đoạn đoàn tự viết"))
                .ok());
    ui::NoticeDraftEditor editor(*demo.session, demo.roundId);
    REQUIRE(editor.reload().ok());
    int row = -1;
    for (int i = 0; i < editor.paragraphs().size(); ++i) {
        if (editor.paragraphs().at(i).paragraph.key == QStringLiteral("results/gone"))
            row = i;
    }
    REQUIRE(row >= 0);
    CHECK(editor.paragraphs().at(row).state == report::ParagraphState::NeedsReview);
    CHECK(editor.paragraphs().at(row + 1).paragraph.key == QStringLiteral("closing"));
    const auto before = editor.paragraphs().size();
    editor.selectParagraph(row);
    editor.revertToDraft();
    CHECK(editor.paragraphs().size() == before - 1);
    CHECK(report::ReportStore(*demo.file).paragraphs(demo.roundId)->isEmpty());
}

TEST_CASE("A burst of typing in the draft editor is one write and one undo step",
          "[ui-report][write-path]")
{
    DemoFile demo;
    ui::NoticeDraftEditor editor(*demo.session, demo.roundId);
    editor.show();
    REQUIRE(editor.reload().ok());
    const QString drafted = editor.paragraphs().at(0).paragraph.text;
    QSignalSpy writes(demo.session.get(), &ui::Session::noticeParagraphsChanged);
    editor.selectParagraph(0);
    editor.textEdit()->moveCursor(QTextCursor::End);
    // QTest types ASCII keys only; the text is stored as typed either way.
    QTest::keyClicks(editor.textEdit(), QStringLiteral(" Doan lam viec truc tiep."));
    CHECK(writes.isEmpty()); // nothing is written while the keys come
    // The pause after the burst writes it: one commit for the whole burst.
    REQUIRE(writes.wait(5000));
    QTest::qWait(2 * ui::NoticeDraftEditor::kTypingPauseMs);
    CHECK(writes.count() == 1);
    const QString typed = drafted + QStringLiteral(" Doan lam viec truc tiep.");
    auto stored = report::ReportStore(*demo.file).paragraphs(demo.roundId);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).editedText == typed);
    CHECK(demo.session->undoStack()->count() == 1);

    // More typing in the same paragraph after the pause joins the same undo step.
    QTest::keyClicks(editor.textEdit(), QStringLiteral(" Them"));
    editor.commitTyping();
    CHECK(writes.count() == 2);
    CHECK(demo.session->undoStack()->count() == 1);

    // Undo takes the whole burst back, and the open editor follows.
    REQUIRE(demo.session->undo().ok());
    QCoreApplication::processEvents();
    CHECK(report::ReportStore(*demo.file).paragraphs(demo.roundId)->isEmpty());
    CHECK(editor.paragraphs().at(0).paragraph.text == drafted);
    CHECK(editor.paragraphs().at(0).state == report::ParagraphState::Drafted);
    CHECK(editor.textEdit()->toPlainText() == drafted);
    REQUIRE(demo.session->redo().ok());
    QCoreApplication::processEvents();
    CHECK(editor.paragraphs().at(0).paragraph.text == typed + QStringLiteral(" Them"));
}

TEST_CASE("Reverting a paragraph to its draft is undone like any edit", "[ui-report][write-path]")
{
    DemoFile demo;
    ui::NoticeDraftEditor editor(*demo.session, demo.roundId);
    REQUIRE(editor.reload().ok());
    editor.selectParagraph(1);
    editor.textEdit()->setPlainText(QStringLiteral("Đoạn của đoàn"));
    editor.revertToDraft();
    CHECK(report::ReportStore(*demo.file).paragraphs(demo.roundId)->isEmpty());
    CHECK(demo.session->undoStack()->count() == 2);
    REQUIRE(demo.session->undo().ok());
    QCoreApplication::processEvents();
    auto stored = report::ReportStore(*demo.file).paragraphs(demo.roundId);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).editedText == QStringLiteral("Đoạn của đoàn"));
    CHECK(editor.paragraphs().at(1).paragraph.text == QStringLiteral("Đoạn của đoàn"));
}

TEST_CASE("Report settings are one undo step, number series included", "[ui-report][write-path]")
{
    DemoFile demo;
    const int year = QDate::currentDate().year();
    report::ReportStore store(*demo.file);
    const QString place = store.settings()->placeName;
    QSignalSpy changed(demo.session.get(), &ui::Session::reportSettingsChanged);
    ui::ReportSettingsDialog dialog(*demo.session);
    REQUIRE(dialog.load().ok());
    dialog.field(QStringLiteral("placeName"))->setText(QStringLiteral("Cẩm Xuyên"));
    dialog.nextNumber()->setValue(9);
    REQUIRE(dialog.save().ok());
    CHECK(changed.size() == 1);
    CHECK(store.settings()->placeName == QStringLiteral("Cẩm Xuyên"));
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), year) == 9);
    REQUIRE(demo.session->undoStack()->count() == 1);
    REQUIRE(demo.session->undo().ok());
    CHECK(changed.size() == 2);
    CHECK(store.settings()->placeName == place);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), year) == 1);
    REQUIRE(demo.session->redo().ok());
    CHECK(store.settings()->placeName == QStringLiteral("Cẩm Xuyên"));
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), year) == 9);
}

TEST_CASE("Report writes use the write-ahead log like every other edit", "[ui-report][write-path]")
{
    const auto journal = [](const InspectionFile &file) {
        QSqlQuery query(file.database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    SECTION("a paragraph edit")
    {
        DemoFile demo;
        REQUIRE(journal(*demo.file) == QStringLiteral("delete"));
        REQUIRE(demo.session->editNoticeParagraph(demo.roundId, QStringLiteral("closing"),
                                                  QStringLiteral("nháp"), QStringLiteral("sửa"))
                    .ok());
        CHECK(journal(*demo.file) == QStringLiteral("wal"));
    }
    SECTION("the report settings")
    {
        DemoFile demo;
        auto settings = report::ReportStore(*demo.file).settings();
        REQUIRE(demo.session->saveReportSettings(*settings, 2022, 3).ok());
        CHECK(journal(*demo.file) == QStringLiteral("wal"));
    }
    SECTION("issuing")
    {
        DemoFile demo;
        REQUIRE(demo.session->issueNotice(demo.roundId, QDate(2022, 5, 30), 1).ok());
        CHECK(journal(*demo.file) == QStringLiteral("wal"));
    }
}
