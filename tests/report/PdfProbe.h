#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reading a PDF back as a user's viewer or search would (poppler-utils), for the report
// tests of our own PDFs and of LibreOffice's rendering of our DOCX files.
namespace cchc::test::pdf {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kTolerance = 1.0 * kPointsPerMm; // ±1 mm

// Runs a tool and returns its standard output; fails the test when it fails.
QString run(const QString &program, const QStringList &arguments);
QString pdfText(const QString &path);
int pageCount(const QString &path);
// Without whitespace and hyphens: line breaks fall anywhere, also after "-" in
// "37/TB-UBND", which pdftotext then joins as a hyphenated word ("37/TBUBND").
QString squeezed(QString text);

struct Word
{
    int page = 0;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    double pageWidth = 0, pageHeight = 0;
    QString text;
};
QList<Word> words(const QString &path);
bool inTopMargin(const Word &word);
// Every word inside the official margins (±1 mm), except page numbers in the top margin.
void checkMargins(const QList<Word> &all);
QStringList topMarginWords(const QList<Word> &all, int page);
// No line of text is in the PDF twice (the straddling-paragraph trap). A line the drafted
// `source` text itself repeats (the same units named in two requests) may appear as often
// as the source has it.
void checkNoLineTwice(const QString &text, const QString &source = QString());
// Every font embedded, and Times New Roman or its metric twin Liberation Serif.
void checkFonts(const QString &path);

} // namespace cchc::test::pdf
