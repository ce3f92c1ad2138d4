// The format-specification mini-language shared by format(), str.format and f-strings.
//
// [[fill]align][sign][z][#][0][width][grouping][.precision][type], parsed once into FormatSpec;
// the int, float and str __format__ implementations apply it (Python Library Reference,
// "Format Specification Mini-Language").
#pragma once

#include "vm/result.hpp"
#include "vm/value.hpp"

#include <string>
#include <string_view>

namespace minipy {

class VM;
class StrObject;

struct FormatSpec {
    uint32_t fill = ' ';
    char align = 0; ///< '<', '>', '^', '=' or 0 (default for the type)
    char sign = 0; ///< '+', '-', ' ' or 0
    bool no_neg_zero = false; ///< 'z'
    bool alternate = false; ///< '#'
    bool zero_pad = false; ///< '0' before the width
    int64_t width = -1;
    char grouping = 0; ///< ',' or '_' or 0
    int64_t precision = -1;
    char type = 0; ///< presentation type or 0
};

/// Parses `spec`; ValueError with CPython's message on a malformed spec.
/// "Invalid format specifier '...' for object of type 'str'" names str; see the overload.
Result<FormatSpec> parse_format_spec(VM&, std::string_view spec);
/// As above, naming `type_name` in "Invalid format specifier 'abc' for object of type 'int'".
Result<FormatSpec> parse_format_spec(VM&, std::string_view spec, std::string_view type_name);

/// format(v, spec) for an exact int or float and a common spec ("05d", ".3f", ">8"), through a
/// cache of parsed specs; nullptr when the general path (VM::format) must handle it. Never raises.
StrObject* format_number_fast(VM&, Value v, StrObject const* spec);

/// Pads `body` (already formatted, `length` code points) to spec.width using fill/align;
/// `default_align` is '<' for strings and '>' for numbers.
std::string apply_padding(
    std::string_view body, size_t length, FormatSpec const& spec, char default_align);

} // namespace minipy
