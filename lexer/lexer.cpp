// The lexer: INDENT/DEDENT/NEWLINE synthesis, brackets, line joining and number scanning on
// top of the re2c scanner, with CPython 3.11's tokenizer errors.
#include "lexer/lexer.hpp"

#include "lexer/scanner.hpp"

#include <cstdio>
#include <cstring>

namespace minipy {

namespace {

// CPython's tokenizer limits (Parser/tokenizer.h): MAXINDENT and MAXLEVEL.
constexpr int max_indent = 100;
constexpr int max_level = 200;
constexpr int tab_size = 8;

bool is_potential_identifier_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c >= 128;
}

bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool is_xdigit(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Decodes the code point at `p` (the scanner has already matched a valid UTF-8 sequence).
uint32_t decode_utf8(unsigned char const* p)
{
    if (p[0] < 0x80)
        return p[0];
    if ((p[0] & 0xE0) == 0xC0)
        return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    if ((p[0] & 0xF0) == 0xE0)
        return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

} // namespace

std::string_view token_kind_name(TokenKind kind)
{
    switch (kind) {
#define TOKEN(name, description)                                                                   \
    case TokenKind::name:                                                                          \
        return description;
#define OPERATOR(name, text)                                                                       \
    case TokenKind::name:                                                                          \
        return "'" text "'";
#define KEYWORD(name, text)                                                                        \
    case TokenKind::Kw##name:                                                                      \
        return "'" text "'";
#define SCAN(name, description)                                                                    \
    case TokenKind::name:                                                                          \
        return description;
#include "lexer/token_kinds.def"
    }
    return "?";
}

bool is_keyword(TokenKind kind)
{
    return kind >= TokenKind::KwFalse && kind <= TokenKind::KwYield;
}

std::string prepare_source(std::string_view source)
{
    if (source.starts_with("\xEF\xBB\xBF"))
        source.remove_prefix(3);
    std::string out;
    out.reserve(source.size() + 2);
    for (size_t i = 0; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\r') {
            out.push_back('\n');
            if (i + 1 < source.size() && source[i + 1] == '\n')
                ++i;
        } else {
            out.push_back(c);
        }
    }
    if (out.empty() || out.back() != '\n')
        out.push_back('\n');
    return out;
}

int byte_col_to_char_col(std::string_view line, int byte_col)
{
    if (byte_col < 0)
        return byte_col;
    int limit = static_cast<int>(line.size()) + 1;
    if (byte_col > limit)
        byte_col = limit;
    int chars = 0;
    for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++chars;
    }
    if (byte_col > static_cast<int>(line.size()))
        chars += byte_col - static_cast<int>(line.size());
    return chars;
}

Lexer::Lexer(std::string_view buffer)
    : m_buffer(buffer)
    , m_cursor(reinterpret_cast<unsigned char const*>(buffer.data()))
    , m_line_start(m_cursor)
{
}

std::string_view Lexer::current_line() const
{
    auto const* begin = reinterpret_cast<char const*>(m_line_start);
    auto const* end = m_buffer.data() + m_buffer.size();
    auto const* nl = static_cast<char const*>(std::memchr(begin, '\n', end - begin));
    return {begin, static_cast<size_t>((nl ? nl : end) - begin)};
}

std::string_view Lexer::line_text(int lineno) const
{
    char const* p = m_buffer.data();
    char const* end = p + m_buffer.size();
    for (int line = 1; line < lineno; ++line) {
        auto const* nl = static_cast<char const*>(std::memchr(p, '\n', end - p));
        if (!nl)
            return {};
        p = nl + 1;
    }
    if (p >= end)
        return {};
    auto const* nl = static_cast<char const*>(std::memchr(p, '\n', end - p));
    return {p, static_cast<size_t>((nl ? nl : end) - p)};
}

void Lexer::advance_line(unsigned char const* line_start)
{
    ++m_line;
    m_line_start = line_start;
}

Token Lexer::make(TokenKind kind, unsigned char const* start, unsigned char const* end)
{
    Token token;
    token.kind = kind;
    token.text = {reinterpret_cast<char const*>(start), static_cast<size_t>(end - start)};
    token.line = m_line;
    token.col = static_cast<int>(start - m_line_start);
    // Multi-line tokens (triple-quoted strings, strings with backslash-newlines) move the line.
    for (auto const* p = start; p < end; ++p) {
        if (*p == '\n')
            advance_line(p + 1);
    }
    token.end_line = m_line;
    token.end_col = static_cast<int>(end - m_line_start);
    m_cursor = end;
    m_line_has_tokens = true;
    return token;
}

