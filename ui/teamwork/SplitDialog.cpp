#include "ui/teamwork/SplitDialog.h"

#include "core/common/VietnameseText.h"
#include "ui/widgets/Prompts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cchc::ui {

SplitDialog::SplitDialog(const InspectionRound &round, const QList<Unit> &units,
                         const QString &folder, QWidget *parent)
    : QDialog(parent), m_roundId(round.id), m_folder(folder), m_units(new QListWidget(this)),
      m_member(new QLineEdit(this)), m_path(new QLineEdit(this))
{
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Hand out work"));
    auto *intro = new QLabel(tr("The member gets a file with the round “%1”, the units ticked "
                                "below, the checklist and the report settings. They open it in "
                                "this program on their own laptop; afterwards “Merge a member's "
                                "work” takes their results back into this file.")
                                 .arg(round.title),
                             this);
    intro->setWordWrap(true);
    for (const RoundUnit &roundUnit : round.units) {
        auto it = std::find_if(units.begin(), units.end(),
                               [&](const Unit &unit) { return unit.id == roundUnit.unitId; });
        auto *item = new QListWidgetItem(it != units.end() ? it->name : roundUnit.unitId, m_units);
        item->setData(Qt::UserRole, roundUnit.unitId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_units->setObjectName(QStringLiteral("splitUnits"));
    m_member->setObjectName(QStringLiteral("splitMember"));
    m_member->setPlaceholderText(tr("e.g. Lê Văn Nam"));
    m_path->setObjectName(QStringLiteral("splitPath"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &SplitDialog::browse);
    connect(m_member, &QLineEdit::textChanged, this, &SplitDialog::updateSuggestedPath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Units:"), m_units);
    form->addRow(tr("&Member:"), m_member);
    auto *pathLabel = new QLabel(tr("&Package file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write package"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_units, &QListWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!request().unitIds.isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateSuggestedPath();
    resize(560, 420);
}

teamwork::SplitRequest SplitDialog::request() const
{
    teamwork::SplitRequest request{m_roundId, {}, m_member->text().trimmed()};
    for (int row = 0; row < m_units->count(); ++row) {
        if (m_units->item(row)->checkState() == Qt::Checked)
            request.unitIds.append(m_units->item(row)->data(Qt::UserRole).toString());
    }
    return request;
}

QString SplitDialog::packagePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void SplitDialog::chooseUnits(const QStringList &unitIds)
{
    for (int row = 0; row < m_units->count(); ++row) {
        QListWidgetItem *item = m_units->item(row);
        item->setCheckState(unitIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

void SplitDialog::setMember(const QString &name)
{
    m_member->setText(name);
}

// "giao-viec-le-van-nam.cchc" beside the lead's file (plain letters: the file travels by USB
// stick and e-mail), until the user picks a name.
void SplitDialog::updateSuggestedPath()
{
    if (m_pathEdited)
        return;
    const QString member = vn::searchKey(m_member->text()).simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString name = member.isEmpty() ? tr("work-package") : tr("work-%1").arg(member);
    m_path->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(name + QStringLiteral(".cchc"))));
}

void SplitDialog::browse()
{
    const QString chosen = prompts::saveFilePath(this, tr("Work package"), packagePath(),
                                                 tr("Inspection files (*.cchc)"));
    if (chosen.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(chosen));
}

} // namespace cchc::ui
