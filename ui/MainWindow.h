#pragma once

#include "storage/InspectionFile.h"

#include <QMainWindow>

#include <memory>

class QTreeWidget;

namespace cchc::ui {

// The main window: rounds and their units with progress and score.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);

private:
    void showFile();

    std::unique_ptr<InspectionFile> m_file;
    QTreeWidget *m_tree = nullptr;
};

} // namespace cchc::ui
