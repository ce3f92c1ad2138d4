// Parsing the command line (see options.hpp).
#include "cli/options.hpp"

#include <cstdio>
#include <cstdlib>

namespace minipy {

namespace {

constexpr char const* usage_line
    = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

char const* help_text = R"(Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-E     : ignore MINIPY* environment variables (such as MINIPYPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-I     : isolate minipy from the user's environment (implies -E and -P)
-m mod : run library module as a script (terminates option list)
-P     : don't prepend a potentially unsafe path to sys.path
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the minipy version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-X opt : set implementation-specific option; -X main_mode=MODE is --main-mode=MODE
--main-mode=MODE : how the main module is delineated: status-quo (CPython's,
         the default), pep499, pep3122 or pep299 (see docs/main-modes.md); also
         --main-mode MODE
--dis  : print the bytecode of the program (like the dis module) instead of running it
file   : program read from script file, or a directory with a __main__.py
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
MINIPYPATH       : ':'-separated list of directories prefixed to the
                   default module search path.
MINIPY_MAIN_MODE : the main-module mode when no option gives one.
)";

} // namespace

[[noreturn]] void usage_error(std::string const& message)
{
    std::fputs(message.c_str(), stderr);
    std::fputs(usage_line, stderr);
    std::fputs("Try `minipy -h' for more information.\n", stderr);
    std::exit(2);
}

Options parse_options(int argc, char** argv)
{
    Options options;
    int i = 1;
    for (; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.size() < 2 || arg[0] != '-')
            break;
        if (arg == "--help") {
            std::fputs(usage_line, stdout);
            std::fputs(help_text, stdout);
            std::exit(0);
        }
        if (arg == "--version") {
            std::puts("minipy 0.1.0 (Python 3.11 subset)");
            std::exit(0);
        }
        if (arg.starts_with("--main-mode")) {
            if (arg.size() > 11 && arg[11] == '=') {
                options.main_mode = arg.substr(12);
                continue;
            }
            if (arg == "--main-mode") {
                if (i + 1 >= argc)
                    usage_error("Argument expected for the --main-mode option\n");
                options.main_mode = argv[++i];
                continue;
            }
        }
        if (arg == "--dis") {
            options.disassemble = true;
            continue;
        }
        if (arg == "--") {
            ++i;
            break;
        }
        if (arg[1] == '-')
            usage_error("unknown option " + arg + "\n");
        // A cluster of one-letter options, possibly ending with one that takes an argument.
        for (size_t j = 1; j < arg.size(); ++j) {
            char c = arg[j];
            auto take_argument = [&](char option) -> std::string {
                if (j + 1 < arg.size()) {
                    std::string rest = arg.substr(j + 1);
                    j = arg.size();
                    return rest;
                }
                if (i + 1 >= argc)
                    usage_error(std::string("Argument expected for the -") + option + " option\n");
                j = arg.size();
                return argv[++i];
            };
            switch (c) {
            case 'c':
                options.kind = Options::Kind::Command;
                options.target = take_argument('c');
                options.argv.push_back("-c");
                for (++i; i < argc; ++i)
                    options.argv.push_back(argv[i]);
                return options;
            case 'm':
                options.kind = Options::Kind::Module;
                options.target = take_argument('m');
                options.argv.push_back("-m");
                for (++i; i < argc; ++i)
                    options.argv.push_back(argv[i]);
                return options;
            case 'h':
            case '?':
                std::fputs(usage_line, stdout);
                std::fputs(help_text, stdout);
                std::exit(0);
            case 'V':
                std::puts("minipy 0.1.0 (Python 3.11 subset)");
                std::exit(0);
            case 'i':
                options.inspect = true;
                break;
            case 'u':
                options.unbuffered = true;
                break;
            case 'E':
                options.ignore_environment = true;
                break;
            case 'P':
                options.safe_path = true;
                break;
            case 'I':
                options.ignore_environment = true;
                options.safe_path = true;
                break;
            case 'b':
            case 'B':
            case 'd':
            case 'O':
            case 'q':
            case 's':
            case 'S':
            case 'v':
            case 'x':
                break; // accepted for compatibility; they change nothing minipy models
            case 'X': {
                std::string value = take_argument(c);
                if (value.starts_with("main_mode="))
                    options.main_mode = value.substr(10);
                else if (value == "main_mode")
                    options.main_mode = ""; // no value: reported as an invalid mode name
                break; // other -X options are accepted and ignored, as CPython does
            }
            case 'W':
                options.warn_options.push_back(take_argument(c));
                break;
            default:
                usage_error(std::string("Unknown option: -") + c + "\n");
            }
        }
    }
    if (i < argc) {
        std::string target = argv[i];
        if (target == "-") {
            options.kind = Options::Kind::Stdin;
            options.argv.push_back("-");
        } else {
            options.kind = Options::Kind::Script;
            options.target = target;
            options.argv.push_back(target);
        }
        for (++i; i < argc; ++i)
            options.argv.push_back(argv[i]);
    } else {
        options.argv.push_back("");
    }
    return options;
}

} // namespace minipy
