// Tests for lexer/lexer.cpp and scanner.re: token kinds, INDENT/DEDENT/NEWLINE synthesis, line
// joining and the tokenizer errors, with CPython 3.11's messages and positions.
#include "lexer/lexer.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using minipy::LexError;
using minipy::Token;
using minipy::TokenKind;

namespace {

struct Lexed {
    std::string buffer;
    std::vector<Token> tokens;
    LexError error;
    bool failed = false;
};

Lexed lex(std::string_view source)
{
    Lexed out;
    out.buffer = minipy::prepare_source(source);
    minipy::tokenize(out.buffer, out.tokens, &out.error);
    out.failed = !out.tokens.empty() && out.tokens.back().kind == TokenKind::Error;
    return out;
}

std::vector<TokenKind> kinds(std::string_view source)
{
    std::vector<TokenKind> result;
    for (Token const& t : lex(source).tokens)
        result.push_back(t.kind);
    return result;
}

} // namespace

TEST_SUITE("lexer tokens")
{
    TEST_CASE("every operator spelling scans as its own kind")
    {
        struct Spelling {
            TokenKind kind;
            std::string_view text;
        };
        Spelling const spellings[] = {
#define OPERATOR(name, text) {TokenKind::name, text},
#include "lexer/token_kinds.def"
        };
        for (Spelling const& op : spellings) {
            CAPTURE(op.text);
            // Closing brackets need their opener first.
            std::string_view opener = op.text == ")" ? "("
                : op.text == "]"                     ? "["
                : op.text == "}"                     ? "{"
                                                     : "";
            std::string source(opener);
            source.append("a ").append(op.text).append(" b");
            Lexed l = lex(source);
            size_t index = opener.empty() ? 1 : 2;
            REQUIRE(l.tokens.size() > index);
            CHECK(l.tokens[index].kind == op.kind);
            CHECK(l.tokens[index].text == op.text);
        }
    }

    TEST_CASE("every keyword scans as its keyword kind and not as a name")
    {
        struct Spelling {
            TokenKind kind;
            std::string_view text;
        };
        Spelling const spellings[] = {
#define KEYWORD(name, text) {TokenKind::Kw##name, text},
#include "lexer/token_kinds.def"
        };
        for (Spelling const& kw : spellings) {
            CAPTURE(kw.text);
            Lexed l = lex(kw.text);
            CHECK(l.tokens[0].kind == kw.kind);
            CHECK(minipy::is_keyword(l.tokens[0].kind));
            CHECK(minipy::token_kind_name(kw.kind) == "'" + std::string(kw.text) + "'");
            Lexed longer = lex(std::string(kw.text) + "x");
            CHECK(longer.tokens[0].kind == TokenKind::Name);
        }
    }

    TEST_CASE("soft keywords and print are plain names")
    {
        for (char const* word : {"match", "case", "_", "print", "type"})
            CHECK(lex(word).tokens[0].kind == TokenKind::Name);
    }

    TEST_CASE("a simple statement ends with NEWLINE and ENDMARKER")
    {
        CHECK(kinds("x = 1")
            == std::vector {TokenKind::Name, TokenKind::Equal, TokenKind::Number,
                TokenKind::Newline, TokenKind::EndMarker});
    }

    TEST_CASE("tokens carry 1-based lines and 0-based byte columns")
    {
        Lexed l = lex("if x:\n    é = 'a'\n");
        // if x : NEWLINE INDENT é = 'a' NEWLINE DEDENT ENDMARKER
        REQUIRE(l.tokens.size() == 11);
        CHECK(l.tokens[5].kind == TokenKind::Name);
        CHECK(l.tokens[5].line == 2);
        CHECK(l.tokens[5].col == 4);
        CHECK(l.tokens[5].end_col == 6);
        CHECK(l.tokens[7].kind == TokenKind::String);
        CHECK(l.tokens[7].col == 9);
        CHECK(l.tokens[7].end_col == 12);
        CHECK(l.tokens[10].kind == TokenKind::EndMarker);
        CHECK(l.tokens[10].line == 3);
    }

    TEST_CASE("names may use Unicode letters")
    {
        Lexed l = lex("πλ_1 = 2");
        CHECK(l.tokens[0].kind == TokenKind::Name);
        CHECK(l.tokens[0].text == "πλ_1");
    }

    TEST_CASE("string prefixes and quote styles form one STRING token")
    {
        for (char const* s : {"'a'", "\"a\"", "'''a\nb'''", "\"\"\"a\"\"\"", "r'\\n'", "b'x'",
                 "Rb'x'", "bR'x'", "f'{x}'", "rf'x'", "FR'x'", "u'x'", "'a\\'b'", "'a\\\nb'"}) {
            CAPTURE(s);
            Lexed l = lex(s);
            CHECK(l.tokens[0].kind == TokenKind::String);
            CHECK(l.tokens[0].text == s);
            CHECK(l.tokens[1].kind == TokenKind::Newline);
        }
    }

    TEST_CASE("triple-quoted strings span lines")
    {
        Lexed l = lex("x = '''a\nb\nc''' + 1\n");
        CHECK(l.tokens[2].kind == TokenKind::String);
        CHECK(l.tokens[2].line == 1);
        CHECK(l.tokens[2].end_line == 3);
        CHECK(l.tokens[2].end_col == 4);
        CHECK(l.tokens[3].line == 3);
    }

    TEST_CASE("number spellings are single NUMBER tokens")
    {
        for (char const* s : {"0", "00", "0_0", "123", "1_000", "0x_1F", "0o17", "0b1_0", "1.5",
                 ".5", "5.", "1e10", "1E-5", "1_0.0_1e1_0", "1j", "1.5J", "0.0", "1if"}) {
            CAPTURE(s);
            Lexed l = lex(s);
            CHECK(l.tokens[0].kind == TokenKind::Number);
        }
        CHECK(lex("1if").tokens[0].text == "1");
        CHECK(lex("1else").tokens[1].kind == TokenKind::KwElse);
    }

    TEST_CASE("comments and blank lines produce no tokens")
    {
        CHECK(kinds("# c\n\n   \nx # d\n\n")
            == std::vector {TokenKind::Name, TokenKind::Newline, TokenKind::EndMarker});
    }

    TEST_CASE("unknown ASCII characters are OP tokens the parser rejects")
    {
        CHECK(lex("a $ b").tokens[1].kind == TokenKind::Unknown);
        CHECK(lex("a ? b").tokens[1].kind == TokenKind::Unknown);
    }
}

