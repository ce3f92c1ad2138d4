// The `sys` module: version information, limits, the import-system lists, exit, exc_info and
// the interactive display hook.
#include "stdlib/sys_module.hpp"

#include "vm/os_text.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/instance_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <unistd.h>

namespace minipy {

namespace {

constexpr char const* version_text = "3.11.7 (minipy)";
constexpr int64_t hexversion = 0x030B07F0;

Value str_value(VM& vm, std::string_view text)
{
    return vm.new_str(text)->value();
}

DictObject* sys_dict(VM& vm)
{
    return vm.sys_module()->m_dict;
}

void set_attr(VM& vm, char const* name, Value value)
{
    sys_dict(vm)->set_str(vm, vm.intern(name), value);
}

// -- struct sequences (sys.version_info) -------------------------------------------------

/// Field names of a struct sequence type, kept for its repr.
struct StructSeqInfo {
    Type* type;
    std::vector<char const*> fields;
};
std::vector<StructSeqInfo> g_struct_seqs;
std::vector<Value> g_rooted; ///< types created here, rooted for the VM's lifetime

template<size_t I>
Result<Value> struct_seq_field(VM&, Value self)
{
    return static_cast<TupleObject*>(self.as_object())->at(I);
}

constexpr std::array<GetterFn, 8> struct_seq_getters = {
    &struct_seq_field<0>,
    &struct_seq_field<1>,
    &struct_seq_field<2>,
    &struct_seq_field<3>,
    &struct_seq_field<4>,
    &struct_seq_field<5>,
    &struct_seq_field<6>,
    &struct_seq_field<7>,
};

Result<Value> struct_seq_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__repr__", 0, 0, true));
    Value self = args.args[0];
    Type* type = VM::type_of(self);
    auto info = std::find_if(g_struct_seqs.begin(), g_struct_seqs.end(),
        [&](auto const& i) { return type->is_subtype_of(i.type) || i.type == type; });
    if (info == g_struct_seqs.end() || !VM::is_instance_of(self, types::tuple))
        return vm.raise_type_error("descriptor '__repr__' requires a struct sequence");
    auto* tuple = static_cast<TupleObject*>(self.as_object());
    std::string text = "sys." + info->type->name() + "(";
    for (size_t i = 0; i < info->fields.size() && i < tuple->size(); ++i) {
        if (i > 0)
            text += ", ";
        text += info->fields[i];
        text += '=';
        text += TRY(vm.repr(tuple->at(i)))->view();
    }
    text += ')';
    return vm.new_str(std::move(text))->value();
}

/// A tuple subclass named `sys.<name>` whose items are also readable as named attributes.
Type* make_struct_seq_type(VM& vm, char const* name, std::vector<char const*> fields)
{
    Type* type = vm.new_builtin_type(name, types::tuple, Layout::Tuple);
    type->m_is_basetype = false;
    type->m_dict->set_str(vm, vm.names.__module__, vm.intern("sys")->value());
    for (size_t i = 0; i < fields.size(); ++i)
        define_getset(vm, type, fields[i], struct_seq_getters[i]);
    vm.define_native(type->m_dict, "__repr__", &struct_seq_repr, type);
    g_struct_seqs.push_back({type, std::move(fields)});
    g_rooted.push_back(type->value());
    return type;
}

// -- types.SimpleNamespace's repr (sys.implementation) -----------------------------------------

Result<Value> namespace_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__repr__", 0, 0, true));
    Value self = args.args[0];
    DictObject* dict = self.is_object() ? self.as_object()->instance_dict() : nullptr;
    if (!dict)
        return vm.raise_type_error(
            "descriptor '__repr__' requires a 'types.SimpleNamespace' object");
    StackGuard guard(vm);
    TRY(guard.check(" while getting the repr of an object"));
    std::string text = VM::type_of(self) == types::simple_namespace
        ? "namespace("
        : VM::type_of(self)->name() + "(";
    bool first = true;
    for (auto const& entry : dict->entries()) {
        if (entry.key.is_empty() || !VM::is_instance_of(entry.key, types::str))
            continue;
        if (!first)
            text += ", ";
        first = false;
        text += static_cast<StrObject*>(entry.key.as_object())->view();
        text += '=';
        text += TRY(vm.repr(entry.value))->view();
    }
    text += ')';
    return vm.new_str(std::move(text))->value();
}

// -- functions ------------------------------------------------------------------------------

// sys.exit([status]): raises SystemExit(status); the exception's constructor sets .code.
Result<Value> sys_exit(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "exit", 0, 1));
    Value exception = args.count == 0 ? TRY(vm.call(types::system_exit->value(), {}))
                                      : TRY(vm.call(types::system_exit->value(), {args.args[0]}));
    return vm.raise_value(exception);
}

Result<Value> sys_getrecursionlimit(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.getrecursionlimit", 0, 0));
    return vm.new_int(vm.recursion_limit());
}

