#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace cchc {

// A user-facing failure: `message` is already translated and names what went wrong
// (and, where one exists, the file), so the UI and the command line can show it as is.
struct Error
{
    QString message;
};

// Errors are data until the UI shows them (see docs/architecture.md): every core call
// that can fail returns a Result instead of a bool plus a log line. A failure is passed on
// to a caller of another Result type with failure():
//   auto round = file.loadRound(id);
//   if (!round)
//       return round.failure();
// Reading the value of a failure is a programming error: it stops the program with the
// failure's message (in every build), rather than read an empty optional.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return requireValue(), *m_value; }
    T &value() & { return requireValue(), *m_value; }
    T &&value() && { return requireValue(), std::move(*m_value); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const QString &error() const { return m_error; }
    Error failure() const { return Error{m_error}; }

private:
    void requireValue() const
    {
        if (!m_value) [[unlikely]]
            qFatal("Result: value read from a failure: %s", qUtf8Printable(m_error));
    }

    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    Error failure() const { return Error{m_error}; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace cchc
