#include "ui/widgets/StartPage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cchc::ui {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *layout = new QVBoxLayout(column);
    auto *title = new QLabel(tr("Administrative reform inspection"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("One file holds the unit register, the checklists and every "
                                "round. Each change is saved the moment it is made."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(12);

    auto *create = new QCommandLinkButton(tr("New inspection file…"),
                                          tr("Start an empty file with the built-in checklist."));
    auto *open = new QCommandLinkButton(tr("Open a file…"), tr("Continue work on a .cchc file."));
    auto *demo = new QCommandLinkButton(tr("Open the demo"),
                                        tr("The 2022 round of eight public-service units, "
                                           "to look around safely."));
    for (auto *button : {create, open, demo})
        layout->addWidget(button);
    connect(create, &QCommandLinkButton::clicked, this, &StartPage::newRequested);
    connect(open, &QCommandLinkButton::clicked, this, &StartPage::openRequested);
    connect(demo, &QCommandLinkButton::clicked, this, &StartPage::demoRequested);

    // A first round, step by step: what a team does from an empty file to an issued notice.
    auto *round = new QLabel(
        tr("<b>A round, step by step:</b> 1. New inspection file. 2. Round › Unit register: "
           "the units to inspect. 3. Round › New round: legal bases, team, dates, units "
           "visited. 4. At each unit: keys 1–4 and F2, then Reports › Minutes of this unit "
           "(Ctrl+M). 5. Reports › Edit the notice draft: review it on its pages, then issue "
           "it with a number."));
    round->setObjectName(QStringLiteral("roundSteps"));
    round->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(round);
    layout->addSpacing(12);
    auto *recentLabel = new QLabel(tr("&Recent files"));
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 10);
    layout->addWidget(m_recent);
    layout->addStretch(1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 3);
    outer->addStretch(1);
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                             QDir::toNativeSeparators(QFileInfo(path).path()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent files yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace cchc::ui
