// Unit tests for DictObject: insertion order, deletion and reinsertion, growth, the str fast
// path, numeric key equality (1, 1.0 and True are one key) and mutation during lookup.
#include "vm/objects/dict_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

#include <doctest/doctest.h>

#include "tests/unit/vm/test_vm.hpp"

#include <string>
#include <vector>

using namespace minipy;

namespace {

/// The process's single VM, created on first use.
VM& test_vm()
{
    return testing::shared_vm();
}

std::vector<int64_t> int_keys(DictObject const* dict)
{
    std::vector<int64_t> keys;
    for (auto const& entry : dict->entries()) {
        if (!entry.key.is_empty())
            keys.push_back(entry.key.as_small_int());
    }
    return keys;
}

Value run_and_get(VM& vm, char const* source, char const* name)
{
    DictObject* globals = vm.new_dict();
    Root root(vm, globals->value());
    globals->set_str(vm, vm.names.__builtins__, vm.builtins_module()->value());
    auto code = vm.compile(source, "<dict_test>", "exec");
    REQUIRE(!code.is_error());
    auto result = vm.run_code(code.value(), globals, globals->value());
    if (result.is_error()) {
        vm.take_exception();
        FAIL("the Python snippet raised");
    }
    return globals->get(name);
}

} // namespace

TEST_SUITE("dict")
{
    TEST_CASE("entries iterate in insertion order")
    {
        VM& vm = test_vm();
        DictObject* d = vm.new_dict();
        Root root(vm, d->value());
        for (int64_t k : {5, 1, 100, 33, -7})
            REQUIRE(!d->set(vm, Value::small_int(k), Value::small_int(k * 2)).is_error());
        CHECK(int_keys(d) == std::vector<int64_t> {5, 1, 100, 33, -7});
        // Overwriting keeps the original position.
        REQUIRE(!d->set(vm, Value::small_int(1), Value::small_int(0)).is_error());
        CHECK(int_keys(d) == std::vector<int64_t> {5, 1, 100, 33, -7});
        CHECK(d->size() == 5);
    }

    TEST_CASE("a deleted key reinserted goes to the end")
    {
        VM& vm = test_vm();
        DictObject* d = vm.new_dict();
        Root root(vm, d->value());
        for (int64_t k = 0; k < 4; ++k)
            REQUIRE(!d->set(vm, Value::small_int(k), Value::small_int(k)).is_error());
        auto removed = d->remove(vm, Value::small_int(1));
        REQUIRE(!removed.is_error());
        CHECK(removed.value());
        auto again = d->remove(vm, Value::small_int(1));
        REQUIRE(!again.is_error());
        CHECK(!again.value());
        CHECK(d->get(vm, Value::small_int(1)).value().is_empty());
        REQUIRE(!d->set(vm, Value::small_int(1), Value::small_int(9)).is_error());
        CHECK(int_keys(d) == std::vector<int64_t> {0, 2, 3, 1});
        CHECK(d->get(vm, Value::small_int(1)).value().as_small_int() == 9);
    }

    TEST_CASE("growth keeps every key reachable and in order")
    {
        VM& vm = test_vm();
        DictObject* d = vm.new_dict();
        Root root(vm, d->value());
        constexpr int64_t n = 20000;
        for (int64_t k = 0; k < n; ++k)
            REQUIRE(!d->set(vm, Value::small_int(k * 7919), Value::small_int(k)).is_error());
        for (int64_t k = 0; k < n; k += 2)
            REQUIRE(d->remove(vm, Value::small_int(k * 7919)).value());
        for (int64_t k = n; k < n + 1000; ++k)
            REQUIRE(!d->set(vm, Value::small_int(k * 7919), Value::small_int(k)).is_error());
        CHECK(d->size() == n / 2 + 1000);
        for (int64_t k = 1; k < n; k += 2)
            CHECK(d->get(vm, Value::small_int(k * 7919)).value().as_small_int() == k);
        auto keys = int_keys(d);
        CHECK(keys.front() == 7919);
        CHECK(keys.back() == (n + 999) * 7919);
    }

    TEST_CASE("str keys: interned and non-interned strings are the same key")
    {
        VM& vm = test_vm();
        DictObject* d = vm.new_dict();
        Root root(vm, d->value());
        StrObject* interned = vm.intern("spam");
        d->set_str(vm, interned, Value::small_int(1));
        StrObject* copy = vm.new_str(std::string("sp") + "am");
        CHECK(copy != interned);
        CHECK(d->get_str(copy).as_small_int() == 1);
        CHECK(d->get(vm, copy->value()).value().as_small_int() == 1);
        CHECK(d->get("spam").as_small_int() == 1);
        REQUIRE(!d->set(vm, copy->value(), Value::small_int(2)).is_error());
        CHECK(d->size() == 1);
        CHECK(d->get_str(interned).as_small_int() == 2);
        CHECK(d->remove_str(copy));
        CHECK(d->size() == 0);
        CHECK(d->get_str(interned).is_empty());
    }

    TEST_CASE("1, 1.0 and True are one key")
    {
        VM& vm = test_vm();
        DictObject* d = vm.new_dict();
        Root root(vm, d->value());
        REQUIRE(!d->set(vm, Value::small_int(1), Value::small_int(10)).is_error());
        Value one_float = vm.new_float(1.0);
        CHECK(d->get(vm, one_float).value().as_small_int() == 10);
        REQUIRE(!d->set(vm, py_true, Value::small_int(11)).is_error());
        CHECK(d->size() == 1);
        // The first key object stays; only the value changes (as in CPython).
        CHECK(d->entries()[0].key.is_small_int());
        CHECK(d->get(vm, Value::small_int(1)).value().as_small_int() == 11);
    }

    TEST_CASE("__eq__ that mutates the dict during lookup does not crash")
    {
        VM& vm = test_vm();
        Value result = run_and_get(vm,
            "d = {}\n"
            "calls = [0]\n"
            "class K:\n"
            "    def __init__(self, v): self.v = v\n"
            "    def __hash__(self): return 1\n"
            "    def __eq__(self, other):\n"
            "        calls[0] += 1\n"
            "        if calls[0] < 4:\n"
            "            d.clear()\n"
            "            for i in range(50): d[i] = i\n"
            "        return False\n"
            "for i in range(3): d[K(i)] = i\n"
            "d[K(99)] = 99\n"
            "probe = d.get(K(100))\n"
            "result = len(d) > 0 and probe is None\n",
            "result");
        CHECK(result.is(py_true));
    }

    TEST_CASE("clear empties the dict and bumps the version")
    {
        VM& vm = test_vm();
        DictObject* d = vm.new_dict();
        Root root(vm, d->value());
        REQUIRE(!d->set(vm, Value::small_int(3), Value::small_int(4)).is_error());
        uint64_t const before = d->version();
        d->clear();
        CHECK(d->size() == 0);
        CHECK(d->version() != before);
        CHECK(d->get(vm, Value::small_int(3)).value().is_empty());
    }
}
