// The `warnings` module: warn, warn_explicit, the filter functions and the filter list, over
// the machinery in vm/warnings.cpp.
#include "stdlib/native_modules.hpp"

#include "modules/native_class.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"
#include "vm/warnings.hpp"

namespace minipy {

namespace {

Result<int> int_argument(VM& vm, Value v, int fallback)
{
    if (v.is_empty())
        return fallback;
    int64_t n = TRY(vm.to_index(v));
    return static_cast<int>(std::max<int64_t>(INT32_MIN, std::min<int64_t>(INT32_MAX, n)));
}

// warn(message, category=None, stacklevel=1, source=None)
Result<Value> warnings_warn(VM& vm, CallArgs const& args)
{
    Value a[4];
    TRY(bind_args(vm, args, "warn", {"message", "category", "stacklevel", "source"}, 1, 0, a));
    int stacklevel = TRY(int_argument(vm, a[2], 1));
    Value category = a[1];
    if (!category.is_empty() && !category.is(py_none)
        && !(VM::is_instance_of(category, types::type)
            && static_cast<Type*>(category.as_object())->is_subtype_of(types::warning)))
        return vm.raise_type_error(
            "category must be a Warning subclass, not '" + VM::type_of(category)->name() + "'");
    TRY(warn_object(vm, a[0], category, stacklevel));
    return py_none;
}

// warn_explicit(message, category, filename, lineno, module=None, registry=None,
//               module_globals=None, source=None)
Result<Value> warnings_warn_explicit(VM& vm, CallArgs const& args)
{
    Value a[8];
    TRY(bind_args(vm, args, "warn_explicit",
        {"message", "category", "filename", "lineno", "module", "registry", "module_globals",
            "source"},
        4, 0, a));
    if (!is_str(a[2]))
        return vm.raise_type_error(
            "warn_explicit() argument 3 must be str, not " + VM::type_of(a[2])->name());
    int lineno = TRY(int_argument(vm, a[3], 0));
    TRY(warn_explicit(vm, a[0], a[1], a[2], lineno, a[4].is_empty() ? py_none : a[4],
        a[5].is_empty() ? py_none : a[5]));
    return py_none;
}

Result<Value> check_action(VM& vm, Value action)
{
    static char const* const actions[] = {"error", "ignore", "always", "default", "module", "once"};
    if (is_str(action))
        for (char const* a : actions)
            if (as_str(action)->data() == a)
                return vm.intern(a)->value();
    return vm.raise_value_error("invalid action: " + TRY(vm.repr(action))->data());
}

Result<Value> check_category(VM& vm, Value category)
{
    if (category.is_empty())
        return types::warning->value();
    if (!VM::is_instance_of(category, types::type)
        || !static_cast<Type*>(category.as_object())->is_subtype_of(types::warning))
        return vm.raise_type_error("category must be a Warning subclass");
    return category;
}

// simplefilter(action, category=Warning, lineno=0, append=False)
Result<Value> warnings_simplefilter(VM& vm, CallArgs const& args)
{
    Value a[4];
    TRY(bind_args(vm, args, "simplefilter", {"action", "category", "lineno", "append"}, 1, 0, a));
    Value action = TRY(check_action(vm, a[0]));
    Value category = TRY(check_category(vm, a[1]));
    int lineno = TRY(int_argument(vm, a[2], 0));
    if (lineno < 0)
        return vm.raise_value_error("lineno must be an int >= 0");
    bool append = a[3].is_empty() ? false : TRY(vm.truthy(a[3]));
    Value filter = vm.new_tuple({action, py_none, category, py_none, vm.new_int(lineno)})->value();
    Root root(vm, filter);
    TRY(add_warning_filter(vm, filter, append));
    return py_none;
}

// filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False)
Result<Value> warnings_filterwarnings(VM& vm, CallArgs const& args)
{
    Value a[6];
    TRY(bind_args(vm, args, "filterwarnings",
        {"action", "message", "category", "module", "lineno", "append"}, 1, 0, a));
    Value action = TRY(check_action(vm, a[0]));
    for (int i : {1, 3})
        if (!a[i].is_empty() && !is_str(a[i]))
            return vm.raise_type_error(
                i == 1 ? "message must be a string" : "module must be a string");
    Value category = TRY(check_category(vm, a[2]));
    int lineno = TRY(int_argument(vm, a[4], 0));
    if (lineno < 0)
        return vm.raise_value_error("lineno must be an int >= 0");
    bool append = a[5].is_empty() ? false : TRY(vm.truthy(a[5]));
    auto pattern = [&](Value v) { return v.is_empty() || as_str(v)->data().empty() ? py_none : v; };
    Value filter
        = vm.new_tuple({action, pattern(a[1]), category, pattern(a[3]), vm.new_int(lineno)})
              ->value();
    Root root(vm, filter);
    TRY(add_warning_filter(vm, filter, append));
    return py_none;
}

// resetwarnings()
Result<Value> warnings_resetwarnings(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "resetwarnings", 0, 0));
    warning_filters(vm)->items().clear();
    warning_filters_changed(vm);
    return py_none;
}

