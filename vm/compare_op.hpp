// The six rich-comparison operators applied to two C++ values of one ordered type.
#pragma once

#include "vm/vm.hpp"

namespace minipy {

/// x <op> y for the operators in CompareOp order (Eq, Ne, Lt, Le, Gt, Ge); for doubles this is
/// IEEE comparison, which is Python's, NaN included.
template<typename T>
constexpr bool apply_compare(CompareOp op, T const& x, T const& y)
{
    switch (op) {
    case CompareOp::Eq:
        return x == y;
    case CompareOp::Ne:
        return x != y;
    case CompareOp::Lt:
        return x < y;
    case CompareOp::Le:
        return x <= y;
    case CompareOp::Gt:
        return x > y;
    case CompareOp::Ge:
        return x >= y;
    }
    return false;
}

} // namespace minipy
