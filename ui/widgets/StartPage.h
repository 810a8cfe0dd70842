#pragma once

#include <QWidget>

class QListWidget;

namespace cchc::ui {

// What the window shows with no file open: new, open, the demo and recent files.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace cchc::ui
