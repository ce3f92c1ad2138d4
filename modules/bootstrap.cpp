// _find_and_load, _load_unlocked, module_from_spec, _init_module_attrs, _handle_fromlist and
// the two __import__ front ends.
#include "modules/bootstrap.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/traceback.hpp"
#include "vm/warnings.hpp"

#include "modules/loaders.hpp"
#include "modules/native_class.hpp"
#include "modules/spec.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/type_object.hpp"

namespace minipy {

namespace {

/// "No module named {!r}" (_ERR_MSG).
std::string no_module_named(VM& vm, Value name)
{
    auto r = vm.repr(name);
    return "No module named " + (r.is_error() ? std::string("?") : r.value()->data());
}

/// Restores the pending exception after cleanup code that may itself touch the VM.
class PendingException {
public:
    explicit PendingException(VM& vm)
        : m_vm(vm)
        , m_root(vm, vm.take_exception())
    {
    }
    Error restore()
    {
        m_vm.set_exception(m_root.get());
        return Error {};
    }

private:
    VM& m_vm;
    Root m_root;
};

Result<Value> sys_modules_get(VM& vm, Value name)
{
    return vm.sys_modules()->get(vm, name);
}

/// _load_unlocked(spec): create the module, bind it in sys.modules *before* executing it, run
/// it, and on failure remove it again; spec._initializing is true meanwhile.
Result<Value> load_unlocked(VM& vm, Value spec)
{
    Value name = TRY(get_attribute(vm, spec, "name"));
    Root name_root(vm, name);
    Value loader = TRY(get_attribute(vm, spec, "loader"));
    Root loader_root(vm, loader);
    if (!loader.is(py_none) && !TRY(has_attribute(vm, loader, "exec_module"))) {
        // FIXME: the load_module() fallback (_load_backward_compatible) is not implemented.
        return vm.raise(
            types::import_error, TRY(vm.repr(loader))->data() + ".exec_module() not found");
    }
    Value module = TRY(module_from_spec(vm, spec));
    Root module_root(vm, module);
    TRY(set_attribute(vm, spec, "_initializing", py_true));
    DictObject* modules = vm.sys_modules();
    auto run = [&]() -> Result<void> {
        TRY(modules->set(vm, name, module));
        if (loader.is(py_none)) {
            Value locations = TRY(get_attribute(vm, spec, "submodule_search_locations"));
            if (locations.is(py_none))
                return raise_import_error(vm, types::import_error, "missing loader", name);
            return {}; // "A namespace package so do nothing."
        }
        // loader may have been replaced by init_module_attrs (namespace packages).
        Value current_loader = TRY(get_attribute(vm, spec, "loader"));
        Root current_root(vm, current_loader);
        Value exec = TRY(get_attribute(vm, current_loader, "exec_module"));
        TRY(vm.call(exec, {module}));
        return {};
    };
    if (run().is_error()) {
        PendingException pending(vm);
        if (modules->remove(vm, name).is_error())
            vm.take_exception();
        if (set_attribute(vm, spec, "_initializing", py_false).is_error())
            vm.take_exception();
        return pending.restore();
    }
    // "A namespace package so do nothing" / "Move the module to the end of sys.modules. We
    // don't ensure that the import-related module attributes get set in the sys.modules
    // replacement case."
    auto popped = modules->pop(vm, name);
    if (popped.is_error()) {
        PendingException pending(vm);
        if (set_attribute(vm, spec, "_initializing", py_false).is_error())
            vm.take_exception();
        return pending.restore();
    }
    module = popped.value();
    if (module.is_empty()) {
        // The module removed itself from sys.modules: sys.modules.pop(spec.name) raises
        // KeyError in _load_unlocked, and CPython's traceback keeps the importlib frames.
        if (set_attribute(vm, spec, "_initializing", py_false).is_error())
            vm.take_exception();
        vm.raise_with_args(types::key_error, {name});
        push_synthetic_traceback(vm, vm.exception(),
            {{"<frozen importlib._bootstrap>", "_find_and_load", 1176},
                {"<frozen importlib._bootstrap>", "_find_and_load_unlocked", 1147},
                {"<frozen importlib._bootstrap>", "_load_unlocked", 701}});
        return Error {};
    }
    module_root.set(module);
    TRY(modules->set(vm, name, module));
    TRY(set_attribute(vm, spec, "_initializing", py_false));
    return module;
}

/// The child's name in the parent's spec._uninitialized_submodules while it loads ("for
/// circular import tracking").
Result<void> push_uninitialized(VM& vm, Value parent_spec, Value child)
{
    Value list = TRY(get_attribute_optional(vm, parent_spec, "_uninitialized_submodules"));
    if (!list.is_empty() && VM::type_of(list) == types::list)
        static_cast<ListObject*>(list.as_object())->append(child);
    return {};
}

void pop_uninitialized(VM& vm, Value parent_spec)
{
    PendingException pending(vm);
    auto list = get_attribute_optional(vm, parent_spec, "_uninitialized_submodules");
    if (list.is_error()) {
        vm.take_exception();
    } else if (!list.value().is_empty() && VM::type_of(list.value()) == types::list) {
        auto& items = static_cast<ListObject*>(list.value().as_object())->items();
        if (!items.empty())
            items.pop_back();
    }
    pending.restore();
}

/// _find_and_load_unlocked(name, import_)
Result<Value> find_and_load_unlocked(VM& vm, StrObject* name)
{
    std::string const& full = name->data();
    auto dot = full.rfind('.');
    Value path = py_none;
    Value parent_spec = py_none;
    Root path_root(vm), parent_spec_root(vm), parent_root(vm), child_root(vm);
    StrObject* parent = nullptr;
    StrObject* child = nullptr;
    if (dot != std::string::npos) {
        parent = vm.new_str(full.substr(0, dot));
        parent_root.set(parent->value());
        if (TRY(sys_modules_get(vm, parent->value())).is_empty())
            TRY(gcd_import(vm, parent));
        // "Crazy side-effects!"
        Value already = TRY(sys_modules_get(vm, name->value()));
        if (!already.is_empty())
            return already;
        Value parent_module = TRY(vm.getitem(vm.sys_modules()->value(), parent->value()));
        auto p = vm.getattr(parent_module, vm.names.__path__);
        if (p.is_error()) {
            if (!vm.exception_matches(types::attribute_error))
                return Error {};
            vm.take_exception();
            return raise_import_error(vm, types::module_not_found_error,
                no_module_named(vm, name->value()) + "; " + TRY(vm.repr(parent->value()))->data()
                    + " is not a package",
                name->value());
        }
        path = p.value();
        path_root.set(path);
        parent_spec = TRY(vm.getattr(parent_module, vm.names.__spec__));
        parent_spec_root.set(parent_spec);
        child = vm.new_str(full.substr(dot + 1));
        child_root.set(child->value());
    }
    Value spec = TRY(find_spec(vm, name->value(), path));
    if (spec.is(py_none))
        return raise_import_error(
            vm, types::module_not_found_error, no_module_named(vm, name->value()), name->value());
    Root spec_root(vm, spec);
    bool track = parent && TRY(vm.truthy(parent_spec));
    if (track)
        TRY(push_uninitialized(vm, parent_spec, child->value()));
    auto loaded = load_unlocked(vm, spec);
    if (track)
        pop_uninitialized(vm, parent_spec);
    Value module = TRY(std::move(loaded));
    Root module_root(vm, module);
    if (parent) {
        // "Set the module as an attribute on its parent."
        Value parent_module = TRY(vm.getitem(vm.sys_modules()->value(), parent->value()));
        auto set = vm.setattr(parent_module, child, module);
        if (set.is_error()) {
            if (!vm.exception_matches(types::attribute_error))
                return Error {};
            vm.take_exception();
            TRY(warn_at(vm, types::import_warning,
                "Cannot set an attribute on " + TRY(vm.repr(parent->value()))->data()
                    + " for child module " + TRY(vm.repr(child->value()))->data(),
                "<frozen importlib._bootstrap>", 1158, "importlib._bootstrap"));
        }
    }
    return module;
}

/// `x in fromlist` handling for one item; `recursive` when walking __all__ for '*'.
Result<Value> handle_fromlist_impl(VM& vm, Value module, Value fromlist, bool recursive)
{
    Value iterator = TRY(vm.iter(fromlist));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value x = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return module;
        Root x_root(vm, x);
        if (!is_str(x)) {
            std::string where = "``from list''";
            if (recursive)
                where
                    = TRY(vm.str(TRY(get_attribute(vm, module, "__name__"))))->data() + ".__all__";
            return vm.raise_type_error(
                "Item in " + where + " must be str, not " + VM::type_of(x)->name());
        }
        if (str_text(x) == "*") {
            if (!recursive) {
                Value all = TRY(vm.getattr_optional(module, vm.names.__all__));
                if (!all.is_empty()) {
                    Root all_root(vm, all);
                    TRY(handle_fromlist_impl(vm, module, all, true));
                }
            }
            continue;
        }
        Value present = TRY(vm.getattr_optional(module, static_cast<StrObject*>(x.as_object())));
        if (!present.is_empty())
            continue;
        Value module_name = TRY(get_attribute(vm, module, "__name__"));
        StrObject* from_name = vm.new_str(TRY(vm.str(module_name))->data() + "." + str_text(x));
        Root from_root(vm, from_name->value());
        auto imported = gcd_import(vm, from_name);
        if (!imported.is_error())
            continue;
        // "Backwards-compatibility dictates we ignore failed imports triggered by fromlist for
        // modules that don't exist."
        if (!vm.exception_matches(types::module_not_found_error))
            return Error {};
        auto* exc = static_cast<ExceptionObject*>(vm.exception().as_object());
        Value exc_name = exc->m_dict ? exc->m_dict->get_str(vm.names.name) : Value {};
        if (exc_name.is_empty() || !is_str(exc_name) || str_text(exc_name) != from_name->data())
            return Error {};
        Value entry = vm.sys_modules()->get_str(from_name);
        if (!entry.is_empty() && entry.is(py_none))
            return Error {};
        vm.take_exception();
    }
}

// -- module.__repr__ and module.__dir__ -------------------------------------------------------

/// _module_repr_from_spec(spec)
Result<std::string> module_repr_from_spec(VM& vm, Value spec)
{
    Value name = TRY(get_attribute_optional(vm, spec, "name"));
    std::string name_text
        = name.is_empty() || name.is(py_none) ? "'?'" : TRY(vm.repr(name))->data();
    Value origin = TRY(get_attribute(vm, spec, "origin"));
    if (origin.is(py_none)) {
        Value loader = TRY(get_attribute(vm, spec, "loader"));
        if (loader.is(py_none))
            return "<module " + name_text + ">";
        return "<module " + name_text + " (" + TRY(vm.repr(loader))->data() + ")>";
    }
    if (TRY(vm.truthy(TRY(get_attribute(vm, spec, "has_location")))))
        return "<module " + name_text + " from " + TRY(vm.repr(origin))->data() + ">";
    return "<module " + name_text + " (" + TRY(vm.str(origin))->data() + ")>";
}

/// module.__repr__: importlib._bootstrap._module_repr.
Result<Value> module_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__repr__", 0, 0, true));
    Value module = args.args[0];
    Value loader = TRY(vm.getattr_optional(module, vm.names.__loader__));
    Value spec = TRY(vm.getattr_optional(module, vm.names.__spec__));
    if (!spec.is_empty() && TRY(vm.truthy(spec)))
        return vm.new_str(TRY(module_repr_from_spec(vm, spec)))->value();
    // "Fall through to a catch-all which always succeeds."
    Value name = TRY(vm.getattr_optional(module, vm.names.__name__));
    std::string name_text = name.is_empty() ? "'?'" : TRY(vm.repr(name))->data();
    Value file = TRY(vm.getattr_optional(module, vm.names.__file__));
    if (!file.is_empty())
        return vm.new_str("<module " + name_text + " from " + TRY(vm.repr(file))->data() + ">")
            ->value();
    if (loader.is_empty() || loader.is(py_none))
        return vm.new_str("<module " + name_text + ">")->value();
    return vm.new_str("<module " + name_text + " (" + TRY(vm.repr(loader))->data() + ")>")->value();
}

