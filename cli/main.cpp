// minipy's command line: CPython-compatible options, running a script, -c, stdin, and the
// interactive prompt; maps uncaught exceptions and SystemExit to the exit status.
#include "modules/finders.hpp"
#include "modules/import_system.hpp"
#include "modules/loaders.hpp"
#include "modules/main_modes/main_mode.hpp"
#include "parser/parser.hpp"
#include "stdlib/native_modules.hpp"
#include "stdlib/sys_module.hpp"
#include "vm/builtins/std_streams.hpp"
#include "vm/compiler/disassemble.hpp"
#include "vm/init.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/os_text.hpp"
#include "vm/traceback.hpp"
#include "vm/vm.hpp"
#include "vm/warnings.hpp"

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <pthread.h>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

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

bool g_disassemble = false;
/// An uncaught KeyboardInterrupt: the process ends by re-raising SIGINT, as CPython's does.
bool g_exit_by_sigint = false;

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
            g_disassemble = true;
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

std::string absolute_path(std::string const& path)
{
    if (!path.empty() && path[0] == '/')
        return path;
    char buffer[PATH_MAX];
    if (!getcwd(buffer, sizeof buffer))
        return path;
    return path.empty() ? std::string(buffer) : std::string(buffer) + "/" + path;
}

std::string directory_of_real_path(std::string const& path)
{
    char buffer[PATH_MAX];
    std::string real = realpath(path.c_str(), buffer) ? std::string(buffer) : absolute_path(path);
    auto slash = real.rfind('/');
    if (slash == std::string::npos)
        return "";
    return slash == 0 ? "/" : real.substr(0, slash);
}

/// Prints an uncaught exception through sys.excepthook (the default prints the traceback).
void print_uncaught(VM& vm, Value exc)
{
    Root root(vm, exc);
    vm.flush_std_streams();
    std::string text = format_exception(vm, exc);
    if (vm.write_stderr(text).is_error()) {
        vm.take_exception();
        std::fputs(text.c_str(), stderr);
    }
    vm.flush_std_streams();
}

/// The exit status for an uncaught exception; prints it (or SystemExit's message).
int handle_uncaught(VM& vm)
{
    Value exc = vm.take_exception();
    if (exc.is_empty()) {
        // An internal error path that forgot to set an exception; report it as CPython would.
        vm.raise(types::system_error, "error return without exception set");
        exc = vm.take_exception();
    }
    Root root(vm, exc);
    if (VM::is_instance_of(exc, types::system_exit)) {
        auto* e = static_cast<ExceptionObject*>(exc.as_object());
        Value code = e->m_dict->get_str(vm.names.code);
        if (code.is_empty())
            code = e->m_args->size() == 0 ? py_none
                : e->m_args->size() == 1  ? e->m_args->at(0)
                                          : e->m_args->value();
        if (code.is(py_none))
            return 0;
        if (is_int(code)) {
            int64_t n = 0;
            if (int_fits_int64(code, n))
                return static_cast<int>(n) & 0xff;
            return 0xff;
        }
        vm.flush_std_streams();
        auto text = vm.str(code);
        std::string message = text.is_error() ? std::string() : text.value()->data();
        if (text.is_error())
            vm.take_exception();
        if (vm.write_stderr(message + "\n").is_error())
            vm.take_exception();
        vm.flush_std_streams();
        return 1;
    }
    print_uncaught(vm, exc);
    if (VM::is_instance_of(exc, types::keyboard_interrupt)) {
        // The process ends by SIGINT, after the exit handlers have run (main() raises it).
        g_exit_by_sigint = true;
        return 130;
    }
    return 1;
}

ModuleObject* create_main_module(VM& vm)
{
    // As CPython's startup __main__: __doc__, __package__ and __spec__ None, an empty
    // __annotations__, and the BuiltinImporter class as its loader (the forms that run a file
    // replace these).
    ModuleObject* main = vm.new_module(vm.names.__main__);
    main->m_dict->set_str(vm, vm.names.__builtins__, vm.builtins_module()->value());
    main->m_dict->set_str(vm, vm.names.__loader__, builtin_importer_type()->value());
    main->m_dict->set_str(vm, vm.intern("__annotations__"), vm.new_dict()->value());
    vm.sys_modules()->set_str(vm, vm.names.__main__, main->value());
    vm.m_extra_roots.push_back(main);
    return main;
}

