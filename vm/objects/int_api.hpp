// The number API (int, bool, float) that the rest of the VM uses, without the big-int headers.
//
// Python ints are unbounded. A value that fits Value::fits_small_int is always stored inline as a
// small int (every result is normalised), except for instances of user subclasses of int and the
// bool singletons, which are IntObjects that may hold small values. Everything outside
// vm/objects/int_*.cpp and float_*.cpp goes through these free functions, so only the number
// files parse boost::multiprecision.
#pragma once

#include "vm/result.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

class VM;
class StrObject;
enum class CompareOp : uint8_t;

// -- int ------------------------------------------------------------------------------------

/// A Python int with value `v` (small int when it fits, else a heap IntObject).
Value make_int(VM&, int64_t v);
/// A Python int from decimal digits with an optional leading '-' (no spaces, no underscores);
/// used for big literals. Precondition: the text is well formed.
Value make_int_from_decimal(VM&, std::string_view digits);
/// True for ints, bools and instances of subclasses of int.
bool is_int(Value);
/// True for the exact built-in int type (small ints included), not bool or subclasses.
bool is_exact_int(Value);
/// If `v` is an int (or bool, or subclass) whose value fits int64, stores it in `out`.
bool int_fits_int64(Value v, int64_t& out);
/// The decimal text of an int/bool value (no digit limit; for internal use and tests).
std::string int_to_decimal(Value);
/// repr(int) as Python does it, honouring the 4300-digit str conversion limit (ValueError).
Result<StrObject*> int_repr(VM&, Value);
/// hash(int): CPython's algorithm (value modulo 2**61-1, sign kept, -1 becomes -2).
int64_t int_hash(Value);
/// Number of bits of |v| (int.bit_length()).
uint64_t int_bit_length(Value);
/// Sign of an int value: -1, 0 or 1.
int int_sign(Value);

/// The int for `text` in `base` (0 or 2..36) with int()'s rules (whitespace, sign, underscores,
/// prefixes); ValueError "invalid literal for int() with base 10: 'x'" otherwise.
Result<Value> int_from_string(VM&, std::string_view text, int base);

/// The limit of sys.set_int_max_str_digits (0 = unlimited); 4300 by default as in CPython 3.11.
extern int64_t g_int_max_str_digits;

/// The True/False singletons (objects of types::bool_); sets py_true and py_false.
/// Called by VM::VM before the type dicts are filled.
void create_bool_singletons(VM&);

// -- float ----------------------------------------------------------------------------------

Value make_float(VM&, double v);
/// True for floats and instances of subclasses of float.
bool is_float(Value);
/// Precondition: is_float(v).
double float_value(Value);
/// float(v) for ints, bools, floats and objects with __float__ (or __index__); OverflowError
/// "int too large to convert to float"; TypeError "must be real number, not str".
Result<double> to_double(VM&, Value);
/// The exact double nearest to an int value; OverflowError "int too large to convert to float".
Result<double> int_to_double(VM&, Value);
/// repr(float): shortest round-trip digits with Python's presentation rules
/// ('1e+16', '1e-05', '0.0001', '1.0', 'inf', 'nan', '-0.0').
std::string float_repr(double);
/// hash(float): CPython's algorithm. NaN hashes to 0 here (CPython hashes NaN by identity;
/// float.__hash__ does that).
int64_t float_hash(double);

// -- operators for the eval loop -----------------------------------------------------------

/// a <op> b for int/bool/float operands (BinOpKind order; op+13 for in-place, same meaning).
/// When the pair is not numeric or the operator does not apply (float << int), sets
/// handled = false and returns py_not_implemented; otherwise handled = true.
Result<Value> numeric_binary_op(VM&, Value a, Value b, uint32_t op, bool& handled);
/// Rich comparison of int/bool/float operands, exact across types (big ints vs floats, NaN).
Result<Value> numeric_compare(VM&, Value a, Value b, CompareOp op, bool& handled);
/// Unary operators for int/bool/float (UnaryOpKind order: Invert, Not, UAdd, USub; Not is
/// never handled here). handled = false for other operands or ~float.
Result<Value> numeric_unary_op(VM&, Value a, uint32_t kind, bool& handled);
/// Python's int equality/hash-consistent equality for two numbers; handled = false if not numbers.
bool numeric_equals(Value a, Value b, bool& handled);

} // namespace minipy
