// Decoding of literal tokens: string escapes (Python Language Reference 2.4.1) and numbers
// (2.4.5-2.4.7).
#include "lexer/literals.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace minipy {

void append_utf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

StringParts split_string_token(std::string_view text)
{
    StringParts parts;
    size_t i = 0;
    while (i < text.size() && text[i] != '\'' && text[i] != '"') {
        char c = text[i] | 0x20;
        if (c == 'r')
            parts.prefix.raw = true;
        else if (c == 'b')
            parts.prefix.bytes = true;
        else if (c == 'f')
            parts.prefix.fstring = true;
        ++i;
    }
    if (i >= text.size())
        return parts;
    char q = text[i];
    parts.quote_len
        = (i + 2 < text.size() && text[i + 1] == q && text[i + 2] == q && text.size() - i >= 6) ? 3
                                                                                                : 1;
    parts.body_offset = static_cast<int>(i) + parts.quote_len;
    size_t body_len = text.size() - i - 2 * static_cast<size_t>(parts.quote_len);
    parts.body = text.substr(parts.body_offset, body_len);
    return parts;
}

namespace {

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string unicode_error(size_t start, size_t end, char const* what)
{
    char buf[160];
    std::snprintf(buf, sizeof buf,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start,
        end, what);
    return buf;
}

} // namespace

bool decode_string_body(
    std::string_view body, StringPrefix prefix, std::string& out, EscapeError& error)
{
    if (prefix.bytes) {
        for (char c : body) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                error.kind = EscapeError::Kind::NonAscii;
                error.msg = "bytes can only contain ASCII literal characters";
                return false;
            }
        }
    }
    if (prefix.raw) {
        out.append(body);
        return true;
    }
    size_t i = 0;
    size_t n = body.size();
    while (i < n) {
        char c = body[i];
        if (c != '\\') {
            out.push_back(c);
            ++i;
            continue;
        }
        size_t start = i;
        if (i + 1 >= n) {
            // A lone trailing backslash cannot occur in a scanned token; keep it.
            out.push_back('\\');
            ++i;
            continue;
        }
        char e = body[i + 1];
        i += 2;
        switch (e) {
        case '\n':
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '\'':
            out.push_back('\'');
            break;
        case '"':
            out.push_back('"');
            break;
        case 'a':
            out.push_back('\a');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'v':
            out.push_back('\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = static_cast<uint32_t>(e - '0');
            for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k, ++i)
                v = v * 8 + static_cast<uint32_t>(body[i] - '0');
            if (prefix.bytes)
                out.push_back(static_cast<char>(v & 0xFF));
            else
                append_utf8(out, v);
            break;
        }
        case 'x': {
            int hi = i < n ? hex_value(body[i]) : -1;
            int lo = i + 1 < n ? hex_value(body[i + 1]) : -1;
            if (hi < 0 || lo < 0) {
                error.kind = EscapeError::Kind::Escape;
                if (prefix.bytes) {
                    error.msg
                        = "(value error) invalid \\x escape at position " + std::to_string(start);
                } else {
                    size_t end = i + (hi < 0 ? 0 : 1);
                    error.msg = unicode_error(
                        start, end - 1 + (end > start + 1 ? 0 : 0), "truncated \\xXX escape");
                }
                return false;
            }
            i += 2;
            uint32_t v = static_cast<uint32_t>(hi * 16 + lo);
            if (prefix.bytes)
                out.push_back(static_cast<char>(v));
            else
                append_utf8(out, v);
            break;
        }
        case 'u':
        case 'U':
        case 'N': {
            if (prefix.bytes) {
                out.push_back('\\');
                out.push_back(e);
                break;
            }
            if (e == 'N') {
                size_t end = i;
                if (end < n && body[end] == '{') {
                    while (end < n && body[end] != '}')
                        ++end;
                }
                error.kind = EscapeError::Kind::Escape;
                error.msg
                    = unicode_error(start, end < n ? end : n - 1, "unknown Unicode character name");
                return false;
            }
            int digits = e == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k = 0;
            for (; k < digits && i < n && hex_value(body[i]) >= 0; ++k, ++i)
                v = v * 16 + static_cast<uint32_t>(hex_value(body[i]));
            if (k < digits) {
                error.kind = EscapeError::Kind::Escape;
                error.msg = unicode_error(start, i - 1,
                    e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                return false;
            }
            if (v > 0x10FFFF) {
                error.kind = EscapeError::Kind::Escape;
                error.msg = unicode_error(start, i - 1, "illegal Unicode character");
                return false;
            }
            append_utf8(out, v);
            break;
        }
        default:
            // Invalid escape sequences are kept verbatim (CPython 3.11 warns, DeprecationWarning).
            out.push_back('\\');
            out.push_back(e);
            break;
        }
    }
    return true;
}

namespace {

// Multiplies the decimal digit string `digits` by `base` and adds `add` (schoolbook; only used
// for integer literals beyond int64, which are rare).
void big_mul_add(std::string& digits, int base, int add)
{
    int carry = add;
    for (size_t k = digits.size(); k-- > 0;) {
        int v = (digits[k] - '0') * base + carry;
        digits[k] = static_cast<char>('0' + v % 10);
        carry = v / 10;
    }
    while (carry > 0) {
        digits.insert(digits.begin(), static_cast<char>('0' + carry % 10));
        carry /= 10;
    }
}

} // namespace

NumberValue decode_number(std::string_view text)
{
    NumberValue value;
    std::string clean;
    clean.reserve(text.size());
    for (char c : text) {
        if (c != '_')
            clean.push_back(c);
    }
    bool imaginary = !clean.empty() && (clean.back() == 'j' || clean.back() == 'J');
    if (imaginary)
        clean.pop_back();
    int base = 10;
    size_t start = 0;
    if (clean.size() > 1 && clean[0] == '0') {
        char p = clean[1] | 0x20;
        if (p == 'x')
            base = 16;
        else if (p == 'o')
            base = 8;
        else if (p == 'b')
            base = 2;
        if (base != 10)
            start = 2;
    }
    bool is_float = imaginary || (base == 10 && clean.find_first_of(".eE") != std::string::npos);
    if (is_float) {
        double d = 0;
        auto result = std::from_chars(clean.data(), clean.data() + clean.size(), d);
        if (result.ec == std::errc::result_out_of_range) {
            // from_chars reports overflow for huge exponents; Python gives inf (or 0.0).
            bool tiny = clean.find_first_of("eE") != std::string::npos
                && clean.find("e-") != std::string::npos;
            d = tiny ? 0.0 : HUGE_VAL;
        }
        value.kind = imaginary ? NumberValue::Kind::Complex : NumberValue::Kind::Float;
        value.float_value = d;
        return value;
    }
    uint64_t acc = 0;
    bool overflow = false;
    for (size_t k = start; k < clean.size(); ++k) {
        int digit = hex_value(clean[k]);
        if (acc > (static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(digit))
                / static_cast<uint64_t>(base)) {
            overflow = true;
            break;
        }
        acc = acc * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit);
    }
    if (!overflow) {
        value.kind = NumberValue::Kind::Int;
        value.int_value = static_cast<int64_t>(acc);
        return value;
    }
    std::string digits = "0";
    for (size_t k = start; k < clean.size(); ++k)
        big_mul_add(digits, base, hex_value(clean[k]));
    size_t nz = digits.find_first_not_of('0');
    value.kind = NumberValue::Kind::BigInt;
    value.digits = nz == std::string::npos ? "0" : digits.substr(nz);
    return value;
}

} // namespace minipy