/// module.__dir__: "If the module defines __dir__, call it" (PEP 562); else the keys of
/// __dict__.
Result<Value> module_dir(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__dir__", 0, 0, true));
    DictObject* dict = args.args[0].as_object()->instance_dict();
    if (!dict)
        return vm.raise_type_error("<module>.__dict__ is not a dictionary");
    Value hook = dict->get_str(vm.names.__dir__);
    if (!hook.is_empty())
        return vm.call(hook, {});
    ListObject* names = vm.new_list();
    for (auto const& e : dict->entries())
        if (!e.key.is_empty())
            names->append(e.key);
    return names->value();
}

} // namespace

Result<Value> find_spec(VM& vm, Value name, Value path)
{
    Value meta_path = vm.sys_module()->m_dict->get_str(vm.intern("meta_path"));
    if (meta_path.is_empty() || meta_path.is(py_none))
        return vm.raise(
            types::import_error, "sys.meta_path is None, Python is likely shutting down");
    Root meta_root(vm, meta_path);
    if (VM::is_instance_of(meta_path, types::list)
        && static_cast<ListObject*>(meta_path.as_object())->size() == 0)
        TRY(warn_at(vm, types::import_warning, "sys.meta_path is empty",
            "<frozen importlib._bootstrap>", 1063, "importlib._bootstrap"));
    bool is_reload = !TRY(sys_modules_get(vm, name)).is_empty();
    Value iterator = TRY(vm.iter(meta_path));
    Root iterator_root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value finder = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return py_none;
        Root finder_root(vm, finder);
        Value method = TRY(get_attribute_optional(vm, finder, "find_spec"));
        Value spec;
        if (method.is_empty()) {
            // _find_spec_legacy: "finder.find_module(name, path)", then spec_from_loader.
            Value find_module = TRY(get_attribute(vm, finder, "find_module"));
            Value loader = TRY(vm.call(find_module, {name, path}));
            if (loader.is(py_none))
                continue;
            spec = new_module_spec(vm, name, loader, Value {}, IsPackage::No);
        } else {
            Root method_root(vm, method);
            spec = TRY(vm.call(method, {name, path, py_none}));
        }
        if (spec.is(py_none))
            continue;
        Root spec_root(vm, spec);
        // "The parent import may have already imported this module."
        if (!is_reload) {
            Value module = TRY(sys_modules_get(vm, name));
            if (!module.is_empty()) {
                Value existing = TRY(vm.getattr_optional(module, vm.names.__spec__));
                if (existing.is_empty() || existing.is(py_none))
                    return spec;
                return existing;
            }
        }
        return spec;
    }
}

