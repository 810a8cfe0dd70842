#include "core/report/DraftingRules.h"

#include "core/common/VietnameseText.h"

#include <QList>

#include <algorithm>

namespace cchc::report::rules {

namespace {

QString count(int n)
{
    return vn::twoDigitCount(n);
}

// "02 đơn vị (A, B)"
QString countedNames(const QStringList &names, ListStyle style)
{
    return QStringLiteral("%1 đơn vị (%2)").arg(count(int(names.size())), joinNames(names, style));
}

// "07/40": how many of the applicable units.
QString shareOfApplicable(const Subject &subject)
{
    return QStringLiteral("%1/%2").arg(count(subject.count), count(subject.applicable));
}

// "(07/40)" after "… đơn vị": the share when the units are too many to name. The noun is
// not repeated inside the brackets ("Đa số đơn vị (05/08 đơn vị)" says "đơn vị" twice).
QString ofApplicable(const Subject &subject)
{
    return QLatin1Char('(') + shareOfApplicable(subject) + QLatin1Char(')');
}

// "Có 04/08 đơn vị", "Còn 04/08 đơn vị": the count as the opening.
QString countOpening(bool strength, const Subject &subject)
{
    return (strength ? QStringLiteral("Có ") : QStringLiteral("Còn ")) +
           shareOfApplicable(subject) + QStringLiteral(" đơn vị");
}

// Equivalent openings for every applicable unit.
const QList<QString> kAllStrength = {QStringLiteral("100% đơn vị"),
                                     QStringLiteral("Các đơn vị đều"),
                                     QStringLiteral("Tất cả các đơn vị đều")};
const QList<QString> kAllShortcoming = {QStringLiteral("Các đơn vị đều"),
                                        QStringLiteral("100% đơn vị")};
const QList<QString> kMostStrength = {QStringLiteral("Đa số đơn vị"),
                                      QStringLiteral("Phần lớn các đơn vị")};
const QList<QString> kMostShortcoming = {QStringLiteral("Nhiều đơn vị"),
                                         QStringLiteral("Đa số đơn vị")};

Quantified allUnits(Stance stance, const Subject &subject, ListStyle style, int variant)
{
    if (subject.roundUnits == 1)
        return {QStringLiteral("Đơn vị"), {}, {}};
    if (subject.applicable < subject.roundUnits) { // some units were "Không áp dụng"
        if (subject.count == 1)
            return {QStringLiteral("Đơn vị thuộc diện áp dụng (%1)").arg(subject.names.at(0)), {},
                    subject.names};
        if (namesFitInline(subject.names, style))
            return {QStringLiteral("Cả %1 thuộc diện áp dụng đều")
                        .arg(countedNames(subject.names, style)),
                    {}, subject.names};
        return {QStringLiteral("Tất cả %1 đơn vị thuộc diện áp dụng đều").arg(count(subject.count)),
                {}, {}};
    }
    const QList<QString> &openings = stance == Stance::Strength ? kAllStrength : kAllShortcoming;
    return {openings.at(variant % openings.size()), {}, {}};
}

} // namespace

Share shareOf(int count, int applicable, int namedLimit)
{
    const int others = applicable - count;
    if (others <= 0)
        return Share::All;
    if (others <= 2 && count >= 3 * others)
        return Share::NearlyAll;
    if (2 * count > applicable && count > 3) // a majority is said as such, not listed
        return Share::Most;
    if (count <= namedLimit)
        return count == 1 ? Share::One : Share::Few;
    return 2 * count > applicable ? Share::Most : Share::Some;
}

int namedLimitOf(Stance stance)
{
    return stance == Stance::Strength ? kNamedLimit : kNamedShortcomings;
}

bool namesFitInline(const QStringList &names, ListStyle style)
{
    return names.size() <= kNamedLimit && joinNames(names, style).size() <= kNamedCharacters;
}

Quantified quantify(Stance stance, const Subject &subject, ListStyle style, int variant)
{
    const bool strength = stance == Stance::Strength;
    switch (subject.share) {
    case Share::All:
        return allUnits(stance, subject, style, variant);
    case Share::NearlyAll:
        // Strengths count: the exceptions are named among the shortcomings.
        if (strength)
            return {variant % 2 == 0 ? QStringLiteral("Hầu hết các đơn vị ") + ofApplicable(subject)
                                     : countOpening(true, subject),
                    {}, {}};
        return {QStringLiteral("Hầu hết các đơn vị"),
                QStringLiteral(", trừ ") + countedNames(subject.exceptions, style),
                subject.exceptions};
    case Share::Most: {
        const QList<QString> &openings = strength ? kMostStrength : kMostShortcoming;
        return {openings.at(variant % openings.size()) + QLatin1Char(' ') + ofApplicable(subject),
                {}, {}};
    }
    case Share::Few:
    case Share::One:
        return {(strength || variant % 2 == 1 ? QStringLiteral("Có ") : QStringLiteral("Còn ")) +
                    countedNames(subject.names, style),
                {}, subject.names};
    case Share::Some: // half or fewer: exactly half is said as such, or by the count
        if (variant % 2 == 1)
            return {countOpening(strength, subject), {}, {}};
        if (2 * subject.count == subject.applicable)
            return {QStringLiteral("Một nửa số đơn vị ") + ofApplicable(subject), {}, {}};
        return {QStringLiteral("Một số đơn vị ") + ofApplicable(subject), {}, {}};
    }
    return {};
}

QString strengthPredicate(const QStringList &phrases)
{
    const QString joined = joinPredicates(phrases);
    for (const QString &aspect : {QStringLiteral("đã "), QStringLiteral("đang "),
                                  QStringLiteral("chưa "), QStringLiteral("có ")}) {
        if (joined.startsWith(aspect))
            return joined;
    }
    return QStringLiteral("đã ") + joined;
}

QString notMetPredicate(const QString &phraseUnmet)
{
    return QStringLiteral("chưa ") + phraseUnmet;
}

QString partlyMetPredicate(const QString &phrasePartial, const QString &phraseMet)
{
    if (!phrasePartial.trimmed().isEmpty())
        return phrasePartial.trimmed();
    return phraseMet.trimmed() + QStringLiteral(" nhưng chưa đầy đủ");
}

QString joinPredicates(const QStringList &predicates)
{
    const bool commas = std::any_of(predicates.cbegin(), predicates.cend(),
                                    [](const QString &p) { return p.contains(QLatin1Char(',')); });
    if (commas || predicates.size() < 2)
        return predicates.join(QStringLiteral("; "));
    return predicates.mid(0, predicates.size() - 1).join(QStringLiteral(", ")) +
           QStringLiteral(" và ") + predicates.constLast();
}

QString exemplaryClause(const QStringList &names, ListStyle style, const QString &phraseExemplary)
{
    if (names.isEmpty())
        return {};
    if (names.size() > kNamedLimit)
        return QStringLiteral(", trong đó %1 đơn vị thực hiện tốt").arg(count(int(names.size())));
    if (!phraseExemplary.trimmed().isEmpty())
        return QStringLiteral(", trong đó ") + joinNames(names, style) + QLatin1Char(' ') +
               phraseExemplary.trimmed();
    return QStringLiteral(", tiêu biểu như ") + joinNames(names, style);
}

QString shortcomingConnector(int paragraphIndex)
{
    static const QStringList connectors = {QString(), QStringLiteral("Bên cạnh đó, "),
                                           QStringLiteral("Ngoài ra, ")};
    return connectors.at(std::min(paragraphIndex, int(connectors.size()) - 1));
}

QString openingParagraph(const QStringList &citations, const QString &period,
                         const QString &issuerInProse, const AbbreviatedSubject &subject,
                         int units, const QString &unitKind, const QString &periodAssessed)
{
    QString text;
    if (!citations.isEmpty())
        text = QStringLiteral("Thực hiện ") + citations.join(QStringLiteral("; ")) +
               QStringLiteral("; ");
    if (!period.isEmpty())
        text += period + QStringLiteral(", ");
    text += QStringLiteral("%1 đã tiến hành kiểm tra %2 tại %3 %4.")
                .arg(issuerInProse, subject.first, count(units), unitKind);
    text += QStringLiteral(" Sau khi kiểm tra, Đoàn đánh giá kết quả thực hiện ") + subject.later;
    if (!periodAssessed.trimmed().isEmpty())
        text += QLatin1Char(' ') + periodAssessed.trimmed();
    text += QStringLiteral(" ở các đơn vị như sau:");
    return upperFirst(text);
}

QString assessmentLead(const QString &unitKind, const QString &subject)
{
    return QStringLiteral("Nhìn chung, qua kiểm tra %1 tại các %2, Đoàn kiểm tra nhận thấy các "
                          "đơn vị đã quan tâm triển khai các nhiệm vụ được giao và đạt được một "
                          "số kết quả nhất định.")
        .arg(subject, unitKind);
}

QString gradeCount(int n, const QString &band)
{
    return QStringLiteral("%1 đơn vị xếp loại %2").arg(count(n), band);
}

QString gradeCounts(const QStringList &countsByBand)
{
    if (countsByBand.isEmpty())
        return {};
    return QStringLiteral("Qua chấm điểm, có ") + joinPredicates(countsByBand) + QLatin1Char('.');
}

QString bestUnits(const QString &band, const QStringList &names, ListStyle style)
{
    if (names.size() == 1)
        return QStringLiteral("Đơn vị xếp loại %1 là %2.").arg(band, names.at(0));
    return QStringLiteral("Các đơn vị xếp loại %1 gồm: %2.").arg(band, joinNames(names, style));
}

QString improvedUnits(const QStringList &names, ListStyle style)
{
    return QStringLiteral("Các đơn vị có nhiều chuyển biến so với đợt kiểm tra trước: %1.")
        .arg(joinNames(names, style));
}

QString shortcomingsIntro(const QString &unitKind, const QString &subject)
{
    return QStringLiteral("Bên cạnh những kết quả đạt được, %1 tại các %2 còn một số tồn tại, "
                          "hạn chế như:")
        .arg(subject, unitKind);
}

QString closingParagraph(const QString &unitKind, const QString &subject, const QString &reportTo,
                         const QDate &deadline)
{
    QString text = QStringLiteral("Qua đợt kiểm tra %1, Đoàn kiểm tra đề nghị các %2 nghiêm túc "
                                  "khắc phục những tồn tại, hạn chế đã được chỉ ra, báo cáo kết "
                                  "quả khắc phục về %3")
                       .arg(subject, unitKind, reportTo);
    if (deadline.isValid())
        text += QStringLiteral(" trước ngày ") + vn::shortDate(deadline);
    return text + QStringLiteral("./.");
}

// Up to this many addressees are named without counting them.
constexpr int kAddresseesUncounted = 3;

QString addressees(const QStringList &names, int roundUnits, const QString &unitKind,
                   ListStyle style)
{
    if (names.size() > 1 && names.size() == roundUnits)
        return QStringLiteral("các ") + unitKind;
    if (names.size() <= kAddresseesUncounted)
        return joinNames(names, style);
    if (names.size() > kNamedLimit) // each unit finds its own requests in its minutes
        return QStringLiteral("%1 đơn vị (theo biên bản kiểm tra từng đơn vị)")
            .arg(count(int(names.size())));
    return QStringLiteral("%1 đơn vị (%2)").arg(count(int(names.size())), joinNames(names, style));
}

QString requestSentence(const QString &addressees, const QString &action, const QDate &deadline)
{
    QString sentence = QStringLiteral("Đề nghị ") + addressees + QLatin1Char(' ') + action;
    if (deadline.isValid())
        sentence += QStringLiteral(" trước ngày ") + vn::shortDate(deadline);
    return sentence + QLatin1Char('.');
}

QString recommendationsIntro(const QString &unitKind, bool afterShortcomings)
{
    const QString request = QStringLiteral("Đoàn kiểm tra đề nghị các %1 tiếp tục quan tâm chỉ "
                                           "đạo, triển khai thực hiện, cụ thể như sau:")
                                .arg(unitKind);
    return afterShortcomings
               ? QStringLiteral("Để khắc phục những tồn tại, hạn chế nêu trên, ") + request
               : request;
}

QString areaLead(const QString &areaTitle)
{
    return QStringLiteral("Về ") + lowerFirst(areaTitle.trimmed()) + QStringLiteral(": ");
}

QString minutesOpening(const QDate &visit, const QString &unitName, const QString &address,
                       const QString &issuerInProse, const QString &subject,
                       const QString &periodAssessed)
{
    // The time is written in by hand on site: the file holds the day only.
    QString opening =
        QStringLiteral("Hôm nay, vào hồi …… giờ …… phút, ") + vn::longDate(visit) +
        QStringLiteral(", tại ") + unitName;
    if (!address.trimmed().isEmpty())
        opening += QStringLiteral(" (") + address.trimmed() + QLatin1Char(')');
    opening += QStringLiteral(", %1 tiến hành kiểm tra %2").arg(issuerInProse, subject);
    if (!periodAssessed.trimmed().isEmpty())
        opening += QLatin1Char(' ') + periodAssessed.trimmed();
    return opening + QStringLiteral(" của đơn vị, cụ thể như sau:");
}

QString minutesTotals(const QString &appraised, const QString &maximum, const QString &percent,
                      const QString &grade, const QString &selfScore)
{
    QString total = QStringLiteral("Tổng điểm thẩm định: %1/%2").arg(appraised, maximum);
    if (!percent.isEmpty())
        total += QStringLiteral(" (%1%)").arg(percent);
    if (!grade.isEmpty())
        total += QStringLiteral("; xếp loại: ") + grade;
    if (!selfScore.isEmpty())
        total += QStringLiteral("; điểm tự đánh giá của đơn vị: %1/%2").arg(selfScore, maximum);
    return total + QLatin1Char('.');
}

QString minutesShortcoming(const QString &predicate, const QString &code, const QString &finding)
{
    QString item = upperFirst(predicate) + QStringLiteral(" (tiêu chí ") + code + QLatin1Char(')');
    if (!finding.isEmpty())
        item += QStringLiteral(". ") + upperFirst(finding);
    return item;
}

QString minutesCorrectTheRest(bool afterOtherRequests)
{
    return afterOtherRequests ? QStringLiteral("Khắc phục các tồn tại, hạn chế khác nêu tại mục III")
                              : QStringLiteral("Khắc phục các tồn tại, hạn chế nêu tại mục III");
}

QString minutesReportBack(const QString &reportTo, const QDate &deadline)
{
    QString text = QStringLiteral("Báo cáo kết quả khắc phục về ") + reportTo;
    if (deadline.isValid())
        text += QStringLiteral(" trước ngày ") + vn::shortDate(deadline);
    return text;
}

QString minutesKeepUp()
{
    return QStringLiteral("Tiếp tục duy trì, phát huy kết quả đạt được");
}

QString minutesClosing()
{
    return QStringLiteral("Buổi kiểm tra kết thúc vào hồi …… giờ …… phút cùng ngày. Biên bản "
                          "được lập thành 02 bản có giá trị như nhau, đơn vị giữ 01 bản, Đoàn "
                          "kiểm tra giữ 01 bản; đã đọc lại cho các thành viên tham dự cùng nghe, "
                          "thống nhất và ký tên dưới đây./.");
}

Signer teamSigner(const ReportSettings &settings, const TeamMember *signer)
{
    Signer block{settings.signerAuthority, settings.signerTitle,
                 signer ? signer->fullName : QString()};
    if (!signer || signer->role == TeamRole::Lead)
        return block;
    const QString ownTitle = teamRoleLabel(signer->role).toUpper();
    if (signer->role == TeamRole::DeputyLead && !settings.signerTitle.isEmpty()) {
        QStringList authority;
        if (!settings.signerAuthority.isEmpty())
            authority << settings.signerAuthority;
        authority << QStringLiteral("KT. ") + settings.signerTitle;
        block.authority = authority.join(QLatin1Char('\n'));
    }
    block.title = ownTitle;
    return block;
}

} // namespace cchc::report::rules