/// A C int argument: __index__, then OverflowError outside int32 (PyLong_AsInt's message).
Result<int> c_int_argument(VM& vm, Value v)
{
    if (!is_int(v)) {
        if (vm.lookup_special(v, vm.names.__index__).is_empty() || is_float(v))
            return vm.raise_type_error(
                "'" + VM::type_of(v)->name() + "' object cannot be interpreted as an integer");
        v = TRY(vm.call(vm.lookup_special(v, vm.names.__index__), {v}));
    }
    int64_t value;
    if (!int_fits_int64(v, value) || value < INT_MIN || value > INT_MAX)
        return vm.raise(types::overflow_error, "Python int too large to convert to C int");
    return static_cast<int>(value);
}

Result<Value> sys_setrecursionlimit(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.setrecursionlimit", 1, 1));
    int limit = TRY(c_int_argument(vm, args.args[0]));
    if (limit < 1)
        return vm.raise_value_error("recursion limit must be greater or equal than 1");
    if (vm.m_depth >= limit) {
        return vm.raise(types::recursion_error,
            "cannot set the recursion limit to " + std::to_string(limit)
                + " at the recursion depth " + std::to_string(vm.m_depth)
                + ": the limit is too low");
    }
    vm.set_recursion_limit(limit);
    return py_none;
}

Result<Value> sys_get_int_max_str_digits(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.get_int_max_str_digits", 0, 0));
    return vm.new_int(g_int_max_str_digits);
}

// set_int_max_str_digits(maxdigits)
Result<Value> sys_set_int_max_str_digits(VM& vm, CallArgs const& args)
{
    Value bound[1];
    TRY(bind_args(vm, args, "set_int_max_str_digits", {"maxdigits"}, 1, 0, bound));
    int digits = TRY(c_int_argument(vm, bound[0]));
    if (digits != 0 && digits < 640)
        return vm.raise_value_error("maxdigits must be 0 or larger than 640");
    g_int_max_str_digits = digits;
    return py_none;
}

Result<Value> sys_intern(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.intern", 1, 1));
    Value s = args.args[0];
    if (!s.is_object() || !VM::is_instance_of(s, types::str))
        return vm.raise_type_error("intern() argument must be str, not " + VM::type_of(s)->name());
    if (VM::type_of(s) != types::str)
        return vm.raise_type_error("can't intern " + VM::type_of(s)->name());
    return vm.intern(static_cast<StrObject*>(s.as_object())->view())->value();
}

Result<Value> sys_exc_info(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.exc_info", 0, 0));
    Value exception = vm.handled_exception();
    if (exception.is_empty() || exception.is(py_none))
        return vm.new_tuple({py_none, py_none, py_none})->value();
    auto* object = static_cast<ExceptionObject*>(exception.as_object());
    Value traceback = object->m_traceback ? object->m_traceback->value() : py_none;
    return vm.new_tuple({VM::type_of(exception)->value(), exception, traceback})->value();
}

Result<Value> sys_exception(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.exception", 0, 0));
    Value exception = vm.handled_exception();
    return exception.is_empty() ? py_none : exception;
}

Result<Value> sys_getdefaultencoding(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.getdefaultencoding", 0, 0));
    return str_value(vm, "utf-8");
}

Result<Value> sys_getfilesystemencoding(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.getfilesystemencoding", 0, 0));
    return str_value(vm, "utf-8");
}

/// Writes text to the current sys.stdout object (PyFile_WriteString semantics).
Result<void> write_to_stdout(VM& vm, Value out, std::string_view text)
{
    if (is_std_stream(out)) {
        std_stream_write(static_cast<StdStreamObject*>(out.as_object()), text);
        return {};
    }
    TRY(vm.call_method(out, vm.names.write, {vm.new_str(text)->value()}));
    return {};
}

// sys.displayhook(value): what the interactive prompt does with an expression's value.
Result<Value> sys_displayhook(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "sys.displayhook", 1, 1));
    Value value = args.args[0];
    if (value.is(py_none))
        return py_none;
    StrObject* underscore = vm.intern("_");
    Value builtins = vm.builtins_module()->value();
    TRY(vm.setattr(builtins, underscore, py_none));
    Value out = sys_dict(vm)->get_str(vm.names.stdout);
    if (out.is_empty() || out.is(py_none))
        return vm.raise(types::runtime_error, "lost sys.stdout");
    StrObject* text = TRY(vm.repr(value));
    TRY(write_to_stdout(vm, out, text->view()));
    TRY(write_to_stdout(vm, out, "\n"));
    TRY(vm.setattr(builtins, underscore, value));
    return py_none;
}

std::string executable_path()
{
    char buffer[4096];
    ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0)
        return "";
    return std::string(buffer, static_cast<size_t>(n));
}

