#include "ui/editors/PreferencesDialog.h"

#include "core/common/Language.h"
#include "core/teamwork/EditHistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cchc::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    m_name->setObjectName(QStringLiteral("inspectorName"));
    m_name->setText(teamwork::editorFromSettings().name);
    m_name->setPlaceholderText(tr("e.g. Nguyễn Thị Lan"));
    form->addRow(tr("&Your name:"), m_name);
    auto *note = new QLabel(tr("A new language is used from the next start of the program. "
                               "Your name is recorded with every change you make on this "
                               "laptop, so a team can see who changed what."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(500, 240);
}

void PreferencesDialog::accept()
{
    storeLanguage(m_language->currentData().toString());
    teamwork::storeEditorName(m_name->text());
    QDialog::accept();
}

} // namespace cchc::ui
