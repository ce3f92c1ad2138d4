// Tests for vm/native_args.cpp: argument-count and keyword errors worded exactly as CPython 3.11's.
#include "vm/native_args.hpp"

#include "vm/objects/exception_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <doctest/doctest.h>

#include "tests/unit/vm/test_vm.hpp"

#include <string>
#include <vector>

using namespace minipy;

namespace {

VM& test_vm()
{
    return testing::shared_vm();
}

/// A call with `positional` ints followed by keyword arguments named `keywords` (values 0).
struct TestCall {
    std::vector<Value> values;
    TupleObject* kwnames = nullptr;

    TestCall(size_t positional, std::vector<char const*> keywords = {})
    {
        VM& vm = test_vm();
        for (size_t i = 0; i < positional; ++i)
            values.push_back(Value::small_int(static_cast<int64_t>(i + 1)));
        if (!keywords.empty()) {
            kwnames = vm.new_tuple(keywords.size());
            for (size_t i = 0; i < keywords.size(); ++i) {
                (*kwnames)[i] = vm.intern(keywords[i])->value();
                values.push_back(Value::small_int(0));
            }
        }
    }
    CallArgs args() const { return CallArgs {values.data(), values.size(), kwnames}; }
};

/// The pending exception's type name and message, clearing it.
std::string take_error()
{
    VM& vm = test_vm();
    REQUIRE(vm.has_exception());
    auto* exception = static_cast<ExceptionObject*>(vm.take_exception().as_object());
    std::string text = exception->type()->name() + ": ";
    if (exception->m_args->size() == 1)
        text += static_cast<StrObject*>(exception->m_args->at(0).as_object())->data();
    return text;
}

} // namespace

TEST_SUITE("native_args")
{
    TEST_CASE("a one-argument function reports 'takes exactly one argument'")
    {
        TestCall call(0);
        CHECK(check_arg_count(test_vm(), call.args(), "len", 1, 1).is_error());
        CHECK(take_error() == "TypeError: len() takes exactly one argument (0 given)");
    }

    TEST_CASE("a method keeps its qualified name in the one-argument form")
    {
        TestCall call(1); // self only
        CHECK(check_arg_count(test_vm(), call.args(), "list.append", 1, 1, true).is_error());
        CHECK(take_error() == "TypeError: list.append() takes exactly one argument (0 given)");
    }

    TEST_CASE("a no-argument function reports 'takes no arguments'")
    {
        TestCall call(1);
        CHECK(check_arg_count(test_vm(), call.args(), "globals", 0, 0).is_error());
        CHECK(take_error() == "TypeError: globals() takes no arguments (1 given)");
    }

    TEST_CASE("ranges use the bare name with 'expected at most/at least'")
    {
        TestCall too_many(3); // self + 2
        CHECK(check_arg_count(test_vm(), too_many.args(), "list.pop", 0, 1, true).is_error());
        CHECK(take_error() == "TypeError: pop expected at most 1 argument, got 2");
        TestCall too_few(1);
        CHECK(check_arg_count(test_vm(), too_few.args(), "dict.get", 1, 2, true).is_error());
        CHECK(take_error() == "TypeError: get expected at least 1 argument, got 0");
        TestCall exact(1);
        CHECK(check_arg_count(test_vm(), exact.args(), "divmod", 2, 2).is_error());
        CHECK(take_error() == "TypeError: divmod expected 2 arguments, got 1");
    }

    TEST_CASE("keywords are rejected with the qualified name")
    {
        TestCall call(1, {"x"});
        CHECK(check_arg_count(test_vm(), call.args(), "list.pop", 0, 1, true).is_error());
        CHECK(take_error() == "TypeError: list.pop() takes no keyword arguments");
    }

    TEST_CASE("counts within bounds succeed")
    {
        TestCall call(2);
        CHECK_FALSE(check_arg_count(test_vm(), call.args(), "getattr", 2, 3).is_error());
        CHECK_FALSE(test_vm().has_exception());
    }

    TEST_CASE("bind_args binds keywords by name and leaves missing optionals empty")
    {
        TestCall call(1, {"ndigits"});
        Value out[2];
        CHECK_FALSE(bind_args(test_vm(), call.args(), "round", {"number", "ndigits"}, 1, 0, out)
                        .is_error());
        CHECK(out[0].as_small_int() == 1);
        CHECK(out[1].as_small_int() == 0);
        TestCall only(1);
        CHECK_FALSE(bind_args(test_vm(), only.args(), "round", {"number", "ndigits"}, 1, 0, out)
                        .is_error());
        CHECK(out[1].is_empty());
    }

    TEST_CASE("bind_args reports a missing required argument with its position")
    {
        TestCall call(1);
        Value out[3];
        CHECK(
            bind_args(test_vm(), call.args(), "pow", {"base", "exp", "mod"}, 2, 0, out).is_error());
        CHECK(take_error() == "TypeError: pow() missing required argument 'exp' (pos 2)");
    }

    TEST_CASE("bind_args reports an argument given by name and position")
    {
        TestCall call(1, {"number"});
        Value out[2];
        CHECK(bind_args(test_vm(), call.args(), "round", {"number", "ndigits"}, 1, 0, out)
                  .is_error());
        CHECK(take_error()
            == "TypeError: argument for round() given by name ('number') and position (1)");
    }

    TEST_CASE("bind_args reports an unknown keyword in Argument Clinic's words")
    {
        TestCall call(1, {"x"});
        Value out[2];
        CHECK(bind_args(test_vm(), call.args(), "encode", {"encoding", "errors"}, 0, 0, out)
                  .is_error());
        CHECK(take_error() == "TypeError: 'x' is an invalid keyword argument for encode()");
    }

    TEST_CASE("a positional-only parameter cannot be passed by keyword")
    {
        TestCall call(0, {"iterable"});
        Value out[2];
        CHECK(
            bind_args(test_vm(), call.args(), "sum", {"iterable", "start"}, 1, 1, out).is_error());
        CHECK(take_error() == "TypeError: sum() takes at least 1 positional argument (0 given)");
        TestCall both(1, {"iterable"});
        CHECK(
            bind_args(test_vm(), both.args(), "sum", {"iterable", "start"}, 1, 1, out).is_error());
        CHECK(take_error() == "TypeError: 'iterable' is an invalid keyword argument for sum()");
    }

    TEST_CASE("too many arguments in total")
    {
        TestCall call(3);
        Value out[2];
        CHECK(bind_args(test_vm(), call.args(), "round", {"number", "ndigits"}, 1, 0, out)
                  .is_error());
        CHECK(take_error() == "TypeError: round() takes at most 2 arguments (3 given)");
        TestCall keywords(0, {"number", "ndigits", "y"});
        CHECK(bind_args(test_vm(), keywords.args(), "round", {"number", "ndigits"}, 1, 0, out)
                  .is_error());
        CHECK(take_error() == "TypeError: round() takes at most 2 keyword arguments (3 given)");
    }

    TEST_CASE("keyword-only parameters refuse positional arguments")
    {
        Value out[2];
        TestCall method_call(2); // self and one positional argument
        CHECK(bind_args_kwonly(
            test_vm(), method_call.args(), "list.sort", {"key", "reverse"}, 0, 0, 2, out, true)
                  .is_error());
        CHECK(take_error() == "TypeError: sort() takes no positional arguments");
        TestCall to_bytes(3);
        Value out3[3];
        CHECK(bind_args_kwonly(test_vm(), to_bytes.args(), "to_bytes",
            {"length", "byteorder", "signed"}, 0, 0, 1, out3)
                  .is_error());
        CHECK(
            take_error() == "TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
    }
}
