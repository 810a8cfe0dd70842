#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cchc {

// How a criterion is answered. Stored as a number: never renumber.
enum class ResponseKind : int {
    Result = 0, // Đạt / Đạt một phần / Chưa đạt; the score follows from the result
    Score = 1,  // a score is entered; the result is still recorded for the report
};
QString responseKindKey(ResponseKind kind); // JSON name: "result", "score"
bool responseKindFromKey(const QString &key, ResponseKind *kind);

// Tiêu chí: one line of the checklist.
struct Criterion
{
    QString id;
    QString code;            // "2.3"
    QString text;            // what is checked
    QString legalReference;  // "Quyết định 52/2017/QĐ-UBND"
    QString guidance;        // how to check it, what evidence to ask for
    ResponseKind responseKind = ResponseKind::Result;
    double maxScore = 1.0;
    double weight = 1.0;
    // The report phrasings (docs/drafting-rules.md), "{cấp}" standing for the issuer's level:
    // what a unit that meets it did ("ban hành quy chế làm việc"), what one that does not
    // did not do (after "chưa": "ban hành quy chế làm việc"), what one that partly meets it
    // did short of the standard ("ban hành quy chế làm việc chưa bảo đảm chất lượng"), and
    // what an exemplary unit did well ("ban hành quy chế làm việc đầy đủ, sát thực tế").
    // Empty partial or exemplary phrasings fall back to the met phrasing.
    QString phraseMet;
    QString phraseUnmet;
    QString phrasePartial; // schema version 4
    QString phraseExemplary;
    QString modifiedAt;
};

// Lĩnh vực: an area of the checklist ("Kỷ luật, kỷ cương hành chính").
struct CriteriaGroup
{
    QString id;
    QString code;   // "II"
    QString title;
    QList<Criterion> criteria;
    QString modifiedAt;
};

// Xếp loại: a grade reached from `minPercent` upwards (bands are data: provinces differ).
struct GradingBand
{
    QString id;
    QString name;       // "Tốt"
    double minPercent = 0.0;
    QString modifiedAt;
};

// Bộ tiêu chí. A template is versioned: once a round uses a version, editing the template
// saves a new version, so past rounds and their reports never change.
struct ChecklistTemplate
{
    QString id;
    QString familyId;   // the same for every version of one template
    int version = 1;
    QString name;
    QString description;
    bool builtin = false;
    QList<CriteriaGroup> groups;
    QList<GradingBand> bands;  // kept sorted by minPercent, highest first
    QString modifiedAt;

    int criterionCount() const;
    const Criterion *findCriterion(const QString &criterionId) const;
    const CriteriaGroup *groupOfCriterion(const QString &criterionId) const;
    // The band a percentage falls in, or nullopt when no band starts low enough.
    std::optional<GradingBand> gradeFor(double percent) const;
};

} // namespace cchc
