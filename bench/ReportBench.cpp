// Section "report": the findings notice (with its score annex) as PDF and DOCX, at several
// round sizes, each against references measured in the same run:
//  - Qt's floor: the same text as a plain QTextDocument printed to a QPdfWriter with the
//    same settings and page count (goal: ours ≤ ×1.2 of it);
//  - LibreOffice converting our DOCX of the same notice to PDF, when `soffice` is installed
//    (goal: LibreOffice ≥ ×10 our PDF time).
// And one unit's minutes. Each size gets its own file: N units, 60 criteria, 2 rounds.
#include "bench/BenchSupport.h"
#include "core/report/OfficialLayout.h"
#include "bench/FloorDocument.h"
#include "bench/SyntheticFile.h"

#include "core/report/DocxOutput.h"
#include "core/report/PdfOutput.h"
#include "core/report/Reports.h"
#include "core/storage/InspectionFile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

namespace cchc::bench {

namespace {

// LibreOffice with its own profile in the scratch folder; the first call (profile creation)
// is not measured. Empty when soffice is not installed.
class LibreOffice
{
public:
    explicit LibreOffice(const QString &workDir)
        : m_program(QStandardPaths::findExecutable(QStringLiteral("soffice"))),
          m_profile(QDir(workDir).filePath(QStringLiteral("lo-profile")))
    {
    }
    bool available() const { return !m_program.isEmpty(); }

    // Milliseconds for `soffice --headless --convert-to pdf`, or -1 when it failed.
    double convert(const QString &docx, const QString &outDir) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList arguments = {
            QStringLiteral("--headless"),
            QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_profile).toString(),
            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
            outDir, docx};
        const double ms = milliseconds([&] {
            process.start(m_program, arguments);
            process.waitForFinished(15 * 60 * 1000);
        });
        const QString pdf = QDir(outDir).filePath(QFileInfo(docx).completeBaseName() +
                                                  QStringLiteral(".pdf"));
        if (process.exitCode() != 0 || !QFileInfo::exists(pdf)) {
            std::fprintf(stderr, "soffice failed: %s\n", process.readAll().constData());
            return -1.0;
        }
        return ms;
    }

private:
    QString m_program;
    QString m_profile;
};

report::ReportDocument requireNotice(const QString &path)
{
    auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        std::exit(1);
    }
    report::ReportRequest notice;
    notice.roundId = (*file)->rounds()->constLast().id; // the newest: it has a previous round
    notice.issuedOn = QDate(2022, 5, 30);
    auto document = report::buildReport(**file, notice);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error()));
        std::exit(1);
    }
    return std::move(*document);
}

// Pages of our PDF, counted by painting it once more into memory (not measured).
int pageCount(const report::ReportDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(report::layout::kDeviceDpi);
    return report::paintReport(document, writer);
}

