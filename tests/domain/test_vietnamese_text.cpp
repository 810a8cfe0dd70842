#include <catch2/catch.hpp>

#include "core/common/VietnameseText.h"
#include "tests/support/TestSupport.h"

using namespace cchc;

TEST_CASE("Long dates follow Nghị định 30: days and months 1-2 zero-padded", "[vn]")
{
    CHECK(vn::longDate(QDate(2022, 1, 5)) == QStringLiteral("ngày 05 tháng 01 năm 2022"));
    CHECK(vn::longDate(QDate(2025, 2, 5)) == QStringLiteral("ngày 05 tháng 02 năm 2025"));
    CHECK(vn::longDate(QDate(2022, 6, 29)) == QStringLiteral("ngày 29 tháng 6 năm 2022"));
    CHECK(vn::longDate(QDate(2022, 12, 1)) == QStringLiteral("ngày 01 tháng 12 năm 2022"));
    CHECK(vn::placeAndDate(QStringLiteral("Hà Tĩnh"), QDate(2022, 5, 30))
          == QStringLiteral("Hà Tĩnh, ngày 30 tháng 5 năm 2022"));
}

TEST_CASE("Short dates in citations follow the leading-zero rule of Decree 30", "[vn]")
{
    CHECK(vn::shortDate(QDate(2022, 3, 30)) == QStringLiteral("30/3/2022"));
    CHECK(vn::shortDate(QDate()).isEmpty());
    // Nghị định 30/2020: a day below 10 and the months 1 and 2 take a leading zero in citations.
    CHECK(vn::shortDate(QDate(2023, 2, 15)) == QStringLiteral("15/02/2023"));
    CHECK(vn::shortDate(QDate(2023, 4, 3)) == QStringLiteral("03/4/2023"));
    CHECK(vn::shortDate(QDate(2008, 5, 7)) == QStringLiteral("07/5/2008"));
}

TEST_CASE("Counts in official prose have two digits", "[vn]")
{
    CHECK(vn::twoDigitCount(2) == QStringLiteral("02"));
    CHECK(vn::twoDigitCount(8) == QStringLiteral("08"));
    CHECK(vn::twoDigitCount(12) == QStringLiteral("12"));
}

TEST_CASE("Search folds case, diacritics and đ", "[vn]")
{
    CHECK(vn::searchKey(QStringLiteral("Kỷ luật, kỷ cương")) == QStringLiteral("ky luat, ky cuong"));
    CHECK(vn::searchKey(QStringLiteral("ĐỘI QUẢN LÝ")) == QStringLiteral("doi quan ly"));
    CHECK(vn::matchesSearch(QStringLiteral("Thực hiện kỷ luật hành chính"), QStringLiteral("ky luat")));
    CHECK(vn::matchesSearch(QStringLiteral("Thực hiện kỷ luật hành chính"), QStringLiteral("hanh KY")));
    CHECK_FALSE(vn::matchesSearch(QStringLiteral("Văn thư, lưu trữ"), QStringLiteral("ky luat")));
}

TEST_CASE("Vietnamese collation puts Đ after D and Ư after U", "[vn]")
{
    QStringList names{QStringLiteral("Đội quản lý"), QStringLiteral("Ban bồi thường"),
                      QStringLiteral("Ủy ban"), QStringLiteral("Dịch vụ"), QStringLiteral("Ứng dụng")};
    vn::sortVietnamese(names);
    CHECK(names.indexOf(QStringLiteral("Dịch vụ")) < names.indexOf(QStringLiteral("Đội quản lý")));
    CHECK(names.constFirst() == QStringLiteral("Ban bồi thường"));
    CHECK(names.indexOf(QStringLiteral("Ủy ban")) < names.indexOf(QStringLiteral("Ứng dụng")));
}