Token Lexer::fail(LexError error)
{
    m_error = std::move(error);
    m_has_error = true;
    m_done = true;
    Token token;
    token.kind = TokenKind::Error;
    token.line = m_error.lineno;
    token.col = 0;
    token.end_line = m_error.lineno;
    token.end_col = 0;
    m_last = token;
    return token;
}

// CPython's `syntaxerror(tok, ...)`: the caret goes where the tokenizer's cursor stands, the text
// is the current line without its newline.
Token Lexer::error_at_cursor(std::string msg, unsigned char const* cursor)
{
    LexError error;
    error.msg = std::move(msg);
    error.lineno = m_line;
    std::string_view line = current_line();
    int col = byte_col_to_char_col(line, static_cast<int>(cursor - m_line_start));
    error.offset = col;
    error.end_lineno = m_line;
    error.end_offset = col;
    error.text = std::string(line);
    return fail(std::move(error));
}

// Errors CPython raises through pegen's `tokenizer_error` (indentation, line continuation, EOF):
// the text is the whole line with its newline, the offset a 0-based byte column plus one.
Token Lexer::line_error(LexErrorKind kind, std::string msg, int byte_col, int end_offset)
{
    LexError error;
    error.kind = kind;
    error.msg = std::move(msg);
    error.lineno = m_line;
    std::string_view line = current_line();
    std::string text(line);
    text.push_back('\n');
    error.offset = byte_col_to_char_col(text, byte_col);
    error.end_lineno = m_line;
    error.end_offset = end_offset;
    error.text = std::move(text);
    return fail(std::move(error));
}

