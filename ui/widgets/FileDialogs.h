#pragma once

#include <QIdentityProxyModel>
#include <QString>

class QWidget;

namespace cchc::ui {

// Qt's own file dialog (the one used where the platform offers no native dialog, as on most
// Linux desktops and under tests) prints sizes and modification dates with QLocale::system(),
// i.e. the environment's language ("30 Nov 2026" under LANG=C), whatever language the program
// speaks. This proxy prints them with the program's locale (QLocale(), Vietnamese by default).
// A native dialog (Windows) is left alone: it speaks the system's language throughout.
class LocalisedFileDates : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // QFileSystemModel's columns (not named by Qt's API).
    static constexpr int SizeColumn = 1;
    static constexpr int DateModifiedColumn = 3;
};

namespace file_dialogs {

// The static QFileDialog::get…() functions, with LocalisedFileDates installed. An empty
// string when cancelled.
QString openFile(QWidget *parent, const QString &caption, const QString &directory,
                 const QString &filter);
QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                 const QString &filter);
QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);

} // namespace file_dialogs

} // namespace cchc::ui
