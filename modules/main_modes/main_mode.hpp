// The main-module strategies of spec/main-modes.md: how the module that the command line names
// is found, named, registered and run. Each mode is one small class behind the MainMode
// interface; the command line picks one with make_main_mode(), and nothing else in the
// interpreter branches on the mode.
#pragma once

#include "vm/result.hpp"
#include "vm/value.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace minipy {

class VM;
class DictObject;

/// How the command line named the program.
enum class MainForm {
    Script, ///< minipy FILE
    Module, ///< minipy -m NAME
    Directory, ///< minipy DIR (its __main__.py)
    Command, ///< minipy -c CODE
    Stdin, ///< minipy - < FILE, or piped standard input
    Interactive, ///< the interactive prompt
};

class MainMode {
public:
    virtual ~MainMode() = default;

    /// The mode's name, as sys.implementation._main_mode reports it.
    virtual std::string_view name() const = 0;

    /// Runs once before any user code, after sys and the startup __main__ module exist.
    virtual Result<void> start(VM&) { return {}; }

    /// Runs `-m NAME` and returns the namespace its body ran in. Failures to locate the module
    /// raise SystemExit("minipy: <message>"), as runpy does. Status quo: runpy's
    /// _run_module_as_main.
    virtual Result<DictObject*> run_module(VM&, std::string const& name);

    /// Runs after the main module's body has completed normally (not after an exception).
    virtual Result<void> finish(VM&, MainForm, DictObject* main_globals) { return {}; }

protected:
    /// runpy._run_module_as_main(name), with runpy._main_module_hook replaced by `hook` while it
    /// runs if `hook` is not empty.
    static Result<DictObject*> run_with_runpy(VM&, std::string const& name, Value hook = {});
};

/// The mode named `name`, or null if there is none.
std::unique_ptr<MainMode> make_main_mode(std::string_view name);

/// The valid names, for the usage error: "status-quo, pep499, pep3122 or pep299".
extern char const* const main_mode_choices;

/// The mode used when none is selected.
inline constexpr std::string_view default_main_mode = "status-quo";

/// runpy._run_module_as_main('__main__', alter_argv=False): runs the __main__ module of the
/// directory in sys.path[0], as `minipy DIR` does in every mode.
Result<DictObject*> run_main_directory(VM&);

// The four modes (one file each).
std::unique_ptr<MainMode> make_status_quo_mode();
std::unique_ptr<MainMode> make_pep499_mode();
std::unique_ptr<MainMode> make_pep3122_mode();
std::unique_ptr<MainMode> make_pep299_mode();

} // namespace minipy
