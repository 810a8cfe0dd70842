#pragma once

#include "core/domain/ReportSettings.h"
#include "core/report/RoundData.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Small text helpers every report uses: capitals, stops, lists of units, and the round's
// subject and the issuer's level as prose. They carry no wording rule of their own; the
// rules (which words say what) are in DraftingRules.h.
namespace cchc::report {

QString upperFirst(const QString &text);
// Lower-cases the first letter, but keeps acronyms ("CCHC", "HTQLCL") as they are.
QString lowerFirst(const QString &text);
// Typed text as one line without the stop it ended with: "Sửa biển tên.\n" -> "Sửa biển tên",
// so a sentence or list item can put its own punctuation after it.
QString withoutEndPunctuation(const QString &text);
// The text with a full stop at its end (none added after ":" or ".").
QString withFullStop(QString text);

// The round's kind of unit in prose ("đơn vị sự nghiệp"), "đơn vị" when not given.
QString unitKindOf(const RoundData &data);
// "từ ngày 23 đến ngày 26/5/2022", days and months written as Decree 30 writes them.
QString visitPeriod(const QDate &start, const QDate &end);

// What the round inspects, from its title: "Kiểm tra công tác cải cách hành chính - hoạt động
// công vụ tại các đơn vị sự nghiệp năm 2022" -> "công tác cải cách hành chính - hoạt động công
// vụ". The leading "Kiểm tra" and the trailing place ("tại …", "ở …") and year ("năm …") are
// left out; "công tác cải cách hành chính" when the title says nothing else.
QString roundSubject(const InspectionRound &round);
// The drafting guide's rule for abbreviations: in full at the first use with the abbreviation
// in brackets, then the abbreviation. A subject naming "cải cách hành chính" (or "CCHC") reads
// "công tác cải cách hành chính (CCHC) - …" once and "công tác CCHC - …" afterwards; any other
// subject is the same both times.
struct AbbreviatedSubject
{
    QString first;
    QString later;
};
AbbreviatedSubject abbreviatedSubject(const QString &subject);
// The level of government that receives the reports, from the report settings: "UBND thành
// phố" -> "thành phố", "Ủy ban nhân dân xã Cẩm Bình" -> "xã Cẩm Bình"; "tỉnh" when not given.
QString issuerLevel(const ReportSettings &settings);
// A template phrase with its placeholders filled: "{cấp}" becomes the issuer's level.
QString filledPhrase(const QString &phrase, const ReportSettings &settings);

// How unit names are separated in one document. A name that holds a comma or a "và" of its
// own ("Ban bồi thường, hỗ trợ và tái định cư") makes every list of the document use
// semicolons ("A; B; C"); otherwise commas and "và" before the last ("A, B và C").
enum class ListStyle { Commas, Semicolons };
ListStyle listStyleOf(const QStringList &allNames);
QString joinNames(const QStringList &names, ListStyle style);

} // namespace cchc::report