Result<Value> module_from_spec(VM& vm, Value spec)
{
    Value loader = TRY(get_attribute(vm, spec, "loader"));
    Root loader_root(vm, loader);
    Value module = py_none;
    // "Typically loaders will not implement create_module()."
    Value create = TRY(get_attribute_optional(vm, loader, "create_module"));
    if (!create.is_empty()) {
        module = TRY(vm.call(create, {spec}));
    } else if (TRY(has_attribute(vm, loader, "exec_module"))) {
        return vm.raise(types::import_error,
            "loaders that define exec_module() must also define create_module()");
    }
    Root module_root(vm, module);
    if (module.is(py_none)) {
        Value name = TRY(get_attribute(vm, spec, "name"));
        if (!is_str(name))
            return vm.raise_type_error(
                "module.__init__() argument 'name' must be str, not " + VM::type_of(name)->name());
        module = vm.new_module(static_cast<StrObject*>(name.as_object()))->value();
        module_root.set(module);
    }
    TRY(init_module_attrs(vm, spec, module, Override::No));
    return module;
}

Result<void> init_module_attrs(VM& vm, Value spec, Value module, Override override_)
{
    bool override = override_ == Override::Yes;
    // Each assignment is "try: ... except AttributeError: pass" in importlib.
    auto try_set = [&](StrObject* attr, Value value) -> Result<void> {
        auto r = vm.setattr(module, attr, value);
        if (r.is_error()) {
            if (!vm.exception_matches(types::attribute_error))
                return Error {};
            vm.take_exception();
        }
        return {};
    };
    auto unset = [&](StrObject* attr) -> Result<bool> {
        if (override)
            return true;
        Value v = TRY(vm.getattr_optional(module, attr));
        return v.is_empty() || v.is(py_none);
    };
    // "__name__"
    if (TRY(unset(vm.names.__name__)))
        TRY(try_set(vm.names.__name__, TRY(get_attribute(vm, spec, "name"))));
    // "__loader__"
    if (TRY(unset(vm.names.__loader__))) {
        Value loader = TRY(get_attribute(vm, spec, "loader"));
        Root loader_root(vm, loader);
        if (loader.is(py_none)) {
            // "A backward compatibility hack": a namespace package gets a NamespaceLoader.
            Value locations = TRY(get_attribute(vm, spec, "submodule_search_locations"));
            if (!locations.is(py_none)) {
                loader = new_namespace_loader(vm, locations);
                loader_root.set(loader);
                TRY(set_attribute(vm, spec, "loader", loader));
                // "While the docs say that module.__file__ is not set for built-in modules,
                // and the code below will avoid setting it if spec.has_location is false, this
                // is incorrect for namespace packages."
                TRY(try_set(vm.names.__file__, py_none));
            }
        }
        TRY(try_set(vm.names.__loader__, loader));
    }
    // "__package__"
    if (TRY(unset(vm.names.__package__)))
        TRY(try_set(vm.names.__package__, TRY(get_attribute(vm, spec, "parent"))));
    // "__spec__"
    TRY(try_set(vm.names.__spec__, spec));
    // "__path__"
    if (TRY(unset(vm.names.__path__))) {
        Value locations = TRY(get_attribute(vm, spec, "submodule_search_locations"));
        if (!locations.is(py_none))
            TRY(try_set(vm.names.__path__, locations));
    }
    // "__file__/__cached__"
    if (TRY(vm.truthy(TRY(get_attribute(vm, spec, "has_location"))))) {
        if (TRY(unset(vm.names.__file__)))
            TRY(try_set(vm.names.__file__, TRY(get_attribute(vm, spec, "origin"))));
        StrObject* cached_name = vm.intern("__cached__");
        if (TRY(unset(cached_name))) {
            Value cached = TRY(get_attribute(vm, spec, "cached"));
            if (!cached.is(py_none))
                TRY(try_set(cached_name, cached));
        }
    }
    return {};
}

