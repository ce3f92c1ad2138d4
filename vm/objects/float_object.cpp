// The float core: construction, conversion from other values, repr and hash.
#include "vm/objects/float_object.hpp"

#include "vm/builtin_types.hpp"
#include "vm/objects/number_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

namespace minipy {

Value make_float(VM& vm, double v)
{
    return vm.make<FloatObject>(types::float_, v)->value();
}

bool is_float(Value v)
{
    return v.is_object() && v.as_object()->type()->m_layout == Layout::Float;
}

double float_value(Value v)
{
    return static_cast<FloatObject*>(v.as_object())->as_double();
}

Result<double> to_double(VM& vm, Value v)
{
    if (is_float(v))
        return float_value(v);
    if (is_int(v))
        return int_to_double(vm, v);
    Value method = vm.lookup_special(v, vm.names.__float__);
    if (!method.is_empty()) {
        Value result = TRY(vm.call(method, {v}));
        if (!is_float(result)) {
            return vm.raise(types::type_error,
                "" + VM::type_of(v)->name() + ".__float__ returned non-float (type "
                    + VM::type_of(result)->name() + ")");
        }
        return float_value(result);
    }
    Value index = vm.lookup_special(v, vm.names.__index__);
    if (!index.is_empty()) {
        Value result = TRY(vm.call(index, {v}));
        if (!is_int(result)) {
            return vm.raise(types::type_error,
                "__index__ returned non-int (type " + VM::type_of(result)->name() + ")");
        }
        return int_to_double(vm, result);
    }
    return vm.raise(types::type_error, "must be real number, not " + VM::type_of(v)->name());
}

// -- repr -------------------------------------------------------------------------------------

void shortest_digits(double v, std::string& digits, int& decimal_exponent)
{
    // to_chars in scientific form gives the shortest round-trip digits: "d.ddde[+-]XX".
    char buffer[40];
    auto result = std::to_chars(
        buffer, buffer + sizeof buffer, std::fabs(v), std::chars_format::scientific);
    char* e = static_cast<char*>(std::memchr(buffer, 'e', size_t(result.ptr - buffer)));
    digits.clear();
    for (char* p = buffer; p < e; ++p) {
        if (*p != '.')
            digits.push_back(*p);
    }
    int exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), result.ptr, exponent);
    decimal_exponent = exponent;
}

std::string format_digits(
    bool negative, std::string const& digits, int exponent, bool use_exponent, bool add_dot_0)
{
    // `digits` is d1 d2 ... with value d1.d2... * 10**exponent.
    std::string out;
    if (negative)
        out.push_back('-');
    if (use_exponent) {
        out.push_back(digits[0]);
        if (digits.size() > 1) {
            out.push_back('.');
            out.append(digits, 1);
        }
        char buffer[16];
        std::snprintf(
            buffer, sizeof buffer, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += buffer;
        return out;
    }
    int decpt = exponent + 1; // digits before the decimal point
    if (decpt <= 0) {
        out += "0.";
        out.append(size_t(-decpt), '0');
        out += digits;
    } else if (size_t(decpt) >= digits.size()) {
        out += digits;
        out.append(size_t(decpt) - digits.size(), '0');
        if (add_dot_0)
            out += ".0";
    } else {
        out.append(digits, 0, size_t(decpt));
        out.push_back('.');
        out.append(digits, size_t(decpt));
    }
    return out;
}

std::string float_repr(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    if (v == 0)
        return std::signbit(v) ? "-0.0" : "0.0";
    std::string digits;
    int exponent;
    shortest_digits(v, digits, exponent);
    // Python's repr switches to exponent notation when decpt <= -4 or decpt > 16
    // (float_repr_style 'short', Python/pystrtod.c).
    int decpt = exponent + 1;
    bool use_exponent = decpt <= -4 || decpt > 16;
    return format_digits(std::signbit(v), digits, exponent, use_exponent, true);
}

// -- hash -------------------------------------------------------------------------------------

int64_t float_hash(double v)
{
    // CPython's _Py_HashDouble: the value of v as a rational, reduced modulo 2**61-1, so that
    // equal ints and floats hash equally.
    constexpr int hash_bits = 61;
    constexpr uint64_t modulus = (uint64_t(1) << hash_bits) - 1;
    if (!std::isfinite(v)) {
        if (std::isinf(v))
            return v > 0 ? 314159 : -314159;
        return 0;
    }
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & modulus) | x >> (hash_bits - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= modulus)
            x -= modulus;
    }
    e = e >= 0 ? e % hash_bits : hash_bits - 1 - ((-1 - e) % hash_bits);
    x = ((x << e) & modulus) | x >> (hash_bits - e);
    x = x * uint64_t(int64_t(sign));
    if (x == uint64_t(-1))
        x = uint64_t(-2);
    return int64_t(x);
}

// -- parsing ----------------------------------------------------------------------------------

bool parse_float_text(std::string_view s, double& out)
{
    // Python's float() syntax: [sign] (digits with single underscores between digits
    // ['.' digits] [e [sign] digits] | 'inf' | 'infinity' | 'nan'), case-insensitive words.
    if (s.empty())
        return false;
    bool negative = false;
    size_t i = 0;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        i = 1;
    }
    std::string_view rest = s.substr(i);
    auto iequals = [](std::string_view a, char const* b) {
        if (a.size() != std::strlen(b))
            return false;
        for (size_t k = 0; k < a.size(); ++k) {
            if ((a[k] | 0x20) != b[k])
                return false;
        }
        return true;
    };
    if (iequals(rest, "inf") || iequals(rest, "infinity")) {
        out = negative ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (iequals(rest, "nan")) {
        out = negative ? -std::nan("") : std::nan("");
        return true;
    }
    std::string clean;
    clean.reserve(rest.size());
    bool any_digit = false;
    bool seen_dot = false;
    bool seen_exp = false;
    bool exp_digit = false;
    char previous = 0;
    for (size_t k = 0; k < rest.size(); ++k) {
        char c = rest[k];
        bool is_digit = c >= '0' && c <= '9';
        if (c == '_') {
            bool next_digit = k + 1 < rest.size() && rest[k + 1] >= '0' && rest[k + 1] <= '9';
            if (!(previous >= '0' && previous <= '9') || !next_digit)
                return false;
            previous = c;
            continue;
        }
        if (is_digit) {
            if (seen_exp)
                exp_digit = true;
            else
                any_digit = true;
        } else if (c == '.') {
            if (seen_dot || seen_exp)
                return false;
            seen_dot = true;
        } else if (c == 'e' || c == 'E') {
            if (seen_exp || !any_digit)
                return false;
            seen_exp = true;
        } else if (c == '+' || c == '-') {
            if (!(previous == 'e' || previous == 'E'))
                return false;
        } else {
            return false;
        }
        clean.push_back(c);
        previous = c;
    }
    if (!any_digit || (seen_exp && !exp_digit))
        return false;
    double value = 0;
    char const* begin = clean.data();
    char const* end = clean.data() + clean.size();
    auto result = std::from_chars(begin, end, value);
    if (result.ptr != end) {
        return false;
    }
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars leaves the value untouched on range errors: decide between inf and 0 by
        // the exponent's sign.
        size_t e_pos = clean.find_first_of("eE");
        bool negative_exponent
            = e_pos != std::string::npos && e_pos + 1 < clean.size() && clean[e_pos + 1] == '-';
        value = negative_exponent ? 0.0 : HUGE_VAL;
    }
    out = negative ? -value : value;
    return true;
}

} // namespace minipy
