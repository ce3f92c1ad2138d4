// Unit tests for str: UTF-8 helpers, code-point indexing, repr quoting, %-formatting and
// str.format edge cases (expected values obtained from CPython 3.11).
#include "vm/objects/str_object.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/unicode_tables.hpp"
#include "vm/vm.hpp"

#include <doctest/doctest.h>

#include "tests/unit/vm/test_vm.hpp"

#include <string>

using namespace minipy;

namespace {

VM& test_vm()
{
    return testing::shared_vm();
}

std::string repr_of(std::string_view text, bool ascii_only = false)
{
    std::string out;
    append_str_repr(out, text, ascii_only);
    return out;
}

Value str_value(std::string_view text)
{
    return test_vm().new_str(text)->value();
}

/// `format % args`, or "<Type>: message" when it raises.
std::string percent(std::string_view format, Value args)
{
    VM& vm = test_vm();
    auto result = percent_format(vm, format, args);
    if (result.is_error()) {
        Value exc = vm.take_exception();
        auto text = vm.str(exc);
        return VM::type_of(exc)->name() + ": "
            + (text.is_error() ? std::string("?") : text.value()->data());
    }
    return result.value();
}

/// `format.format(*positional)`, or "<Type>: message" when it raises.
std::string format_call(std::string_view format, std::initializer_list<Value> positional)
{
    VM& vm = test_vm();
    auto result = vm.call_method(str_value(format), vm.intern("format"), positional);
    if (result.is_error()) {
        Value exc = vm.take_exception();
        auto text = vm.str(exc);
        return VM::type_of(exc)->name() + ": "
            + (text.is_error() ? std::string("?") : text.value()->data());
    }
    return static_cast<StrObject*>(result.value().as_object())->data();
}

Value tuple_of(std::initializer_list<Value> items)
{
    return test_vm().new_tuple(items)->value();
}

} // namespace

TEST_SUITE("utf-8 helpers")
{
    TEST_CASE("utf8_append and utf8_decode round-trip every encoding length")
    {
        for (uint32_t cp :
            {0x41u, 0xE9u, 0x7FFu, 0x800u, 0x20ACu, 0xFFFFu, 0x10000u, 0x1F600u, 0x10FFFFu}) {
            std::string s;
            utf8_append(s, cp);
            char const* p = s.data();
            CHECK(utf8_decode(p) == cp);
            CHECK(p == s.data() + s.size());
        }
        std::string euro;
        utf8_append(euro, 0x20AC);
        CHECK(euro == "\xe2\x82\xac");
    }

    TEST_CASE("utf8_length counts code points, not bytes")
    {
        CHECK(utf8_length("") == 0);
        CHECK(utf8_length("abc") == 3);
        CHECK(utf8_length("h\xc3\xa9llo \xf0\x9f\x98\x80") == 7);
    }
}

TEST_SUITE("StrObject")
{
    TEST_CASE("length and the ASCII flag are computed at construction")
    {
        test_vm();
        StrObject ascii(std::string("hello world, this is long enough for the word loop"));
        CHECK(ascii.is_ascii());
        CHECK(ascii.length() == ascii.byte_length());
        StrObject text(std::string("h\xc3\xa9llo \xe4\xb8\xad\xf0\x9f\x98\x80!"));
        CHECK_FALSE(text.is_ascii());
        CHECK(text.length() == 9);
    }

    TEST_CASE("code-point indexing and byte offsets agree from both ends")
    {
        test_vm();
        StrObject text(std::string("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80z"));
        CHECK(text.code_point_at(0) == 'a');
        CHECK(text.code_point_at(1) == 0xE9);
        CHECK(text.code_point_at(2) == 0x4E2D);
        CHECK(text.code_point_at(3) == 0x1F600);
        CHECK(text.code_point_at(4) == 'z');
        CHECK(text.byte_offset(0) == 0);
        CHECK(text.byte_offset(2) == 3);
        CHECK(text.byte_offset(4) == 10);
        CHECK(text.byte_offset(5) == text.byte_length());
    }

    TEST_CASE("equal strings hash equally and the hash is never -1")
    {
        test_vm();
        StrObject a(std::string("identifier"));
        StrObject b(std::string("identifier"));
        StrObject c(std::string("identifies"));
        CHECK(a.hash() == b.hash());
        CHECK(a.hash() != c.hash());
        CHECK(a.equals(&b));
        CHECK_FALSE(a.equals(&c));
        CHECK(hash_bytes("") != -1);
    }
}

