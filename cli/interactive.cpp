// The interactive prompt (see interactive.hpp).
#include "cli/interactive.hpp"

#include "cli/exit_status.hpp"
#include "parser/parser.hpp"
#include "vm/builtins/std_streams.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/vm.hpp"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace minipy {

bool stdin_is_interactive()
{
    return isatty(STDIN_FILENO);
}

namespace {

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

} // namespace

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

} // namespace minipy
