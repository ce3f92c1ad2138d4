// The `atexit` module: functions to call when the interpreter exits (register, unregister,
// _run_exitfuncs, _clear, _ncallbacks), and run_atexit_callbacks for the command line.
#include "stdlib/native_modules.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/traceback.hpp"
#include "vm/vm.hpp"

namespace minipy {

namespace {

/// The registered callbacks, oldest first: (func, arguments, kwnames or None) tuples, or None
/// for one that was unregistered (as CPython leaves an empty slot).
ListObject* callbacks(VM& vm)
{
    if (!vm.m_atexit_callbacks) {
        vm.m_atexit_callbacks = vm.new_list();
        vm.m_extra_roots.push_back(vm.m_atexit_callbacks);
    }
    return vm.m_atexit_callbacks;
}

// register(func, *args, **kwargs)
Result<Value> atexit_register(VM& vm, CallArgs const& args)
{
    if (args.positional_count() == 0)
        return vm.raise_type_error("register() takes at least 1 argument (0 given)");
    Value func = args.args[0];
    if (!TRY(vm.is_callable(func)))
        return vm.raise_type_error("the first argument must be callable");
    TupleObject* rest = vm.new_tuple(args.args + 1, args.count - 1);
    Root rest_root(vm, rest->value());
    Value kwnames = args.kwnames ? args.kwnames->value() : py_none;
    callbacks(vm)->append(vm.new_tuple({func, rest->value(), kwnames})->value());
    return func;
}

// unregister(func): every registration of func (compared with ==) is dropped.
Result<Value> atexit_unregister(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "unregister", 1, 1));
    ListObject* list = callbacks(vm);
    for (size_t i = 0; i < list->size(); ++i) {
        Value entry = list->at(i);
        if (entry.is(py_none))
            continue;
        if (TRY(vm.equals(static_cast<TupleObject*>(entry.as_object())->at(0), args.args[0])))
            list->items()[i] = py_none;
    }
    return py_none;
}

Result<Value> atexit_run_exitfuncs(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "_run_exitfuncs", 0, 0));
    run_atexit_callbacks(vm);
    return py_none;
}

Result<Value> atexit_clear(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "_clear", 0, 0));
    callbacks(vm)->items().clear();
    return py_none;
}

Result<Value> atexit_ncallbacks(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "_ncallbacks", 0, 0));
    return vm.new_int(static_cast<int64_t>(callbacks(vm)->size()));
}

} // namespace

void run_atexit_callbacks(VM& vm)
{
    // Newest first; the ones registered meanwhile are not called (CPython walks the slots that
    // existed when it started).
    ListObject* list = callbacks(vm);
    TupleObject* snapshot = vm.new_tuple(list->items().data(), list->size());
    Root snapshot_root(vm, snapshot->value());
    list->items().clear();
    for (size_t i = snapshot->size(); i-- > 0;) {
        Value entry = snapshot->at(i);
        if (entry.is(py_none))
            continue;
        auto* parts = static_cast<TupleObject*>(entry.as_object());
        auto* arguments = static_cast<TupleObject*>(parts->at(1).as_object());
        Value kwnames = parts->at(2);
        CallArgs call {arguments->size() ? &arguments->items()[0] : nullptr, arguments->size(),
            kwnames.is(py_none) ? nullptr : static_cast<TupleObject*>(kwnames.as_object())};
        if (!vm.call(parts->at(0), call).is_error())
            continue;
        // "Exception ignored in atexit callback: <func>" and the traceback, then go on.
        Root exc(vm, vm.take_exception());
        auto func_repr = vm.repr(parts->at(0));
        std::string shown = func_repr.is_error() ? "<object>" : func_repr.value()->data();
        if (func_repr.is_error())
            vm.take_exception();
        vm.flush_std_streams();
        if (vm.write_stderr("Exception ignored in atexit callback: " + shown + "\n"
                  + format_exception(vm, exc.get()))
                .is_error())
            vm.take_exception();
        vm.flush_std_streams();
    }
}

Result<ModuleObject*> init_atexit_module(VM& vm)
{
    ModuleObject* module = vm.new_module(vm.intern("atexit"));
    DictObject* d = module->m_dict;
    vm.define_native(d, "register", &atexit_register);
    vm.define_native(d, "unregister", &atexit_unregister);
    vm.define_native(d, "_run_exitfuncs", &atexit_run_exitfuncs);
    vm.define_native(d, "_clear", &atexit_clear);
    vm.define_native(d, "_ncallbacks", &atexit_ncallbacks);
    return module;
}

} // namespace minipy