void set_sys_path0(VM& vm, std::string const& entry)
{
    Value path = vm.sys_module()->m_dict->get_str(vm.names.path);
    if (VM::is_instance_of(path, types::list)) {
        auto& items = static_cast<ListObject*>(path.as_object())->items();
        items.insert(items.begin(), vm.new_str(os_decode(entry))->value());
    }
}

void add_env_paths(VM& vm)
{
    char const* env = std::getenv("MINIPYPATH");
    if (!env || !*env)
        return;
    Value path = vm.sys_module()->m_dict->get_str(vm.names.path);
    if (!VM::is_instance_of(path, types::list))
        return;
    std::string all = env;
    size_t start = 0;
    while (start <= all.size()) {
        size_t colon = all.find(':', start);
        std::string entry
            = all.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        if (!entry.empty())
            static_cast<ListObject*>(path.as_object())
                ->append(vm.new_str(os_decode(entry))->value());
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
}

/// CPython decodes `-c CODE` with surrogateescape and then cannot compile the lone surrogates:
/// "Unable to decode the command from the command line:" and a UnicodeEncodeError, status 1.
/// Reports that and exits for a command that is not UTF-8.
void exit_if_undecodable(std::string const& code)
{
    std::string text = os_decode(code);
    if (text == code)
        return;
    size_t position = 0;
    for (size_t i = 0; i < text.size(); ++position) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xED && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0) {
            std::fprintf(stderr,
                "Unable to decode the command from the command line:\nUnicodeEncodeError: "
                "'utf-8' codec can't encode character '%s' in position %zu: surrogates not "
                "allowed\n",
                backslash_surrogates(text.substr(i, 3)).c_str(), position);
            std::exit(1);
        }
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
}

/// Runs source text as the __main__ module. Returns false with an exception pending on failure.
bool run_source(VM& vm, ModuleObject* main, std::string const& source, std::string const& filename)
{
    if (auto nul = source.find('\0'); nul != std::string::npos) {
        // As CPython's tokenizer reports it when reading a file: the line up to the NUL byte.
        SyntaxErrorInfo info;
        info.msg = "source code cannot contain null bytes";
        size_t line_start = source.rfind('\n', nul);
        line_start = line_start == std::string::npos ? 0 : line_start + 1;
        info.lineno = 1
            + static_cast<int>(std::count(
                source.begin(), source.begin() + static_cast<std::ptrdiff_t>(nul), '\n'));
        info.end_lineno = info.lineno;
        info.text = source.substr(line_start, nul - line_start) + "\n";
        vm.raise_syntax_error(info, filename);
        return false;
    }
    std::string text = source;
    if (filename.empty() || filename[0] != '<' || filename == "<stdin>") {
        // A file is UTF-8 unless a coding comment says otherwise (PEP 3120, PEP 263); CPython
        // reports a bad byte before parsing.
        if (auto error = decode_source(text, filename)) {
            vm.raise_syntax_error(*error, filename);
            return false;
        }
    }
    auto code = vm.compile(text, filename, "exec");
    if (code.is_error())
        return false;
    Root code_root(vm, code.value()->value());
    if (g_disassemble) {
        std::fputs(disassemble(vm, code.value()).c_str(), stdout);
        return true;
    }
    auto result = vm.run_code(code.value(), main->m_dict, Value {});
    return !result.is_error();
}

bool stdin_is_interactive()
{
    return isatty(STDIN_FILENO);
}

/// Statements that the prompt keeps reading until an empty line ends them.
bool is_compound(ast::Stmt const* stmt)
{
    switch (stmt->kind) {
    case ast::StmtKind::FunctionDef:
    case ast::StmtKind::ClassDef:
    case ast::StmtKind::If:
    case ast::StmtKind::For:
    case ast::StmtKind::While:
    case ast::StmtKind::Try:
    case ast::StmtKind::With:
        return true;
    default:
        return false;
    }
}

