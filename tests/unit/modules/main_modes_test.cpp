// Unit tests for modules/main_modes: choosing a main-module strategy by name (spec §1).
#include "modules/main_modes/main_mode.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace minipy;

TEST_SUITE("make_main_mode")
{
    TEST_CASE("each valid name gives the mode of that name")
    {
        for (char const* name : {"status-quo", "pep499", "pep3122", "pep299"}) {
            auto mode = make_main_mode(name);
            REQUIRE(mode != nullptr);
            CHECK(mode->name() == name);
        }
    }
    TEST_CASE("the default is status-quo")
    {
        REQUIRE(make_main_mode(default_main_mode) != nullptr);
        CHECK(make_main_mode(default_main_mode)->name() == "status-quo");
    }
    TEST_CASE("names match exactly: no case folding, no abbreviations, no spaces")
    {
        for (char const* name : {"", "Status-Quo", "STATUS-QUO", "status_quo", "statusquo",
                 "PEP499", "pep 499", "pep-499", "499", "pep3122 ", " pep299", "pep29", "pep2999"})
            CHECK_MESSAGE(make_main_mode(name) == nullptr, name);
    }
    TEST_CASE("the usage message lists every valid name")
    {
        std::string choices = main_mode_choices;
        for (char const* name : {"status-quo", "pep499", "pep3122", "pep299"})
            CHECK(choices.find(name) != std::string::npos);
        CHECK(choices == "status-quo, pep499, pep3122 or pep299");
    }
}