void runNoticeSize(const BenchContext &context, const LibreOffice &libreOffice, int units)
{
    const QDir out(context.workDir);
    const QString path = out.filePath(QStringLiteral("report-%1.cchc").arg(units));
    if (!QFileInfo::exists(path)) {
        if (auto status = buildSyntheticFile(path, {units, 60, 2}); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
            return;
        }
    }
    const int runs = std::max(1, std::min(context.runs, 5));
    const QString pdf = out.filePath(QStringLiteral("notice-%1.pdf").arg(units));
    const QString docx = out.filePath(QStringLiteral("notice-%1.docx").arg(units));
    const QString floorPdf = out.filePath(QStringLiteral("floor-%1.pdf").arg(units));
    const QString facesPdf = out.filePath(QStringLiteral("floor-faces-%1.pdf").arg(units));

    QList<double> load, ours, floor, facesFloor, word;
    report::ReportDocument document;
    for (int i = 0; i < runs; ++i)
        load.append(milliseconds([&] { document = requireNotice(path); }));
    // Worked out before the timing, which also warms both paths up (fonts loaded once).
    const int pages = pageCount(document);
    const QList<FloorParagraph> floorText = fitToPages(reportText(document), pages);
    int floorPages = 0;
    for (int i = 0; i < runs; ++i) {
        ours.append(milliseconds([&] { (void)report::writePdf(document, pdf); }));
        floor.append(milliseconds(
            [&] { floorPages = writeFloorPdf(floorText, floorPdf, FloorFaces::Regular); }));
        facesFloor.append(
            milliseconds([&] { (void)writeFloorPdf(floorText, facesPdf, FloorFaces::AsReport); }));
        word.append(milliseconds([&] { (void)report::writeDocx(document, docx); }));
    }

    std::printf("  -- notice + annex, %d units: %d pages (floor: %d pages)   load %s\n", units,
                pages, floorPages, qPrintable(loadAverage()));
    reportSamples(QStringLiteral("load + draft"), load);
    reportSamples(QStringLiteral("our PDF"), ours);
    reportSamples(QStringLiteral("floor PDF (plain QTextDocument::print)"), floor);
    reportSamples(QStringLiteral("our DOCX"), word);
    reportSamples(QStringLiteral("floor, in the report's faces (bold, italic)"), facesFloor);
    reportRatio(QStringLiteral("our PDF / floor"), median(ours), median(floor),
                QStringLiteral("goal <= 1.2"));
    reportRatio(QStringLiteral("our PDF / floor in the report's faces"), median(ours),
                median(facesFloor), QString());
    if (libreOffice.available()) {
        QList<double> converted;
        const QString loOut = out.filePath(QStringLiteral("lo-%1").arg(units));
        QDir().mkpath(loOut);
        for (int i = 0; i < std::min(runs, 3); ++i) {
            const double ms = libreOffice.convert(docx, loOut);
            if (ms >= 0)
                converted.append(ms);
        }
        if (!converted.isEmpty()) {
            reportSamples(QStringLiteral("LibreOffice: our DOCX to PDF"), converted);
            reportRatio(QStringLiteral("LibreOffice / our PDF"), median(converted), median(ours),
                        QStringLiteral("goal >= 10"));
            reportRatio(QStringLiteral("LibreOffice / our DOCX"), median(converted),
                        median(word), QString());
        }
    } else {
        std::printf("  (soffice not installed: no LibreOffice comparison)\n");
    }
}

void runMinutes(const BenchContext &context)
{
    auto file = InspectionFile::open(context.syntheticFile, InspectionFile::Access::ReadOnly);
    if (!file)
        return;
    const QString roundId = (*file)->rounds()->at(0).id;
    auto data = report::loadRoundData(**file, roundId);
    if (!data)
        return;
    QList<double> minutes;
    const QString pdf = QDir(context.workDir).filePath(QStringLiteral("minutes.pdf"));
    for (int i = 0; i < std::min(context.runs, 5); ++i) {
        report::ReportRequest one;
        one.roundId = roundId;
        one.kind = report::ReportKind::Minutes;
        one.unitId = data->round.units.at(i % data->round.units.size()).id;
        minutes.append(milliseconds([&] {
            auto document = report::buildReport(**file, one);
            (void)report::writePdf(*document, pdf);
        }));
    }
    reportSamples(QStringLiteral("minutes of one unit to PDF (total)"), minutes);
}

void runReports(const BenchContext &context)
{
    const LibreOffice libreOffice(context.workDir);
    if (libreOffice.available()) { // creates its profile: not measured
        const QString warm = QDir(context.workDir).filePath(QStringLiteral("warm.docx"));
        (void)report::writeDocx(requireNotice(context.syntheticFile), warm);
        (void)libreOffice.convert(warm, context.workDir);
    }
    for (int units : context.reportSizes)
        runNoticeSize(context, libreOffice, units);
    runMinutes(context);
}

const SectionRegistration registration("report", runReports);

} // namespace

} // namespace cchc::bench
