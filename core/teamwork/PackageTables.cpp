#include "core/teamwork/PackageTables.h"

namespace cchc::teamwork {

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

const QList<PackageTable> &packageTables()
{
    // Positions are compared too: reordering legal bases is an edit like any other.
    static const QList<PackageTable> tables{
        // The unit register belongs to the lead: a unit the member added comes in, an edit
        // of an existing unit does not (no fields compared).
        {QStringLiteral("units"), {QStringLiteral("id")}, {}, {}, false},
        {QStringLiteral("rounds"), {QStringLiteral("id")},
         words("title unit_kind period_assessed visit_start visit_end status notes"), {}, false},
        {QStringLiteral("legal_references"), {QStringLiteral("id")},
         words("position document_type number issued_on issuer subject"), {}, true},
        {QStringLiteral("team_members"), {QStringLiteral("id")},
         words("position full_name role job_title organisation"), {}, true},
        {QStringLiteral("round_units"), {QStringLiteral("id")},
         words("visit_date representatives notes"), {}, false},
        {QStringLiteral("assessments"), words("round_unit_id criterion_id"),
         words("result self_score appraised_score finding exemplary"), {}, false},
        {QStringLiteral("evidence"), {QStringLiteral("id")},
         words("position kind document_number description file_name mime_type"),
         QStringLiteral("assessment_id"), true},
        {QStringLiteral("corrective_actions"), {QStringLiteral("id")},
         words("criterion_id description deadline status completed_on"), {}, true},
        {QStringLiteral("report_paragraphs"), words("round_id paragraph_key"),
         words("drafted_text edited_text"), {}, true},
    };
    return tables;
}

QString keyExpression(const PackageTable &table)
{
    return table.keyColumns.join(QStringLiteral(" || '/' || "));
}

bool isTextField(const QString &table, const QString &field)
{
    static const QStringList textFields{
        QStringLiteral("rounds/title"), QStringLiteral("rounds/notes"),
        QStringLiteral("rounds/period_assessed"), QStringLiteral("legal_references/subject"),
        QStringLiteral("round_units/representatives"), QStringLiteral("round_units/notes"),
        QStringLiteral("assessments/finding"), QStringLiteral("evidence/description"),
        QStringLiteral("corrective_actions/description"),
        QStringLiteral("report_paragraphs/edited_text")};
    return textFields.contains(table + QLatin1Char('/') + field);
}

} // namespace cchc::teamwork