// -- WarningMessage ----------------------------------------------------------------------------

// WarningMessage(message, category, filename, lineno, file=None, line=None, source=None)
Result<Value> warning_message_init(VM& vm, CallArgs const& args)
{
    Value a[8];
    TRY(bind_args(vm, args, "WarningMessage",
        {"self", "message", "category", "filename", "lineno", "file", "line", "source"}, 5, 0, a));
    Value self = a[0];
    char const* names[] = {"message", "category", "filename", "lineno", "file", "line", "source"};
    for (int i = 0; i < 7; ++i)
        TRY(set_attribute(vm, self, names[i], a[i + 1].is_empty() ? py_none : a[i + 1]));
    Value category_name = py_none;
    if (!a[2].is_empty() && !a[2].is(py_none))
        category_name = TRY(get_attribute(vm, a[2], "__name__"));
    TRY(set_attribute(vm, self, "_category_name", category_name));
    return py_none;
}

Result<Value> warning_message_str(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__str__", 0, 0, true));
    Value self = args.args[0];
    auto field = [&](char const* name) -> Result<std::string> {
        return TRY(vm.repr(TRY(get_attribute(vm, self, name))))->data();
    };
    std::string lineno = TRY(vm.str(TRY(get_attribute(vm, self, "lineno"))))->data();
    return vm
        .new_str("{message : " + TRY(field("message")) + ", category : "
            + TRY(field("_category_name")) + ", filename : " + TRY(field("filename"))
            + ", lineno : " + lineno + ", line : " + TRY(field("line")) + "}")
        ->value();
}

// -- catch_warnings ----------------------------------------------------------------------------

// catch_warnings(*, record=False, module=None, action=None, category=Warning, lineno=0,
//                append=False)
Result<Value> catch_warnings_init(VM& vm, CallArgs const& args)
{
    Value a[7];
    TRY(bind_args_kwonly(vm, args, "catch_warnings",
        {"self", "record", "module", "action", "category", "lineno", "append"}, 1, 0, 6, a));
    Value self = a[0];
    TRY(set_attribute(vm, self, "_record", py_bool(!a[1].is_empty() && TRY(vm.truthy(a[1])))));
    Value module = a[2].is_empty() ? py_none : a[2];
    if (module.is(py_none)) {
        module = vm.sys_modules()->get_str(vm.intern("warnings"));
        if (module.is_empty())
            module = py_none;
    }
    TRY(set_attribute(vm, self, "_module", module));
    TRY(set_attribute(vm, self, "_entered", py_false));
    Value filter = py_none;
    if (!a[3].is_empty() && !a[3].is(py_none)) {
        Value category = a[4].is_empty() ? types::warning->value() : a[4];
        Value lineno = a[5].is_empty() ? vm.new_int(0) : a[5];
        Value append = a[6].is_empty() ? py_false : a[6];
        filter = vm.new_tuple({a[3], category, lineno, append})->value();
    }
    TRY(set_attribute(vm, self, "_filter", filter));
    return py_none;
}

