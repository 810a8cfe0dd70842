#include "ui/widgets/FileDialogs.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace cchc;

namespace {

// Restores the program's locale whatever the test does to it.
struct DefaultLocale
{
    QLocale saved;
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(saved); }
};

struct ShownRow
{
    QString size;
    QString modified;
    bool modifiedFits = false; // the column is wide enough to show it whole
};

// Opens the real file chooser, waits for Qt's file model to list `fileName` (it reads folders
// on a thread), records what the row shows and cancels.
ShownRow rowShownFor(const QString &folder, const QString &fileName)
{
    ShownRow shown;
    QTimer poll;
    int ticks = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const QAbstractItemModel *model = dialog->proxyModel();
        REQUIRE(model);
        const QModelIndex root =
            dialog->findChild<QAbstractItemView *>(QStringLiteral("treeView"))->rootIndex();
        for (int row = 0; row < model->rowCount(root); ++row) {
            if (model->index(row, 0, root).data().toString() != fileName)
                continue;
            shown.size =
                model->index(row, ui::LocalisedFileDates::SizeColumn, root).data().toString();
            shown.modified = model->index(row, ui::LocalisedFileDates::DateModifiedColumn, root)
                                 .data()
                                 .toString();
            auto *details = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
            // A cell keeps a margin each side (QCommonStyle's item text margin) before eliding.
            const int margins =
                2 * (details->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
            shown.modifiedFits =
                details->header()->sectionSize(ui::LocalisedFileDates::DateModifiedColumn) >=
                details->fontMetrics().horizontalAdvance(shown.modified) + margins;
            dialog->reject();
            return;
        }
        if (++ticks > 250) // 5 s: the folder never appeared
            dialog->reject();
    });
    poll.start(20);
    ui::file_dialogs::openFile(nullptr, QStringLiteral("Mở tệp"), folder, QString());
    return shown;
}

} // namespace

TEST_CASE("Qt's own file chooser shows dates and sizes in the program's language, not the "
          "environment's",
          "[ui][dialogs]")
{
    const DefaultLocale vietnamese(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString name = QStringLiteral("Biên bản kiểm tra.pdf");
    QFile file(folder.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1536, 'x'));
    REQUIRE(file.flush()); // else closing writes the bytes, and stamps the time, afterwards
    const QDateTime modified(QDate(2022, 1, 5), QTime(8, 30));
    REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();

    const ShownRow shown = rowShownFor(folder.path(), name);
    REQUIRE_FALSE(shown.modified.isEmpty());
    CHECK(shown.modified == QLocale().toString(modified, QLocale::ShortFormat));
    CHECK(shown.modified.startsWith(QStringLiteral("05/01/2022")));
    CHECK(shown.modifiedFits);
    // Vietnamese writes 1,5 KiB, with a decimal comma.
    CHECK(shown.size == QLocale().formattedDataSize(1536));
    CHECK(shown.size.contains(QLatin1Char(',')));
}
