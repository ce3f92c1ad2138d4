// The minipy executable: sets up the interpreter (sys.argv, sys.path[0], the startup __main__
// module, the main-module mode, -W), runs the program in the form the command line names
// (script, directory, -m, -c, stdin or the prompt) and turns its end into an exit status.
#include "cli/exit_status.hpp"
#include "cli/interactive.hpp"
#include "cli/options.hpp"
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
bool run_source(VM& vm, ModuleObject* main, std::string const& source, std::string const& filename,
    bool show_bytecode)
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
    if (show_bytecode) {
        std::fputs(disassemble(vm, code.value()).c_str(), stdout);
        return true;
    }
    auto result = vm.run_code(code.value(), main->m_dict, Value {});
    return !result.is_error();
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
            return run_source(vm, main, text.str(), path, options.disassemble)
                && !mode->finish(vm, MainForm::Script, main->m_dict).is_error();
        }
        case Options::Kind::Command:
            program_path("");
            return run_source(vm, main, options.target + "\n", "<string>", options.disassemble)
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
            return run_source(vm, main, text.str(), "<stdin>", options.disassemble)
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
    if (minipy::exit_by_sigint()) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
    return args.status;
}
