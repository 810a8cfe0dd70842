#include "core/common/VietnameseText.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace cchc::vn {

QString dayNumber(int day)
{
    return QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'));
}

QString monthNumber(int month)
{
    return month <= 2 ? QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'))
                      : QString::number(month);
}

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("ngày … tháng … năm …");
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(dayNumber(date.day()), monthNumber(date.month()))
        .arg(date.year());
}

QString placeAndDate(const QString &place, const QDate &date)
{
    return place.isEmpty() ? longDate(date) : place + QStringLiteral(", ") + longDate(date);
}

QString shortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(dayNumber(date.day()), monthNumber(date.month()))
        .arg(date.year());
}

QString twoDigitCount(int count)
{
    return QStringLiteral("%1").arg(count, 2, 10, QLatin1Char('0'));
}

QString searchKey(const QString &text)
{
    // NFD splits "ỷ" into "y" + combining marks; dropping the marks leaves the base letter.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == QChar(0x0111) || ch == QChar(0x0110)) // đ, Đ do not decompose
            folded.append(QLatin1Char('d'));
        else
            folded.append(ch.toLower());
    }
    return folded.simplified();
}

bool matchesSearch(const QString &text, const QString &query)
{
    const QString haystack = searchKey(text);
    const QStringList words = searchKey(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return haystack.contains(word); });
}

namespace {
QCollator &vietnameseCollator()
{
    static QCollator collator = [] {
        QCollator c{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}
} // namespace

int compareVietnamese(const QString &a, const QString &b)
{
    return vietnameseCollator().compare(a, b);
}

void sortVietnamese(QStringList &names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return compareVietnamese(a, b) < 0; });
}

} // namespace cchc::vn
