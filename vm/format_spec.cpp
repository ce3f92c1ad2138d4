// The format-specification mini-language: parsing, padding, and the int and float renderers
// (Python Library Reference, "Format Specification Mini-Language"; CPython's
// Python/formatter_unicode.c is the behavioural reference, including its error messages).
#include "vm/format_spec.hpp"

#include "vm/builtin_types.hpp"
#include "vm/objects/float_object.hpp"
#include "vm/objects/int_object.hpp"
#include "vm/objects/number_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>

namespace minipy {

namespace {

bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

std::string type_char_text(char type)
{
    if (type >= 0x20 && type < 0x7f)
        return std::string("'") + type + "'";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "'\\x%x'", unsigned(static_cast<unsigned char>(type)));
    return buffer;
}

Error invalid_separator_type(VM& vm, char grouping, char type)
{
    return vm.raise(types::value_error,
        std::string("Cannot specify '") + grouping + "' with " + type_char_text(type) + ".");
}

/// Parses a run of decimal digits; false on overflow ("Too many decimal digits").
bool parse_number(std::string_view spec, size_t& pos, int64_t& out, bool& any)
{
    out = 0;
    any = false;
    while (pos < spec.size() && spec[pos] >= '0' && spec[pos] <= '9') {
        if (out > (std::numeric_limits<int64_t>::max() - 9) / 10)
            return false;
        out = out * 10 + (spec[pos] - '0');
        any = true;
        ++pos;
    }
    return true;
}

void append_fill(std::string& out, uint32_t fill, int64_t count)
{
    for (int64_t i = 0; i < count; ++i) {
        if (fill < 0x80)
            out.push_back(char(fill));
        else
            utf8_append(out, fill);
    }
}

/// Inserts `separator` every `group` digits into `digits` (ASCII), zero-filling on the left to
/// at least `min_width` characters as CPython's _PyUnicode_InsertThousandsGrouping does.
std::string group_digits(std::string_view digits, char separator, int group, int64_t min_width)
{
    std::string reversed;
    int64_t remaining = int64_t(digits.size());
    size_t end = digits.size();
    bool use_separator = false;
    for (;;) {
        int64_t len = std::min<int64_t>(
            group, std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1));
        int64_t n_zeros = std::max<int64_t>(0, len - remaining);
        int64_t n_chars = std::max<int64_t>(0, std::min<int64_t>(remaining, len));
        if (use_separator)
            reversed.push_back(separator);
        for (int64_t i = 0; i < n_chars; ++i)
            reversed.push_back(digits[--end]);
        reversed.append(size_t(n_zeros), '0');
        use_separator = true;
        remaining -= n_chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= 1;
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

/// The pieces of a formatted number: sign, prefix ("0x"), digits (grouped by the caller),
/// and the rest (fraction, exponent, '%').
struct NumberParts {
    std::string sign;
    std::string prefix;
    std::string digits;
    std::string rest;
    bool digits_are_numeric = true; ///< false for "inf"/"nan": no grouping
};

std::string render_number(NumberParts const& parts, FormatSpec const& spec, int group)
{
    char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
    uint32_t fill = spec.fill;
    std::string grouped;
    std::string_view digits = parts.digits;
    int64_t fixed_len = int64_t(parts.sign.size() + parts.prefix.size() + parts.rest.size());
    if (spec.grouping && parts.digits_are_numeric) {
        int64_t min_width = 0;
        if (align == '=' && fill == '0' && spec.width > 0)
            min_width = spec.width - fixed_len;
        grouped = group_digits(parts.digits, spec.grouping, group, min_width);
        digits = grouped;
    }
    int64_t length = fixed_len;
    for (char c : digits)
        length += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    int64_t padding = spec.width > length ? spec.width - length : 0;
    std::string out;
    out.reserve(size_t(length + padding) * (fill < 0x80 ? 1 : 4));
    auto append_all = [&] {
        out += parts.sign;
        out += parts.prefix;
        out += digits;
        out += parts.rest;
    };
    switch (align) {
    case '<':
        append_all();
        append_fill(out, fill, padding);
        break;
    case '^':
        append_fill(out, fill, padding / 2);
        append_all();
        append_fill(out, fill, padding - padding / 2);
        break;
    case '=':
        out += parts.sign;
        out += parts.prefix;
        append_fill(out, fill, padding);
        out += digits;
        out += parts.rest;
        break;
    default:
        append_fill(out, fill, padding);
        append_all();
        break;
    }
    return out;
}

std::string sign_text(bool negative, char sign)
{
    if (negative)
        return "-";
    if (sign == '+')
        return "+";
    if (sign == ' ')
        return " ";
    return "";
}

/// Splits the text of a non-negative finite number into integer digits and the rest.
void split_number(std::string const& text, NumberParts& parts)
{
    size_t i = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    parts.digits = text.substr(0, i);
    parts.rest = text.substr(i);
}

std::string to_chars_string(double v, std::chars_format format, int precision)
{
    // Fixed notation needs up to 309 integer digits plus the precision; a little slack covers
    // the sign, the point and an exponent.
    std::string buffer(static_cast<size_t>(precision) + 400, '\0');
    auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v, format, precision);
    buffer.resize(static_cast<size_t>(result.ptr - buffer.data()));
    return buffer;
}

/// Python's 'g' presentation of |v| (finite): `precision` significant digits; exponent form when
/// the decimal exponent is < -4 or >= `threshold`; trailing zeros dropped unless `alternate`.
std::string format_general(double v, int precision, int threshold, bool alternate)
{
    if (precision == 0)
        precision = 1;
    std::string sci = to_chars_string(v, std::chars_format::scientific, precision - 1);
    size_t e = sci.find('e');
    int exponent = std::atoi(sci.c_str() + e + 1);
    std::string out;
    if (exponent < -4 || exponent >= threshold) {
        out = sci.substr(0, e);
        if (!alternate && out.find('.') != std::string::npos) {
            while (out.back() == '0')
                out.pop_back();
            if (out.back() == '.')
                out.pop_back();
        } else if (alternate && out.find('.') == std::string::npos) {
            out.push_back('.');
        }
        out += sci.substr(e);
    } else {
        out = to_chars_string(v, std::chars_format::fixed, std::max(0, precision - 1 - exponent));
        if (!alternate && out.find('.') != std::string::npos) {
            while (out.back() == '0')
                out.pop_back();
            if (out.back() == '.')
                out.pop_back();
        } else if (alternate && out.find('.') == std::string::npos) {
            out.push_back('.');
        }
    }
    return out;
}

} // namespace

