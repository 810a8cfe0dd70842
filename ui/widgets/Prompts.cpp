#include "ui/widgets/Prompts.h"

#include "ui/widgets/FileDialogs.h"

#include <QDesktopServices>
#include <QDialog>
#include <QInputDialog>
#include <QQueue>

namespace cchc::ui::prompts {

namespace {

struct Script
{
    bool scripted = false;
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> paths;
    QQueue<QString> texts;
    QStringList errors;
    QStringList questions;
    std::function<int(QDialog *)> dialogHook;
    std::function<bool(const QUrl &)> urlHook;
};

Script &script()
{
    static Script instance;
    return instance;
}

QString nextPath()
{
    return script().paths.isEmpty() ? QString() : script().paths.dequeue();
}

} // namespace

QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton)
{
    if (script().scripted) {
        script().questions.append(text);
        return script().answers.isEmpty() ? defaultButton : script().answers.dequeue();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    if (script().scripted) {
        script().errors.append(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString openFilePath(QWidget *parent, const QString &caption, const QString &filter)
{
    if (script().scripted)
        return nextPath();
    return file_dialogs::openFile(parent, caption, {}, filter);
}

QString saveFilePath(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter)
{
    if (script().scripted)
        return nextPath();
    return file_dialogs::saveFile(parent, caption, suggested, filter);
}

QString askText(QWidget *parent, const QString &title, const QString &label)
{
    if (script().scripted)
        return script().texts.isEmpty() ? QString() : script().texts.dequeue();
    return QInputDialog::getText(parent, title, label).trimmed();
}

int execDialog(QDialog *dialog)
{
    if (script().dialogHook)
        return script().dialogHook(dialog);
    if (script().scripted)
        return QDialog::Rejected;
    return dialog->exec();
}

bool openUrl(const QUrl &url)
{
    if (script().urlHook)
        return script().urlHook(url);
    return QDesktopServices::openUrl(url);
}

void setScripted(bool scripted)
{
    script().scripted = scripted;
}

void queueAnswer(QMessageBox::StandardButton answer)
{
    script().answers.enqueue(answer);
}

void queuePath(const QString &path)
{
    script().paths.enqueue(path);
}

void queueText(const QString &text)
{
    script().texts.enqueue(text);
}

void setDialogHook(std::function<int(QDialog *)> hook)
{
    script().dialogHook = std::move(hook);
}

void setUrlHook(std::function<bool(const QUrl &)> hook)
{
    script().urlHook = std::move(hook);
}

QStringList recordedQuestions()
{
    return script().questions;
}

QStringList recordedErrors()
{
    return script().errors;
}

void clearRecorded()
{
    script().errors.clear();
    script().questions.clear();
    script().answers.clear();
    script().paths.clear();
    script().texts.clear();
}

} // namespace cchc::ui::prompts
