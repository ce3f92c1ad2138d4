// Fuzz-style robustness tests for the lexer and parser: random bytes, random token soup and every
// truncation of valid programs must parse or fail cleanly, never crash or hang. Run under
// ASan+UBSan (meson setup -Db_sanitize=address,undefined) to catch memory errors.
#include "parser/ast_dump.hpp"
#include "parser/parser.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

namespace {

char const* const sample_program = R"PY(import os, sys as system
from ..pkg.mod import (a as b, c)
@decorator(1, key=2)
def function(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """Docstring."""
    global g
    x = [i * 2 for i in range(10) if i % 2 == 0]
    y = {k: v for k, v in zip(a, b)}
    z = lambda p, *q, r=1, **s: (p, q, r, s)
    try:
        with open(a) as f, (g := 3) as h:
            yield from f
    except (ValueError, TypeError) as err:
        raise RuntimeError("bad") from err
    finally:
        del x[0], y
    while not x and y or z:
        if a < b <= c != d is not e not in f:
            break
        elif -a ** -b // c @ d:
            continue
        else:
            pass
    for i, *rest in enumerate(data[1:2, ::3]):
        x += f"{i!r:>{width}} {rest=} {{literal}}"
    assert x, 'message'
    return x if y else z
class C(Base, metaclass=Meta):
    attr: int = 0b1010 + 0o17 + 0xFF + 1_000 + 1.5e-3 + 2j
    def method(self): return b'bytes' b"more" + r'\raw'
)PY";

// Tokens to assemble random programs from: every kind of lexeme, including broken ones.
char const* const soup[] = {"x", "y", "1", "2.5", "'s'", "f'{x}'", "b'b'", "(", ")", "[", "]", "{",
    "}", ":", ",", ";", "+", "-", "*", "**", "/", "//", "%", "@", "=", "==", "!=", "<", ">",
    ":=", "->", ".", "...", "if", "else", "elif", "for", "in", "while", "def", "class", "lambda",
    "return", "yield", "from", "import", "as", "not", "and", "or", "is", "try", "except", "finally",
    "with", "del", "pass", "\n", "\n    ", "\n\t", "\\\n", "#c\n", "'''", "\"", "f'{", "}'", "0x",
    "0o8", "1_", "\xe2\x82\xac", "\xff", "async", "await", "global", "nonlocal", "raise", "assert",
    "!", "$", " "};

void parse_all_modes(std::string const& source)
{
    for (auto mode :
        {minipy::ParseMode::Exec, minipy::ParseMode::Eval, minipy::ParseMode::Single}) {
        auto result = minipy::parse(source, mode);
        CHECK((result.module != nullptr) != result.error.has_value());
        if (result.module)
            (void)minipy::dump_ast(*result.module, minipy::DumpAttributes::Yes);
    }
}

} // namespace

TEST_SUITE("parser fuzzing")
{
    TEST_CASE("the sample program parses")
    {
        auto result = minipy::parse(sample_program, minipy::ParseMode::Exec);
        REQUIRE_MESSAGE(!result.error, (result.error ? result.error->msg : ""));
    }

    TEST_CASE("every truncation of a valid program parses or fails cleanly")
    {
        std::string program = sample_program;
        for (size_t n = 0; n <= program.size(); ++n)
            parse_all_modes(program.substr(0, n));
    }

    TEST_CASE("random bytes never crash the parser")
    {
        std::mt19937 rng(12345);
        for (int round = 0; round < 3000; ++round) {
            std::string source(rng() % 64, '\0');
            for (char& c : source)
                c = static_cast<char>(rng() % 256);
            parse_all_modes(source);
        }
    }

    TEST_CASE("random token soup never crashes the parser")
    {
        std::mt19937 rng(6789);
        constexpr size_t soup_size = sizeof soup / sizeof soup[0];
        for (int round = 0; round < 5000; ++round) {
            std::string source;
            int length = static_cast<int>(rng() % 40);
            for (int i = 0; i < length; ++i) {
                source += soup[rng() % soup_size];
                if (rng() % 2)
                    source += ' ';
            }
            parse_all_modes(source);
        }
    }

    TEST_CASE("random single-byte mutations of a valid program never crash the parser")
    {
        std::mt19937 rng(424242);
        std::string program = sample_program;
        static constexpr std::string_view mutations = "()[]{}:'\"\\\n #=,.*fx0";
        for (int round = 0; round < 3000; ++round) {
            std::string source = program;
            for (int k = 0; k < 3; ++k)
                source[rng() % source.size()] = mutations[rng() % mutations.size()];
            parse_all_modes(source);
        }
    }
}
