// Surrogateescape decoding and encoding of OS text (see os_text.hpp).
#include "vm/os_text.hpp"

#include "parser/utf8.hpp"

#include <cstdint>
#include <cstdio>

namespace minipy {

namespace {

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
        if (size_t n = well_formed_utf8_length(bytes, i)) {
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