/// Sets `name` only if absent, so that the import system's own objects are kept.
void set_default(VM& vm, char const* name, Value value)
{
    StrObject* key = vm.intern(name);
    if (sys_dict(vm)->get_str(key).is_empty())
        sys_dict(vm)->set_str(vm, key, value);
}

} // namespace

Result<ModuleObject*> init_sys_module(VM& vm)
{
    ModuleObject* sys = vm.sys_module();
    if (!sys_dict(vm)->get("version").is_empty())
        return sys;

    Type* version_info_type = make_struct_seq_type(
        vm, "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
    Value version_items[]
        = {vm.new_int(3), vm.new_int(11), vm.new_int(7), str_value(vm, "final"), vm.new_int(0)};
    Value version_info = vm.make<TupleObject>(version_info_type, version_items, 5)->value();

    if (!types::simple_namespace->m_dict->get_str(vm.names.__repr__).is_object()) {
        vm.define_native(
            types::simple_namespace->m_dict, "__repr__", &namespace_repr, types::simple_namespace);
        types::simple_namespace->m_dict->set_str(
            vm, vm.names.__module__, vm.intern("types")->value());
    }
    DictObject* implementation_dict = vm.new_dict();
    implementation_dict->set_str(vm, vm.names.name, str_value(vm, "minipy"));
    implementation_dict->set_str(vm, vm.intern("cache_tag"), py_none);
    implementation_dict->set_str(vm, vm.intern("version"), version_info);
    implementation_dict->set_str(vm, vm.intern("hexversion"), vm.new_int(hexversion));
    implementation_dict->set_str(vm, vm.intern("_main_mode"), str_value(vm, "status-quo"));
    Value implementation
        = vm.make<InstanceObject>(types::simple_namespace, implementation_dict)->value();

    set_attr(vm, "version", str_value(vm, version_text));
    set_attr(vm, "version_info", version_info);
    set_attr(vm, "hexversion", vm.new_int(hexversion));
    set_attr(vm, "api_version", vm.new_int(1013));
    set_attr(vm, "implementation", implementation);
    set_attr(vm, "maxsize", vm.new_int(INT64_MAX));
    set_attr(vm, "maxunicode", vm.new_int(0x10FFFF));
    set_attr(vm, "byteorder", str_value(vm, "little"));
    set_attr(vm, "platform", str_value(vm, "linux"));
    set_attr(vm, "executable", str_value(vm, executable_path()));
    set_attr(vm, "float_repr_style", str_value(vm, "short"));
    set_attr(vm, "dont_write_bytecode", py_true);
    set_attr(vm, "warnoptions", vm.new_list()->value());
    set_attr(vm, "_xoptions", vm.new_dict()->value());

    set_default(vm, "argv", vm.new_list()->value());
    set_default(vm, "orig_argv", vm.new_list()->value());
    set_default(vm, "path", vm.new_list()->value());
    set_default(vm, "meta_path", vm.new_list()->value());
    set_default(vm, "path_hooks", vm.new_list()->value());
    set_default(vm, "path_importer_cache", vm.new_dict()->value());

    DictObject* dict = sys_dict(vm);
    vm.define_native(dict, "exit", &sys_exit);
    vm.define_native(dict, "getrecursionlimit", &sys_getrecursionlimit);
    vm.define_native(dict, "setrecursionlimit", &sys_setrecursionlimit);
    vm.define_native(dict, "get_int_max_str_digits", &sys_get_int_max_str_digits);
    vm.define_native(dict, "set_int_max_str_digits", &sys_set_int_max_str_digits);
    vm.define_native(dict, "intern", &sys_intern);
    vm.define_native(dict, "exc_info", &sys_exc_info);
    vm.define_native(dict, "exception", &sys_exception);
    vm.define_native(dict, "getdefaultencoding", &sys_getdefaultencoding);
    vm.define_native(dict, "getfilesystemencoding", &sys_getfilesystemencoding);
    auto* displayhook = vm.define_native(dict, "displayhook", &sys_displayhook);
    set_attr(vm, "__displayhook__", displayhook->value());

    // The struct-sequence types are reachable from sys only through their instances; root them.
    for (Value& rooted : g_rooted)
        vm.m_native_roots.push_back(&rooted);
    return sys;
}

void set_sys_argv(VM& vm, std::vector<std::string> const& args)
{
    ListObject* list = vm.new_list(args.size());
    for (auto const& arg : args)
        list->append(vm.new_str(os_decode(arg))->value());
    set_attr(vm, "argv", list->value());
}

void set_sys_main_mode(VM& vm, std::string_view mode)
{
    Value implementation = sys_dict(vm)->get("implementation");
    if (implementation.is_object() && implementation.as_object()->instance_dict())
        implementation.as_object()->instance_dict()->set_str(
            vm, vm.intern("_main_mode"), vm.new_str(mode)->value());
}

} // namespace minipy