// Measures the indentation of a new logical line and queues INDENT/DEDENT tokens
// (CPython tokenizer.c, tok_get, "Get indentation level"). Returns false with `out` set to an
// Error token on failure.
bool Lexer::read_indentation(Token& out)
{
    int col = 0;
    int altcol = 0;
    int cont_line_col = 0;
    bool seen_continuation = false;
    auto const* p = m_cursor;
    for (;;) {
        if (*p == ' ') {
            ++col;
            ++altcol;
        } else if (*p == '\t') {
            col = (col / tab_size + 1) * tab_size;
            altcol = altcol + 1;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else if (*p == '\\') {
            if (!seen_continuation)
                cont_line_col = col;
            seen_continuation = true;
            if (p[1] != '\n') {
                m_cursor = p;
                out = line_error(LexErrorKind::SyntaxError,
                    "unexpected character after line continuation character",
                    static_cast<int>(p + 2 - m_line_start), 0);
                return false;
            }
            if (p[2] == '\0') {
                m_cursor = p;
                std::string_view line = current_line();
                out = line_error(LexErrorKind::SyntaxError, "unexpected EOF while parsing",
                    static_cast<int>(line.size()) + 1, -1);
                m_error.severity = LexErrorSeverity::EndOfInput;
                m_error.incomplete = true;
                return false;
            }
            advance_line(p + 2);
            p += 2;
            continue;
        } else {
            break;
        }
        ++p;
    }
    m_cursor = p;
    bool blank = *p == '#' || *p == '\n';
    if (blank || !m_brackets.empty())
        return true;
    if (seen_continuation)
        col = altcol = cont_line_col;
    int line_len = static_cast<int>(current_line().size()) + 1;
    if (col == m_indents.back()) {
        if (altcol != m_alt_indents.back()) {
            out = line_error(
                LexErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
            return false;
        }
    } else if (col > m_indents.back()) {
        if (static_cast<int>(m_indents.size()) >= max_indent) {
            out = line_error(
                LexErrorKind::IndentationError, "too many levels of indentation", 1, 0);
            return false;
        }
        if (altcol <= m_alt_indents.back()) {
            out = line_error(
                LexErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
            return false;
        }
        m_pending = 1;
        m_indents.push_back(col);
        m_alt_indents.push_back(altcol);
    } else {
        while (m_indents.size() > 1 && col < m_indents.back()) {
            --m_pending;
            m_indents.pop_back();
            m_alt_indents.pop_back();
        }
        if (col != m_indents.back()) {
            out = line_error(LexErrorKind::IndentationError,
                "unindent does not match any outer indentation level", line_len, -1);
            return false;
        }
        if (altcol != m_alt_indents.back()) {
            out = line_error(
                LexErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
            return false;
        }
    }
    m_indent_col = static_cast<int>(p - m_line_start);
    return true;
}

Token Lexer::next()
{
    Token token = scan_next();
    m_tokenizer_line = *m_cursor == '\0'
        ? m_line - 1
        : (token.kind == TokenKind::Error ? m_line : token.end_line);
    return token;
}

Token Lexer::scan_next()
{
    if (m_done)
        return m_last;
    for (;;) {
        if (m_at_line_start) {
            m_at_line_start = false;
            Token error;
            if (!read_indentation(error))
                return error;
        }
        if (m_pending != 0) {
            Token token;
            token.kind = m_pending > 0 ? TokenKind::Indent : TokenKind::Dedent;
            m_pending += m_pending > 0 ? -1 : 1;
            token.line = token.end_line = m_line;
            token.col = token.end_col = m_indent_col;
            token.text = {};
            return token;
        }
        auto const* start = m_cursor;
        ScanResult raw = scan_lexeme(start);
        switch (raw.kind) {
        case TokenKind::Whitespace:
        case TokenKind::Comment:
            m_cursor = raw.end;
            continue;
        case TokenKind::LineBreak: {
            m_at_line_start = true;
            m_cursor = raw.end;
            // Blank lines, comment-only lines and line breaks inside brackets end no logical
            // line: CPython emits NEWLINE only after a line that produced tokens.
            if (!m_brackets.empty() || !m_line_has_tokens) {
                advance_line(raw.end);
                continue;
            }
            m_line_has_tokens = false;
            Token token;
            token.kind = TokenKind::Newline;
            token.text = {reinterpret_cast<char const*>(start), 1};
            token.line = token.end_line = m_line;
            token.col = token.end_col = static_cast<int>(start - m_line_start);
            advance_line(raw.end);
            m_last = token;
            return token;
        }
        case TokenKind::Continuation:
            if (raw.end[0] == '\0') {
                m_cursor = start;
                std::string_view line = current_line();
                Token error = line_error(LexErrorKind::SyntaxError, "unexpected EOF while parsing",
                    static_cast<int>(line.size()) + 1, -1);
                m_error.severity = LexErrorSeverity::EndOfInput;
                m_error.incomplete = true;
                return error;
            }
            m_cursor = raw.end;
            advance_line(raw.end);
            continue;
        case TokenKind::BadContinuation:
            m_cursor = start;
            return line_error(LexErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                static_cast<int>(start + 2 - m_line_start), 0);
        case TokenKind::Nul: {
            if (raw.end - 1
                != reinterpret_cast<unsigned char const*>(m_buffer.data() + m_buffer.size())) {
                // A NUL inside the source; parse() rejects these before lexing, but stay safe.
                return error_at_cursor("source code cannot contain null bytes", raw.end);
            }
            if (!m_brackets.empty()) {
                Bracket const& open = m_brackets.back();
                LexError error;
                error.severity = LexErrorSeverity::EndOfInput;
                error.incomplete = true;
                error.msg = std::string("'") + open.open + "' was never closed";
                error.lineno = error.end_lineno = open.line;
                error.bracket_line = open.line;
                std::string text(line_text(open.line));
                if (open.line >= m_line - 1)
                    text.push_back('\n');
                error.offset = byte_col_to_char_col(text, open.col + 1);
                error.end_offset = 0;
                error.text = std::move(text);
                return fail(std::move(error));
            }
            if (m_indents.size() > 1) {
                m_indents.pop_back();
                m_alt_indents.pop_back();
                Token token;
                token.kind = TokenKind::Dedent;
                token.line = token.end_line = m_line;
                token.col = token.end_col = 0;
                m_last = token;
                return token;
            }
            Token token;
            token.kind = TokenKind::EndMarker;
            token.line = token.end_line = m_line;
            token.col = token.end_col = 0;
            m_done = true;
            m_last = token;
            return token;
        }
        case TokenKind::NumberStart:
            m_last = scan_number(start);
            return m_last;
        case TokenKind::UnterminatedString:
        case TokenKind::UnterminatedTriple: {
            // CPython reports from the opening quote: the caret is one past the token start.
            bool triple = raw.kind == TokenKind::UnterminatedTriple;
            int detected_at = m_line;
            if (triple) {
                for (auto const* q = start; *q; ++q) {
                    if (*q == '\n' && q[1] != '\0')
                        ++detected_at;
                }
            }
            Token error
                = error_at_cursor(std::string(triple ? "unterminated triple-quoted string literal"
                                                     : "unterminated string literal")
                        + " (detected at line " + std::to_string(detected_at) + ")",
                    start + 1);
            m_error.incomplete = triple;
            return error;
        }
        case TokenKind::InvalidCharacter:
        case TokenKind::NonPrintable: {
            uint32_t cp = decode_utf8(start);
            char hex[16];
            std::snprintf(hex, sizeof hex, "%04X", cp);
            if (raw.kind == TokenKind::NonPrintable)
                return error_at_cursor(
                    std::string("invalid non-printable character U+") + hex, raw.end);
            std::string msg = "invalid character '";
            msg.append(reinterpret_cast<char const*>(start), raw.end - start);
            msg += "' (U+";
            msg += hex;
            msg += ")";
            return error_at_cursor(std::move(msg), raw.end);
        }
        case TokenKind::InvalidByte:
            return error_at_cursor("invalid UTF-8 byte in source", raw.end);
        case TokenKind::LPar:
        case TokenKind::LSqb:
        case TokenKind::LBrace:
            if (static_cast<int>(m_brackets.size()) >= max_level)
                return error_at_cursor("too many nested parentheses", raw.end);
            m_brackets.push_back(
                {static_cast<char>(*start), m_line, static_cast<int>(start - m_line_start)});
            m_last = make(raw.kind, start, raw.end);
            return m_last;
        case TokenKind::RPar:
        case TokenKind::RSqb:
        case TokenKind::RBrace: {
            char close = static_cast<char>(*start);
            if (m_brackets.empty())
                return error_at_cursor(std::string("unmatched '") + close + "'", raw.end);
            Bracket open = m_brackets.back();
            m_brackets.pop_back();
            if (!((open.open == '(' && close == ')') || (open.open == '[' && close == ']')
                    || (open.open == '{' && close == '}'))) {
                std::string msg = std::string("closing parenthesis '") + close
                    + "' does not match opening parenthesis '" + open.open + "'";
                if (open.line != m_line)
                    msg += " on line " + std::to_string(open.line);
                return error_at_cursor(std::move(msg), raw.end);
            }
            m_last = make(raw.kind, start, raw.end);
            return m_last;
        }
        default:
            m_last = make(raw.kind, start, raw.end);
            return m_last;
        }
    }
}

Token Lexer::number_error(unsigned char const* cursor, char const* kind)
{
    return error_at_cursor(std::string("invalid ") + kind + " literal", cursor);
}

// Port of the number part of CPython 3.11's tok_get, so that every error message and caret
// position matches. `p` walks like CPython's `tok->cur` after `tok_nextc`.
Token Lexer::scan_number(unsigned char const* start)
{
    auto const* p = start;
    // Returns the decimal tail end, or null after reporting "invalid decimal literal".
    auto decimal_tail = [&](unsigned char const*& q) -> bool {
        for (;;) {
            while (is_digit(*q))
                ++q;
            if (*q != '_')
                return true;
            if (!is_digit(q[1])) {
                number_error(q + 1, "decimal");
                return false;
            }
            ++q;
        }
    };
    // verify_end_of_number: a letter right after a number is an error, except the keywords
    // that may legally follow (`1if x else y`), which CPython only warns about.
    auto verify_end = [&](unsigned char const* q, char const* kind) -> bool {
        unsigned char c = *q;
        bool keyword = false;
        auto ahead = [&](char const* rest) {
            return std::strncmp(reinterpret_cast<char const*>(q + 1), rest, std::strlen(rest)) == 0;
        };
        if (c == 'a')
            keyword = ahead("nd");
        else if (c == 'e')
            keyword = ahead("lse");
        else if (c == 'f')
            keyword = ahead("or");
        else if (c == 'i')
            keyword = q[1] == 'f' || q[1] == 'n' || q[1] == 's';
        else if (c == 'o')
            keyword = ahead("r");
        else if (c == 'n')
            keyword = ahead("ot");
        if (!keyword && is_potential_identifier_char(c)) {
            number_error(q, kind);
            return false;
        }
        return true;
    };
    auto finish = [&](unsigned char const* end) {
        m_last = make(TokenKind::Number, start, end);
        return m_last;
    };
    auto imaginary_or_end = [&](unsigned char const* q) -> Token {
        if (*q == 'j' || *q == 'J') {
            ++q;
            if (!verify_end(q, "imaginary"))
                return m_last;
            return finish(q);
        }
        if (!verify_end(q, "decimal"))
            return m_last;
        return finish(q);
    };
    auto exponent = [&](unsigned char const* q) -> Token {
        // q points at 'e' or 'E'.
        auto const* e = q;
        ++q;
        if (*q == '+' || *q == '-') {
            ++q;
            if (!is_digit(*q))
                return number_error(q, "decimal");
        } else if (!is_digit(*q)) {
            if (!verify_end(e, "decimal"))
                return m_last;
            return finish(e);
        }
        if (!decimal_tail(q))
            return m_last;
        return imaginary_or_end(q);
    };
    auto fraction = [&](unsigned char const* q) -> Token {
        // q points just after the '.'.
        if (is_digit(*q)) {
            if (!decimal_tail(q))
                return m_last;
        }
        if (*q == 'e' || *q == 'E')
            return exponent(q);
        return imaginary_or_end(q);
    };

    if (*p == '.')
        return fraction(p + 1);
    if (*p == '0') {
        ++p;
        unsigned char c = *p;
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            char const* kind = (c == 'x' || c == 'X') ? "hexadecimal"
                : (c == 'o' || c == 'O')              ? "octal"
                                                      : "binary";
            int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
            auto valid = [&](unsigned char d) {
                return base == 16 ? is_xdigit(d) : (d >= '0' && d < '0' + base);
            };
            ++p;
            do {
                if (*p == '_')
                    ++p;
                if (!valid(*p)) {
                    if (base != 16 && is_digit(*p))
                        return error_at_cursor(std::string("invalid digit '")
                                + static_cast<char>(*p) + "' in " + kind + " literal",
                            p + 1);
                    return number_error(p, kind);
                }
                while (valid(*p))
                    ++p;
            } while (*p == '_');
            if (base != 16 && is_digit(*p))
                return error_at_cursor(std::string("invalid digit '") + static_cast<char>(*p)
                        + "' in " + kind + " literal",
                    p + 1);
            if (!verify_end(p, kind))
                return m_last;
            return finish(p);
        }
        bool nonzero = false;
        for (;;) {
            if (*p == '_') {
                ++p;
                if (!is_digit(*p))
                    return number_error(p, "decimal");
            }
            if (*p != '0')
                break;
            ++p;
        }
        auto const* zeros_end = p + 1;
        if (is_digit(*p)) {
            nonzero = true;
            if (!decimal_tail(p))
                return m_last;
        }
        if (*p == '.')
            return fraction(p + 1);
        if (*p == 'e' || *p == 'E')
            return exponent(p);
        if (*p == 'j' || *p == 'J')
            return imaginary_or_end(p);
        if (nonzero) {
            LexError error;
            error.msg = "leading zeros in decimal integer literals are not permitted; use an 0o "
                        "prefix for octal integers";
            error.lineno = error.end_lineno = m_line;
            std::string_view line = current_line();
            error.offset = byte_col_to_char_col(line, static_cast<int>(start - m_line_start) + 1);
            error.end_offset
                = byte_col_to_char_col(line, static_cast<int>(zeros_end - m_line_start));
            error.text = std::string(line);
            return fail(std::move(error));
        }
        if (!verify_end(p, "decimal"))
            return m_last;
        return finish(p);
    }
    if (!decimal_tail(p))
        return m_last;
    if (*p == '.')
        return fraction(p + 1);
    if (*p == 'e' || *p == 'E')
        return exponent(p);
    return imaginary_or_end(p);
}

void tokenize(std::string_view buffer, std::vector<Token>& out, LexError* error)
{
    Lexer lexer(buffer);
    for (;;) {
        Token token = lexer.next();
        out.push_back(token);
        if (token.kind == TokenKind::EndMarker)
            return;
        if (token.kind == TokenKind::Error) {
            if (error && lexer.error())
                *error = *lexer.error();
            return;
        }
    }
}

} // namespace minipy
