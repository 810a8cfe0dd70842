#pragma once

#include <QString>

#include <array>
#include <cstddef>

namespace cchc::keys {

// Stable machine names of an enum whose values are 0..N-1, as written in the JSON format:
// keys[i] names the value i. Renaming a key breaks every JSON file written before.
template <typename Enum, std::size_t N>
QString keyOf(const std::array<const char *, N> &keys, Enum value)
{
    return QString::fromLatin1(keys.at(static_cast<std::size_t>(value)));
}

template <typename Enum, std::size_t N>
bool fromKey(const std::array<const char *, N> &keys, const QString &key, Enum *value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys.at(i))) {
            *value = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

} // namespace cchc::keys

// Defines `QString keyFunction(Enum)` and `bool fromKeyFunction(const QString &, Enum *)`
// over the key table `table` (see keyOf and fromKey).
#define CCHC_DEFINE_ENUM_KEYS(Enum, table, keyFunction, fromKeyFunction)                           \
    QString keyFunction(Enum value)                                                                \
    {                                                                                              \
        return ::cchc::keys::keyOf(table, value);                                                  \
    }                                                                                              \
    bool fromKeyFunction(const QString &key, Enum *value)                                          \
    {                                                                                              \
        return ::cchc::keys::fromKey(table, key, value);                                           \
    }
