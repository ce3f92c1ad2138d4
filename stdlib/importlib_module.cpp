// The `importlib` package and its `util` and `machinery` submodules: Python's view of the import
// system that modules/ implements (import_module, reload, invalidate_caches, __import__,
// util.find_spec / resolve_name / module_from_spec / spec_from_file_location / spec_from_loader,
// and the machinery classes).
#include "stdlib/native_modules.hpp"

#include "modules/bootstrap.hpp"
#include "modules/filesystem.hpp"
#include "modules/finders.hpp"
#include "modules/loaders.hpp"
#include "modules/native_class.hpp"
#include "modules/resolve.hpp"
#include "modules/spec.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"

#include <set>

namespace minipy {

namespace {

/// The number of leading dots of a relative name.
int leading_dots(std::string const& name)
{
    int level = 0;
    while (level < static_cast<int>(name.size()) && name[level] == '.')
        ++level;
    return level;
}

/// _gcd_import(name, package, level) with _sanity_check's checks.
Result<Value> gcd_import_relative(VM& vm, std::string const& name, Value package, int level)
{
    std::string full = name;
    if (level > 0) {
        if (!is_str(package))
            return vm.raise_type_error("__package__ not set to a string");
        TRY(sanity_check_package(vm, str_text(package)));
        auto resolved = resolve_name(name, str_text(package), level);
        if (!resolved)
            return vm.raise(
                types::import_error, "attempted relative import beyond top-level package");
        full = *resolved;
    } else if (name.empty()) {
        return vm.raise_value_error("Empty module name");
    }
    return gcd_import(vm, vm.new_str(full));
}

// importlib.import_module(name, package=None)
Result<Value> importlib_import_module(VM& vm, CallArgs const& args)
{
    Value a[2];
    TRY(bind_args(vm, args, "import_module", {"name", "package"}, 1, 0, a));
    Value package = a[1].is_empty() ? py_none : a[1];
    if (!is_str(a[0]))
        return vm.raise_type_error(
            "module name must be str, not " + TRY(vm.repr(VM::type_of(a[0])->value()))->data());
    std::string const& name = str_text(a[0]);
    int level = 0;
    if (!name.empty() && name[0] == '.') {
        if (!TRY(vm.truthy(package)))
            return vm.raise_type_error(
                "the 'package' argument is required to perform a relative import for "
                + TRY(vm.repr(a[0]))->data());
        level = leading_dots(name);
    }
    return gcd_import_relative(vm, name.substr(level), package, level);
}

std::set<std::string> g_reloading;

// importlib.reload(module)
Result<Value> importlib_reload(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "reload", 1, 1));
    Value module = args.args[0];
    Value name;
    Value spec = TRY(vm.getattr_optional(module, vm.names.__spec__));
    if (!spec.is_empty())
        name = TRY(vm.getattr_optional(spec, vm.names.name));
    if (name.is_empty())
        name = TRY(vm.getattr_optional(module, vm.names.__name__));
    if (name.is_empty())
        return vm.raise_type_error("reload() argument must be a module");
    Root name_root(vm, name);
    Value current = TRY(vm.sys_modules()->get(vm, name));
    if (!current.is(module))
        return raise_import_error(vm, types::import_error,
            "module " + TRY(vm.str(name))->data() + " not in sys.modules", name);
    std::string key = TRY(vm.str(name))->data();
    if (g_reloading.count(key))
        return module;
    g_reloading.insert(key);
    auto result = [&]() -> Result<Value> {
        Value pkgpath = py_none;
        auto dot = key.rfind('.');
        if (dot != std::string::npos) {
            StrObject* parent_name = vm.new_str(key.substr(0, dot));
            Value parent = vm.sys_modules()->get_str(parent_name);
            if (parent.is_empty())
                return raise_import_error(vm, types::import_error,
                    "parent " + TRY(vm.repr(parent_name->value()))->data() + " not in sys.modules",
                    parent_name->value());
            pkgpath = TRY(vm.getattr(parent, vm.names.__path__));
        }
        Root path_root(vm, pkgpath);
        Value new_spec = TRY(find_spec(vm, name, pkgpath));
        Root spec_root(vm, new_spec);
        TRY(vm.setattr(module, vm.names.__spec__, new_spec));
        if (new_spec.is(py_none))
            return raise_import_error(vm, types::module_not_found_error,
                "spec not found for the module " + TRY(vm.repr(name))->data(), name);
        TRY(exec_in_place(vm, new_spec, module));
        return vm.getitem(vm.sys_modules()->value(), name);
    }();
    g_reloading.erase(key);
    return result;
}

