// Unit tests for the number core: float repr, int text, hashes (against CPython 3.11's values)
// and the format-specification renderers.
#include "vm/format_spec.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/number_util.hpp"
#include "vm/vm.hpp"

#include <doctest/doctest.h>

#include "tests/unit/vm/test_vm.hpp"

#include <cmath>
#include <limits>

using namespace minipy;

namespace {

VM& test_vm()
{
    return testing::shared_vm();
}

std::string fmt_int(Value v, std::string_view spec)
{
    VM& vm = test_vm();
    auto parsed = parse_format_spec(vm, spec, "int");
    REQUIRE(!parsed.is_error());
    auto out = format_int_spec(vm, v, parsed.value());
    REQUIRE(!out.is_error());
    return out.value();
}

std::string fmt_float(double v, std::string_view spec)
{
    VM& vm = test_vm();
    auto parsed = parse_format_spec(vm, spec, "float");
    REQUIRE(!parsed.is_error());
    auto out = format_float_spec(vm, v, parsed.value());
    REQUIRE(!out.is_error());
    return out.value();
}

} // namespace

TEST_SUITE("float repr")
{
    TEST_CASE("shortest round-trip digits with Python's switch to exponent form")
    {
        CHECK(float_repr(0.1) == "0.1");
        CHECK(float_repr(1e16) == "1e+16");
        CHECK(float_repr(1e15) == "1000000000000000.0");
        CHECK(float_repr(1e-05) == "1e-05");
        CHECK(float_repr(0.0001) == "0.0001");
        CHECK(float_repr(2.5e-05) == "2.5e-05");
        CHECK(float_repr(123456789012345678.0) == "1.2345678901234568e+17");
        CHECK(float_repr(5e-324) == "5e-324");
        CHECK(float_repr(1.7976931348623157e+308) == "1.7976931348623157e+308");
        CHECK(float_repr(1.0 / 3) == "0.3333333333333333");
        CHECK(float_repr(1e22) == "1e+22");
        CHECK(float_repr(100.0) == "100.0");
    }

    TEST_CASE("signed zero, infinities and NaN")
    {
        CHECK(float_repr(-0.0) == "-0.0");
        CHECK(float_repr(0.0) == "0.0");
        CHECK(float_repr(std::numeric_limits<double>::infinity()) == "inf");
        CHECK(float_repr(-std::numeric_limits<double>::infinity()) == "-inf");
        CHECK(float_repr(std::nan("")) == "nan");
    }
}

TEST_SUITE("int text")
{
    TEST_CASE("huge values print every digit")
    {
        VM& vm = test_vm();
        CHECK(int_to_decimal(make_int_from_decimal(
                  vm, "1606938044258990275541962092341162602522202993782792835301376"))
            == "1606938044258990275541962092341162602522202993782792835301376");
        std::string negative
            = "-369988485035126972924700782451696644186473100389722973815184405301748249";
        CHECK(int_to_decimal(make_int_from_decimal(vm, negative)) == negative);
        CHECK(int_to_decimal(make_int(vm, std::numeric_limits<int64_t>::min()))
            == "-9223372036854775808");
        CHECK(int_to_decimal(make_int(vm, -42)) == "-42");
    }

    TEST_CASE("values that fit a small int are never boxed")
    {
        VM& vm = test_vm();
        CHECK(make_int_from_decimal(vm, "12345").is_small_int());
        CHECK(make_int_from_decimal(vm, "-2305843009213693952").is_small_int());
        CHECK(!make_int_from_decimal(vm, "2305843009213693952").is_small_int());
    }

    TEST_CASE("int() parsing rules")
    {
        VM& vm = test_vm();
        auto parse = [&](std::string_view text, int base) {
            auto r = int_from_string(vm, text, base);
            REQUIRE(!r.is_error());
            return int_to_decimal(r.value());
        };
        CHECK(parse("  12_3 ", 10) == "123");
        CHECK(parse("0x_1f", 0) == "31");
        CHECK(parse("0_0", 0) == "0");
        CHECK(parse("-0b101", 0) == "-5");
        CHECK(parse("zz", 36) == "1295");
        CHECK(parse("99999999999999999999999", 10) == "99999999999999999999999");
    }
}

