// report: the notice, a unit's minutes or the score annex of a round as PDF (or DOCX).
#include "app/Command.h"

#include "core/report/ReportFormats.h"
#include "core/report/NoticeDrafter.h"
#include "core/report/Reports.h"
#include "core/common/VietnameseText.h"
#include "core/storage/InspectionFile.h"

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

// --round: which round of the file.
QCommandLineOption roundOption()
{
    return QCommandLineOption(QStringLiteral("round"),
                              Tr::tr("The round (id from list, or its first characters; "
                                     "default: the file's only round)."),
                              QStringLiteral("ID"));
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption round = roundOption();
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("notice, minutes or scores (default: notice)."),
                                  QStringLiteral("KIND"), QStringLiteral("notice"));
    const QCommandLineOption unit(QStringLiteral("unit"), Tr::tr("The unit, for minutes."),
                                  QStringLiteral("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The file to write (%1).").arg(formatExtensions()),
                                    QStringLiteral("OUT"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Tr::tr("Date of the notice for this export only, YYYY-MM-DD (default: the "
                                         "date kept with notice --date, else the first working "
                                         "day after the visits)."),
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

// The member `given` names: "lead" (the default signer), a member id or its first
// characters, or the full name (accents and case aside). The error lists the team.
Result<QString> signerId(const InspectionRound &round, const QString &given)
{
    if (given.compare(QLatin1String("lead"), Qt::CaseInsensitive) == 0)
        return QString();
    QStringList matches;
    QStringList team;
    for (const TeamMember &member : round.team) {
        team << QStringLiteral("%1 (%2, %3)")
                    .arg(member.fullName, teamRoleLabel(member.role), member.id.left(8));
        if (member.id.startsWith(given, Qt::CaseInsensitive)
            || vn::searchKey(member.fullName) == vn::searchKey(given))
            matches << member.id;
    }
    // The lead is the default signer: naming the lead keeps no choice, as in the editor.
    if (matches.size() == 1)
        return round.lead() && round.lead()->id == matches.constFirst() ? QString()
                                                                        : matches.constFirst();
    const QString reason = matches.isEmpty()
                               ? Tr::tr("“%1” is not a member of the round's team.").arg(given)
                               : Tr::tr("“%1” names more than one team member.").arg(given);
    return Error{reason + QLatin1Char(' ')
                 + (team.isEmpty() ? Tr::tr("The round has no team.")
                                   : Tr::tr("The team: %1.").arg(team.join(QStringLiteral("; "))))};
}

// notice: shows, and with --date or --signer sets, the date and signer the notice of a
// round carries (kept in the file; report --date still overrides the date for one export).
int runNotice(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption round = roundOption();
    const QCommandLineOption date(
        QStringLiteral("date"),
        Tr::tr("Keep this date for the notice, YYYY-MM-DD; \"default\": the first working day "
               "after the visits."),
        QStringLiteral("DATE"));
    const QCommandLineOption signer(
        QStringLiteral("signer"),
        Tr::tr("The team member who signs the notice: full name or id (or its first "
               "characters); \"lead\": the team lead."),
        QStringLiteral("MEMBER"));
    const QCommandLineOption forceLock = forceLockOption();
    parser.addOptions({round, date, signer, forceLock});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file (.cchc)."));
    if (!parser.parse(QStringList{QStringLiteral("notice")} + arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("Usage: cchc-inspector notice FILE [--round ID] [--date "
                           "YYYY-MM-DD|default] [--signer MEMBER|lead]"),
                    ExitUsage);
    QDate chosenDate;
    if (parser.isSet(date) && parser.value(date) != QLatin1String("default")) {
        chosenDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!chosenDate.isValid())
            return fail(Tr::tr("--date must be YYYY-MM-DD or default, not “%1”.")
                            .arg(parser.value(date)),
                        ExitUsage);
    }
    const bool writes = parser.isSet(date) || parser.isSet(signer);
    auto file = openForCommand(parser.positionalArguments().constFirst(), parser.isSet(forceLock),
                               writes);
    if (!file)
        return fail(file.error());
    auto roundId = resolveRoundId(**file, parser.value(round));
    if (!roundId)
        return fail(roundId.error());
    auto loaded = (*file)->loadRound(*roundId);
    if (!loaded)
        return fail(loaded.error());
    report::ReportStore store(**file);
    auto settings = store.noticeSettings(*roundId);
    if (!settings)
        return fail(settings.error());
    if (parser.isSet(date))
        settings->noticeDate = chosenDate;
    if (parser.isSet(signer)) {
        auto member = signerId(*loaded, parser.value(signer));
        if (!member)
            return fail(member.error());
        settings->signerMemberId = *member;
    }
    if (writes) {
        if (auto status = store.saveNoticeSettings(*roundId, *settings); !status)
            return fail(status.error());
    }
    auto shownDate = report::noticeDateOf(**file, *roundId);
    if (!shownDate)
        return fail(shownDate.error());
    report::NoticeOptions options;
    options.signerMemberId = settings->signerMemberId;
    const TeamMember *who = report::noticeSigner(*loaded, options);
    print(Tr::tr("Notice date: %1 (%2)\n")
              .arg(vn::longDate(*shownDate),
                   settings->noticeDate.isValid() ? Tr::tr("chosen") : Tr::tr("default")));
    print(Tr::tr("Signed by: %1\n")
              .arg(who ? QStringLiteral("%1 (%2)").arg(who->fullName, teamRoleLabel(who->role))
                       : Tr::tr("nobody: the round has no team lead")));
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
        {QStringLiteral("notice"),
         QStringLiteral("notice FILE [--round ID] [--date YYYY-MM-DD|default] "
                        "[--signer MEMBER|lead] [--force-lock]"),
         Tr::tr("Show or set the date and the signer of a round's findings notice."),
         runNotice},
    };
}

} // namespace cchc::app
