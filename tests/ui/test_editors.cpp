#include "tests/ui/UiFixtures.h"

#include "core/builtin/DemoFile.h"
#include "core/common/Language.h"
#include "core/storage/InspectionFile.h"
#include "ui/editors/PreferencesDialog.h"
#include "ui/editors/RoundEditor.h"
#include "ui/editors/TemplateEditor.h"
#include "ui/Session.h"
#include "ui/widgets/StartPage.h"

#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cchc;
using namespace cchc::test;

TEST_CASE("Editing a template a round uses saves a new version and says so", "[ui][template]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const int templatesBefore = int(window.file()->templates()->size());
    const QString usedId = window.file()->loadRound(window.currentRoundId())->templateId;

    QString notice;
    QString savedId;
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        auto *editor = qobject_cast<ui::TemplateEditor *>(dialog);
        REQUIRE(editor);
        REQUIRE(editor->selectTemplate(usedId));
        editor->draft().groups[0].criteria[0].text += QStringLiteral(" (đã sửa)");
        // The criterion's form shows what the draft holds and writes it back unchanged.
        editor->tree()->setCurrentItem(editor->tree()->topLevelItem(0)->child(0));
        editor->tree()->setCurrentItem(editor->tree()->topLevelItem(0));
        auto saved = editor->saveDraft();
        REQUIRE(saved.ok());
        savedId = *saved;
        notice = editor->notice();
        return int(QDialog::Accepted);
    });
    window.action(QStringLiteral("editTemplates"))->trigger();
    CHECK(savedId != usedId);
    CHECK(notice.contains(QStringLiteral("phiên bản mới")));
    CHECK(window.file()->templates()->size() == templatesBefore + 1);
    // The round keeps the version it ran with.
    CHECK(window.file()->loadRound(window.currentRoundId())->templateId == usedId);
    const ChecklistTemplate saved = *window.file()->loadTemplate(savedId);
    const ChecklistTemplate used = *window.file()->loadTemplate(usedId);
    CHECK(saved.version == used.version + 1);
    CHECK(saved.groups[0].criteria[0].text.endsWith(QStringLiteral(" (đã sửa)")));
    CHECK(saved.groups[0].criteria[0].phraseMet == used.groups[0].criteria[0].phraseMet);
    CHECK(saved.groups[0].criteria[0].responseKind == used.groups[0].criteria[0].responseKind);
    CHECK(saved.groups[0].criteria[1].maxScore == used.groups[0].criteria[1].maxScore);
    CHECK(saved.description == used.description);
    CHECK_FALSE(window.file()->loadTemplate(usedId)->groups[0].criteria[0].text.contains(
        QStringLiteral("đã sửa")));

    // Undo removes the new version again.
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(window.file()->templates()->size() == templatesBefore);
}

TEST_CASE("The template editor edits the partly met and exemplary phrasings", "[ui][template]")
{
    DemoWindow demo;
    ui::MainWindow &window = demo.window;
    const QString usedId = window.file()->loadRound(window.currentRoundId())->templateId;
    QString savedId;
    QString shownPartial;
    ui::prompts::setDialogHook([&](QDialog *dialog) {
        auto *editor = qobject_cast<ui::TemplateEditor *>(dialog);
        REQUIRE(editor);
        REQUIRE(editor->selectTemplate(usedId));
        auto *partial = editor->findChild<QPlainTextEdit *>(QStringLiteral("phrasePartial"));
        auto *exemplary = editor->findChild<QPlainTextEdit *>(QStringLiteral("phraseExemplary"));
        REQUIRE(partial);
        REQUIRE(exemplary);
        editor->tree()->setCurrentItem(editor->tree()->topLevelItem(0)->child(0));
        shownPartial = partial->toPlainText(); // the built-in phrasing, as stored
        partial->setPlainText(QStringLiteral("ban hành kế hoạch nhưng còn chậm"));
        exemplary->setPlainText(QStringLiteral("ban hành kế hoạch sớm, sát thực tế"));
        editor->tree()->setCurrentItem(editor->tree()->topLevelItem(0)); // stores the form
        auto saved = editor->saveDraft();
        REQUIRE(saved.ok());
        savedId = *saved;
        return int(QDialog::Accepted);
    });
    window.action(QStringLiteral("editTemplates"))->trigger();
    CHECK(shownPartial ==
          QStringLiteral("ban hành kế hoạch công tác CCHC hằng năm chưa kịp thời, chưa đầy đủ"));
    const Criterion saved = window.file()->loadTemplate(savedId)->groups[0].criteria[0];
    CHECK(saved.phrasePartial == QStringLiteral("ban hành kế hoạch nhưng còn chậm"));
    CHECK(saved.phraseExemplary == QStringLiteral("ban hành kế hoạch sớm, sát thực tế"));
}