Result<Value> find_and_load(VM& vm, StrObject* name)
{
    Value module = TRY(sys_modules_get(vm, name->value()));
    if (module.is_empty())
        return find_and_load_unlocked(vm, name);
    if (module.is(py_none))
        return raise_import_error(vm, types::module_not_found_error,
            "import of " + name->data() + " halted; None in sys.modules", name->value());
    return module;
}

Result<Value> gcd_import(VM& vm, StrObject* name)
{
    // Callers often pass a freshly made name; keep it alive while modules execute.
    Root name_root(vm, name->value());
    return find_and_load(vm, name);
}

Result<Value> handle_fromlist(VM& vm, Value module, Value fromlist)
{
    return handle_fromlist_impl(vm, module, fromlist, false);
}

Result<Value> import_(
    VM& vm, StrObject* name, DictObject* globals, Value fromlist, int level, Wording wording)
{
    StrObject* abs_name = name;
    if (level > 0) {
        std::string resolved = TRY(resolve_relative_name(vm, name, globals, level, wording));
        abs_name = vm.new_str(resolved);
    } else if (name->byte_length() == 0) {
        return vm.raise_value_error("Empty module name");
    }
    Root abs_root(vm, abs_name->value());
    Value module = TRY(sys_modules_get(vm, abs_name->value()));
    if (module.is_empty() || module.is(py_none))
        module = TRY(find_and_load(vm, abs_name));
    Root module_root(vm, module);
    bool has_from = !fromlist.is_empty() && !fromlist.is(py_none) && TRY(vm.truthy(fromlist));
    if (!has_from) {
        std::string const& text = name->data();
        auto dot = text.find('.');
        if ((level == 0 || !text.empty()) && dot != std::string::npos) {
            if (level == 0)
                return import_(vm, vm.new_str(text.substr(0, dot)), nullptr, py_none, 0, wording);
            // "Return the package, not the module, for a relative name with dots."
            size_t cut_off = text.size() - dot;
            std::string const& full = abs_name->data();
            StrObject* to_return = vm.new_str(full.substr(0, full.size() - cut_off));
            Value found = TRY(sys_modules_get(vm, to_return->value()));
            if (found.is_empty())
                return vm.raise_with_args(types::key_error,
                    {vm.new_str(TRY(vm.repr(to_return->value()))->data()
                           + " not in sys.modules as expected")
                            ->value()});
            return found;
        }
        return module;
    }
    Value path = TRY(vm.getattr_optional(module, vm.names.__path__));
    if (path.is_empty())
        return module;
    return handle_fromlist(vm, module, fromlist);
}

