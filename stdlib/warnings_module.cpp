// The `warnings` module: warn, warn_explicit, the filter functions and the filter list, over
// the machinery in vm/warnings.cpp.
#include "stdlib/native_modules.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_util.hpp"
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
    return module;
}

} // namespace minipy