Result<FormatSpec> parse_format_spec(VM& vm, std::string_view spec, std::string_view type_name)
{
    FormatSpec result;
    size_t pos = 0;
    bool fill_specified = false;
    bool align_specified = false;
    // [[fill]align]: the fill is any one code point.
    if (!spec.empty()) {
        char const* p = spec.data();
        uint32_t first = utf8_decode(p);
        size_t first_len = size_t(p - spec.data());
        if (first_len < spec.size() && is_align(uint8_t(spec[first_len]))) {
            result.fill = first;
            result.align = spec[first_len];
            fill_specified = true;
            align_specified = true;
            pos = first_len + 1;
        } else if (is_align(first)) {
            result.align = char(first);
            align_specified = true;
            pos = 1;
        }
    }
    if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
        result.sign = spec[pos];
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == 'z') {
        result.no_neg_zero = true;
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '#') {
        result.alternate = true;
        ++pos;
    }
    if (!fill_specified && pos < spec.size() && spec[pos] == '0') {
        result.fill = '0';
        result.zero_pad = true;
        ++pos;
    }
    (void)align_specified;
    bool any = false;
    int64_t width = 0;
    if (!parse_number(spec, pos, width, any))
        return vm.raise(types::value_error, "Too many decimal digits in format string");
    if (any)
        result.width = width;
    if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_')) {
        result.grouping = spec[pos];
        ++pos;
        if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_')) {
            if (spec[pos] != result.grouping)
                return vm.raise(types::value_error, "Cannot specify both ',' and '_'.");
            return vm.raise(types::value_error,
                std::string("Cannot specify '") + result.grouping + "' with '" + result.grouping
                    + "'.");
        }
    }
    if (pos < spec.size() && spec[pos] == '.') {
        ++pos;
        int64_t precision = 0;
        if (!parse_number(spec, pos, precision, any))
            return vm.raise(types::value_error, "Too many decimal digits in format string");
        if (!any)
            return vm.raise(types::value_error, "Format specifier missing precision");
        result.precision = precision;
    }
    if (spec.size() - pos > 1) {
        return vm.raise(types::value_error,
            "Invalid format specifier '" + std::string(spec) + "' for object of type '"
                + std::string(type_name) + "'");
    }
    if (pos < spec.size())
        result.type = spec[pos];
    if (result.grouping) {
        switch (result.type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0:
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (result.grouping == '_')
                break;
            [[fallthrough]];
        default:
            return invalid_separator_type(vm, result.grouping, result.type);
        }
    }
    return result;
}