// importlib.invalidate_caches(): "Call the invalidate_caches() method on all meta path finders
// stored in sys.meta_path (where implemented)."
Result<Value> importlib_invalidate_caches(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "invalidate_caches", 0, 0));
    Value meta_path = vm.sys_module()->m_dict->get_str(vm.intern("meta_path"));
    ListObject* finders = TRY(vm.to_list(meta_path));
    Root root(vm, finders->value());
    for (Value finder : finders->items()) {
        Value method = TRY(get_attribute_optional(vm, finder, "invalidate_caches"));
        if (!method.is_empty())
            TRY(vm.call(method, {}));
    }
    return py_none;
}

// importlib.__import__(name, globals=None, locals=None, fromlist=(), level=0), with
// _bootstrap.__import__'s wording (spec/main-modes.md §4.7).
Result<Value> importlib_dunder_import(VM& vm, CallArgs const& args)
{
    Value a[5];
    TRY(bind_args(
        vm, args, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, 0, a));
    Value fromlist = a[3].is_empty() ? vm.new_tuple(size_t(0))->value() : a[3];
    int64_t level = a[4].is_empty() ? 0 : TRY(vm.to_index(a[4]));
    DictObject* globals = !a[1].is_empty() && VM::type_of(a[1]) == types::dict
        ? static_cast<DictObject*>(a[1].as_object())
        : nullptr;
    if (level == 0 || level < 0) {
        if (level < 0) {
            // "_calc___package__" runs before "_sanity_check" in importlib.__import__.
            DictObject* g = globals ? globals : vm.new_dict();
            TRY(calc___package__(vm, g, Wording::Importlib));
            return vm.raise_value_error("level must be >= 0");
        }
        if (!is_str(a[0]))
            return vm.raise_type_error(
                "module name must be str, not " + TRY(vm.repr(VM::type_of(a[0])->value()))->data());
    } else {
        DictObject* g = globals ? globals : vm.new_dict();
        Root g_root(vm, g->value());
        std::string package = TRY(calc___package__(vm, g, Wording::Importlib));
        if (!is_str(a[0]))
            return vm.raise_type_error(
                "module name must be str, not " + TRY(vm.repr(VM::type_of(a[0])->value()))->data());
        TRY(sanity_check_package(vm, package));
    }
    return import_(vm, static_cast<StrObject*>(a[0].as_object()), globals, fromlist,
        static_cast<int>(level), Wording::Importlib);
}

// importlib.util.resolve_name(name, package)
Result<Value> util_resolve_name(VM& vm, CallArgs const& args)
{
    Value a[2];
    TRY(bind_args(vm, args, "resolve_name", {"name", "package"}, 2, 0, a));
    if (!is_str(a[0]))
        return vm.raise_type_error("name must be str");
    std::string const& name = str_text(a[0]);
    if (name.empty() || name[0] != '.')
        return a[0];
    if (!TRY(vm.truthy(a[1])))
        return vm.raise(types::import_error,
            "no package specified for " + TRY(vm.repr(a[0]))->data()
                + " (required for relative module names)");
    int level = leading_dots(name);
    if (!is_str(a[1]))
        return vm.raise_type_error("package must be str");
    auto resolved = resolve_name(name.substr(level), str_text(a[1]), level);
    if (!resolved)
        return vm.raise(types::import_error, "attempted relative import beyond top-level package");
    return vm.new_str(*resolved)->value();
}

