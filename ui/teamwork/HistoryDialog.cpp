#include "ui/teamwork/HistoryDialog.h"

#include "core/teamwork/EditHistory.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cchc::ui {

QTableWidgetItem *readOnlyCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QString localTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : iso;
}

QString fieldLabel(const QString &table, const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Result")},
        {QStringLiteral("finding"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Finding")},
        {QStringLiteral("self_score"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Self score")},
        {QStringLiteral("appraised_score"),
         QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Appraised score")},
        {QStringLiteral("exemplary"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Good example")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Description")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Deadline")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Status")},
        {QStringLiteral("completed_on"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Completed on")},
        {QStringLiteral("document_number"),
         QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "Document number")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("cchc::ui::HistoryDialog", "File")},
    };
    QString label = labels.contains(field) ? HistoryDialog::tr(labels.value(field)) : field;
    if (table == QLatin1String("evidence"))
        label = HistoryDialog::tr("Evidence: %1").arg(label);
    else if (table == QLatin1String("corrective_actions"))
        label = HistoryDialog::tr("Corrective action: %1").arg(label);
    return label;
}

HistoryDialog::HistoryDialog(const InspectionFile &file, const QString &roundId,
                             const QString &roundUnitId, const QString &criterionId,
                             QWidget *parent)
    : QDialog(parent), m_file(file), m_roundId(roundId), m_roundUnitId(roundUnitId),
      m_criterionId(criterionId), m_onlyCriterion(new QCheckBox(tr("Only the selected &criterion"), this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Edit history"));
    m_onlyCriterion->setEnabled(!criterionId.isEmpty());
    m_onlyCriterion->setChecked(!criterionId.isEmpty());
    connect(m_onlyCriterion, &QCheckBox::toggled, this, [this] { (void)reload(); });
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Unit"), tr("Criterion"),
                                        tr("Field"), tr("Before"), tr("After")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_onlyCriterion);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 520);
}

Status HistoryDialog::reload()
{
    const bool narrow = m_onlyCriterion->isChecked();
    auto entries = teamwork::readHistory(m_file, m_roundId, narrow ? m_roundUnitId : QString(),
                                         narrow ? m_criterionId : QString());
    if (!entries)
        return entries.failure();
    m_table->setRowCount(int(entries->size()));
    // Newest first: what someone opening the history wants to see.
    for (int i = 0; i < entries->size(); ++i) {
        const auto &entry = entries->at(entries->size() - 1 - i);
        const QString who = (entry.author.isEmpty() ? tr("(no name)") : entry.author) +
                            QStringLiteral(" · ") + entry.deviceId.left(8);
        m_table->setItem(i, 0, readOnlyCell(localTime(entry.changedAt)));
        m_table->setItem(i, 1, readOnlyCell(who));
        m_table->setItem(i, 2, readOnlyCell(entry.unitName));
        m_table->setItem(i, 3, readOnlyCell(entry.criterionCode));
        m_table->setItem(i, 4, readOnlyCell(fieldLabel(entry.table, entry.field)));
        m_table->setItem(i, 5, readOnlyCell(teamwork::displayValue(entry, entry.oldValue)));
        m_table->setItem(i, 6, readOnlyCell(teamwork::displayValue(entry, entry.newValue)));
    }
    m_table->setColumnWidth(0, 120);
    m_table->setColumnWidth(1, 170);
    m_table->setColumnWidth(2, 200);
    m_table->setColumnWidth(3, 70);
    m_table->setColumnWidth(4, 130);
    m_table->setColumnWidth(5, 170);
    m_table->resizeRowsToContents();
    return {};
}

} // namespace cchc::ui
