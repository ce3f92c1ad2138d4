// RangeObject: Python's range, an immutable arithmetic progression.
//
// Bounds are stored as int64 (a range whose start, stop or step does not fit raises
// OverflowError at construction; CPython allows arbitrary ints there). The length is kept
// unsigned because range(-2**63, 2**63-1) has more than INT64_MAX items.
#pragma once

#include "vm/object.hpp"

#include <cstdint>

namespace minipy {

class VM;

class RangeObject final : public Object {
public:
    RangeObject(Type* type, int64_t start, int64_t stop, int64_t step);

    int64_t m_start;
    int64_t m_stop;
    int64_t m_step;
    uint64_t m_length;

    /// The item at position `index` (0 <= index < m_length).
    int64_t at(uint64_t index) const
    {
        return static_cast<int64_t>(
            static_cast<uint64_t>(m_start) + index * static_cast<uint64_t>(m_step));
    }
};

/// The number of items of range(start, stop, step); step != 0.
uint64_t range_length(int64_t start, int64_t stop, int64_t step);

} // namespace minipy
