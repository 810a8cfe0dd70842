#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/RoundData.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QStringList>

#include <memory>

namespace cchc::test {

// A small hand-made round held in memory: one group, one criterion per entry of `results`,
// each a string with one letter per unit (D Đạt, E exemplary, P partly, C not met,
// N not applicable, - unchecked).
report::RoundData makeRound(const QStringList &unitNames, const QStringList &results);
// The same with several areas ("g1", "g2", …), each a list of such result strings; criteria
// are numbered across areas ("c0", "c1", …; phrases "làm việc 1", "làm tốt việc 1", …).
report::RoundData makeRoundOfAreas(const QStringList &unitNames, const QList<QStringList> &areas);
// The drafted notice body as one text (what the PDF's lines come from).
QString draftedText(const report::RoundData &data);
// The demo file written to `path` and its 2022 round loaded for drafting.
report::RoundData demoRound(const QString &path);

// A PDF writer into memory at the reports' resolution, to lay sections out as writePdf does.
struct PdfDevice
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    PdfDevice();
};

// A bordered table of `rows` units (number, name, result), every fourth name long enough to
// wrap in its cell; `firstResult`, when given, is the first row's result.
report::TableBlock unitsTable(int rows, const QString &firstResult = QString());

} // namespace cchc::test
