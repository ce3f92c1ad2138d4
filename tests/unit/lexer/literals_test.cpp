// Tests for lexer/literals.cpp: string escapes, prefixes and number decoding.
#include "lexer/literals.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace minipy;

namespace {

std::string decode(std::string_view token, EscapeError* error_out = nullptr)
{
    StringParts parts = split_string_token(token);
    std::string out;
    EscapeError error;
    bool ok = decode_string_body(parts.body, parts.prefix, out, error);
    if (error_out)
        *error_out = error;
    return ok ? out : "<error>";
}

} // namespace

TEST_SUITE("string literals")
{
    TEST_CASE("prefixes and quotes are split off")
    {
        StringParts p = split_string_token("rB'''x'''");
        CHECK(p.prefix.raw);
        CHECK(p.prefix.bytes);
        CHECK_FALSE(p.prefix.fstring);
        CHECK(p.quote_len == 3);
        CHECK(p.body == "x");
        CHECK(split_string_token("''").body.empty());
        CHECK(split_string_token("''''''").quote_len == 3);
        CHECK(split_string_token("f'a'").prefix.fstring);
    }

    TEST_CASE("simple escapes decode like Python")
    {
        CHECK(decode(R"('\n\t\r\\\'\"\a\b\f\v')") == "\n\t\r\\'\"\a\b\f\v");
        CHECK(decode(R"('\101\0\x41')") == std::string("A\0A", 3));
        CHECK(decode(R"('\u00e9\U0001F600')") == "\xc3\xa9\xf0\x9f\x98\x80");
        CHECK(decode("'a\\\nb'") == "ab");
    }

    TEST_CASE("unknown escapes keep their backslash")
    {
        CHECK(decode(R"('\d\q')") == "\\d\\q");
    }

    TEST_CASE("raw strings keep backslashes")
    {
        CHECK(decode(R"(r'\n\x')") == "\\n\\x");
    }

    TEST_CASE("bytes decode to raw bytes and keep \\u")
    {
        CHECK(decode(R"(b'\xff\x00\u1234')") == std::string("\xff\0\\u1234", 8));
    }

    TEST_CASE("bad escapes give CPython's unicode error text")
    {
        EscapeError e;
        decode(R"('ab\x4')", &e);
        CHECK(e.msg
            == "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: "
               "truncated \\xXX escape");
        decode(R"('\u12')", &e);
        CHECK(e.msg
            == "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
               "truncated \\uXXXX escape");
        decode(R"('\U0011ffff')", &e);
        CHECK(e.msg
            == "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal "
               "Unicode character");
        decode(R"(b'ab\x4')", &e);
        CHECK(e.msg == "(value error) invalid \\x escape at position 2");
    }

    TEST_CASE("\\N{name} is reported as an unknown name")
    {
        EscapeError e;
        decode(R"('\N{EM DASH}')", &e);
        CHECK(e.kind == EscapeError::Kind::Escape);
        CHECK(e.msg.find("unknown Unicode character name") != std::string::npos);
    }

    TEST_CASE("non-ASCII characters are rejected in bytes")
    {
        EscapeError e;
        decode("b'\xc3\xa9'", &e);
        CHECK(e.kind == EscapeError::Kind::NonAscii);
        CHECK(e.msg == "bytes can only contain ASCII literal characters");
    }
}

TEST_SUITE("number literals")
{
    TEST_CASE("integers in every base with underscores")
    {
        CHECK(decode_number("1_000").int_value == 1000);
        CHECK(decode_number("0x_ff").int_value == 255);
        CHECK(decode_number("0o17").int_value == 15);
        CHECK(decode_number("0B1_01").int_value == 5);
        CHECK(decode_number("00").int_value == 0);
        CHECK(decode_number("9223372036854775807").kind == NumberValue::Kind::Int);
        CHECK(decode_number("9223372036854775807").int_value == INT64_MAX);
    }

    TEST_CASE("integers beyond int64 become decimal digit text")
    {
        NumberValue v = decode_number("9223372036854775808");
        CHECK(v.kind == NumberValue::Kind::BigInt);
        CHECK(v.digits == "9223372036854775808");
        CHECK(decode_number("0xffffffffffffffffffff").digits == "1208925819614629174706175");
        CHECK(decode_number("0o7777777777777777777777").digits == "73786976294838206463");
        CHECK(decode_number("0b" + std::string(70, '1')).digits == "1180591620717411303423");
    }

    TEST_CASE("floats and imaginary literals")
    {
        CHECK(decode_number("1.5").float_value == 1.5);
        CHECK(decode_number(".5").float_value == 0.5);
        CHECK(decode_number("5.").float_value == 5.0);
        CHECK(decode_number("1_0.0_1e1_0").float_value == 100100000000.0);
        CHECK(decode_number("1E-5").float_value == 1e-5);
        CHECK(std::isinf(decode_number("1e400").float_value));
        CHECK(decode_number("1e-400").float_value == 0.0);
        NumberValue j = decode_number("1.5j");
        CHECK(j.kind == NumberValue::Kind::Complex);
        CHECK(j.float_value == 1.5);
        CHECK(decode_number("10J").kind == NumberValue::Kind::Complex);
    }
}
