// export-json and import-json: the JSON interchange format (docs/file-format.md) on the
// command line, for backups, scripts and moving a round between laptops.
#include "app/Command.h"

#include "core/common/SaveFile.h"
#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"
#include "core/teamwork/EditHistory.h"
#include "core/storage/InspectionFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cchc::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::app::InterchangeCommands)
};

// Also through a link: the JSON written over the inspection file would destroy it.
bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo left(a);
    const QFileInfo right(b);
    return left.absoluteFilePath() == right.absoluteFilePath() ||
           (left.exists() && left.canonicalFilePath() == right.canonicalFilePath());
}

int runExportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption round(QStringLiteral("round"), Tr::tr("Export only this round."),
                                   QStringLiteral("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The JSON file to write."), QStringLiteral("OUT.json"));
    parser.addOptions({round, output});
    if (!parser.parse(QStringList{QStringLiteral("export-json")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        return fail(Tr::tr("Usage: cchc-inspector export-json FILE [--round ID] -o OUT.json"),
                    ExitUsage);
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString out = parser.value(output);
    if (sameFile(out, path)) {
        return fail(Tr::tr("The JSON would replace the inspection file “%1”; choose another "
                           "output file.")
                        .arg(QDir::toNativeSeparators(path)),
                    ExitUsage);
    }
    auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    if (!file)
        return fail(file.error());
    QString roundId;
    if (parser.isSet(round)) {
        auto resolved = resolveRoundId(**file, parser.value(round));
        if (!resolved)
            return fail(resolved.error());
        roundId = *resolved;
    }
    // Streamed into the atomic save: a whole file's JSON never sits in memory at once.
    auto status = saveFileAtomically(out, [&](QIODevice &device) -> Status {
        auto written = parser.isSet(round)
                           ? interchange::writeRoundJson(**file, roundId, device)
                           : interchange::writeFileJson(**file, device);
        if (!written)
            return Error{Tr::tr("“%1” was not exported: %2")
                             .arg(QDir::toNativeSeparators(path), written.error())};
        return written;
    });
    if (!status)
        return fail(status.error());
    print(Tr::tr("Exported to %1\n").arg(QDir::toNativeSeparators(out)));
    return ExitSuccess;
}

// Where an import that creates FILE builds it: beside FILE, under one fixed name, so that
// FILE appears only once complete (a kill leaves no half-made file under the user's name)
// and the next import to FILE clears what a killed one left.
QString buildingPath(const QString &path)
{
    return path + QStringLiteral(".importing");
}

// Imports into a new file built under buildingPath(path), then moves it to `path`.
Result<ImportSummary> importIntoNewFile(const QString &input, const QString &path)
{
    const QString building = buildingPath(path);
    QFile::remove(building);
    Result<ImportSummary> summary = Error{QString()};
    {
        auto file = InspectionFile::create(building);
        if (!file)
            return file.failure();
        // Nothing in a file made from a JSON was changed here: not recorded as edits, or
        // an issued round would count every one of its results as changed after its notice.
        const Status imported = teamwork::withoutHistory(**file, [&]() -> Status {
            summary = interchange::importJsonFile(**file, input);
            return summary ? Status() : Status(summary.failure());
        });
        if (!imported && summary)
            summary = imported.failure();
    }
    if (summary && !QFile::rename(building, path)) {
        summary =
            Error{Tr::tr("The imported file could not be saved as “%1” (%2 was written "
                         "but could not be renamed).")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(building))};
    }
    if (!summary)
        QFile::remove(building);
    return summary;
}

// Into a file that may hold issued rounds: their results change only with --reason.
Result<ImportSummary> importIntoExistingFile(const QString &input, const QString &path,
                                             const QCommandLineParser &parser,
                                             const QCommandLineOption &reason)
{
    auto file = openForCommand(path, parser.isSet(forceLockOption()), true);
    if (!file)
        return file.failure();
    Result<ImportSummary> summary = Error{};
    const Status imported = withCommandReason(**file, parser, reason, [&]() -> Status {
        summary = interchange::importJsonFile(**file, input);
        return summary ? Status() : Status(summary.failure());
    });
    if (!imported)
        return imported.failure();
    return summary;
}

int runImportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption forceLock = forceLockOption();
    const QCommandLineOption reason = reasonOption();
    parser.addOptions({forceLock, reason});
    if (!parser.parse(QStringList{QStringLiteral("import-json")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.positionalArguments().size() != 2)
        return fail(Tr::tr("Usage: cchc-inspector import-json IN.json FILE [--reason TEXT] [--force-lock]"),
                    ExitUsage);
    const QString input = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    if (!QFileInfo::exists(input))
        return fail(Tr::tr("“%1” does not exist.").arg(QDir::toNativeSeparators(input)));

    // A refused import leaves nothing behind, not even an empty file.
    auto summary = QFileInfo::exists(path)
                       ? importIntoExistingFile(input, path, parser, reason)
                       : importIntoNewFile(input, path);
    if (!summary)
        return fail(summary.error());
    print(Tr::tr("Imported %1 into %2: %3 added, %4 replaced by newer versions, %5 kept.\n")
              .arg(QDir::toNativeSeparators(input), QDir::toNativeSeparators(path))
              .arg(summary->added)
              .arg(summary->replaced)
              .arg(summary->kept));
    return ExitSuccess;
}

} // namespace

QList<Command> interchangeCommands()
{
    return {
        {QStringLiteral("export-json"), QStringLiteral("export-json FILE [--round ID] -o OUT.json"),
         Tr::tr("Write the whole file, or one round, as JSON (ids and times kept)."),
         runExportJson},
        {QStringLiteral("import-json"), QStringLiteral("import-json IN.json FILE [--reason TEXT] [--force-lock]"),
         Tr::tr("Import a JSON export into FILE (created if missing); newer records replace "
                "older ones."),
         runImportJson},
    };
}

} // namespace cchc::app
