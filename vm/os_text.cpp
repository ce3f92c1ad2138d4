// Surrogateescape decoding and encoding of OS text (see os_text.hpp).
#include "vm/os_text.hpp"

#include <cstdint>
#include <cstdio>

namespace minipy {

namespace {

/// The length of the well-formed UTF-8 sequence at text[i] (Unicode's table 3-7, as CPython's
/// decoder checks it: no overlong forms, no encoded surrogates, nothing above U+10FFFF), or 0.
size_t valid_sequence(std::string_view text, size_t i)
{
    auto byte = [&](size_t k) -> unsigned {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0x100;
    };
    unsigned const c = byte(0);
    auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return byte(k) >= lo && byte(k) <= hi;
    };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

/// The code point of the 3-byte surrogate form at text[i], or 0 if there is none there.
uint32_t surrogate_at(std::string_view text, size_t i)
{
    if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xED)
        return 0;
    unsigned const b1 = static_cast<unsigned char>(text[i + 1]);
    unsigned const b2 = static_cast<unsigned char>(text[i + 2]);
    if (b1 < 0xA0 || b1 > 0xBF || (b2 & 0xC0) != 0x80)
        return 0;
    return 0xD000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
}

bool all_ascii(std::string_view text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

std::string os_decode(std::string_view bytes)
{
    if (all_ascii(bytes))
        return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + 8);
    for (size_t i = 0; i < bytes.size();) {
        if (size_t n = valid_sequence(bytes, i)) {
            out.append(bytes, i, n);
            i += n;
            continue;
        }
        uint32_t const cp = 0xDC00 + static_cast<unsigned char>(bytes[i]);
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
        ++i;
    }
    return out;
}

std::string os_encode(std::string_view text)
{
    if (all_ascii(text))
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        uint32_t const cp = surrogate_at(text, i);
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
            out += static_cast<char>(cp - 0xDC00);
            i += 3;
        } else {
            out += text[i++];
        }
    }
    return out;
}

std::string backslash_surrogates(std::string_view text)
{
    if (all_ascii(text))
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        if (uint32_t const cp = surrogate_at(text, i)) {
            char escaped[16];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(cp));
            out += escaped;
            i += 3;
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace minipy
