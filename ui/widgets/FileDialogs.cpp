#include "ui/widgets/FileDialogs.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

namespace cchc::ui {

QVariant LocalisedFileDates::data(const QModelIndex &index, int role) const
{
    const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
    if (!files || role != Qt::DisplayRole)
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    if (index.column() == DateModifiedColumn)
        return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
    if (index.column() == SizeColumn && !files->isDir(source))
        return QLocale().formattedDataSize(files->size(source));
    return QIdentityProxyModel::data(index, role);
}

namespace file_dialogs {

namespace {

// Qt sizes the detail view's columns for its own samples ("10/29/81 02:02PM"), which cut
// the Vietnamese "05/01/2022 08:30"; widen them for what the proxy prints.
void fitColumnsToProgramLocale(QFileDialog &dialog)
{
    auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView")); // Qt's name
    if (!details)
        return;
    QHeaderView *header = details->header();
    const QFontMetrics metrics(details->font());
    const int padding = metrics.horizontalAdvance(QStringLiteral("www"));
    const auto widen = [&](int column, const QString &sample) {
        const int wanted = metrics.horizontalAdvance(sample) + padding;
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    };
    const QLocale locale;
    widen(LocalisedFileDates::SizeColumn, locale.formattedDataSize(Q_INT64_C(128880000000)));
    widen(LocalisedFileDates::DateModifiedColumn,
          locale.toString(QDateTime(QDate(2022, 12, 28), QTime(23, 59)), QLocale::ShortFormat));
}

QString choose(QWidget *parent, const QString &caption, const QString &directory,
               const QString &filter, QFileDialog::FileMode mode)
{
    // QFileDialog splits a file path given as its directory into folder and suggested name.
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setFileMode(mode);
    dialog.setAcceptMode(mode == QFileDialog::AnyFile ? QFileDialog::AcceptSave
                                                      : QFileDialog::AcceptOpen);
    if (mode == QFileDialog::Directory)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    // A no-op when the platform's native dialog is in use (QFileDialog::setProxyModel).
    dialog.setProxyModel(new LocalisedFileDates(&dialog));
    fitColumnsToProgramLocale(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace

QString openFile(QWidget *parent, const QString &caption, const QString &directory,
                 const QString &filter)
{
    return choose(parent, caption, directory, filter, QFileDialog::ExistingFile);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                 const QString &filter)
{
    return choose(parent, caption, suggestedPath, filter, QFileDialog::AnyFile);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    return choose(parent, caption, directory, {}, QFileDialog::Directory);
}

} // namespace file_dialogs

} // namespace cchc::ui