Result<FormatSpec> parse_format_spec(VM& vm, std::string_view spec)
{
    return parse_format_spec(vm, spec, "str");
}

std::string apply_padding(
    std::string_view body, size_t length, FormatSpec const& spec, char default_align)
{
    if (spec.width <= int64_t(length))
        return std::string(body);
    char align = spec.align ? spec.align : default_align;
    int64_t padding = spec.width - int64_t(length);
    std::string out;
    out.reserve(body.size() + size_t(padding));
    if (align == '<') {
        out += body;
        append_fill(out, spec.fill, padding);
    } else if (align == '^') {
        append_fill(out, spec.fill, padding / 2);
        out += body;
        append_fill(out, spec.fill, padding - padding / 2);
    } else {
        append_fill(out, spec.fill, padding);
        out += body;
    }
    return out;
}

// -- int --------------------------------------------------------------------------------------

Result<std::string> format_int_spec(VM& vm, Value v, FormatSpec const& spec)
{
    char type = spec.type;
    switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
        return format_float_spec(vm, TRY(int_to_double(vm, v)), spec);
    case 0:
    case 'd':
    case 'n':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
    case 'c':
        break;
    default:
        return vm.raise(types::value_error,
            "Unknown format code " + type_char_text(type) + " for object of type 'int'");
    }
    if (spec.precision != -1)
        return vm.raise(types::value_error, "Precision not allowed in integer format specifier");
    if (spec.no_neg_zero)
        return vm.raise(types::value_error,
            "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (spec.sign)
            return vm.raise(
                types::value_error, "Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return vm.raise(types::value_error,
                "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!int_fits_int64(v, cp))
            return vm.raise(types::overflow_error, "Python int too large to convert to C long");
        if (cp < 0 || cp >= 0x110000)
            return vm.raise(types::overflow_error, "%c arg not in range(0x110000)");
        NumberParts parts;
        utf8_append(parts.digits, uint32_t(cp));
        parts.digits_are_numeric = false;
        return render_number(parts, spec, 3);
    }
    int base = 10;
    int group = 3;
    char const* prefix = "";
    switch (type) {
    case 'b':
        base = 2;
        prefix = "0b";
        group = 4;
        break;
    case 'o':
        base = 8;
        prefix = "0o";
        group = 4;
        break;
    case 'x':
        base = 16;
        prefix = "0x";
        group = 4;
        break;
    case 'X':
        base = 16;
        prefix = "0X";
        group = 4;
        break;
    default:
        break;
    }
    NumberParts parts;
    bool negative = int_sign(v) < 0;
    parts.sign = sign_text(negative, spec.sign);
    if (spec.alternate)
        parts.prefix = prefix;
    int64_t small;
    if (int_fits_int64(v, small)) {
        uint64_t magnitude = small < 0 ? uint64_t(0) - uint64_t(small) : uint64_t(small);
        char buffer[72];
        auto r = std::to_chars(buffer, buffer + sizeof buffer, magnitude, base);
        parts.digits.assign(buffer, r.ptr);
    } else {
        BigInt magnitude = boost::multiprecision::abs(as_int_object(v)->big());
        if (base == 10) {
            if (g_int_max_str_digits > 0
                && double(int_bit_length(v)) * 0.30102999566398119521
                    > double(g_int_max_str_digits) + 1) {
                return vm.raise(types::value_error,
                    "Exceeds the limit (" + std::to_string(g_int_max_str_digits)
                        + " digits) for integer string conversion; use "
                          "sys.set_int_max_str_digits() to increase the limit");
            }
            parts.digits = magnitude.str();
        } else {
            int bits_per_digit = base == 2 ? 1 : base == 8 ? 3 : 4;
            uint64_t nbits = boost::multiprecision::msb(magnitude) + 1;
            size_t ndigits
                = size_t((nbits + uint64_t(bits_per_digit) - 1) / uint64_t(bits_per_digit));
            parts.digits.resize(ndigits);
            char const* alphabet = "0123456789abcdef";
            for (size_t i = 0; i < ndigits; ++i) {
                unsigned d = static_cast<unsigned>(magnitude & (base - 1));
                magnitude >>= bits_per_digit;
                parts.digits[ndigits - 1 - i] = alphabet[d];
            }
        }
    }
    if (type == 'X') {
        for (char& c : parts.digits)
            c = char(std::toupper(static_cast<unsigned char>(c)));
    }
    return render_number(parts, spec, group);
}

