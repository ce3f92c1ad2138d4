// The Unicode character database minipy's str methods need: per-character properties
// (alphabetic, numeric, whitespace, printable, case, identifier) and case mappings.
//
// The tables are generated from CPython's own database by gen_unicode_tables.py, in CPython's
// two-level layout: index1[cp >> index_shift] selects a block, index2 maps the code point
// within the block to a shared CharRecord. Lookups are two array reads.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minipy::unicode {

enum Flag : uint16_t {
    ALPHA = 1 << 0,
    DECIMAL = 1 << 1,
    DIGIT = 1 << 2,
    NUMERIC = 1 << 3,
    SPACE = 1 << 4,
    PRINTABLE = 1 << 5,
    UPPER = 1 << 6,
    LOWER = 1 << 7,
    TITLE = 1 << 8,
    CASED = 1 << 9,
    CASE_IGNORABLE = 1 << 10,
    XID_START = 1 << 11,
    XID_CONTINUE = 1 << 12,
    SPECIAL = 1 << 13, ///< some case mapping is not a single code point (see special_casing)
};

/// Properties shared by many code points. Deltas are added to the code point (0 = unchanged,
/// or "see special_casing" when the SPECIAL flag is set).
struct CharRecord {
    int32_t upper;
    int32_t lower;
    int32_t title;
    uint16_t flags;
    int8_t decimal; ///< decimal digit value or -1
    int8_t digit; ///< digit value (superscripts included) or -1
};

/// Full case mappings (UTF-8) for code points whose mapping is not one code point, or whose
/// casefold differs from its lowercase (SpecialCasing.txt / CaseFolding.txt).
struct SpecialCasing {
    uint32_t code_point;
    char const* upper;
    char const* lower;
    char const* title;
    char const* fold;
};

inline constexpr int index_shift = 7;
extern CharRecord const records[];
extern uint16_t const index1[];
extern uint16_t const index2[];
extern SpecialCasing const special_casing[];
extern size_t const special_casing_count;

/// The record for `cp` (cp <= 0x10FFFF).
inline CharRecord const& record(uint32_t cp)
{
    uint32_t const block = index1[cp >> index_shift];
    return records[index2[(block << index_shift) + (cp & ((1u << index_shift) - 1))]];
}

inline bool has(uint32_t cp, uint16_t flag)
{
    return (record(cp).flags & flag) != 0;
}

/// The special-casing entry for `cp` (which must have the SPECIAL flag).
SpecialCasing const* find_special(uint32_t cp);

} // namespace minipy::unicode