// importlib.util.find_spec(name, package=None)
Result<Value> util_find_spec(VM& vm, CallArgs const& args)
{
    Value a[2];
    TRY(bind_args(vm, args, "find_spec", {"name", "package"}, 1, 0, a));
    Value fullname = a[0];
    if (is_str(fullname) && !str_text(fullname).empty() && str_text(fullname)[0] == '.') {
        Value resolve_args[2] = {a[0], a[1].is_empty() ? py_none : a[1]};
        fullname = TRY(util_resolve_name(vm, CallArgs {resolve_args, 2, nullptr}));
    }
    if (!is_str(fullname))
        return vm.raise_type_error("name must be str");
    Root root(vm, fullname);
    Value module = TRY(vm.sys_modules()->get(vm, fullname));
    if (module.is_empty()) {
        std::string const& full = str_text(fullname);
        auto dot = full.rfind('.');
        Value parent_path = py_none;
        if (dot != std::string::npos) {
            std::string parent_name = full.substr(0, dot);
            Value parent = TRY(gcd_import(vm, vm.new_str(parent_name)));
            Root parent_root(vm, parent);
            auto p = vm.getattr(parent, vm.names.__path__);
            if (p.is_error()) {
                if (!vm.exception_matches(types::attribute_error))
                    return Error {};
                vm.take_exception();
                return raise_import_error(vm, types::module_not_found_error,
                    "__path__ attribute not found on "
                        + TRY(vm.repr(vm.new_str(parent_name)->value()))->data()
                        + " while trying to find " + TRY(vm.repr(fullname))->data(),
                    fullname);
            }
            parent_path = p.value();
        }
        Root path_root(vm, parent_path);
        return find_spec(vm, fullname, parent_path);
    }
    if (module.is(py_none))
        return py_none;
    Value spec = TRY(vm.getattr_optional(module, vm.names.__spec__));
    std::string shown = TRY(vm.str(a[0]))->data();
    if (spec.is_empty())
        return vm.raise_value_error(shown + ".__spec__ is not set");
    if (spec.is(py_none))
        return vm.raise_value_error(shown + ".__spec__ is None");
    return spec;
}

// importlib.util.module_from_spec(spec)
Result<Value> util_module_from_spec(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "module_from_spec", 1, 1));
    return module_from_spec(vm, args.args[0]);
}

// importlib.util.spec_from_loader(name, loader, *, origin=None, is_package=None)
Result<Value> util_spec_from_loader(VM& vm, CallArgs const& args)
{
    Value a[4];
    TRY(bind_args_kwonly(
        vm, args, "spec_from_loader", {"name", "loader", "origin", "is_package"}, 2, 0, 2, a));
    Value origin = a[2].is_empty() ? py_none : a[2];
    if (origin.is(py_none)) {
        Value o = TRY(get_attribute_optional(vm, a[1], "_ORIGIN"));
        if (!o.is_empty())
            origin = o;
    }
    // FIXME: loaders with get_filename() go through spec_from_file_location in CPython.
    bool is_package = false;
    if (!a[3].is_empty() && !a[3].is(py_none)) {
        is_package = TRY(vm.truthy(a[3]));
    } else {
        Value method = TRY(get_attribute_optional(vm, a[1], "is_package"));
        if (!method.is_empty()) {
            auto r = vm.call(method, {a[0]});
            if (r.is_error()) {
                if (!vm.exception_matches(types::import_error))
                    return Error {};
                vm.take_exception();
            } else {
                is_package = TRY(vm.truthy(r.value()));
            }
        }
    }
    return new_module_spec(vm, a[0], a[1], origin, is_package ? IsPackage::Yes : IsPackage::No);
}

// importlib.util.spec_from_file_location(name, location=None, *, loader=None,
//     submodule_search_locations=_POPULATE)
Result<Value> util_spec_from_file_location(VM& vm, CallArgs const& args)
{
    Value a[4];
    TRY(bind_args_kwonly(vm, args, "spec_from_file_location",
        {"name", "location", "loader", "submodule_search_locations"}, 1, 0, 2, a));
    Value loader = a[2].is_empty() ? py_none : a[2];
    Value location = a[1].is_empty() ? py_none : a[1];
    if (location.is(py_none)) {
        location = vm.new_str("<unknown>")->value();
        Value get_filename = TRY(get_attribute_optional(vm, loader, "get_filename"));
        if (!get_filename.is_empty()) {
            auto r = vm.call(get_filename, {a[0]});
            if (r.is_error()) {
                if (!vm.exception_matches(types::import_error))
                    return Error {};
                vm.take_exception();
            } else {
                location = r.value();
            }
        }
    } else {
        if (!is_str(location))
            return vm.raise_type_error(
                "expected str, bytes or os.PathLike object, not " + VM::type_of(location)->name());
        std::string const& text = str_text(location);
        if (text.empty() || text[0] != '/')
            location
                = vm.new_str(path_join(import_file_system().current_directory(), text))->value();
    }
    Root location_root(vm, location);
    Value spec = new_module_spec(vm, a[0], loader, location, IsPackage::No);
    Root spec_root(vm, spec);
    TRY(set_attribute(vm, spec, "_set_fileattr", py_true));
    // "Pick a loader if one wasn't provided."
    if (loader.is(py_none)) {
        if (!is_str(location) || !str_text(location).ends_with(".py"))
            return py_none;
        loader = new_source_file_loader(vm, a[0], location);
        TRY(set_attribute(vm, spec, "loader", loader));
    }
    Root loader_root(vm, loader);
    // "Set submodule_search_paths appropriately."
    if (a[3].is_empty()) {
        Value method = TRY(get_attribute_optional(vm, loader, "is_package"));
        if (!method.is_empty()) {
            auto r = vm.call(method, {a[0]});
            if (r.is_error()) {
                if (!vm.exception_matches(types::import_error))
                    return Error {};
                vm.take_exception();
            } else if (TRY(vm.truthy(r.value()))) {
                TRY(set_attribute(vm, spec, "submodule_search_locations", vm.new_list()->value()));
            }
        }
    } else {
        TRY(set_attribute(vm, spec, "submodule_search_locations", a[3]));
    }
    Value locations = TRY(get_attribute(vm, spec, "submodule_search_locations"));
    if (VM::type_of(locations) == types::list
        && static_cast<ListObject*>(locations.as_object())->size() == 0 && is_str(location)
        && !str_text(location).empty()) {
        std::string const& text = str_text(location);
        auto slash = text.rfind('/');
        std::string dirname = slash == std::string::npos ? "" : text.substr(0, slash);
        static_cast<ListObject*>(locations.as_object())->append(vm.new_str(dirname)->value());
    }
    return spec;
}

