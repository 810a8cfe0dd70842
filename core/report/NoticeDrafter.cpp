#include "NoticeDrafter.h"

#include "Recommendations.h"
#include "ScoreAnnex.h"
#include "common/VietnameseText.h"

#include <algorithm>

namespace cchc::report {

namespace {

// Up to this many meeting units are counted and named ("Có 02 đơn vị (A, B) …").
constexpr int kNamedCountLimit = 3;

QString withFullStop(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char(':')))
        text += QLatin1Char('.');
    return text;
}

QString joinNames(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

QString openingParagraph(const RoundData &data, const ReportSettings &settings)
{
    QStringList parts;
    for (const LegalReference &basis : data.round.legalBases)
        parts.append(basis.citation());
    QString text = parts.isEmpty() ? QString()
                                   : QStringLiteral("Thực hiện ") +
                                         parts.join(QStringLiteral("; ")) + QStringLiteral("; ");
    const QString period = visitPeriod(data.round.visitStart, data.round.visitEnd);
    if (!period.isEmpty())
        text += period + QStringLiteral(", ");
    text += settings.issuerInProse +
            QStringLiteral(" đã tiến hành kiểm tra công tác CCHC – hoạt động công vụ tại %1 %2.")
                .arg(vn::twoDigitCount(int(data.round.units.size())), unitKindOf(data));
    text += QStringLiteral(" Sau khi kiểm tra, Đoàn đánh giá kết quả thực hiện công tác cải cách "
                           "hành chính");
    if (!data.round.periodAssessed.trimmed().isEmpty())
        text += QLatin1Char(' ') + data.round.periodAssessed.trimmed();
    text += QStringLiteral(" ở các đơn vị như sau:");
    return upperFirst(text);
}

DraftParagraph resultsParagraph(const RoundData &data, const CriteriaGroup &group)
{
    QStringList sentences;
    for (const Criterion &criterion : group.criteria) {
        const QString sentence = metSentence(criterion, tallyCriterion(data, criterion));
        if (!sentence.isEmpty())
            sentences.append(withFullStop(upperFirst(sentence)));
    }
    if (sentences.isEmpty())
        return {};
    return {QStringLiteral("results/") + group.id,
            group.title.trimmed() + QStringLiteral(": ") + sentences.join(QLatin1Char(' '))};
}

DraftParagraph shortcomingsParagraph(const RoundData &data, const CriteriaGroup &group)
{
    QStringList clauses;
    for (const Criterion &criterion : group.criteria) {
        const QString clause = unmetClause(criterion, tallyCriterion(data, criterion));
        if (!clause.isEmpty() && !clauses.contains(clause))
            clauses.append(clause);
    }
    if (clauses.isEmpty())
        return {};
    return {QStringLiteral("shortcomings/") + group.id,
            withFullStop(upperFirst(clauses.join(QStringLiteral("; "))))};
}

// Up to this many of the best-graded units are named in the general assessment.
constexpr int kBestNamedLimit = 5;

// "Qua chấm điểm, có 02 đơn vị xếp loại Tốt, 05 đơn vị xếp loại Khá." and the best units.
QString gradeSummary(const RoundData &data)
{
    QList<UnitScoreRow> rows = rankedScores(data); // each unit scored once
    std::stable_sort(rows.begin(), rows.end(),
                     [](const UnitScoreRow &a, const UnitScoreRow &b) { return a.rank < b.rank; });
    QStringList counts;
    for (const GradingBand &band : data.checklist.bands) {
        const auto count = std::count_if(rows.cbegin(), rows.cend(), [&](const UnitScoreRow &row) {
            return row.score.grade && row.score.grade->name == band.name;
        });
        if (count > 0)
            counts.append(QStringLiteral("%1 đơn vị xếp loại %2")
                              .arg(vn::twoDigitCount(int(count)), band.name));
    }
    QStringList best;
    for (const UnitScoreRow &row : std::as_const(rows)) {
        if (best.size() < kBestNamedLimit && !data.checklist.bands.isEmpty() && row.score.grade &&
            row.score.grade->name == data.checklist.bands.constFirst().name)
            best.append(row.unitName);
    }
    QString text;
    if (!counts.isEmpty())
        text += QStringLiteral(" Qua chấm điểm, có ") + counts.join(QStringLiteral(", ")) +
                QLatin1Char('.');
    if (!best.isEmpty())
        text += QStringLiteral(" Một số đơn vị đạt kết quả tốt như: ") +
                best.join(QStringLiteral("; ")) + QLatin1Char('.');
    return text;
}

QString improvedSentence(const RoundData &data)
{
    const QStringList names = mostImproved(data);
    if (names.isEmpty())
        return {};
    return QStringLiteral(" Một số đơn vị có nhiều chuyển biến so với đợt kiểm tra trước như: ") +
           names.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString latestDeadline(const RoundData &data)
{
    QDate latest;
    for (const CorrectiveAction &action : data.actions) {
        if (action.deadline.isValid() && (!latest.isValid() || action.deadline > latest))
            latest = action.deadline;
    }
    return latest.isValid() ? QStringLiteral(" trước ngày ") + vn::shortDate(latest) : QString();
}

} // namespace

QStringList mostImproved(const RoundData &data, double minimumGain, int limit)
{
    QList<std::pair<double, QString>> gains;
    for (const RoundUnit &roundUnit : data.round.units) {
        const auto before = data.previousPercent.constFind(roundUnit.unitId);
        const auto now = data.score(roundUnit).total.percent();
        if (before == data.previousPercent.cend() || !now || *now - *before < minimumGain)
            continue;
        gains.append({*now - *before, data.unitName(roundUnit)});
    }
    std::stable_sort(gains.begin(), gains.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList names;
    for (int i = 0; i < std::min(limit, int(gains.size())); ++i)
        names.append(gains.at(i).second);
    return names;
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

QString unitKindOf(const RoundData &data)
{
    const QString kind = data.round.unitKind.trimmed();
    return kind.isEmpty() ? QStringLiteral("đơn vị") : kind;
}

QString withoutEndPunctuation(const QString &text)
{
    QString line = text.simplified();
    while (!line.isEmpty() && QStringLiteral(".;,").contains(line.back()))
        line.chop(1);
    return line;
}

QString upperFirst(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString visitPeriod(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return QStringLiteral("ngày ") + vn::shortDate(start);
    const QString from = start.year() != end.year() ? vn::shortDate(start)
                         : start.month() != end.month()
                             ? QStringLiteral("%1/%2").arg(start.day()).arg(start.month())
                             : QString::number(start.day());
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(from, vn::shortDate(end));
}

CriterionTally tallyCriterion(const RoundData &data, const Criterion &criterion)
{
    CriterionTally tally;
    tally.roundUnits = int(data.round.units.size());
    for (const RoundUnit &roundUnit : data.round.units) {
        const Assessment *assessment = data.assessment(roundUnit.id, criterion.id);
        const AssessmentResult result =
            assessment ? assessment->result : AssessmentResult::NotChecked;
        if (result == AssessmentResult::NotApplicable)
            continue;
        ++tally.applicable;
        const QString name = data.unitName(roundUnit);
        switch (result) {
        case AssessmentResult::Met:
            tally.met.append(name);
            if (assessment->exemplary)
                tally.exemplary.append(name);
            break;
        case AssessmentResult::PartiallyMet:
        case AssessmentResult::NotMet:
            tally.shortfall.append(name);
            break;
        case AssessmentResult::NotChecked:
        case AssessmentResult::NotApplicable:
            break;
        }
    }
    return tally;
}

QString metSentence(const Criterion &criterion, const CriterionTally &tally)
{
    const QString phrase = criterion.phraseMet.trimmed();
    const int met = int(tally.met.size());
    if (phrase.isEmpty() || met == 0)
        return {};
    const bool appliesToAll = tally.applicable == tally.roundUnits;
    if (appliesToAll && met == tally.roundUnits)
        return QStringLiteral("100% đơn vị ") + phrase;
    if (appliesToAll && !tally.exemplary.isEmpty())
        return QStringLiteral("một số đơn vị đã %1 như %2").arg(phrase, joinNames(tally.exemplary));
    if (met <= kNamedCountLimit || !appliesToAll)
        return QStringLiteral("Có %1 đơn vị (%2) %3")
            .arg(vn::twoDigitCount(met), joinNames(tally.met), phrase);
    return (2 * met > tally.applicable ? QStringLiteral("đa số đơn vị đã ")
                                       : QStringLiteral("một số đơn vị đã ")) +
           phrase;
}

QString unmetClause(const Criterion &criterion, const CriterionTally &tally)
{
    const QString phrase = criterion.phraseUnmet.trimmed();
    if (phrase.isEmpty() || tally.shortfall.isEmpty())
        return {};
    return QStringLiteral("một số đơn vị chưa ") + phrase;
}

QList<DraftParagraph> draftNotice(const RoundData &data, const ReportSettings &settings)
{
    QList<DraftParagraph> paragraphs;
    paragraphs.append({QStringLiteral("opening"), openingParagraph(data, settings)});
    for (const CriteriaGroup &group : data.checklist.groups) {
        if (auto paragraph = resultsParagraph(data, group); !paragraph.key.isEmpty())
            paragraphs.append(paragraph);
    }
    const QString kind = unitKindOf(data);
    paragraphs.append({QStringLiteral("assessment"),
                       QStringLiteral("Nhìn chung, qua kiểm tra công tác cải cách hành chính tại "
                                      "các %1, Đoàn kiểm tra nhận thấy: Các đơn vị đã quan tâm chỉ "
                                      "đạo, triển khai kịp thời các nhiệm vụ về công tác CCHC và "
                                      "đã có một số kết quả nhất định.")
                               .arg(kind) +
                           gradeSummary(data) + improvedSentence(data)});

    QList<DraftParagraph> shortcomings;
    for (const CriteriaGroup &group : data.checklist.groups) {
        if (auto paragraph = shortcomingsParagraph(data, group); !paragraph.key.isEmpty())
            shortcomings.append(paragraph);
    }
    if (!shortcomings.isEmpty()) {
        paragraphs.append({QStringLiteral("shortcomings"),
                           QStringLiteral("Bên cạnh những kết quả đạt được, công tác CCHC tại các "
                                          "%1 còn một số tồn tại, hạn chế như:")
                               .arg(kind)});
        paragraphs.append(shortcomings);
    }
    paragraphs.append(draftRecommendations(data, !shortcomings.isEmpty()));
    paragraphs.append({QStringLiteral("closing"),
                       QStringLiteral("Qua đợt kiểm tra công tác cải cách hành chính, Đoàn kiểm "
                                      "tra đề nghị các %1 nghiêm túc khắc phục những tồn tại, hạn "
                                      "chế mà Đoàn kiểm tra đã chỉ ra, báo cáo kết quả khắc phục "
                                      "về %2%3./.")
                           .arg(kind, settings.reportTo, latestDeadline(data))});
    return paragraphs;
}

ReportDocument buildNotice(const RoundData &data, const ReportSettings &settings,
                           const QList<DraftParagraph> &body, const NoticeOptions &options)
{
    const QString numberText = settings.documentNumber(QStringLiteral("TB"), options.number);
    ReportSection notice;
    notice.blocks.append(officialHeader(settings, numberText, options.issuedOn));
    notice.blocks.append(
        TitleBlock{QStringLiteral("THÔNG BÁO"),
                   QStringLiteral("Kết quả ") + lowerFirst(data.round.title.trimmed())});
    for (const DraftParagraph &paragraph : body)
        notice.blocks.append(ParagraphBlock{paragraph.key, paragraph.text, paragraph.style});
    const TeamMember *lead = data.round.lead();
    SignatureBlock signature;
    for (const QString &line : settings.recipients)
        signature.recipients.append(QStringLiteral("- ") + line);
    signature.signers.append(
        {settings.signerAuthority, settings.signerTitle, lead ? lead->fullName : QString()});
    notice.blocks.append(signature);

    ReportDocument document;
    document.title = QStringLiteral("Thông báo kết quả kiểm tra – ") + data.round.title;
    document.sections.append(notice);
    if (options.withAnnex) {
        const QString reference =
            QStringLiteral("(Kèm theo Thông báo số %1 ngày %2 của %3)")
                .arg(numberText.mid(4), vn::shortDate(options.issuedOn), settings.issuerInProse);
        document.sections.append(scoreAnnexSection(data, reference));
    }
    return document;
}

} // namespace cchc::report
