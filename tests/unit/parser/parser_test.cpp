// Tests for parser/parser.cpp's public entry points beyond the CPython case tables: parse modes,
// the incomplete-input flag, f-string details, constants, contexts and the robustness limits.
#include "parser/ast_dump.hpp"
#include "parser/parser.hpp"

#include <doctest/doctest.h>

#include <string>

using minipy::ParseMode;
using minipy::SyntaxErrorKind;

namespace {

std::string dump(std::string_view source, ParseMode mode = ParseMode::Exec)
{
    auto result = minipy::parse(source, mode);
    if (result.error)
        return "error: " + result.error->msg;
    return minipy::dump_ast(*result.module);
}

std::string error_of(std::string_view source, ParseMode mode = ParseMode::Exec)
{
    auto result = minipy::parse(source, mode);
    return result.error ? result.error->msg : "no error";
}

} // namespace

TEST_SUITE("parser modes")
{
    TEST_CASE("eval mode holds one expression statement")
    {
        CHECK(dump("1 + 2", ParseMode::Eval)
            == "Module(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), "
               "right=Constant(value=2)))], type_ignores=[])");
        CHECK(error_of("x = 1", ParseMode::Eval) == "invalid syntax");
    }

    TEST_CASE("single mode accepts one statement")
    {
        CHECK(dump("if x:\n  y\n", ParseMode::Single).starts_with("Module(body=[If("));
        CHECK(error_of("x = 1\ny = 2\n", ParseMode::Single)
            == "multiple statements found while compiling a single statement");
    }

    TEST_CASE("input ending inside an open construct is incomplete")
    {
        for (char const* source :
            {"if x:\n", "x = (1,\n", "x = '''abc\n", "x = 1 + \\\n", "def f():\n"}) {
            CAPTURE(source);
            auto result = minipy::parse(source, ParseMode::Single);
            REQUIRE(result.error);
            CHECK(result.incomplete);
        }
        for (char const* source : {"x = 1 +\n", "x = 'abc\n", "1abc\n", ")\n"}) {
            CAPTURE(source);
            auto result = minipy::parse(source, ParseMode::Single);
            REQUIRE(result.error);
            CHECK_FALSE(result.incomplete);
        }
    }

    TEST_CASE("source containing a NUL byte is rejected")
    {
        CHECK(error_of(std::string_view("x = 1\0", 6)) == "source code cannot contain null bytes");
    }

    TEST_CASE("a UTF-8 byte order mark is skipped")
    {
        CHECK(dump("\xEF\xBB\xBFx")
            == "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])");
    }

    TEST_CASE("invalid UTF-8 in a file gives CPython's Non-UTF-8 message")
    {
        auto error = minipy::check_source_encoding("x = 1\n\xff\n", "/tmp/f.py");
        REQUIRE(error);
        CHECK(error->msg
            == "Non-UTF-8 code starting with '\\xff' in file /tmp/f.py on line 2, but no encoding "
               "declared; see https://peps.python.org/pep-0263/ for details");
        CHECK(error->lineno == 0);
        CHECK_FALSE(minipy::check_source_encoding("x = '\xc3\xa9'\n", "f.py"));
        CHECK(minipy::check_source_encoding("\xed\xa0\x80", "f.py")); // a surrogate
        CHECK(minipy::check_source_encoding("\xc0\xaf", "f.py")); // overlong
    }

    TEST_CASE("PEP 263: a coding comment on line 1, or on line 2 after a comment, decodes the file")
    {
        std::string latin1 = "# -*- coding: latin-1 -*-\nx = '\xe9'\n";
        CHECK_FALSE(minipy::decode_source(latin1, "f.py"));
        CHECK(latin1 == "# -*- coding: latin-1 -*-\nx = '\xc3\xa9'\n");
        std::string second = "#!/usr/bin/env python\n# coding=cp1252\nx = '\x80'\n";
        CHECK_FALSE(minipy::decode_source(second, "f.py"));
        CHECK(second.ends_with("x = '\xe2\x82\xac'\n"));
        std::string after_code = "x = 1 # coding: latin-1\ny = '\xe9'\n";
        auto error = minipy::decode_source(after_code, "f.py");
        REQUIRE(error);
        CHECK(
            error->msg.starts_with("Non-UTF-8 code starting with '\\xe9' in file f.py on line 2"));
    }
    TEST_CASE("PEP 263 errors are CPython's")
    {
        std::string unknown = "# coding: klingon\n";
        CHECK(minipy::decode_source(unknown, "f.py")->msg == "encoding problem: klingon");
        std::string ascii = "# coding: ascii\nx = '\xe9'\n";
        CHECK(minipy::decode_source(ascii, "f.py")->msg == "encoding problem: ascii");
        std::string bom = "\xEF\xBB\xBF# coding: latin-1\n";
        CHECK(minipy::decode_source(bom, "f.py")->msg == "encoding problem: iso-8859-1 with BOM");
        std::string utf8 = "\xEF\xBB\xBF# coding: UTF_8\nx = '\xc3\xa9'\n";
        CHECK_FALSE(minipy::decode_source(utf8, "f.py"));
        std::string undefined = "# coding: windows-1252\nx = '\x81'\n";
        CHECK(minipy::decode_source(undefined, "f.py")->msg == "encoding problem: windows-1252");
    }
}