/// The interactive prompt: reads statements with `>>> ` / `... ` and echoes expression values.
int run_interactive(VM& vm, ModuleObject* main, bool show_banner)
{
    if (show_banner)
        std::fprintf(stderr,
            "minipy 0.1.0 (Python 3.11 subset)\nType \"help\", \"copyright\", \"credits\" or "
            "\"license\" for more information.\n");
    std::string buffer;
    for (;;) {
        vm.flush_std_streams();
        std::fputs(buffer.empty() ? ">>> " : "... ", stderr);
        std::fflush(stderr);
        std::string line = std_stdin_readline();
        if (line.empty()) {
            std::fputs("\n", stderr);
            break;
        }
        buffer += line;
        bool blank = line.find_first_not_of(" \t\r\n") == std::string::npos;
        ParseResult parsed = parse(buffer, ParseMode::Single);
        if (parsed.error && parsed.incomplete && !blank)
            continue;
        // A compound statement ends with an empty line; a simple one as soon as it is complete.
        if (!parsed.error && !blank && parsed.module && !parsed.module->body.empty()
            && is_compound(parsed.module->body.front()))
            continue;
        std::string source = buffer;
        buffer.clear();
        if (source.find_first_not_of(" \t\r\n") == std::string::npos)
            continue;
        auto code = vm.compile(source, "<stdin>", "single");
        if (!code.is_error()) {
            Root root(vm, code.value()->value());
            auto result = vm.run_code(code.value(), main->m_dict, Value {});
            if (!result.is_error())
                continue;
        }
        if (vm.exception_matches(types::system_exit))
            return handle_uncaught(vm);
        print_uncaught(vm, vm.take_exception());
    }
    return 0;
}

/// The main-module mode: the command line's choice, else MINIPY_MAIN_MODE (unless -E or -I),
/// else status-quo. An unknown name is a usage error before any code runs.
std::unique_ptr<MainMode> choose_main_mode(Options const& options)
{
    std::string name;
    if (options.main_mode) {
        name = *options.main_mode;
    } else {
        // An empty MINIPY_MAIN_MODE counts as unset.
        char const* env = options.ignore_environment ? nullptr : std::getenv("MINIPY_MAIN_MODE");
        name = env && *env ? env : default_main_mode;
    }
    auto mode = make_main_mode(name);
    if (!mode) {
        std::fprintf(stderr, "minipy: invalid main mode '%s' (expected %s)\n", name.c_str(),
            main_mode_choices);
        std::exit(2);
    }
    return mode;
}

void report_cannot_open(std::string const& target)
{
    int error = errno ? errno : ENOENT;
    std::fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n",
        backslash_surrogates(os_decode(absolute_path(target))).c_str(), error,
        std::strerror(error));
}

