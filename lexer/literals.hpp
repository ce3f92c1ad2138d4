// Decoding of literal tokens: string bodies (escapes, raw, bytes) and number spellings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

/// What a string literal's prefix says.
struct StringPrefix {
    bool raw = false;
    bool bytes = false;
    bool fstring = false;
};

/// A string token split into prefix, quote length and body (the text between the quotes).
struct StringParts {
    StringPrefix prefix;
    int quote_len = 1; ///< 1 or 3
    int body_offset = 0; ///< byte offset of the body within the token text
    std::string_view body;
};

/// Splits a STRING token's text (as the lexer delivers it, quotes included).
StringParts split_string_token(std::string_view token_text);

/// How escape decoding failed: `msg` in CPython 3.11 wording ("(unicode error) ..." or
/// "(value error) ..."), or "bytes can only contain ASCII literal characters" (kind NonAscii,
/// which CPython reports at the token instead of after it).
struct EscapeError {
    enum class Kind { None, Escape, NonAscii } kind = Kind::None;
    std::string msg;
};

/// Appends the decoded `body` to `out`: UTF-8 text for str, raw bytes (one per char) for bytes.
/// Raw literals are copied unchanged. Unknown escapes such as `\d` are kept, backslash included,
/// as CPython does (it only warns). `\N{...}` is not supported and reports a SyntaxError.
/// Returns false and fills `error` on failure.
bool decode_string_body(
    std::string_view body, StringPrefix prefix, std::string& out, EscapeError& error);

/// The value of a NUMBER token.
struct NumberValue {
    enum class Kind { Int, BigInt, Float, Complex } kind = Kind::Int;
    int64_t int_value = 0;
    double float_value = 0; ///< the float, or the imaginary part
    std::string digits; ///< BigInt: decimal digits without sign or leading zeros
};

/// Decodes a NUMBER token spelling (already validated by the lexer): decimal, hex, octal and
/// binary integers with underscores, floats, imaginary literals. Integers that do not fit in
/// int64 are returned as decimal digit text.
NumberValue decode_number(std::string_view text);

/// Appends the UTF-8 encoding of `code_point` to `out`.
void append_utf8(std::string& out, uint32_t code_point);

} // namespace minipy
