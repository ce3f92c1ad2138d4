// The minipy command line's options: parsing argv as CPython parses its own (option clusters,
// -c and -m ending the option list, usage errors with exit status 2), plus minipy's
// --main-mode and -X main_mode.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace minipy {

struct Options {
    enum class Kind { Interactive, Script, Command, Module, Stdin } kind = Kind::Interactive;
    std::string target; // script path, command text or module name
    std::vector<std::string> argv;
    bool inspect = false;
    bool unbuffered = false;
    bool ignore_environment = false; ///< -E, -I
    bool safe_path = false; ///< -P, -I: no sys.path[0] for the program
    /// --main-mode / -X main_mode (the last one wins); an empty value is an invalid name.
    std::optional<std::string> main_mode;
    std::vector<std::string> warn_options; ///< -W
    bool disassemble = false; ///< --dis: print the bytecode instead of running it
};

/// Parses the command line; prints the help or version, or a usage error, and exits for those.
Options parse_options(int argc, char** argv);

/// Prints `message`, the usage line and the -h hint to stderr, and exits with status 2.
[[noreturn]] void usage_error(std::string const& message);

} // namespace minipy
