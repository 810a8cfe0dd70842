#pragma once

#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

namespace cchc::ui {

// A table with "Add" and "Remove" buttons beneath: the lists of the round editor.
class EditableTable : public QWidget
{
    Q_OBJECT

public:
    EditableTable(const QStringList &headers, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Appends a row with `texts`; returns its index. The row's id rides on column 0.
    int appendRow(const QStringList &texts, const QString &id = {});
    QString text(int row, int column) const;
    QString rowId(int row) const;
    // Rows that must stay: `why` gives the reason a row cannot be removed (empty: it can).
    // The Remove button is disabled on such a row, its tooltip saying why.
    void setRemovalRule(std::function<QString(int row)> why);

signals:
    void addRequested();

private:
    void updateRemove();

    QTableWidget *m_table;
    QPushButton *m_remove;
    std::function<QString(int row)> m_whyKept;
};

} // namespace cchc::ui