TEST_SUITE("lexer indentation and line joining")
{
    TEST_CASE("indented blocks produce INDENT and DEDENT")
    {
        CHECK(kinds("if x:\n    y\nz\n")
            == std::vector {TokenKind::KwIf, TokenKind::Name, TokenKind::Colon, TokenKind::Newline,
                TokenKind::Indent, TokenKind::Name, TokenKind::Newline, TokenKind::Dedent,
                TokenKind::Name, TokenKind::Newline, TokenKind::EndMarker});
    }

    TEST_CASE("several blocks closing at once produce several DEDENTs")
    {
        auto k = kinds("if a:\n if b:\n  c\nd\n");
        CHECK(std::count(k.begin(), k.end(), TokenKind::Dedent) == 2);
        CHECK(std::count(k.begin(), k.end(), TokenKind::Indent) == 2);
    }

    TEST_CASE("blocks still open at end of input are closed before ENDMARKER")
    {
        auto k = kinds("if a:\n  if b:\n    c");
        CHECK(k[k.size() - 3] == TokenKind::Dedent);
        CHECK(k[k.size() - 2] == TokenKind::Dedent);
        CHECK(k.back() == TokenKind::EndMarker);
    }

    TEST_CASE("brackets join lines implicitly and ignore indentation")
    {
        CHECK(kinds("x = (1,\n        2)\n")
            == std::vector {TokenKind::Name, TokenKind::Equal, TokenKind::LPar, TokenKind::Number,
                TokenKind::Comma, TokenKind::Number, TokenKind::RPar, TokenKind::Newline,
                TokenKind::EndMarker});
    }

    TEST_CASE("a backslash joins lines explicitly")
    {
        CHECK(kinds("x = 1 + \\\n      2\n")
            == std::vector {TokenKind::Name, TokenKind::Equal, TokenKind::Number, TokenKind::Plus,
                TokenKind::Number, TokenKind::Newline, TokenKind::EndMarker});
    }

    TEST_CASE("tabs and spaces may mix when used the same way on every line")
    {
        CHECK_FALSE(lex("if x:\n  \ty\n  \tz\n").failed);
        CHECK(lex("if x:\n\ty\n        z\n").error.kind == minipy::LexErrorKind::TabError);
    }

    TEST_CASE("CRLF line endings are accepted")
    {
        CHECK(kinds("if x:\r\n  y\r\n") == kinds("if x:\n  y\n"));
    }

    TEST_CASE("dedent to an unknown level is IndentationError")
    {
        Lexed l = lex("if x:\n    y\n  z\n");
        REQUIRE(l.failed);
        CHECK(l.error.kind == minipy::LexErrorKind::IndentationError);
        CHECK(l.error.msg == "unindent does not match any outer indentation level");
        CHECK(l.error.lineno == 3);
        CHECK(l.error.offset == 4);
        CHECK(l.error.end_offset == -1);
        CHECK(l.error.text == "  z\n");
    }

    TEST_CASE("inconsistent tabs and spaces are TabError")
    {
        Lexed l = lex("if x:\n  y\n\tz\n");
        REQUIRE(l.failed);
        CHECK(l.error.kind == minipy::LexErrorKind::TabError);
        CHECK(l.error.msg == "inconsistent use of tabs and spaces in indentation");
        CHECK(l.error.offset == 1);
        CHECK(l.error.end_offset == 0);
    }

    TEST_CASE("a hundred levels of indentation is too many")
    {
        std::string source;
        for (int i = 0; i < 101; ++i)
            source += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
        source += std::string(101, ' ') + "pass\n";
        Lexed l = lex(source);
        REQUIRE(l.failed);
        CHECK(l.error.kind == minipy::LexErrorKind::IndentationError);
        CHECK(l.error.msg == "too many levels of indentation");
        CHECK(l.error.lineno == 101);
    }
}