int run_main(int argc, char** argv)
{
    Options options = parse_options(argc, argv);
    if (options.kind == Options::Kind::Command)
        exit_if_undecodable(options.target);
    std::unique_ptr<MainMode> mode = choose_main_mode(options);
    VM vm;
    init_native_modules(vm);
    install_import_system(vm);
    if (options.unbuffered)
        set_unbuffered(true);
    set_sys_argv(vm, options.argv);
    set_sys_main_mode(vm, mode->name());
    {
        Value warnoptions = vm.sys_module()->m_dict->get_str(vm.intern("warnoptions"));
        if (VM::is_instance_of(warnoptions, types::list))
            for (auto const& option : options.warn_options)
                static_cast<ListObject*>(warnoptions.as_object())
                    ->append(vm.new_str(os_decode(option))->value());
        apply_warning_options(vm, options.warn_options);
    }
    ModuleObject* main = create_main_module(vm);
    auto program_path = [&](std::string const& entry) {
        if (!options.safe_path)
            set_sys_path0(vm, entry);
        if (!options.ignore_environment)
            add_env_paths(vm);
    };

    int early_status = -1; ///< set when the program could not even start
    bool set_file_name = false; ///< the program is a file or stdin: __file__ was set for it
    // Runs the program; false with an exception pending if it raised.
    auto run = [&]() -> bool {
        if (mode->start(vm).is_error())
            return false;
        switch (options.kind) {
        case Options::Kind::Script: {
            // CPython makes the path absolute without normalising it, except that "." is
            // the working directory itself.
            std::string const os_path
                = absolute_path(options.target == "." ? std::string() : options.target);
            std::string const path = os_decode(os_path);
            struct stat st { };
            errno = 0;
            if (stat(options.target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
                // A directory runs its __main__ module, found on sys.path[0] = the directory.
                program_path(os_path);
                auto globals = run_main_directory(vm);
                return !globals.is_error()
                    && !mode->finish(vm, MainForm::Directory, globals.value()).is_error();
            }
            std::ifstream in(options.target, std::ios::binary);
            if (errno == 0 && !in)
                errno = ENOENT;
            if (!in || errno != 0) {
                report_cannot_open(options.target);
                early_status = 2;
                return true;
            }
            std::stringstream text;
            text << in.rdbuf();
            program_path(directory_of_real_path(options.target));
            StrObject* file = vm.new_str(path);
            main->m_dict->set_str(vm, vm.names.__file__, file->value());
            set_file_name = true;
            main->m_dict->set_str(vm, vm.intern("__cached__"), py_none);
            main->m_dict->set_str(vm, vm.names.__loader__,
                new_source_file_loader(vm, vm.names.__main__->value(), file->value()));
            return run_source(vm, main, text.str(), path)
                && !mode->finish(vm, MainForm::Script, main->m_dict).is_error();
        }
        case Options::Kind::Command:
            program_path("");
            return run_source(vm, main, options.target + "\n", "<string>")
                && !mode->finish(vm, MainForm::Command, main->m_dict).is_error();
        case Options::Kind::Module: {
            char cwd[PATH_MAX];
            program_path(getcwd(cwd, sizeof cwd) ? cwd : "");
            auto globals = mode->run_module(vm, options.target);
            return !globals.is_error()
                && !mode->finish(vm, MainForm::Module, globals.value()).is_error();
        }
        case Options::Kind::Stdin:
        case Options::Kind::Interactive: {
            program_path("");
            if (options.kind == Options::Kind::Interactive && stdin_is_interactive())
                return true; // the prompt below
            std::stringstream text;
            text << std::cin.rdbuf();
            main->m_dict->set_str(vm, vm.names.__file__, vm.intern("<stdin>")->value());
            set_file_name = true;
            main->m_dict->set_str(vm, vm.intern("__cached__"), py_none);
            return run_source(vm, main, text.str(), "<stdin>")
                && !mode->finish(vm, MainForm::Stdin, main->m_dict).is_error();
        }
        }
        return true;
    };

    bool ok = run();
    if (early_status >= 0)
        return early_status;
    int status = 0;
    bool exiting = !ok && vm.exception_matches(types::system_exit);
    if (!ok)
        status = handle_uncaught(vm);
    // As _PyRun_SimpleFileObject: once a file or stdin has run (and its exception has been
    // printed), __file__ and __cached__ leave __main__; SystemExit skips that (Py_Exit).
    if (set_file_name && !exiting) {
        main->m_dict->remove_str(vm.names.__file__);
        main->m_dict->remove_str(vm.intern("__cached__"));
    }
    if (ok && options.kind == Options::Kind::Interactive && stdin_is_interactive())
        status = run_interactive(vm, main, true);
    else if (options.inspect && (ok || status != 0) && !vm.exception_matches(types::system_exit))
        status = run_interactive(vm, main, false);
    // As Py_FinalizeEx: the atexit callbacks, then the streams are flushed.
    run_atexit_callbacks(vm);
    vm.flush_std_streams();
    return status;
}

struct ThreadArgs {
    int argc;
    char** argv;
    int status;
};

} // namespace
} // namespace minipy

int main(int argc, char** argv)
{
    // Run the interpreter on a thread with a large stack: the C++ stack budget (DESIGN.md) then
    // comfortably covers Python's default recursion limit in re-entrant paths (repr, __eq__,
    // class bodies), while deeper recursion still ends in RecursionError, never a crash.
    minipy::ThreadArgs args {argc, argv, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    size_t stack_size = size_t(256) * 1024 * 1024;
    pthread_attr_setstacksize(&attr, stack_size);
    setenv("MINIPY_NATIVE_STACK", std::to_string(stack_size).c_str(), 1);
    pthread_t thread;
    auto body = [](void* p) -> void* {
        auto* a = static_cast<minipy::ThreadArgs*>(p);
        a->status = minipy::run_main(a->argc, a->argv);
        return nullptr;
    };
    if (pthread_create(&thread, &attr, body, &args) == 0)
        pthread_join(thread, nullptr);
    else
        args.status = minipy::run_main(argc, argv);
    if (minipy::g_exit_by_sigint) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
    return args.status;
}
