// Unit tests for modules/resolve: importlib._bootstrap._resolve_name.
#include "modules/resolve.hpp"

#include <doctest/doctest.h>

using minipy::resolve_name;

TEST_SUITE("resolve_name")
{
    TEST_CASE("one dot appends the name to the package")
    {
        CHECK(resolve_name("b", "pkg", 1) == "pkg.b");
    }
    TEST_CASE("an empty name resolves to the package itself (from . import x)")
    {
        CHECK(resolve_name("", "pkg.sub", 1) == "pkg.sub");
    }
    TEST_CASE("two dots strip one trailing component")
    {
        CHECK(resolve_name("z", "a.b.c", 2) == "a.b.z");
    }
    TEST_CASE("three dots in a two-part package reach its top")
    {
        CHECK(resolve_name("z", "a.b.c", 3) == "a.z");
        CHECK(resolve_name("", "a.b", 2) == "a");
    }
    TEST_CASE("going above the top-level package is an error")
    {
        CHECK_FALSE(resolve_name("z", "warn.w", 3).has_value());
        CHECK_FALSE(resolve_name("x", "pkg", 2).has_value());
    }
    TEST_CASE("dotted names are appended whole")
    {
        CHECK(resolve_name("mod.sub", "p.q", 2) == "p.mod.sub");
    }
}
