#include "MainWindow.h"

#include "domain/Scoring.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QTreeWidget>

namespace cchc::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("Round / unit"), tr("Checked"), tr("Score")});
    setCentralWidget(m_tree);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open inspection file"), {},
                                                          tr("Inspection files (*.cchc)"));
        if (!path.isEmpty())
            openFile(path);
    });
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(1200, 720);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    auto file = InspectionFile::open(path);
    if (!file) {
        QMessageBox::warning(this, tr("Cannot open file"), file.error());
        return false;
    }
    m_file = std::move(*file);
    setWindowFilePath(m_file->path());
    showFile();
    return true;
}

void MainWindow::showFile()
{
    m_tree->clear();
    auto rounds = m_file->rounds();
    auto units = m_file->units();
    if (!rounds || !units)
        return;
    QHash<QString, QString> unitNames;
    for (const auto &unit : *units)
        unitNames.insert(unit.id, unit.name);
    for (const auto &info : *rounds) {
        auto *roundItem = new QTreeWidgetItem(m_tree, {info.title});
        auto round = m_file->loadRound(info.id);
        auto checklist = round ? m_file->loadTemplate(round->templateId)
                               : Result<ChecklistTemplate>(Error{round.error()});
        auto assessments = m_file->roundAssessments(info.id);
        if (!round || !checklist || !assessments)
            continue;
        for (const auto &roundUnit : round->units) {
            QHash<QString, Assessment> byCriterion;
            for (const auto &assessment : assessments->value(roundUnit.id))
                byCriterion.insert(assessment.criterionId, assessment);
            const UnitScore score = scoreUnit(*checklist, byCriterion);
            const auto percent = score.total.percent();
            new QTreeWidgetItem(roundItem,
                                {unitNames.value(roundUnit.unitId),
                                 QStringLiteral("%1/%2").arg(score.total.checked).arg(score.total.criteria),
                                 percent ? QStringLiteral("%1%").arg(*percent, 0, 'f', 1) : QString()});
        }
        roundItem->setExpanded(true);
    }
    m_tree->resizeColumnToContents(0);
}

} // namespace cchc::ui
