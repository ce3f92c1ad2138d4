// Helpers shared by the number files (int, bool, float, their methods and format specs).
#pragma once

#include "vm/format_spec.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/int_api.hpp"

#include <string>
#include <string_view>

namespace minipy {

class VM;
class StrObject;

/// Shortest round-trip decimal digits of |v| (finite, non-zero): value = d1.d2d3... * 10**exponent.
void shortest_digits(double v, std::string& digits, int& exponent);
/// Lays out digits as Python does: fixed or exponent form ("1.5e+16"); `add_dot_0` appends ".0"
/// to a fixed result without a fractional part.
std::string format_digits(
    bool negative, std::string const& digits, int exponent, bool use_exponent, bool add_dot_0);
/// float()'s text syntax (already stripped of whitespace); false when malformed.
bool parse_float_text(std::string_view text, double& out);

/// numeric_binary_op / numeric_unary_op / numeric_compare that also accept instances of user
/// subclasses of int and float (for the inherited native dunders); the public versions leave
/// those to the VM's generic protocol so that overridden dunders are honoured.
Result<Value> number_binary_op(
    VM&, Value a, Value b, uint32_t op, bool& handled, bool allow_subclass);
Result<Value> number_unary_op(VM&, Value a, uint32_t kind, bool& handled, bool allow_subclass);
Result<Value> number_compare(
    VM&, Value a, Value b, CompareOp op, bool& handled, bool allow_subclass);

/// Python's float floor division and modulo (CPython float_divmod). Precondition: w != 0.
void float_divmod(double v, double w, double& floor_quotient, double& modulo);
/// Python's float ** (CPython float_pow); raises ZeroDivisionError/OverflowError/ValueError.
Result<double> float_pow(VM&, double v, double w);

/// format(int, spec) and format(float, spec) for a parsed spec; ValueError on bad combinations.
Result<std::string> format_int_spec(VM&, Value v, FormatSpec const& spec);
Result<std::string> format_float_spec(VM&, double v, FormatSpec const& spec);

/// int(d): truncation; OverflowError for infinities, ValueError for NaN.
Result<Value> double_to_int(VM&, double d);
/// Python's descriptor type error for a native method called on the wrong kind of self.
Error raise_number_self_error(VM&, CallArgs const&, char const* method, char const* type_name);

/// round(x, ndigits) for a finite float with CPython's correctly rounded algorithm.
double round_double(double x, int64_t ndigits);

} // namespace minipy