// -- float ------------------------------------------------------------------------------------

Result<std::string> format_float_spec(VM& vm, double v, FormatSpec const& spec)
{
    char type = spec.type;
    int64_t precision = spec.precision;
    bool add_dot_0 = false;
    bool repr_mode = false;
    bool percent = false;
    switch (type) {
    case 0:
        add_dot_0 = true;
        if (precision < 0)
            repr_mode = true;
        type = 'g';
        break;
    case 'n':
        type = 'g';
        break;
    case '%':
        type = 'f';
        percent = true;
        v *= 100;
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        break;
    default:
        return vm.raise(types::value_error,
            "Unknown format code " + type_char_text(type) + " for object of type 'float'");
    }
    if (spec.type == 'n' && spec.grouping)
        return invalid_separator_type(vm, spec.grouping, 'n');
    if (precision < 0)
        precision = 6;
    if (precision > INT_MAX)
        return vm.raise(types::value_error, "precision too big");
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char lower_type = char(std::tolower(static_cast<unsigned char>(type)));
    NumberParts parts;
    bool negative = std::signbit(v) && !std::isnan(v);
    double magnitude = std::fabs(v);
    std::string text;
    if (!std::isfinite(v)) {
        text = std::isnan(v) ? "nan" : "inf";
        parts.digits_are_numeric = false;
        if (upper)
            text = std::isnan(v) ? "NAN" : "INF";
        parts.digits = text;
        if (percent)
            parts.rest = "%";
    } else {
        if (repr_mode) {
            text = magnitude == 0 ? "0.0" : float_repr(magnitude);
            if (spec.alternate && text.find('.') == std::string::npos) {
                size_t e = text.find('e');
                text.insert(e == std::string::npos ? text.size() : e, ".");
            }
        } else if (lower_type == 'e') {
            text = to_chars_string(magnitude, std::chars_format::scientific, int(precision));
            if (spec.alternate && precision == 0)
                text.insert(text.find('e'), ".");
        } else if (lower_type == 'f') {
            text = to_chars_string(magnitude, std::chars_format::fixed, int(precision));
            if (spec.alternate && precision == 0)
                text.push_back('.');
        } else {
            int p = int(precision == 0 ? 1 : precision);
            // With no presentation type, CPython switches to exponent form one digit earlier so
            // that the added ".0" never changes the meaning (Python/pystrtod.c,
            // format_float_short).
            text = format_general(magnitude, p, add_dot_0 ? p - 1 : p, spec.alternate);
            if (add_dot_0 && text.find_first_of(".e") == std::string::npos)
                text += ".0";
        }
        if (upper) {
            for (char& c : text)
                c = char(std::toupper(static_cast<unsigned char>(c)));
        }
        if (negative && spec.no_neg_zero) {
            bool all_zero = true;
            for (char c : text) {
                if (c == 'e' || c == 'E')
                    break;
                if (c >= '1' && c <= '9')
                    all_zero = false;
            }
            if (all_zero)
                negative = false;
        }
        split_number(text, parts);
        if (percent)
            parts.rest += "%";
    }
    parts.sign = sign_text(negative, spec.sign);
    return render_number(parts, spec, 3);
}

} // namespace minipy

