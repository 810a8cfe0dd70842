#include "core/common/Clock.h"

namespace cchc {

namespace {
std::function<QDateTime()> &overrideSlot()
{
    static std::function<QDateTime()> slot;
    return slot;
}
} // namespace

QDateTime Clock::nowUtc()
{
    if (const auto &now = overrideSlot())
        return now().toUTC();
    return QDateTime::currentDateTimeUtc();
}

QString Clock::nowIso()
{
    return toIso(nowUtc());
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

QString Clock::toIso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void Clock::setOverride(std::function<QDateTime()> now)
{
    overrideSlot() = std::move(now);
}

} // namespace cchc
