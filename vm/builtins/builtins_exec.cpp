// Builtins that run code or expose namespaces: exec, eval, compile, globals, locals, __import__.
#include "vm/builtins/builtins_internal.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/bytes_object.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/tuple_object.hpp"

namespace minipy {

namespace {

bool is_code(Value v)
{
    return v.is_object() && v.as_object()->type() == types::code;
}

bool is_dict(Value v)
{
    return v.is_object() && VM::is_instance_of(v, types::dict);
}

/// PyMapping_Check: an object whose type has __getitem__ (and is not a type... every object
/// with __getitem__ counts, lists included, as in CPython).
bool is_mapping(VM& vm, Value v)
{
    return !vm.lookup_special(v, vm.names.__getitem__).is_empty();
}

/// The source text of a str or bytes-like source argument, or empty optional for a code object.
Result<std::string> source_text(VM& vm, Value source, char const* function)
{
    if (is_str_value(source))
        return std::string(as_str_object(source)->view());
    if (is_bytes(source))
        return std::string(static_cast<BytesObject*>(source.as_object())->view());
    return vm.raise_type_error(
        std::string(function) + "() arg 1 must be a string, bytes or code object");
}

/// Inserts `__builtins__` into a globals dict that lacks it (exec/eval's rule).
Result<void> ensure_builtins(VM& vm, DictObject* globals)
{
    if (globals->get_str(vm.names.__builtins__).is_empty()) {
        Frame* frame = vm.current_frame();
        DictObject* builtins = frame && frame->builtins ? frame->builtins : vm.builtins_dict();
        globals->set_str(vm, vm.names.__builtins__, builtins->value());
    }
    return {};
}

/// Shared tail of exec and eval: resolve the default namespaces, compile, run.
Result<Value> run_source(VM& vm, Value source, Value globals_arg, Value locals_arg,
    std::string_view mode, char const* function)
{
    DictObject* globals;
    Value locals = locals_arg;
    if (globals_arg.is_empty() || globals_arg.is(py_none)) {
        globals = caller_globals(vm);
        if (locals.is_empty() || locals.is(py_none))
            locals = TRY(caller_locals(vm));
    } else {
        globals = static_cast<DictObject*>(globals_arg.as_object());
        if (locals.is_empty() || locals.is(py_none))
            locals = globals->value();
    }
    Root locals_root(vm, locals);
    TRY(ensure_builtins(vm, globals));

    CodeObject* code;
    if (is_code(source)) {
        code = static_cast<CodeObject*>(source.as_object());
        if (mode == "eval" && !code->m_freevars.empty())
            return vm.raise_type_error(
                "code object passed to eval() may not contain free variables");
        if (mode == "exec" && !code->m_freevars.empty())
            return vm.raise_type_error("code object requires a closure of exactly length "
                + std::to_string(code->m_freevars.size()));
    } else {
        std::string text = TRY(source_text(vm, source, function));
        std::string_view view = text;
        if (mode == "eval") {
            // eval() ignores leading spaces and tabs (builtin_eval_impl).
            while (!view.empty() && (view.front() == ' ' || view.front() == '\t'))
                view.remove_prefix(1);
        }
        code = TRY(vm.compile(view, "<string>", mode));
    }
    Root code_root(vm, code->value());
    return vm.run_code(code, globals, locals);
}

// exec(source, globals=None, locals=None, /, *, closure=None)
Result<Value> builtin_exec(VM& vm, CallArgs const& args)
{
    Value bound[4];
    TRY(bind_args_kwonly(
        vm, args, "exec", {"source", "globals", "locals", "closure"}, 1, 3, 1, bound));
    Value globals = bound[1];
    Value locals = bound[2];
    if (!globals.is_empty() && !globals.is(py_none) && !is_dict(globals))
        return vm.raise_type_error("exec() globals must be a dict, not " + type_name(globals));
    if (!locals.is_empty() && !locals.is(py_none) && !is_mapping(vm, locals))
        return vm.raise_type_error("locals must be a mapping or None, not " + type_name(locals));
    if (!bound[3].is_empty() && !bound[3].is(py_none)) {
        if (!is_code(bound[0]))
            return vm.raise_type_error("closure can only be used when source is a code object");
        // FIXME: running a code object with free variables needs VM::run_code to accept a closure.
        return vm.raise_type_error("cannot use a closure with this code object");
    }
    TRY(run_source(vm, bound[0], globals, locals, "exec", "exec"));
    return py_none;
}

// eval(source, globals=None, locals=None, /)
Result<Value> builtin_eval(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "eval", 1, 3));
    Value globals = args.count > 1 ? args.args[1] : Value();
    Value locals = args.count > 2 ? args.args[2] : Value();
    if (!locals.is_empty() && !locals.is(py_none) && !is_mapping(vm, locals))
        return vm.raise_type_error("locals must be a mapping");
    if (!globals.is_empty() && !globals.is(py_none) && !is_dict(globals)) {
        return vm.raise_type_error(is_mapping(vm, globals)
                ? "globals must be a real dict; try eval(expr, {}, mapping)"
                : "globals must be a dict");
    }
    return run_source(vm, args.args[0], globals, locals, "eval", "eval");
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)
// minipy has no __future__ features and no AST objects, so only flags == 0 is meaningful;
// dont_inherit and optimize have no observable effect here.
Result<Value> builtin_compile(VM& vm, CallArgs const& args)
{
    Value bound[7];
    TRY(bind_args_kwonly(vm, args, "compile",
        {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3,
        0, 1, bound));
    Value filename = bound[1];
    if (!is_str_value(filename))
        return vm.raise_type_error(
            "expected str, bytes or os.PathLike object, not " + type_name(filename));
    if (!is_str_value(bound[2]))
        return vm.raise_type_error(
            "compile() argument 'mode' must be str, not " + type_name(bound[2]));
    std::string_view mode = as_str_object(bound[2])->view();
    if (mode != "exec" && mode != "eval" && mode != "single")
        return vm.raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
    if (!bound[3].is_empty()) {
        int64_t flags = 0;
        if (!is_int(bound[3]))
            return vm.raise_type_error(
                "'" + type_name(bound[3]) + "' object cannot be interpreted as an integer");
        if (!int_fits_int64(bound[3], flags) || flags != 0)
            return vm.raise_value_error("compile(): unrecognised flags");
    }
    if (is_code(bound[0]))
        return bound[0];
    if (!is_str_value(bound[0]) && !is_bytes(bound[0]))
        return vm.raise_type_error("compile() arg 1 must be a string, bytes or AST object");
    std::string text = TRY(source_text(vm, bound[0], "compile"));
    return TRY(vm.compile(text, as_str_object(filename)->view(), mode))->value();
}

Result<Value> builtin_globals(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "globals", 0, 0));
    return caller_globals(vm)->value();
}

