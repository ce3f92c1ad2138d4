// Helpers shared by the files of the `math` module (math_module.cpp, math_integer.cpp).
#pragma once

#include "vm/result.hpp"

namespace minipy {

class VM;
class DictObject;

/// Registers the integer functions (gcd, lcm, factorial, isqrt, comb, perm), floor/ceil/trunc,
/// prod and fsum in the math module's dict.
void register_math_integer_functions(VM&, DictObject* dict);

/// ValueError "math domain error".
Error math_domain_error(VM&);
/// OverflowError "math range error".
Error math_range_error(VM&);

} // namespace minipy