Result<Value> exec_in_place(VM& vm, Value spec, Value module)
{
    Value name = TRY(get_attribute(vm, spec, "name"));
    Root name_root(vm, name);
    Value current = TRY(sys_modules_get(vm, name));
    if (!current.is(module))
        return raise_import_error(vm, types::import_error,
            "module " + TRY(vm.repr(name))->data() + " not in sys.modules", name);
    TRY(set_attribute(vm, spec, "_initializing", py_true));
    auto run = [&]() -> Result<void> {
        Value loader = TRY(get_attribute(vm, spec, "loader"));
        if (loader.is(py_none)) {
            Value locations = TRY(get_attribute(vm, spec, "submodule_search_locations"));
            if (locations.is(py_none))
                return raise_import_error(vm, types::import_error, "missing loader", name);
            return init_module_attrs(vm, spec, module, Override::Yes);
        }
        TRY(init_module_attrs(vm, spec, module, Override::Yes));
        Value exec = TRY(get_attribute(vm, loader, "exec_module"));
        TRY(vm.call(exec, {module}));
        return {};
    };
    auto ran = run();
    {
        PendingException pending(vm);
        if (set_attribute(vm, spec, "_initializing", py_false).is_error())
            vm.take_exception();
        pending.restore();
        if (ran.is_error())
            return Error {};
    }
    // "Update the order of insertion into sys.modules for module clean-up at shutdown."
    Value updated = TRY(vm.sys_modules()->pop(vm, name));
    Root updated_root(vm, updated);
    TRY(vm.sys_modules()->set(vm, name, updated));
    return updated;
}

