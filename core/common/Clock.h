#pragma once

#include <QDateTime>

#include <functional>

namespace cchc {

// Every modification time goes through here, so tests can pin "now" and merges of files
// from several laptops can compare times written by the same rule (UTC, milliseconds).
class Clock
{
public:
    static QDateTime nowUtc();
    static QString nowIso();
    static QString toIso(const QDateTime &time);
    // Today on the user's calendar (local time): dates the UI proposes, notices issued today.
    static QDate today();

    // Test seam: pass an empty function to restore the system clock.
    static void setOverride(std::function<QDateTime()> now);
};

} // namespace cchc