TEST_SUITE("hashes")
{
    TEST_CASE("int hashes match CPython")
    {
        VM& vm = test_vm();
        CHECK(int_hash(make_int(vm, -1)) == -2);
        CHECK(int_hash(make_int_from_decimal(vm, "2305843009213693952")) == 1); // 2**61
        CHECK(int_hash(make_int_from_decimal(vm, "2305843009213693951")) == 0); // 2**61-1
        CHECK(int_hash(make_int_from_decimal(vm, "-2305843009213693952")) == -2); // -2**61
        CHECK(int_hash(make_int_from_decimal(vm, "-1267650600228229401496703205376"))
            == -549755813888); // -2**100
        CHECK(int_hash(make_int_from_decimal(vm, "18446744073709551621")) == 13); // 2**64+5
        CHECK(int_hash(make_int_from_decimal(vm, "-18446744073709551616")) == -8); // -2**64
        CHECK(int_hash(make_int_from_decimal(vm, "1000000000000000000000000000000"))
            == 465258685558744706);
        CHECK(int_hash(make_int_from_decimal(vm, "9223372036854775808")) == 4); // 2**63
        CHECK(int_hash(make_int(vm, std::numeric_limits<int64_t>::min())) == -4); // -2**63
    }

    TEST_CASE("float hashes match CPython and equal ints hash equally")
    {
        CHECK(float_hash(1.5) == 1152921504606846977);
        CHECK(float_hash(-1.0) == -2);
        CHECK(float_hash(-0.5) == -1152921504606846976);
        CHECK(float_hash(0.1) == 230584300921369408);
        CHECK(float_hash(1e300) == 1224995262755759164);
        CHECK(float_hash(1e-300) == 482449582752280463);
        CHECK(float_hash(std::ldexp(1.0, 70)) == 512);
        CHECK(float_hash(std::numeric_limits<double>::infinity()) == 314159);
        CHECK(float_hash(-std::numeric_limits<double>::infinity()) == -314159);
    }
}

TEST_SUITE("format specs")
{
    TEST_CASE("int presentation types, grouping and zero padding")
    {
        VM& vm = test_vm();
        CHECK(fmt_int(make_int(vm, 1234), "09,") == "0,001,234");
        CHECK(fmt_int(make_int(vm, 1234), "08,") == "0,001,234");
        CHECK(fmt_int(make_int(vm, -1234), "010,") == "-0,001,234");
        CHECK(fmt_int(make_int(vm, 255), "#010x") == "0x000000ff");
        CHECK(fmt_int(make_int(vm, 255), "#012_b") == "0b0_1111_1111");
        CHECK(fmt_int(make_int(vm, 255), "X") == "FF");
        CHECK(fmt_int(make_int(vm, 255), "o") == "377");
        CHECK(fmt_int(make_int(vm, 65), "c") == "A");
        CHECK(fmt_int(make_int(vm, -12), "=+8") == "-     12");
        CHECK(fmt_int(make_int(vm, 12), "*^9") == "***12****");
        CHECK(fmt_int(make_int(vm, 1234), "_<10,") == "1,234_____");
        CHECK(fmt_int(make_int_from_decimal(vm, "1180591620717411303424"), ",")
            == "1,180,591,620,717,411,303,424");
        CHECK(fmt_int(make_int(vm, 1), "%") == "100.000000%");
    }

    TEST_CASE("float presentation types follow CPython's rules")
    {
        CHECK(fmt_float(1e16, "") == "1e+16");
        CHECK(fmt_float(1.0, ".3") == "1.0");
        CHECK(fmt_float(123.456, ".2") == "1.2e+02");
        CHECK(fmt_float(123.0, ".3") == "1.23e+02");
        CHECK(fmt_float(0.5, ".0") == "0.5");
        CHECK(fmt_float(1.5, "e") == "1.500000e+00");
        CHECK(fmt_float(0.5, ".0%") == "50%");
        CHECK(fmt_float(2.5, ".0f") == "2");
        CHECK(fmt_float(2.5, "#.0f") == "2.");
        CHECK(fmt_float(123456789.0, "g") == "1.23457e+08");
        CHECK(fmt_float(100.0, "#g") == "100.000");
        CHECK(fmt_float(1e16, "#") == "1.e+16");
        CHECK(fmt_float(-0.001, "z.1f") == "0.0");
        CHECK(fmt_float(1234567.891, "_.2f") == "1_234_567.89");
        CHECK(fmt_float(1234.5, "+012,.1f") == "+0,001,234.5");
        CHECK(fmt_float(-1.5, "010.2e") == "-01.50e+00");
        CHECK(fmt_float(std::nan(""), "010") == "0000000nan");
        CHECK(fmt_float(-std::numeric_limits<double>::infinity(), "F") == "-INF");
        CHECK(fmt_float(0.1, ".20") == "0.10000000000000000555");
    }

    TEST_CASE("malformed specs raise ValueError")
    {
        VM& vm = test_vm();
        CHECK(parse_format_spec(vm, "abc", "int").is_error());
        vm.take_exception();
        CHECK(parse_format_spec(vm, ",_", "int").is_error());
        vm.take_exception();
        CHECK(parse_format_spec(vm, ",s", "str").is_error());
        vm.take_exception();
        CHECK(parse_format_spec(vm, ".", "float").is_error());
        vm.take_exception();
    }
}