TEST_SUITE("lexer errors")
{
    struct Case {
        char const* source;
        char const* msg;
        int lineno, offset, end_offset;
    };

    TEST_CASE("tokenizer errors have CPython's message and caret")
    {
        // Each expectation was printed by CPython 3.11 for compile(source, 'f', 'exec').
        Case const cases[] = {
            {"x = 'abc", "unterminated string literal (detected at line 1)", 1, 5, 5},
            {"x = b'abc", "unterminated string literal (detected at line 1)", 1, 5, 5},
            {"x = '''abc\n\ndef", "unterminated triple-quoted string literal (detected at line 3)",
                1, 5, 5},
            {"1abc", "invalid decimal literal", 1, 1, 1},
            {"012",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                "octal integers",
                1, 1, 2},
            {"0_7",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                "octal integers",
                1, 1, 3},
            {"0x", "invalid hexadecimal literal", 1, 2, 2},
            {"0x_", "invalid hexadecimal literal", 1, 3, 3},
            {"0o", "invalid octal literal", 1, 2, 2},
            {"0o8", "invalid digit '8' in octal literal", 1, 3, 3},
            {"0b2", "invalid digit '2' in binary literal", 1, 3, 3},
            {"0b1_", "invalid binary literal", 1, 4, 4},
            {"1_", "invalid decimal literal", 1, 2, 2},
            {"1__0", "invalid decimal literal", 1, 2, 2},
            {"1_000_", "invalid decimal literal", 1, 6, 6},
            {"1e", "invalid decimal literal", 1, 1, 1},
            {"1e+", "invalid decimal literal", 1, 3, 3},
            {"x = \xe2\x82\xac", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 5, 5},
            {"a\xe2\x82\xac"
             "b = 1",
                "invalid character '\xe2\x82\xac' (U+20AC)", 1, 2, 2},
            {"x = \xc2\xa0", "invalid non-printable character U+00A0", 1, 5, 5},
            {"x = 1 \\ 2", "unexpected character after line continuation character", 1, 8, 0},
            {"(1]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 3, 3},
            {"(1\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2,
                1, 1},
            {")", "unmatched ')'", 1, 1, 1},
            {"x = 1)", "unmatched ')'", 1, 6, 6},
        };
        for (Case const& c : cases) {
            CAPTURE(c.source);
            Lexed l = lex(c.source);
            REQUIRE(l.failed);
            CHECK(l.error.msg == c.msg);
            CHECK(l.error.lineno == c.lineno);
            CHECK(l.error.offset == c.offset);
            CHECK(l.error.end_offset == c.end_offset);
        }
    }

    TEST_CASE("input ending inside brackets is an end-of-input error")
    {
        Lexed l = lex("x = (1,\n");
        REQUIRE(l.failed);
        CHECK(l.error.severity == minipy::LexErrorSeverity::EndOfInput);
        CHECK(l.error.incomplete);
        CHECK(l.error.msg == "'(' was never closed");
        CHECK(l.error.offset == 5);
        CHECK(l.error.end_offset == 0);
    }

    TEST_CASE("a backslash at end of input is unexpected EOF")
    {
        Lexed l = lex("x = 1 \\");
        REQUIRE(l.failed);
        CHECK(l.error.msg == "unexpected EOF while parsing");
        CHECK(l.error.offset == 8);
        CHECK(l.error.end_offset == -1);
        CHECK(l.error.incomplete);
    }

    TEST_CASE("more than 200 nested brackets are too many nested parentheses")
    {
        Lexed l = lex(std::string(201, '(') + std::string(201, ')'));
        REQUIRE(l.failed);
        CHECK(l.error.msg == "too many nested parentheses");
        CHECK(l.error.offset == 201);
        CHECK_FALSE(lex(std::string(200, '(') + std::string(200, ')')).failed);
    }

    TEST_CASE("an unterminated triple-quoted string is incomplete input")
    {
        CHECK(lex("x = '''abc\n").error.incomplete);
        CHECK_FALSE(lex("x = 'abc\n").error.incomplete);
    }
}
