// report: the notice, a unit's minutes or the score annex of a round as PDF (or DOCX).
#include "../Command.h"

#include "report/ReportFormats.h"
#include "report/Reports.h"
#include "storage/InspectionFile.h"

#include <QCommandLineParser>
#include <QDir>

namespace cchc::app {

namespace {

// ".pdf, .docx": the extensions of the report formats table, for the option's help.
QString formatExtensions()
{
    QStringList extensions;
    for (const report::ReportFormat &format : report::reportFormats())
        extensions << QLatin1Char('.') + format.extension;
    return extensions.join(QStringLiteral(", "));
}


struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::app::ReportCommands)
};

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption round(QStringLiteral("round"),
                                   Tr::tr("The round (id from list, or its first characters; "
                                          "default: the file's only round)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("notice, minutes or scores (default: notice)."),
                                  QStringLiteral("KIND"), QStringLiteral("notice"));
    const QCommandLineOption unit(QStringLiteral("unit"), Tr::tr("The unit, for minutes."),
                                  QStringLiteral("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The file to write (%1).").arg(formatExtensions()),
                                    QStringLiteral("OUT"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Tr::tr("Date of the notice, YYYY-MM-DD (default: the date chosen for the notice, else "
                                         "the first working day after the visits)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption noAnnex(QStringLiteral("no-annex"),
                                     Tr::tr("Leave the score annex out of the notice."));
    const QCommandLineOption issue(
        QStringLiteral("issue"),
        Tr::tr("Issue the notice: give it the next number of the year's series (once; later "
               "exports keep that number and date)."));
    const QCommandLineOption forceLock = forceLockOption();
    parser.addOptions({round, kind, unit, output, date, noAnnex, issue, forceLock});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file (.cchc)."));
    if (!parser.parse(QStringList{QStringLiteral("report")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(output))
        return fail(Tr::tr("Usage: cchc-inspector report FILE [--round ID] --kind "
                           "notice|minutes|scores [--unit ID] -o %1")
                        .arg(report::reportFormatsUsage()),
                    ExitUsage);

    report::ReportRequest request;
    request.withAnnex = !parser.isSet(noAnnex);
    if (!report::reportKindFromKey(parser.value(kind), &request.kind))
        return fail(
            Tr::tr("--kind must be notice, minutes or scores, not “%1”.").arg(parser.value(kind)),
            ExitUsage);
    if (parser.isSet(date)) {
        request.issuedOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.issuedOn.isValid())
            return fail(Tr::tr("--date must be YYYY-MM-DD, not “%1”.").arg(parser.value(date)),
                        ExitUsage);
    }

    if (parser.isSet(issue) && request.kind != report::ReportKind::Notice)
        return fail(Tr::tr("Only the notice is issued with a number: --issue goes with --kind "
                           "notice."),
                    ExitUsage);

    // Read-write, so a file from an older version is upgraded (after a backup) like on any
    // open; reports only read it.
    auto file =
        openForCommand(positional.constFirst(), parser.isSet(forceLock), parser.isSet(issue));
    if (!file)
        return fail(file.error());
    auto roundId = resolveRoundId(**file, parser.value(round));
    if (!roundId)
        return fail(roundId.error());
    request.roundId = *roundId;
    // Without --unit, drafting the minutes says that it needs one.
    if (request.kind == report::ReportKind::Minutes && parser.isSet(unit)) {
        auto unitId = resolveRoundUnitId(**file, request.roundId, parser.value(unit));
        if (!unitId)
            return fail(unitId.error());
        request.unitId = *unitId;
    }
    if (parser.isSet(issue)) {
        auto issued = report::issueNotice(**file, request.roundId, request.issuedOn);
        if (!issued)
            return fail(issued.error());
        print(Tr::tr("Notice issued as number %1\n").arg(report::issuedNoticeText(*issued)));
    } else if (request.kind == report::ReportKind::Notice) {
        // A notice issued by an older version gets its (after-the-fact) snapshot now.
        if (auto status = report::snapshotIssuedNotice(**file, request.roundId); !status)
            return fail(status.error());
    }
    auto document = report::buildReport(**file, request);
    if (!document)
        return fail(document.error());
    const QString out = parser.value(output);
    if (auto status = report::writeReport(*document, out); !status)
        return fail(status.error());
    print(Tr::tr("Report written: %1\n").arg(QDir::toNativeSeparators(out)));
    return ExitSuccess;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("report"),
         QStringLiteral(
             "report FILE [--round ID] --kind notice|minutes|scores [--unit ID] "
             "[--date YYYY-MM-DD] [--no-annex] [--issue] [--force-lock] -o ")
             + report::reportFormatsUsage(),
         Tr::tr("Write the findings notice, a unit's minutes or the score annex of a round."),
         runReport},
    };
}

} // namespace cchc::app