namespace {

/// module.__new__: an empty module; module.__init__(name, doc=None) fills it (moduleobject.c).
Result<Value> module_new(VM& vm, CallArgs const&)
{
    return vm.make<ModuleObject>(types::module, vm.new_dict())->value();
}

Result<Value> module_init(VM& vm, CallArgs const& args)
{
    Value bound[2];
    TRY(bind_args(vm, args, "module", {"name", "doc"}, 1, 0, bound, true));
    if (!VM::is_instance_of(bound[0], types::str))
        return vm.raise_type_error(
            "module() argument 'name' must be str, not " + VM::type_of(bound[0])->name());
    DictObject* dict = static_cast<ModuleObject*>(args.args[0].as_object())->m_dict;
    dict->set_str(vm, vm.names.__name__, bound[0]);
    dict->set_str(vm, vm.names.__doc__, bound[1].is_empty() ? py_none : bound[1]);
    dict->set_str(vm, vm.names.__package__, py_none);
    dict->set_str(vm, vm.names.__loader__, py_none);
    dict->set_str(vm, vm.names.__spec__, py_none);
    return py_none;
}

} // namespace

void install_module_type_methods(VM& vm)
{
    types::module->m_dict->set_str(vm, vm.names.__new__,
        make_staticmethod(vm,
            vm.make<NativeFunctionObject>(
                  types::builtin_function, &module_new, vm.names.__new__, Value {}, types::module)
                ->value()));
    vm.define_native(types::module->m_dict, "__init__", &module_init, types::module);
    vm.define_native(types::module->m_dict, "__repr__", &module_repr, types::module);
    vm.define_native(types::module->m_dict, "__dir__", &module_dir, types::module);
    ++g_type_epoch;
}

} // namespace minipy
