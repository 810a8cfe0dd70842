#include "tests/report/PdfProbe.h"

#include <QHash>

#include "core/report/OfficialLayout.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace cchc::test::pdf {

using namespace cchc::report;

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
}

QList<Word> words(const QString &path)
{
    QXmlStreamReader xml(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}));
    QList<Word> result;
    int page = 0;
    double width = 0, height = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            ++page;
            width = attributes.value(QLatin1String("width")).toDouble();
            height = attributes.value(QLatin1String("height")).toDouble();
        } else if (xml.name() == QLatin1String("word")) {
            Word word;
            word.page = page;
            word.pageWidth = width;
            word.pageHeight = height;
            word.xMin = attributes.value(QLatin1String("xMin")).toDouble();
            word.yMin = attributes.value(QLatin1String("yMin")).toDouble();
            word.xMax = attributes.value(QLatin1String("xMax")).toDouble();
            word.yMax = attributes.value(QLatin1String("yMax")).toDouble();
            word.text = xml.readElementText();
            result.append(word);
        }
    }
    return result;
}

bool inTopMargin(const Word &word)
{
    return word.yMax <= layout::kMarginTopMm * kPointsPerMm + kTolerance / 2;
}

void checkMargins(const QList<Word> &all)
{
    for (const Word &word : all) {
        INFO("page " << word.page << " word " << word.text.toStdString());
        if (inTopMargin(word))
            continue;
        CHECK(word.xMin >= layout::kMarginLeftMm * kPointsPerMm - kTolerance);
        CHECK(word.xMax <= word.pageWidth - layout::kMarginRightMm * kPointsPerMm + kTolerance);
        CHECK(word.yMin >= layout::kMarginTopMm * kPointsPerMm - kTolerance);
        CHECK(word.yMax <= word.pageHeight - layout::kMarginBottomMm * kPointsPerMm + kTolerance);
    }
}

QStringList topMarginWords(const QList<Word> &all, int page)
{
    QStringList found;
    for (const Word &word : all) {
        if (word.page == page && inTopMargin(word))
            found.append(word.text);
    }
    return found;
}

void checkNoLineTwice(const QString &text, const QString &source)
{
    const QString flatSource = squeezed(source);
    QHash<QString, int> seen;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.size() < 25)
            continue; // short table cells ("Đạt", "2/2") repeat by nature
        INFO(trimmed.toStdString());
        const int allowed = std::max(qsizetype(1), flatSource.count(squeezed(trimmed)));
        CHECK(++seen[trimmed] <= allowed);
    }
}

int pageCount(const QString &path)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

void checkFonts(const QString &path)
{
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        INFO(line.toStdString());
        CHECK((line.contains(QStringLiteral("LiberationSerif")) ||
               line.contains(QStringLiteral("TimesNewRoman"))));
        CHECK(line.contains(QStringLiteral(" yes ")));
    }
}

} // namespace cchc::test::pdf
