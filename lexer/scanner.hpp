// The re2c-generated raw scanner's interface: one call recognises one raw lexeme.
#pragma once

#include "lexer/token.hpp"

namespace minipy {

/// The result of scanning one raw lexeme starting at some position.
struct ScanResult {
    TokenKind kind;
    unsigned char const* end; ///< one past the last byte of the lexeme
};

/// Recognises the longest lexeme at `cursor` (re2c rules in scanner.re). The buffer must be
/// terminated by a NUL byte, which scans as TokenKind::Nul and is never part of another lexeme.
ScanResult scan_lexeme(unsigned char const* cursor);

} // namespace minipy
