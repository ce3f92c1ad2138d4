// Compiling source text and running module-level code; the VM's standard-stream entry points.
#include "parser/parser.hpp"
#include "vm/builtins/std_streams.hpp"
#include "vm/call.hpp"
#include "vm/compiler/compiler.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

namespace minipy {

Result<CodeObject*> VM::compile(
    std::string_view source, std::string_view filename, std::string_view mode)
{
    ParseMode parse_mode = mode == "eval" ? ParseMode::Eval
        : mode == "single"                ? ParseMode::Single
                                          : ParseMode::Exec;
    CompileMode compile_mode = mode == "eval" ? CompileMode::Eval
        : mode == "single"                    ? CompileMode::Single
                                              : CompileMode::Exec;
    StackGuard guard(*this);
    TRY(guard.check(" during compilation"));
    ParseResult result = parse(source, parse_mode);
    if (result.error)
        return raise_syntax_error(*result.error, filename), Result<CodeObject*>(Error {});
    return compile_ast(*this, result.module, filename, compile_mode, source);
}

Result<Value> VM::run_code(CodeObject* code, DictObject* globals, Value locals)
{
    Frame* frame = TRY(push_frame(*this, code));
    frame->globals = globals;
    Value builtins = globals->get_str(names.__builtins__);
    if (builtins.is_empty()) {
        globals->set_str(*this, names.__builtins__, m_builtins_module->value());
        frame->builtins = m_builtins;
    } else if (VM::type_of(builtins) == types::module) {
        frame->builtins = static_cast<ModuleObject*>(builtins.as_object())->m_dict;
    } else if (VM::type_of(builtins) == types::dict) {
        frame->builtins = static_cast<DictObject*>(builtins.as_object());
    } else {
        frame->builtins = m_builtins;
    }
    frame->locals_mapping = locals.is_empty() ? globals->value() : locals;
    // Module code may still have cells (a class body or comprehension capturing a name).
    size_t nvars = code->m_varnames.size();
    for (size_t i = 0; i < code->m_cellvars.size(); ++i)
        frame->localsplus[nvars + i] = make<CellObject>(types::cell)->value();
    frame->is_entry = true;
    return run_frame(frame);
}

Result<void> VM::write_stdout(std::string_view text)
{
    return sys_write_stdout(*this, text);
}
Result<void> VM::write_stderr(std::string_view text)
{
    return sys_write_stderr(*this, text);
}
void VM::flush_std_streams()
{
    sys_flush_std_streams();
}

} // namespace minipy
