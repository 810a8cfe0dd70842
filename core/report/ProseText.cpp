#include "core/report/ProseText.h"

#include "core/common/VietnameseText.h"

#include <QRegularExpression>

#include <algorithm>

namespace cchc::report {

QString upperFirst(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString lowerFirst(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Keep acronyms ("CCHC", "HTQLCL") as they are: only a capital followed by a small letter.
    if (text.size() > 1 && text.at(1).isUpper())
        return text;
    return text.at(0).toLower() + text.mid(1);
}

QString withoutEndPunctuation(const QString &text)
{
    QString line = text.simplified();
    while (!line.isEmpty() && QStringLiteral(".;,").contains(line.back()))
        line.chop(1);
    return line;
}

QString withFullStop(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char(':')))
        text += QLatin1Char('.');
    return text;
}

QString unitKindOf(const RoundData &data)
{
    const QString kind = data.round.unitKind.trimmed();
    return kind.isEmpty() ? QStringLiteral("đơn vị") : kind;
}

QString visitPeriod(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return QStringLiteral("ngày ") + vn::shortDate(start);
    const QString day = vn::dayNumber(start.day());
    const QString from = start.year() != end.year() ? vn::shortDate(start)
                         : start.month() != end.month()
                             ? day + QLatin1Char('/') + vn::monthNumber(start.month())
                             : day;
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(from, vn::shortDate(end));
}

QString roundSubject(const InspectionRound &round)
{
    static const QRegularExpression lead(QStringLiteral("^kiểm tra\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tail(
        QStringLiteral("\\s+(tại|ở|đối với)\\s.*$|\\s+(năm|quý|tháng|đợt)\\s+\\d.*$"),
        QRegularExpression::CaseInsensitiveOption);
    QString subject = round.title.simplified();
    subject.remove(lead);
    subject.remove(tail);
    subject = lowerFirst(subject.trimmed());
    if (subject.isEmpty())
        return QStringLiteral("công tác cải cách hành chính");
    // "CCHC – hoạt động công vụ" is inspected as "công tác CCHC – hoạt động công vụ".
    if (subject.startsWith(QStringLiteral("CCHC")) ||
        subject.startsWith(QStringLiteral("cải cách hành chính")))
        subject.prepend(QStringLiteral("công tác "));
    return subject;
}

AbbreviatedSubject abbreviatedSubject(const QString &subject)
{
    const QString full = QStringLiteral("cải cách hành chính");
    const QString abbreviation = QStringLiteral("CCHC");
    QString expanded = subject;
    expanded.replace(abbreviation, full);
    const qsizetype at = expanded.indexOf(full);
    if (at < 0)
        return {subject, subject};
    QString first = expanded;
    first.insert(at + full.size(), QStringLiteral(" (") + abbreviation + QLatin1Char(')'));
    QString later = expanded;
    later.replace(full, abbreviation);
    return {first, later};
}

QString issuerLevel(const ReportSettings &settings)
{
    static const QRegularExpression body(QStringLiteral("^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString level = settings.reportTo.simplified();
    level.remove(body);
    return level.isEmpty() ? QStringLiteral("tỉnh") : lowerFirst(level);
}

QString filledPhrase(const QString &phrase, const ReportSettings &settings)
{
    QString text = phrase.trimmed();
    text.replace(QStringLiteral("{cấp}"), issuerLevel(settings));
    return text;
}

ListStyle listStyleOf(const QStringList &allNames)
{
    const bool ambiguous = std::any_of(allNames.cbegin(), allNames.cend(), [](const QString &name) {
        return name.contains(QLatin1Char(',')) || name.contains(QStringLiteral(" và "));
    });
    return ambiguous ? ListStyle::Semicolons : ListStyle::Commas;
}

QString joinNames(const QStringList &names, ListStyle style)
{
    if (style == ListStyle::Semicolons || names.size() < 2)
        return names.join(QStringLiteral("; "));
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" và ") +
           names.constLast();
}

} // namespace cchc::report
