#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace cchc::vn {

// "ngày 05 tháng 01 năm 2022": Nghị định 30/2020 pads days below 10 and the months
// January and February (so "tháng 1" cannot be misread as "tháng 10-12"), not others.
QString longDate(const QDate &date);
// "Hà Tĩnh, ngày 30 tháng 5 năm 2022"
QString placeAndDate(const QString &place, const QDate &date);
// "30/3/2022", "05/02/2023": the short form used when citing documents ("Kế hoạch số 56/KH-UBND
// ngày 30/3/2022"), under the same rule as the date line.
QString shortDate(const QDate &date);
// The day and the month of a date as Nghị định 30/2020 writes them: "05", "23"; "02", "5".
QString dayNumber(int day);
QString monthNumber(int month);
// "02", "08", "12": counts in official prose always have at least two digits.
QString twoDigitCount(int count);
// Lower case, diacritics removed and đ folded to d: "Kỷ luật" -> "ky luat". Used for
// accent-insensitive search, since SQLite's LIKE and lower() only know ASCII.
QString searchKey(const QString &text);
// True when every word of `query` (folded) occurs in `text` (folded).
bool matchesSearch(const QString &text, const QString &query);
// Sorts in Vietnamese alphabetical order (Ă, Â, Đ, ... after their base letters).
void sortVietnamese(QStringList &names);
int compareVietnamese(const QString &a, const QString &b);

} // namespace cchc::vn
