#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QUrl;
class QWidget;

namespace cchc::ui::prompts {

// Every modal question, error and file chooser of the window goes through here, so tests
// can answer them instead of a person (a modal dialog would block a test forever).
QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton);
void showError(QWidget *parent, const QString &title, const QString &text);
QString openFilePath(QWidget *parent, const QString &caption, const QString &filter);
QString saveFilePath(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter);
// One line of text; empty when cancelled.
QString askText(QWidget *parent, const QString &title, const QString &label);
// Runs a dialog modally, or hands it to the test hook.
int execDialog(QDialog *dialog);
// Opens a file or address with the program the system chooses (QDesktopServices), or hands
// it to the test hook; false when nothing could open it.
bool openUrl(const QUrl &url);

// Test seams. While scripted, unanswered questions take their default button, errors are
// recorded rather than shown, and file choosers return queued paths (empty when none).
void setScripted(bool scripted);
void queueAnswer(QMessageBox::StandardButton answer);
void queuePath(const QString &path);
void queueText(const QString &text);
void setDialogHook(std::function<int(QDialog *)> hook);
void setUrlHook(std::function<bool(const QUrl &)> hook);
QStringList recordedErrors();
QStringList recordedQuestions(); // the text of every question asked while scripted
void clearRecorded();

} // namespace cchc::ui::prompts