TEST_SUITE("parser details")
{
    TEST_CASE("adjacent strings concatenate and bytes cannot mix with str")
    {
        CHECK(
            dump("'a' 'b'") == "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])");
        CHECK(error_of("'a' b'b'") == "cannot mix bytes and nonbytes literals");
    }

    TEST_CASE("f-string replacement fields")
    {
        CHECK(dump("f'{x!r:>{w}} {{y}}'")
            == "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', "
               "ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
               "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' "
               "{y}')]))], type_ignores=[])");
        CHECK(dump("f'{x = }'")
            == "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), "
               "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], "
               "type_ignores=[])");
        CHECK(dump("f'{x=:>3}'")
            == "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
               "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
               "format_spec=JoinedStr(values=[Constant(value='>3')]))]))], type_ignores=[])");
        CHECK(dump("f'{\"a\" if x else \"b\"}'")
                  .starts_with(
                      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp("));
        CHECK(dump("f'{a!=b}'").find("NotEq()") != std::string::npos);
        CHECK(dump("f'{f\"{x}\"}'").find("JoinedStr(values=[FormattedValue(value=JoinedStr(")
            != std::string::npos);
    }

    TEST_CASE("f-string errors use 3.11 wording")
    {
        CHECK(error_of("f'{}'") == "f-string: empty expression not allowed");
        CHECK(error_of("f'{a'") == "f-string: expecting '}'");
        CHECK(error_of("f'}'") == "f-string: single '}' is not allowed");
        CHECK(error_of("f'{a!x}'")
            == "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        CHECK(error_of("f'{a b}'") == "f-string: invalid syntax. Perhaps you forgot a comma?");
        CHECK(error_of("f'{a:{b:{c}}}'") == "f-string: expressions nested too deeply");
    }

    TEST_CASE("f-string expression nodes have their real source positions")
    {
        auto result = minipy::parse("x = f'ab{cd}'", ParseMode::Exec);
        REQUIRE(result.module);
        std::string text = minipy::dump_ast(*result.module, minipy::DumpAttributes::Yes);
        CHECK(text.find("Name(id='cd', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, "
                        "end_col_offset=11)")
            != std::string::npos);
    }

    TEST_CASE("big and non-decimal integer literals")
    {
        CHECK(dump("0xffffffffffffffffffff")
            == "Module(body=[Expr(value=Constant(value=1208925819614629174706175))], "
               "type_ignores=[])");
        CHECK(dump("1.5j") == "Module(body=[Expr(value=Constant(value=1.5j))], type_ignores=[])");
    }

    TEST_CASE("targets get Store and Del contexts")
    {
        CHECK(dump("a, *b = c")
            == "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), "
               "Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], "
               "value=Name(id='c', ctx=Load()))], type_ignores=[])");
        CHECK(dump("del a.b")
            == "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', "
               "ctx=Del())])], type_ignores=[])");
    }

    TEST_CASE("match and case remain usable as names")
    {
        CHECK(dump("match = 1")
            == "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], "
               "value=Constant(value=1))], type_ignores=[])");
        CHECK(error_of("match x:\n    case 1: pass\n") == "invalid syntax");
    }

    TEST_CASE("async and await are outside the subset")
    {
        CHECK(error_of("async def f(): pass") == "invalid syntax");
        CHECK(error_of("await x") == "invalid syntax");
    }
}

TEST_SUITE("parser robustness")
{
    TEST_CASE("expressions nested beyond CPython's compiler limit are RecursionError")
    {
        auto ok = minipy::parse(std::string(2989, '-') + "1", ParseMode::Exec);
        CHECK_FALSE(ok.error);
        for (std::string source : {std::string(2990, '-') + "1", "a" + std::string() + [] {
                                       std::string s;
                                       for (int i = 0; i < 5000; ++i)
                                           s += ".a";
                                       return s;
                                   }()}) {
            auto result = minipy::parse(source, ParseMode::Exec);
            REQUIRE(result.error);
            CHECK(result.error->kind == SyntaxErrorKind::RecursionError);
            CHECK(result.error->msg == "maximum recursion depth exceeded during compilation");
        }
    }

    TEST_CASE("absurd nesting ends in MemoryError like CPython's parser")
    {
        std::string nots;
        for (int i = 0; i < 100000; ++i)
            nots += "not ";
        for (std::string const& source :
            {std::string(100000, '-') + "1", nots + "x", std::string(100000, '~') + "x"}) {
            auto result = minipy::parse(source, ParseMode::Exec);
            REQUIRE(result.error);
            CHECK(result.error->kind == SyntaxErrorKind::MemoryError);
        }
    }

    TEST_CASE("long flat chains and long files parse")
    {
        std::string sum = "x = a";
        for (int i = 0; i < 2000; ++i)
            sum += " + a";
        CHECK_FALSE(minipy::parse(sum, ParseMode::Exec).error);
        std::string many;
        for (int i = 0; i < 20000; ++i)
            many += "x = [1, 2, {'a': (3, 4)}] if y else f(z, *w, k=1)\n";
        CHECK_FALSE(minipy::parse(many, ParseMode::Exec).error);
    }

    TEST_CASE("ten thousand nested if blocks stop at too many levels of indentation")
    {
        std::string source;
        for (int i = 0; i < 10000; ++i)
            source += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
        source += std::string(10000, ' ') + "pass\n";
        auto result = minipy::parse(source, ParseMode::Exec);
        REQUIRE(result.error);
        CHECK(result.error->kind == SyntaxErrorKind::IndentationError);
        CHECK(result.error->msg == "too many levels of indentation");
    }

    TEST_CASE("200 nested brackets are fine and 201 are too many")
    {
        CHECK_FALSE(
            minipy::parse(std::string(200, '(') + std::string(200, ')'), ParseMode::Exec).error);
        CHECK(error_of(std::string(201, '[') + std::string(201, ']'))
            == "too many nested parentheses");
    }
}
