// Mode status-quo: CPython 3.11. The main module is the startup __main__ module; `-m` runs the
// target's code in it through runpy, so the module's real name lives only in __spec__.name.
// Everything is MainMode's default behaviour.
#include "modules/main_modes/main_mode.hpp"

namespace minipy {

namespace {

class StatusQuo final : public MainMode {
public:
    std::string_view name() const override { return "status-quo"; }
};

} // namespace

std::unique_ptr<MainMode> make_status_quo_mode()
{
    return std::make_unique<StatusQuo>();
}

} // namespace minipy