TEST_SUITE("str repr")
{
    TEST_CASE("single quotes unless the text has a single quote and no double quote")
    {
        CHECK(repr_of("plain") == "'plain'");
        CHECK(repr_of("it's") == "\"it's\"");
        CHECK(repr_of("a\"b") == "'a\"b'");
        CHECK(repr_of("'\"") == "'\\'\"'");
        CHECK(repr_of("back\\slash") == "'back\\\\slash'");
    }

    TEST_CASE("control characters are escaped, printable non-ASCII is kept")
    {
        CHECK(repr_of("\t\n\r") == "'\\t\\n\\r'");
        CHECK(repr_of(std::string_view("\x00\x7f", 2)) == "'\\x00\\x7f'");
        // U+0080 (control), U+00FF (printable), U+200B (format), U+00A0 (space separator),
        // é, 😀, U+E0001 (tag, format).
        CHECK(
            repr_of("\xc2\x80\xc3\xbf\xe2\x80\x8b\xc2\xa0\xc3\xa9\xf0\x9f\x98\x80\xf3\xa0\x80\x81")
            == "'\\x80\xc3\xbf\\u200b\\xa0\xc3\xa9\xf0\x9f\x98\x80\\U000e0001'");
    }

    TEST_CASE("ascii() escapes every non-ASCII code point")
    {
        CHECK(repr_of("\xc3\xa9\xf0\x9f\x98\x80\xe2\x80\xa8", true) == "'\\xe9\\U0001f600\\u2028'");
    }

    TEST_CASE("printability follows CPython's Unicode database")
    {
        CHECK(is_printable_code_point(' '));
        CHECK_FALSE(is_printable_code_point('\n'));
        CHECK(is_printable_code_point(0x4E2D));
        CHECK_FALSE(is_printable_code_point(0x2028));
        CHECK_FALSE(is_printable_code_point(0x3000)); // ideographic space (Zs)
        CHECK(unicode::has(0x661, unicode::DECIMAL)); // ARABIC-INDIC DIGIT ONE
        CHECK(unicode::has(0xB2, unicode::DIGIT)); // superscript two: digit, not decimal
        CHECK_FALSE(unicode::has(0xB2, unicode::DECIMAL));
    }
}

