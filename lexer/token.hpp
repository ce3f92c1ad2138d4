// Token: the unit the lexer hands to the parser, and the TokenKind enumeration built from
// token_kinds.def.
#pragma once

#include <cstdint>
#include <string_view>

namespace minipy {

/// Every token kind, from token_kinds.def. Operators keep their names (`TokenKind::LPar`),
/// keywords get a `Kw` prefix (`TokenKind::KwIf`). The `SCAN` kinds are internal to the lexer.
enum class TokenKind : uint8_t {
#define TOKEN(name, description) name,
#define OPERATOR(name, text) name,
#define KEYWORD(name, text) Kw##name,
#define SCAN(name, description) name,
#include "lexer/token_kinds.def"
};

/// CPython-style name of a kind (`NAME`, `'('`, `'if'`), for messages and test output.
std::string_view token_kind_name(TokenKind kind);

/// True for the hard keywords.
bool is_keyword(TokenKind kind);

/// One token. `text` points into the lexer's source buffer (no copy): for a string it is the
/// whole literal including prefix and quotes, for a number its spelling, for NEWLINE the
/// newline character (empty at end of input), empty for INDENT/DEDENT/ENDMARKER.
/// Lines are 1-based; columns are 0-based UTF-8 byte offsets (CPython's col_offset).
struct Token {
    TokenKind kind = TokenKind::EndMarker;
    std::string_view text;
    int line = 0;
    int col = 0;
    int end_line = 0;
    int end_col = 0;
};

} // namespace minipy
