#pragma once

#include <QWidget>

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

signals:
    void addRequested();

private:
    QTableWidget *m_table;
};

} // namespace cchc::ui