TEST_CASE("The round editor shows a stored round and gives it back unchanged", "[ui][round]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    const QString roundId = (*file)->rounds()->at(0).id;
    const InspectionRound stored = *(*file)->loadRound(roundId);
    ui::RoundEditor editor(file->get(), roundId);
    CHECK(editor.loadError().isEmpty());
    const InspectionRound edited = editor.round();
    CHECK(edited.title == stored.title);
    CHECK(edited.templateId == stored.templateId);
    CHECK(edited.legalBases.size() == stored.legalBases.size());
    CHECK(edited.team.size() == stored.team.size());
    REQUIRE(edited.units.size() == stored.units.size());
    for (int i = 0; i < stored.units.size(); ++i) {
        CHECK(edited.units.at(i).id == stored.units.at(i).id);
        CHECK(edited.units.at(i).unitId == stored.units.at(i).unitId);
        CHECK(edited.units.at(i).visitDate == stored.units.at(i).visitDate);
    }
    for (int i = 0; i < stored.team.size(); ++i)
        CHECK(edited.team.at(i).role == stored.team.at(i).role);
}

TEST_CASE("Preferences store the language for the next start", "[ui][preferences]")
{
    ui::PreferencesDialog dialog;
    const int english = dialog.languageBox()->findData(QStringLiteral("en"));
    REQUIRE(english >= 0);
    dialog.languageBox()->setCurrentIndex(english);
    dialog.accept();
    CHECK(storedLanguage() == QStringLiteral("en"));
    storeLanguage(defaultLanguage());
}

TEST_CASE("Qt's own buttons speak Vietnamese", "[ui][translation]")
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    CHECK(box.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')) == QStringLiteral("Có"));
    CHECK(box.button(QMessageBox::No)->text().remove(QLatin1Char('&')) == QStringLiteral("Không"));
    CHECK(box.button(QMessageBox::Cancel)->text() == QStringLiteral("Hủy bỏ"));
}

TEST_CASE("The start page opens the demo and lists it as a recent file", "[ui][start]")
{
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    CHECK(window.file() == nullptr);
    emit window.startPage()->demoRequested();
    REQUIRE(window.file() != nullptr);
    CHECK(window.file()->path() == ui::MainWindow::demoPath());
    CHECK(window.file()->rounds()->size() == 1);
    window.closeFile();
    CHECK(window.file() == nullptr);
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(recent);
    REQUIRE_FALSE(recent->actions().isEmpty());
    CHECK(recent->actions().constFirst()->text() ==
          QDir::toNativeSeparators(ui::MainWindow::demoPath()));
}

TEST_CASE("New file starts with the built-in checklist", "[ui][start]")
{
    TempDir dir;
    ScriptedWindow scripted;
    ui::MainWindow &window = scripted.window;
    ui::prompts::queuePath(dir.path(QStringLiteral("kiem-tra-2023")));
    window.action(QStringLiteral("newFile"))->trigger();
    REQUIRE(window.file() != nullptr);
    CHECK(window.file()->path() == dir.path(QStringLiteral("kiem-tra-2023.cchc")));
    auto templates = window.file()->templates();
    REQUIRE(templates->size() == 1);
    CHECK(templates->at(0).builtin);
    CHECK(window.windowFilePath() == window.file()->path());
}

TEST_CASE("A legal basis with a date that is not a date keeps the round editor open", "[ui][round]")
{
    DemoWindow demo;
    ui::RoundEditor editor(demo.window.file(), demo.window.currentRoundId());
    LegalReference reference;
    reference.documentType = QStringLiteral("Kế hoạch");
    reference.number = QStringLiteral("56/KH-UBND");
    editor.addLegalBasis(reference);
    const auto tables = editor.findChildren<QTableWidget *>();
    QTableWidget *legal = nullptr;
    for (QTableWidget *table : tables) {
        if (table->columnCount() == 5)
            legal = table;
    }
    REQUIRE(legal);
    legal->item(legal->rowCount() - 1, 2)->setText(QStringLiteral("30/13/2022"));
    editor.accept();
    CHECK(editor.result() != QDialog::Accepted);
}

TEST_CASE("The About box names the version, the licence and Qt", "[ui][about]")
{
    ScriptedWindow scripted;
    QString text;
    ui::prompts::setDialogHook([&text](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        text = box->text();
        return int(QDialog::Accepted);
    });
    scripted.window.action(QStringLiteral("about"))->trigger();
    CHECK(text.contains(QStringLiteral(CCHC_VERSION)));
    CHECK(text.contains(QStringLiteral("GNU")));
    CHECK(text.contains(QStringLiteral(QT_VERSION_STR)));
    CHECK(text.contains(QStringLiteral("Phiên bản")));
}

TEST_CASE("A unit's representatives keep one person per line", "[ui][round]")
{
    DemoWindow demo;
    ui::RoundEditor editor(demo.window.file(), demo.window.currentRoundId());
    const QString people = QStringLiteral("Ông Nguyễn Văn A - Giám đốc\nBà Trần Thị B - Kế toán");
    const QString unitId = demo.window.file()->units()->at(0).id;
    editor.addUnit(unitId, QDate(2022, 5, 30), people);
    const InspectionRound round = editor.round();
    CHECK(round.units.constLast().representatives == people);
    QTableWidget *units = nullptr;
    for (QTableWidget *table : editor.findChildren<QTableWidget *>()) {
        if (table->columnCount() == 3)
            units = table;
    }
    REQUIRE(units);
    CHECK(units->itemDelegateForColumn(2) != nullptr);
}