TEST_SUITE("printf-style formatting")
{
    TEST_CASE("flags, width and precision for integers")
    {
        VM& vm = test_vm();
        CHECK(percent("%5.3d|", vm.new_int(5)) == "  005|");
        CHECK(percent("%-+6d|", vm.new_int(5)) == "+5    |");
        CHECK(percent("%#08x", vm.new_int(255)) == "0x0000ff");
        CHECK(percent("%#o", vm.new_int(0)) == "0o0");
        CHECK(percent("% 05d", vm.new_int(-3)) == "-0003");
        CHECK(percent("%.3d", vm.new_int(-5)) == "-005");
        CHECK(percent("%x", vm.new_int(-255)) == "-ff");
        CHECK(percent("%#X", vm.new_int(255)) == "0XFF");
        CHECK(percent("%i", vm.new_float(3.9)) == "3");
    }

    TEST_CASE("floats go through format() with the same precision rules")
    {
        VM& vm = test_vm();
        CHECK(percent("%.0f", vm.new_float(2.5)) == "2");
        CHECK(percent("%#.0f", vm.new_float(2.0)) == "2.");
        CHECK(percent("%010.3e", vm.new_float(-1.5)) == "-1.500e+00");
        CHECK(percent("%+.2g", vm.new_float(1234.5)) == "+1.2e+03");
        CHECK(percent("%*.*f|", tuple_of({vm.new_int(8), vm.new_int(2), vm.new_float(3.14159)}))
            == "    3.14|");
    }

    TEST_CASE("strings, characters and star widths")
    {
        VM& vm = test_vm();
        CHECK(percent("%-8.3s|", str_value("abcdef")) == "abc     |");
        CHECK(percent("%05s|", str_value("ab")) == "   ab|");
        CHECK(percent("%c%c", tuple_of({vm.new_int(65), str_value("z")})) == "Az");
        CHECK(percent("%-*d|", tuple_of({vm.new_int(-5), vm.new_int(3)})) == "3    |");
        CHECK(percent("%a", tuple_of({str_value("\xc3\xa9")})) == "'\\xe9'");
        CHECK(percent("%s", tuple_of({tuple_of({vm.new_int(1)})})) == "(1,)");
    }

    TEST_CASE("argument count and type errors use CPython's messages")
    {
        VM& vm = test_vm();
        CHECK(percent("%d", str_value("x"))
            == "TypeError: %d format: a real number is required, not str");
        CHECK(percent("%s %s", tuple_of({str_value("a")}))
            == "TypeError: not enough arguments for format string");
        CHECK(percent("%s", tuple_of({str_value("a"), str_value("b")}))
            == "TypeError: not all arguments converted during string formatting");
        CHECK(percent("%z", vm.new_int(1))
            == "ValueError: unsupported format character 'z' (0x7a) at index 1");
        CHECK(percent("%", tuple_of({})) == "ValueError: incomplete format");
        CHECK(
            percent("%(a)s", tuple_of({vm.new_int(1)})) == "TypeError: format requires a mapping");
        CHECK(
            percent("%c", vm.new_int(0x110000)) == "OverflowError: %c arg not in range(0x110000)");
        CHECK(percent("%x", vm.new_float(3.0))
            == "TypeError: %x format: an integer is required, not float");
    }
}

TEST_SUITE("str.format")
{
    TEST_CASE("automatic and manual numbering, escapes and nested specs")
    {
        VM& vm = test_vm();
        CHECK(format_call("{} {}", {vm.new_int(1), str_value("two")}) == "1 two");
        CHECK(format_call("{1}{0}{1}", {str_value("a"), str_value("b")}) == "bab");
        CHECK(format_call("{{literal}} {}", {str_value("x")}) == "{literal} x");
        CHECK(format_call("{0:>{1}}", {str_value("r"), vm.new_int(4)}) == "   r");
        CHECK(format_call("{!r:>6}", {str_value("x")}) == "   'x'");
        CHECK(format_call("{0:05}", {str_value("a")}) == "a0000");
        CHECK(format_call("{:>5.2}", {str_value("abc")}) == "   ab");
    }

    TEST_CASE("malformed format strings raise CPython's errors")
    {
        VM& vm = test_vm();
        CHECK(format_call("{} {}", {vm.new_int(1)})
            == "IndexError: Replacement index 1 out of range for positional args tuple");
        CHECK(format_call("{}{0}", {vm.new_int(1)})
            == "ValueError: cannot switch from automatic field numbering to manual field "
               "specification");
        CHECK(format_call("{0}{}", {vm.new_int(1)})
            == "ValueError: cannot switch from manual field specification to automatic field "
               "numbering");
        CHECK(format_call("{", {}) == "ValueError: Single '{' encountered in format string");
        CHECK(format_call("}", {}) == "ValueError: Single '}' encountered in format string");
        CHECK(format_call("{a", {}) == "ValueError: expected '}' before end of string");
        CHECK(format_call("{!x}", {vm.new_int(1)}) == "ValueError: Unknown conversion specifier x");
        CHECK(
            format_call("{0.}", {vm.new_int(1)}) == "ValueError: Empty attribute in format string");
        CHECK(format_call("{:d}", {str_value("a")})
            == "ValueError: Unknown format code 'd' for object of type 'str'");
        CHECK(format_call("{:=5}", {str_value("a")})
            == "ValueError: '=' alignment not allowed in string format specifier");
        CHECK(format_call("{:{:{}}}", {vm.new_int(1), vm.new_int(2), vm.new_int(3)})
            == "ValueError: Max string recursion exceeded");
    }
}
