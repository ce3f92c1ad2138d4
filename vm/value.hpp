// The tagged 64-bit value word every part of the VM passes around.
//
// A Value is one machine word. If its low bit is 1 it is a small integer stored inline (62 bits
// of payload are used, so that the sum or difference of two small ints always fits in an
// int64_t and overflow checks stay cheap). Otherwise it is a non-null pointer to a GC-managed
// Object. The all-zero word is the "empty" value: it never reaches Python code and marks "no
// value" (an unset local, a NULL stack slot, or the error half of a Result).
#pragma once

#include <cstdint>

namespace minipy {

class Object;

class Value {
public:
    constexpr Value() = default;

    static constexpr int64_t small_int_min = -(int64_t(1) << 61);
    static constexpr int64_t small_int_max = (int64_t(1) << 61) - 1;

    static constexpr bool fits_small_int(int64_t v)
    {
        return v >= small_int_min && v <= small_int_max;
    }

    /// Precondition: fits_small_int(v).
    static constexpr Value small_int(int64_t v)
    {
        return Value((static_cast<uint64_t>(v) << 1) | 1);
    }

    static Value object(Object const* o) { return Value(reinterpret_cast<uintptr_t>(o)); }

    constexpr bool is_empty() const { return m_bits == 0; }
    constexpr bool is_small_int() const { return (m_bits & 1) != 0; }
    constexpr bool is_object() const { return m_bits != 0 && (m_bits & 1) == 0; }

    constexpr int64_t as_small_int() const { return static_cast<int64_t>(m_bits) >> 1; }
    Object* as_object() const { return reinterpret_cast<Object*>(m_bits); }

    /// Identity, as Python's `is`.
    constexpr bool is(Value other) const { return m_bits == other.m_bits; }
    constexpr uintptr_t bits() const { return m_bits; }

private:
    constexpr explicit Value(uintptr_t bits)
        : m_bits(bits)
    {
    }
    uintptr_t m_bits = 0;
};

static_assert(sizeof(Value) == 8);

} // namespace minipy
