#pragma once

#include "core/report/ProseText.h"
#include "core/report/ReportDocument.h"
#include "core/domain/InspectionRound.h"
#include "core/domain/ReportSettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Every wording rule of the drafted reports in one place, for a linguist to review: which
// words say which proportion of units, how a sentence about units opens, the fixed sentences
// of the notice and of the minutes. The criteria's own phrasings are data (the checklist
// template); how sentences are put together from results is NoticeDrafter.cpp. The rules are
// described for readers in docs/drafting-rules.md.
namespace cchc::report::rules {

// Units are named inline up to this many in strengths (shortcomings: kNamedShortcomings);
// beyond it a sentence gives the count, and each unit finds its own results in its minutes.
constexpr int kNamedLimit = 5;
constexpr int kNamedShortcomings = 1;
// …and only while their names stay short: a list longer than this many characters (about
// two lines of the printed page) turns the sentence into a register, so it gives the count.
constexpr int kNamedCharacters = 120;
// The units of the best grade are named when they are this many or fewer.
constexpr int kBestNamedLimit = 3;

enum class Stance { Strength, Shortcoming };

// The proportion of the *applicable* units ("Không áp dụng" left out) that share a result.
enum class Share {
    All,       // every applicable unit
    NearlyAll, // all but one or two, and at least three in four: "Hầu hết các đơn vị (07/08
               // đơn vị) đã …"; shortcomings name the exceptions: "…, trừ 01 đơn vị (A)"
    Most,      // more than half, four or more: "Đa số đơn vị (05/08) …"
    Few,       // a few (two to the named limit), named: "Có 02 đơn vị (A, B) …"
    One,       // one, named: "Có 01 đơn vị (A) …"
    Some,      // half or fewer, too many to name: "Một số đơn vị (07/40) …",
               // "Một nửa số đơn vị (20/40) …"
};
Share shareOf(int count, int applicable, int namedLimit = kNamedLimit);
int namedLimitOf(Stance stance);
// Whether `names` may be listed inline: few enough (kNamedLimit) and short enough
// (kNamedCharacters) once joined.
bool namesFitInline(const QStringList &names, ListStyle style);

// Who a sentence is about.
struct Subject
{
    Share share = Share::All;
    int count = 0;
    int applicable = 0;
    int roundUnits = 0;
    QStringList names;      // the units with the result, in round order
    QStringList exceptions; // applicable units without it (named after "trừ")
};

// The words around a predicate: `opening` + " " + predicate + `closing`.
struct Quantified
{
    QString opening;
    QString closing;
    QStringList named; // the unit names the words name
};
// `variant` picks one of the equivalent openings, so consecutive sentences do not open alike.
Quantified quantify(Stance stance, const Subject &subject, ListStyle style, int variant);

// A strength's predicate with its aspect: "ban hành quy chế" -> "đã ban hành quy chế"; a
// phrase already marked ("đang áp dụng …", "đã …") is kept.
QString strengthPredicate(const QStringList &phrases);
// Shortcomings: "chưa <phraseUnmet>" for "Chưa đạt"; for "Đạt một phần" the criterion's
// partial phrasing, or "<phraseMet> nhưng chưa đầy đủ" when the template has none.
QString notMetPredicate(const QString &phraseUnmet);
QString partlyMetPredicate(const QString &phrasePartial, const QString &phraseMet);
// Several predicates about the same units: "A, B và C", or "A; B; C" when one has a comma.
QString joinPredicates(const QStringList &predicates);
// Exemplary units after a strength: ", trong đó A và B <phraseExemplary>" when the criterion
// has an exemplary phrasing, else ", tiêu biểu như A và B"; ", trong đó 07 đơn vị thực hiện
// tốt" when there are more than can be named.
QString exemplaryClause(const QStringList &names, ListStyle style, const QString &phraseExemplary);

// Connectors that open the second and later paragraphs of the shortcomings.
QString shortcomingConnector(int paragraphIndex);

// The notice's fixed sentences.
QString openingParagraph(const QStringList &citations, const QString &period,
                         const QString &issuerInProse, const AbbreviatedSubject &subject,
                         int units, const QString &unitKind, const QString &periodAssessed);
QString assessmentLead(const QString &unitKind, const QString &subject);
QString gradeCounts(const QStringList &countsByBand); // "Qua chấm điểm, có 02 đơn vị xếp loại Tốt, …"
QString gradeCount(int count, const QString &band);   // "02 đơn vị xếp loại Tốt"
QString bestUnits(const QString &band, const QStringList &names, ListStyle style);
QString improvedUnits(const QStringList &names, ListStyle style);
QString shortcomingsIntro(const QString &unitKind, const QString &subject);
QString closingParagraph(const QString &unitKind, const QString &subject, const QString &reportTo,
                         const QDate &deadline);

// The recommendations of the notice.
// Who a recommendation is addressed to, by the unit names it applies to (in round order):
//   "các <unitKind>"                          every unit of the round;
//   "A", "A và B", "A, B và C"                up to three units;
//   "05 đơn vị (A, B, C, D, E)"               four or five;
//   "12 đơn vị (theo biên bản kiểm tra từng đơn vị)"  more: the minutes name them.
QString addressees(const QStringList &names, int roundUnits, const QString &unitKind,
                   ListStyle style);
// "Đề nghị A và B tổ chức ký cam kết trước ngày 30/7/2022."
QString requestSentence(const QString &addressees, const QString &action, const QDate &deadline);
QString recommendationsIntro(const QString &unitKind, bool afterShortcomings);
QString areaLead(const QString &areaTitle); // "Về công tác văn thư, lưu trữ: "

// The minutes' sentences.
QString minutesOpening(const QDate &visit, const QString &unitName, const QString &address,
                       const QString &issuerInProse, const QString &subject,
                       const QString &periodAssessed);
// Numbers as printed ("30,5", "74,4"); empty percent, grade or self-score are left out.
QString minutesTotals(const QString &appraised, const QString &maximum, const QString &percent,
                      const QString &grade, const QString &selfScore);
// "Chưa <phraseUnmet> (tiêu chí 2.2). <finding>."
QString minutesShortcoming(const QString &predicate, const QString &code, const QString &finding);
QString minutesCorrectTheRest(bool afterOtherRequests); // "Khắc phục các tồn tại, hạn chế …"
QString minutesReportBack(const QString &reportTo, const QDate &deadline);
QString minutesKeepUp(); // "Tiếp tục duy trì, phát huy kết quả đạt được"
QString minutesClosing();

// The team's signature block, signed by `signer` (null: nobody named). The lead signs
// with the report settings' authority and title ("TM. ĐOÀN KIỂM TRA" / "TRƯỞNG ĐOÀN"). A
// deputy lead signs for the lead as Decree 30/2020 (Phụ lục I) writes it: "KT." before the
// lead's title, the deputy's own title below ("TM. ĐOÀN KIỂM TRA" / "KT. TRƯỞNG ĐOÀN" /
// "PHÓ TRƯỞNG ĐOÀN"). Any other member signs under the authority with their role in the
// team as the title line ("THÀNH VIÊN"): nothing claims a delegation the data does not hold.
Signer teamSigner(const ReportSettings &settings, const TeamMember *signer);

} // namespace cchc::report::rules
