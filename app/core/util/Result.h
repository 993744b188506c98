#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace metafill {

// The outcome of an operation that can fail for reasons a person must hear
// about: either a value, or a translated message saying what went wrong and
// what to do. Core code returns these instead of throwing.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    static Result failure(QString message) { return Result(Failure{std::move(message)}); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const QString &error() const { return std::get<1>(m_data).message; }

private:
    struct Failure
    {
        QString message;
    };
    explicit Result(Failure failure) : m_data(std::move(failure)) {}

    std::variant<T, Failure> m_data;
};

// For operations that produce nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace metafill
