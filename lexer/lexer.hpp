// The lexer: turns a NUL-terminated UTF-8 buffer into tokens, synthesising INDENT, DEDENT and
// NEWLINE the way CPython 3.11's tokenizer does.
//
// The raw lexemes come from the re2c scanner (scanner.re). Everything that needs memory of
// earlier lines lives here: the indentation stack (with CPython's tab/space consistency check),
// the bracket stack (implicit line joining, "unmatched ')'", at most 200 levels), explicit line
// joining with a backslash, skipping blank and comment-only lines. Number spellings are scanned
// here too, following CPython's tokenizer step by step so that its error messages and positions
// come out identical.
//
// Errors follow CPython: the lexer stops at the first one and returns an Error token; `error()`
// then describes it. Errors whose `severity` is `EndOfInput` (input ended inside brackets or after
// a backslash) are only reported if the parser actually reaches that point.
#pragma once

#include "lexer/token.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace minipy {

/// The exception class a lexer error becomes (mirrors SyntaxErrorKind without depending on
/// parser/).
enum class LexErrorKind { SyntaxError, IndentationError, TabError };

/// Whether a lexer error wins over any parser error (Hard, like CPython's tokenizer errors found
/// by `_PyPegen_tokenize_full_source_to_check_for_errors`), or is reported only when the
/// parser fails at end of input (EndOfInput).
enum class LexErrorSeverity { Hard, EndOfInput };

/// A lexer error, in SyntaxError terms (offsets 1-based, in characters; text as CPython keeps it).
struct LexError {
    LexErrorKind kind = LexErrorKind::SyntaxError;
    LexErrorSeverity severity = LexErrorSeverity::Hard;
    std::string msg;
    int lineno = 0;
    int offset = 0;
    int end_lineno = 0;
    int end_offset = 0;
    std::string text;
    /// Input ended inside an open construct: the interactive prompt should read more lines.
    bool incomplete = false;
    /// For an unclosed bracket: the line of the innermost open bracket.
    int bracket_line = 0;
};

/// The buffer the lexer scans: `source` with a UTF-8 BOM removed, `\r\n` and `\r` turned into
/// `\n`, and a final `\n` appended if missing (as CPython's tokenizer does for strings). The
/// returned string's terminating NUL is the scanner's sentinel.
std::string prepare_source(std::string_view source);

/// Converts a byte column within `line` into CPython's 1-based-compatible character count: the
/// number of code points in the first `byte_col` bytes (clamped to the line length + 1).
int byte_col_to_char_col(std::string_view line, int byte_col);

class Lexer {
public:
    /// `buffer` must come from prepare_source() and outlive the lexer and its tokens.
    explicit Lexer(std::string_view buffer);

    /// The next token. After an Error token or ENDMARKER, keeps returning the same kind.
    Token next();

    /// The error behind the last Error token, or null.
    LexError const* error() const { return m_has_error ? &m_error : nullptr; }

    /// The line the lexer is on, as CPython's `tok->lineno`: at end of input, the last line.
    int tokenizer_line() const { return m_tokenizer_line; }

    /// The text of 1-based line `lineno` without its newline (empty if out of range).
    std::string_view line_text(int lineno) const;

private:
    struct Bracket {
        char open;
        int line;
        int col;
    };

    Token scan_next();
    Token make(TokenKind kind, unsigned char const* start, unsigned char const* end);
    Token fail(LexError error);
    Token error_at_cursor(std::string msg, unsigned char const* cursor);
    bool read_indentation(Token& out);
    Token scan_number(unsigned char const* start);
    Token number_error(unsigned char const* cursor, char const* kind);
    Token line_error(LexErrorKind kind, std::string msg, int byte_col, int end_offset);
    void advance_line(unsigned char const* line_start);
    std::string_view current_line() const;

    std::string_view m_buffer;
    unsigned char const* m_cursor;
    unsigned char const* m_line_start;
    int m_line = 1;
    bool m_at_line_start = true;
    int m_pending = 0; ///< >0: INDENTs to emit; <0: DEDENTs to emit
    int m_indent_col = 0;
    std::vector<int> m_indents {0};
    std::vector<int> m_alt_indents {0};
    std::vector<Bracket> m_brackets;
    bool m_line_has_tokens = false;
    int m_tokenizer_line = 1;
    bool m_done = false;
    bool m_has_error = false;
    LexError m_error;
    Token m_last;
};

/// Tokenises a whole buffer (from prepare_source) into `out`, stopping after ENDMARKER or the
/// first Error token. Used by tests and tools; the parser pulls tokens lazily.
void tokenize(std::string_view buffer, std::vector<Token>& out, LexError* error);

} // namespace minipy