void add_class(VM& vm, DictObject* d, Type* cls)
{
    d->set_str(vm, cls->m_name, cls->value());
}

} // namespace

Result<ModuleObject*> init_importlib_module(VM& vm)
{
    ModuleObject* module = vm.new_module(vm.intern("importlib"));
    Root root(vm, module->value());
    DictObject* d = module->m_dict;
    vm.define_native(d, "import_module", &importlib_import_module);
    vm.define_native(d, "reload", &importlib_reload);
    vm.define_native(d, "invalidate_caches", &importlib_invalidate_caches);
    vm.define_native(d, "__import__", &importlib_dunder_import);
    // importlib is a package; its submodules exist as soon as it does (they are bound in
    // sys.modules here, so `import importlib.util` finds them there).
    d->set_str(vm, vm.names.__path__, vm.new_list()->value());

    ModuleObject* util = vm.new_module(vm.intern("importlib.util"));
    Root util_root(vm, util->value());
    DictObject* u = util->m_dict;
    vm.define_native(u, "find_spec", &util_find_spec);
    vm.define_native(u, "resolve_name", &util_resolve_name);
    vm.define_native(u, "module_from_spec", &util_module_from_spec);
    vm.define_native(u, "spec_from_loader", &util_spec_from_loader);
    vm.define_native(u, "spec_from_file_location", &util_spec_from_file_location);

    ModuleObject* machinery = vm.new_module(vm.intern("importlib.machinery"));
    Root machinery_root(vm, machinery->value());
    DictObject* m = machinery->m_dict;
    add_class(vm, m, module_spec_type());
    add_class(vm, m, builtin_importer_type());
    add_class(vm, m, frozen_importer_type());
    add_class(vm, m, path_finder_type());
    add_class(vm, m, file_finder_type());
    add_class(vm, m, source_file_loader_type());
    add_class(vm, m, namespace_loader_type());
    ListObject* suffixes = vm.new_list();
    suffixes->append(vm.new_str(".py")->value());
    m->set_str(vm, vm.intern("SOURCE_SUFFIXES"), suffixes->value());

    for (ModuleObject* sub : {util, machinery}) {
        Value name = sub->m_dict->get_str(vm.names.__name__);
        Value spec = new_module_spec(vm, name, builtin_importer_type()->value(),
            vm.new_str("built-in")->value(), IsPackage::No);
        sub->m_dict->set_str(vm, vm.names.__spec__, spec);
        sub->m_dict->set_str(vm, vm.names.__loader__, builtin_importer_type()->value());
        sub->m_dict->set_str(vm, vm.names.__package__, vm.new_str("importlib")->value());
        TRY(vm.sys_modules()->set(vm, name, sub->value()));
    }
    d->set_str(vm, vm.intern("util"), util->value());
    d->set_str(vm, vm.intern("machinery"), machinery->value());
    return module;
}

} // namespace minipy
