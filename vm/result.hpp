// Result<T>: the return type of every fallible VM operation, and the TRY macro.
//
// Python exceptions never travel as C++ exceptions. A fallible function stores the exception
// object in the VM (VM::raise and friends) and returns `Error{}`; callers propagate it with TRY,
// as SerenityOS's LibJS does with ThrowCompletionOr. No C++ exception crosses the eval loop.
#pragma once

#include "vm/value.hpp"

#include <utility>

namespace minipy {

/// The error half of a Result; the exception itself is pending in the VM.
struct Error { };

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
        , m_ok(true)
    {
    }
    Result(Error)
        : m_value()
        , m_ok(false)
    {
    }
    bool is_error() const { return !m_ok; }
    T& value() { return m_value; }
    T release_value() { return std::move(m_value); }

private:
    T m_value;
    bool m_ok;
};

// Result<Value> is the generic form: an empty Value is a legitimate "absent" result in several
// lookups (dict get, getattr_optional), so it cannot double as the error state.

template<>
class [[nodiscard]] Result<void> {
public:
    Result()
        : m_ok(true)
    {
    }
    Result(Error)
        : m_ok(false)
    {
    }
    bool is_error() const { return !m_ok; }
    void release_value() const { }

private:
    bool m_ok;
};

} // namespace minipy

/// Evaluates a Result-returning expression; on error returns Error{} from the enclosing function,
/// otherwise yields the value (GNU statement expression, supported by g++ and clang).
#define TRY(expression)                                                                            \
    ({                                                                                             \
        auto _minipy_result = (expression);                                                        \
        if (_minipy_result.is_error()) [[unlikely]]                                                \
            return ::minipy::Error {};                                                             \
        _minipy_result.release_value();                                                            \
    })
