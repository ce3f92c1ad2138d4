// Well-formed UTF-8, as CPython's decoder defines it: shared by the source-file check (PEP 3120)
// and the decoding of OS text (vm/os_text.cpp).
#pragma once

#include <cstddef>
#include <string_view>

namespace minipy {

/// The length of the well-formed UTF-8 sequence at text[i] (Unicode's table 3-7, as CPython's
/// decoder checks it: no overlong forms, no encoded surrogates, nothing above U+10FFFF), or 0.
inline size_t well_formed_utf8_length(std::string_view text, size_t i)
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

} // namespace minipy