Result<Value> catch_warnings_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__repr__", 0, 0, true));
    Value self = args.args[0];
    std::string shown;
    if (TRY(vm.truthy(TRY(get_attribute(vm, self, "_record")))))
        shown = "record=True";
    return vm.new_str(VM::type_of(self)->name() + "(" + shown + ")")->value();
}

Result<Value> catch_warnings_enter(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__enter__", 0, 0, true));
    Value self = args.args[0];
    if (TRY(vm.truthy(TRY(get_attribute(vm, self, "_entered")))))
        return vm.raise(
            types::runtime_error, "Cannot enter " + TRY(vm.repr(self))->data() + " twice");
    TRY(set_attribute(vm, self, "_entered", py_true));
    ListObject* filters = warning_filters(vm);
    ListObject* saved = vm.new_list(filters->size());
    Root saved_root(vm, saved->value());
    for (Value v : filters->items())
        saved->append(v);
    TRY(set_attribute(vm, self, "_saved_filters", saved->value()));
    TRY(set_attribute(
        vm, self, "_saved_log", vm.m_warning_log ? vm.m_warning_log->value() : py_none));
    warning_filters_changed(vm);
    Value filter = TRY(get_attribute(vm, self, "_filter"));
    if (!filter.is(py_none)) {
        auto* f = static_cast<TupleObject*>(filter.as_object());
        Value values[4] = {f->at(0), f->at(1), f->at(2), f->at(3)};
        TRY(warnings_simplefilter(vm, CallArgs {values, 4, nullptr}));
    }
    if (!TRY(vm.truthy(TRY(get_attribute(vm, self, "_record")))))
        return py_none;
    ListObject* log = vm.new_list();
    vm.m_warning_log = log;
    return log->value();
}

Result<Value> catch_warnings_exit(VM& vm, CallArgs const& args)
{
    Value self = args.args[0];
    if (!TRY(vm.truthy(TRY(get_attribute(vm, self, "_entered")))))
        return vm.raise(types::runtime_error,
            "Cannot exit " + TRY(vm.repr(self))->data() + " without entering first");
    Value saved = TRY(get_attribute(vm, self, "_saved_filters"));
    if (VM::is_instance_of(saved, types::list))
        warning_filters(vm)->items() = static_cast<ListObject*>(saved.as_object())->items();
    warning_filters_changed(vm);
    Value log = TRY(get_attribute(vm, self, "_saved_log"));
    vm.m_warning_log = VM::is_instance_of(log, types::list)
        ? static_cast<ListObject*>(log.as_object())
        : nullptr;
    return py_none;
}

} // namespace

Result<ModuleObject*> init_warnings_module(VM& vm)
{
    ModuleObject* module = vm.new_module(vm.intern("warnings"));
    DictObject* d = module->m_dict;
    vm.define_native(d, "warn", &warnings_warn);
    vm.define_native(d, "warn_explicit", &warnings_warn_explicit);
    vm.define_native(d, "simplefilter", &warnings_simplefilter);
    vm.define_native(d, "filterwarnings", &warnings_filterwarnings);
    vm.define_native(d, "resetwarnings", &warnings_resetwarnings);
    d->set_str(vm, vm.intern("filters"), warning_filters(vm)->value());
    d->set_str(vm, vm.intern("_onceregistry"), warning_once_registry(vm)->value());
    d->set_str(vm, vm.intern("_defaultaction"), vm.intern("default")->value());

    Type* message = new_native_class(vm, "WarningMessage", "warnings");
    define_method(vm, message, "__init__", &warning_message_init);
    define_method(vm, message, "__str__", &warning_message_str);
    d->set_str(vm, vm.intern("WarningMessage"), message->value());
    vm.m_warning_message_class = message->value();

    Type* catcher = new_native_class(vm, "catch_warnings", "warnings");
    define_method(vm, catcher, "__init__", &catch_warnings_init);
    define_method(vm, catcher, "__repr__", &catch_warnings_repr);
    define_method(vm, catcher, "__enter__", &catch_warnings_enter);
    define_method(vm, catcher, "__exit__", &catch_warnings_exit);
    d->set_str(vm, vm.intern("catch_warnings"), catcher->value());
    return module;
}

} // namespace minipy
