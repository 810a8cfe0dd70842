// Section "report": the findings notice of a 200-unit round (with its score annex) as PDF
// and as DOCX, and one unit's minutes. Targets: PDF < 2 s, DOCX < 1 s, minutes < 200 ms.
#include "BenchSupport.h"

#include "report/DocxOutput.h"
#include "report/MinutesBuilder.h"
#include "report/NoticeDrafter.h"
#include "report/PdfOutput.h"
#include "report/Reports.h"
#include "storage/InspectionFile.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace cchc::bench {

namespace {

void runReports(const BenchContext &context)
{
    auto file = InspectionFile::open(context.syntheticFile, InspectionFile::Access::ReadOnly);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        return;
    }
    const QString roundId = (*file)->rounds()->at(0).id;
    const int runs = std::min(context.runs, 5); // each run writes a 30-page PDF
    const QDir out(context.workDir);

    report::ReportRequest notice;
    notice.roundId = roundId;
    notice.issuedOn = QDate(2022, 5, 30);
    QList<double> load, pdf, docx, minutes;
    for (int i = 0; i < runs; ++i) {
        Result<report::ReportDocument> document = Error{};
        load.append(milliseconds([&] { document = report::buildReport(**file, notice); }));
        pdf.append(load.constLast() + milliseconds([&] {
                       (void)report::writePdf(*document,
                                              out.filePath(QStringLiteral("notice.pdf")));
                   }));
        docx.append(load.constLast() + milliseconds([&] {
                        (void)report::writeDocx(*document,
                                                out.filePath(QStringLiteral("notice.docx")));
                    }));
    }
    for (int i = 0; i < runs; ++i) {
        auto data = report::loadRoundData(**file, roundId);
        report::ReportRequest one;
        one.roundId = roundId;
        one.kind = report::ReportKind::Minutes;
        one.unitId = data->round.units.at(i).id;
        minutes.append(milliseconds([&] {
            auto document = report::buildReport(**file, one);
            (void)report::writePdf(*document, out.filePath(QStringLiteral("minutes.pdf")));
        }));
    }
    reportSamples(QStringLiteral("load + draft notice, 200 units (with annex)"), load);
    reportSamples(QStringLiteral("notice + annex to PDF, 200 units (total)"), pdf);
    reportSamples(QStringLiteral("notice + annex to DOCX, 200 units (total)"), docx);
    reportSamples(QStringLiteral("minutes of one unit to PDF (total)"), minutes);
    report(QStringLiteral("notice PDF size"),
           double(QFileInfo(out.filePath(QStringLiteral("notice.pdf"))).size()) / 1024.0,
           QStringLiteral("KiB"));
}

const SectionRegistration registration("report", runReports);

} // namespace

} // namespace cchc::bench