Result<Value> builtin_locals(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "locals", 0, 0));
    return caller_locals(vm);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Result<Value> builtin_import(VM& vm, CallArgs const& args)
{
    Value bound[5];
    TRY(bind_args(
        vm, args, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, 0, bound));
    if (!is_str_value(bound[0]))
        return vm.raise_type_error("module name must be a string");
    DictObject* globals
        = is_dict(bound[1]) ? static_cast<DictObject*>(bound[1].as_object()) : nullptr;
    Value fromlist = bound[3].is_empty() ? py_none : bound[3];
    int64_t level = 0;
    if (!bound[4].is_empty()) {
        if (!is_int(bound[4]))
            return vm.raise_type_error(
                "'" + type_name(bound[4]) + "' object cannot be interpreted as an integer");
        if (!int_fits_int64(bound[4], level) || level > INT32_MAX || level < INT32_MIN)
            return vm.raise(types::overflow_error, "Python int too large to convert to C int");
    }
    if (level < 0)
        return vm.raise_value_error("level must be >= 0");
    if (level == 0 && as_str_object(bound[0])->byte_length() == 0)
        return vm.raise_value_error("Empty module name");
    if (!vm.import_system())
        return vm.raise(types::import_error, "__import__ not found");
    return vm.import_system()->import(
        vm, as_str_object(bound[0]), globals, fromlist, static_cast<int>(level));
}

} // namespace

void register_exec_builtins(VM& vm, DictObject* builtins)
{
    vm.define_native(builtins, "exec", &builtin_exec);
    vm.define_native(builtins, "eval", &builtin_eval);
    vm.define_native(builtins, "compile", &builtin_compile);
    vm.define_native(builtins, "globals", &builtin_globals);
    vm.define_native(builtins, "locals", &builtin_locals);
    vm.define_native(builtins, "__import__", &builtin_import);
}

} // namespace minipy