namespace minipy {

namespace {

/// Parsed specs of recent format() calls, keyed by the spec str. An f-string's spec is a constant
/// of its code object, so the same StrObject comes back on every evaluation; the text is kept and
/// compared too, because a collected spec's address can be reused by a different str.
struct SpecCacheEntry {
    StrObject const* key = nullptr;
    std::string text;
    FormatSpec spec;
};

SpecCacheEntry g_spec_cache[64];

/// The parsed form of `spec` if it parses without error, else nullptr (the caller then takes the
/// general path, which reports the error).
FormatSpec const* cached_spec(StrObject const* spec)
{
    SpecCacheEntry& entry = g_spec_cache[(reinterpret_cast<uintptr_t>(spec) >> 4) & 63];
    std::string_view text = spec->view();
    if (entry.key == spec && entry.text == text)
        return &entry.spec;
    // Only the common subset ([[fill]align][sign][0][width][.precision][d|f]) is parsed here,
    // without raising: anything else goes to the general path, which reports any error.
    FormatSpec result;
    size_t pos = 0;
    bool fill_specified = false;
    if (text.size() >= 2 && uint8_t(text[0]) < 0x80 && is_align(uint8_t(text[1]))) {
        fill_specified = true;
        result.fill = uint8_t(text[0]);
        result.align = text[1];
        pos = 2;
    } else if (!text.empty() && is_align(uint8_t(text[0]))) {
        result.align = text[0];
        pos = 1;
    }
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-' || text[pos] == ' '))
        result.sign = text[pos++];
    if (!fill_specified && pos < text.size() && text[pos] == '0') {
        result.fill = '0';
        result.zero_pad = true;
        ++pos;
    }
    bool any = false;
    int64_t number = 0;
    size_t const width_start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - width_start < 6)
        number = number * 10 + (text[pos++] - '0');
    if (pos > width_start)
        result.width = number;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        size_t const start = pos;
        number = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 3)
            number = number * 10 + (text[pos++] - '0');
        any = pos > start;
        if (!any)
            return nullptr;
        result.precision = number;
    }
    if (pos < text.size())
        result.type = text[pos++];
    if (pos != text.size())
        return nullptr;
    // Only what the fast renderers handle is cached.
    if (result.type != 0 && result.type != 'd' && result.type != 'f')
        return nullptr;
    entry.key = spec;
    entry.text.assign(text);
    entry.spec = result;
    return &entry.spec;
}

/// Lays out sign + body padded to spec.width (fill < 0x80) as a new ASCII str.
StrObject* finish_number(VM& vm, bool negative, FormatSpec const& spec, char const* body, size_t n)
{
    char const* sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    size_t const sign_len = std::strlen(sign);
    size_t const length = sign_len + n;
    size_t const padding = spec.width > int64_t(length) ? size_t(spec.width) - length : 0;
    char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
    char const fill = char(spec.fill);
    std::string out;
    out.reserve(length + padding);
    switch (align) {
    case '<':
        out.append(sign, sign_len).append(body, n).append(padding, fill);
        break;
    case '^':
        out.append(padding / 2, fill).append(sign, sign_len).append(body, n);
        out.append(padding - padding / 2, fill);
        break;
    case '=':
        out.append(sign, sign_len).append(padding, fill).append(body, n);
        break;
    default:
        out.append(padding, fill).append(sign, sign_len).append(body, n);
        break;
    }
    size_t const total = out.size();
    return new_measured_str(vm, std::move(out), total, true);
}

} // namespace

StrObject* format_number_fast(VM& vm, Value v, StrObject const* spec_text)
{
    bool const is_int = v.is_small_int();
    bool const is_float = !is_int && v.is_object() && VM::type_of(v) == types::float_;
    if (!is_int && !is_float)
        return nullptr;
    FormatSpec const* spec = cached_spec(spec_text);
    if (!spec || spec->fill >= 0x80)
        return nullptr;
    char buffer[160];
    if (is_int) {
        if (spec->type == 'f' || spec->precision != -1)
            return nullptr;
        int64_t const n = v.as_small_int();
        uint64_t const magnitude = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
        auto r = std::to_chars(buffer, buffer + sizeof buffer, magnitude);
        return finish_number(vm, n < 0, *spec, buffer, size_t(r.ptr - buffer));
    }
    if (spec->type != 'f')
        return nullptr;
    double const d = static_cast<FloatObject*>(v.as_object())->as_double();
    double const magnitude = std::fabs(d);
    // Fixed notation stays short below 1e50; larger values take the general path.
    if (!std::isfinite(d) || magnitude >= 1e50)
        return nullptr;
    int const precision = spec->precision < 0 ? 6 : int(spec->precision);
    auto r = std::to_chars(
        buffer, buffer + sizeof buffer, magnitude, std::chars_format::fixed, precision);
    if (r.ec != std::errc {})
        return nullptr;
    return finish_number(vm, std::signbit(d), *spec, buffer, size_t(r.ptr - buffer));
}

} // namespace minipy
