#include <catch2/catch.hpp>

#include "core/builtin/BuiltinTemplate.h"
#include "tests/support/TestSupport.h"

using namespace cchc;

TEST_CASE("The built-in template has the eight areas with both phrasings everywhere", "[template]")
{
    const ChecklistTemplate checklist = builtinTemplate();
    REQUIRE(checklist.groups.size() == 8);
    CHECK(checklist.groups[1].title.contains(QStringLiteral("Kỷ luật")));
    CHECK(checklist.groups[6].title.contains(QStringLiteral("ISO 9001:2015")));
    CHECK(checklist.groups[7].title.contains(QStringLiteral("tài chính công")));
    CHECK(checklist.criterionCount() >= 30);
    QStringList codes;
    for (const auto &group : checklist.groups) {
        CHECK_FALSE(group.criteria.isEmpty());
        for (const auto &criterion : group.criteria) {
            INFO(criterion.code);
            CHECK_FALSE(criterion.text.isEmpty());
            CHECK_FALSE(criterion.phraseMet.isEmpty());
            CHECK_FALSE(criterion.phraseUnmet.isEmpty());
            CHECK_FALSE(criterion.phrasePartial.isEmpty());
            CHECK_FALSE(criterion.guidance.isEmpty());
            CHECK(criterion.maxScore > 0);
            CHECK_FALSE(codes.contains(criterion.code));
            codes.append(criterion.code);
        }
    }
    REQUIRE(checklist.bands.size() == 4);
    CHECK(checklist.bands.constFirst().name == QStringLiteral("Tốt"));
}

TEST_CASE("The built-in template cites the legal references of the domain", "[template]")
{
    const ChecklistTemplate checklist = builtinTemplate();
    QStringList references;
    for (const auto &group : checklist.groups)
        for (const auto &criterion : group.criteria)
            references.append(criterion.legalReference);
    const QString all = references.join(QLatin1Char('|'));
    CHECK(all.contains(QStringLiteral("52/2017/QĐ-UBND")));
    CHECK(all.contains(QStringLiteral("20/2019/QĐ-UBND")));
    CHECK(all.contains(QStringLiteral("05/2008/TT-BNV")));
    CHECK(all.contains(QStringLiteral("30/2020/NĐ-CP")));
}

TEST_CASE("The built-in template names no place and no level of government", "[template]")
{
    // Phrases say "{cấp}" where the issuer's level goes; the report settings fill it in.
    for (const auto &group : builtinTemplate().groups) {
        for (const auto &criterion : group.criteria) {
            INFO(criterion.code);
            for (const QString &text : {criterion.text, criterion.guidance, criterion.phraseMet,
                                        criterion.phraseUnmet, criterion.phrasePartial,
                                        criterion.phraseExemplary}) {
                for (const char16_t *place : {u"thành phố", u"thị xã", u"huyện", u"Hà Tĩnh"})
                    CHECK_FALSE(text.contains(QString::fromUtf16(place), Qt::CaseInsensitive));
            }
            // Partly met says what fell short, not that nothing was done.
            CHECK_FALSE(criterion.phrasePartial.startsWith(QStringLiteral("chưa ")));
            CHECK_FALSE(criterion.phraseMet.contains(QStringLiteral("Luật lao động")));
        }
    }
}
