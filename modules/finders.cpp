// BuiltinImporter, FrozenImporter, PathFinder and FileFinder.
#include "modules/finders.hpp"

#include "modules/frozen.hpp"
#include "modules/loaders.hpp"
#include "modules/native_class.hpp"
#include "modules/spec.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/function_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/warnings.hpp"

#include <unordered_map>

namespace minipy {

// -- DirectoryCache -----------------------------------------------------------------------------

void DirectoryCache::fill_cache(FileSystem& fs)
{
    // "Directory has either been removed, turned into a file, or made unreadable": no entries.
    m_entries.clear();
    if (auto names = fs.list_directory(m_path))
        m_entries.insert(names->begin(), names->end());
}

DirectoryMatch DirectoryCache::find(FileSystem& fs, std::string_view tail)
{
    int64_t stamp = fs.modification_stamp(m_path);
    if (stamp != m_stamp) {
        fill_cache(fs);
        m_stamp = stamp;
    }
    std::string tail_module(tail);
    bool is_namespace = false;
    std::string base_path;
    // "Check if the module is the name of a directory (and thus a package)."
    if (m_entries.count(tail_module)) {
        base_path = path_join(m_path, tail_module);
        std::string init = path_join(base_path, "__init__.py");
        if (fs.is_file(init))
            return {EntryKind::Package, init, base_path};
        // "If a namespace package, return the path if we don't find a module in the next
        // section."
        is_namespace = fs.is_directory(base_path);
    }
    // "Check for a file w/ a proper suffix exists."
    if (m_entries.count(tail_module + ".py")) {
        std::string full_path = path_join(m_path, tail_module + ".py");
        if (fs.is_file(full_path))
            return {EntryKind::Module, full_path, {}};
    }
    if (is_namespace)
        return {EntryKind::NamespacePortion, {}, base_path};
    return {};
}

namespace {

Type* s_builtin_importer = nullptr;
Type* s_frozen_importer = nullptr;
Type* s_path_finder = nullptr;
Type* s_file_finder = nullptr;
NativeFunctionObject* s_file_finder_hook = nullptr;

/// One DirectoryCache per FileFinder path (FileFinder instances keep only `path` in their
/// __dict__, as in CPython; their caches live here).
std::unordered_map<std::string, DirectoryCache>& directory_caches()
{
    static std::unordered_map<std::string, DirectoryCache> caches;
    return caches;
}

DictObject* sys_dict(VM& vm)
{
    return vm.sys_module()->m_dict;
}

std::string tail_of(std::string const& fullname)
{
    auto dot = fullname.rfind('.');
    return dot == std::string::npos ? fullname : fullname.substr(dot + 1);
}

Result<Value> str_argument(VM& vm, Value v, char const* what)
{
    if (!is_str(v))
        return vm.raise_type_error(
            std::string(what) + " must be str, not " + VM::type_of(v)->name());
    return v;
}

// -- BuiltinImporter ------------------------------------------------------------------------

/// BuiltinImporter.find_spec(cls, fullname, path=None, target=None): "If 'path' is ever
/// specified then the search is considered a failure."
Result<Value> builtin_find_spec(VM& vm, CallArgs const& args)
{
    Value a[3];
    TRY(bind_args(vm, args, "find_spec", {"fullname", "path", "target"}, 1, 0, a, true));
    if (!a[1].is_empty() && !a[1].is(py_none))
        return py_none;
    if (!is_str(a[0]) || !is_builtin_module(vm, str_text(a[0])))
        return py_none;
    return new_module_spec(vm, a[0], s_builtin_importer->value(), vm.new_str("built-in")->value(),
        vm.is_native_package(str_text(a[0])) ? IsPackage::Yes : IsPackage::No);
}

/// BuiltinImporter.create_module(spec): "Create a built-in module".
Result<Value> builtin_create_module(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "create_module", 1, 1));
    Value name = TRY(get_attribute(vm, args.args[0], "name"));
    if (!is_str(name) || !is_builtin_module(vm, str_text(name)))
        return raise_import_error(vm, types::import_error,
            TRY(vm.repr(name))->data() + " is not a built-in module", name);
    if (str_text(name) == "builtins")
        return vm.builtins_module()->value();
    ModuleObject* module = TRY(vm.native_modules().at(str_text(name))(vm));
    return module->value();
}

/// BuiltinImporter.exec_module(module): "Exec a built-in module" (native modules are complete
/// once created).
Result<Value> builtin_exec_module(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "exec_module", 1, 1));
    return py_none;
}

Result<Value> builtin_is_package(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "is_package", 1, 1, true));
    Value name = args.args[1];
    return py_bool(is_str(name) && vm.is_native_package(str_text(name)));
}

// -- FrozenImporter -------------------------------------------------------------------------

/// FrozenImporter.find_spec(cls, fullname, path=None, target=None)
Result<Value> frozen_find_spec(VM& vm, CallArgs const& args)
{
    Value a[3];
    TRY(bind_args(vm, args, "find_spec", {"fullname", "path", "target"}, 1, 0, a, true));
    if (!is_str(a[0]))
        return py_none;
    FrozenModule const* frozen = find_frozen(str_text(a[0]));
    if (!frozen)
        return py_none;
    return new_module_spec(vm, a[0], s_frozen_importer->value(), vm.new_str("frozen")->value(),
        frozen->is_package ? IsPackage::Yes : IsPackage::No);
}

/// The frozen module `name`, or ImportError "'x' is not a frozen module".
Result<FrozenModule const*> frozen_module_named(VM& vm, Value name)
{
    FrozenModule const* frozen = is_str(name) ? find_frozen(str_text(name)) : nullptr;
    if (!frozen)
        return raise_import_error(
            vm, types::import_error, TRY(vm.repr(name))->data() + " is not a frozen module", name);
    return frozen;
}

/// FrozenImporter.exec_module(module): run the frozen code in the module's namespace, with
/// "<frozen NAME>" as its file name, as CPython's frozen code objects have.
Result<Value> frozen_exec_module(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "exec_module", 1, 1));
    Value module = args.args[0];
    Value spec = TRY(get_attribute(vm, module, "__spec__"));
    Value name = TRY(get_attribute(vm, spec, "name"));
    FrozenModule const* frozen = TRY(frozen_module_named(vm, name));
    TRY(exec_source_in_module(vm, module, frozen->source, "<frozen " + str_text(name) + ">"));
    return py_none;
}

/// FrozenImporter.get_code(fullname): the frozen module's code object.
Result<Value> frozen_get_code(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "get_code", 1, 1, true));
    Value name = args.args[1];
    FrozenModule const* frozen = TRY(frozen_module_named(vm, name));
    CodeObject* code = TRY(vm.compile(frozen->source, "<frozen " + str_text(name) + ">", "exec"));
    return code->value();
}

/// BuiltinImporter.get_code(fullname): None, "built-in modules do not have code objects".
Result<Value> builtin_get_code(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "get_code", 1, 1, true));
    return py_none;
}

Result<Value> frozen_is_package(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "is_package", 1, 1, true));
    Value name = args.args[1];
    FrozenModule const* frozen = TRY(frozen_module_named(vm, name));
    return py_bool(frozen->is_package);
}

Result<Value> frozen_create_module(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "create_module", 1, 1));
    return py_none;
}

// -- FileFinder -----------------------------------------------------------------------------

/// FileFinder's base path: "if not path or path == '.': getcwd(); elif not absolute: joined
/// with getcwd()".
std::string finder_base_path(std::string const& path)
{
    FileSystem& fs = import_file_system();
    if (path.empty() || path == ".")
        return fs.current_directory();
    if (path[0] != '/')
        return path_join(fs.current_directory(), path);
    return path;
}

Value new_file_finder(VM& vm, std::string const& path)
{
    Value finder = new_plain_instance(vm, s_file_finder);
    finder.as_object()->instance_dict()->set_str(
        vm, vm.intern("path"), vm.new_str(finder_base_path(path))->value());
    return finder;
}

/// FileFinder.__init__(self, path, *loader_details).
/// FIXME: loader_details are accepted but not used; FileFinder always looks for `.py` sources
/// loaded by SourceFileLoader (minipy has no extension modules or bytecode files).
Result<Value> file_finder_init(VM& vm, CallArgs const& args)
{
    if (args.positional_count() < 2)
        return vm.raise_type_error(
            "FileFinder.__init__() missing 1 required positional argument: 'path'");
    Value path = TRY(str_argument(vm, args.args[1], "path"));
    TRY(set_attribute(
        vm, args.args[0], "path", vm.new_str(finder_base_path(str_text(path)))->value()));
    return py_none;
}

Result<Value> file_finder_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__repr__", 0, 0, true));
    Value path = TRY(get_attribute(vm, args.args[0], "path"));
    return vm.new_str("FileFinder(" + TRY(vm.repr(path))->data() + ")")->value();
}

DirectoryCache& cache_for(std::string const& path)
{
    auto& caches = directory_caches();
    auto it = caches.find(path);
    if (it == caches.end())
        it = caches.emplace(path, DirectoryCache(path)).first;
    return it->second;
}

/// The spec FileFinder.find_spec builds for a match, through spec_from_file_location for
/// files and as ModuleSpec(fullname, None) with one portion for a namespace directory.
Value spec_for_match(VM& vm, Value fullname, DirectoryMatch const& match)
{
    if (match.kind == EntryKind::NamespacePortion) {
        Value spec = new_module_spec(vm, fullname, py_none, Value {}, IsPackage::Yes);
        Value locations = spec.as_object()->instance_dict()->get("submodule_search_locations");
        static_cast<ListObject*>(locations.as_object())
            ->append(vm.new_str(match.directory)->value());
        return spec;
    }
    Value path = vm.new_str(match.file)->value();
    Value loader = new_source_file_loader(vm, fullname, path);
    bool is_package = match.kind == EntryKind::Package;
    Value spec
        = new_module_spec(vm, fullname, loader, path, is_package ? IsPackage::Yes : IsPackage::No);
    DictObject* d = spec.as_object()->instance_dict();
    d->set_str(vm, vm.intern("_set_fileattr"), py_true);
    if (is_package)
        static_cast<ListObject*>(d->get("submodule_search_locations").as_object())
            ->append(vm.new_str(match.directory)->value());
    return spec;
}

Result<Value> file_finder_find(VM& vm, Value self, Value fullname)
{
    Value path = TRY(get_attribute(vm, self, "path"));
    TRY(str_argument(vm, path, "path"));
    TRY(str_argument(vm, fullname, "fullname"));
    DirectoryMatch match
        = cache_for(str_text(path)).find(import_file_system(), tail_of(str_text(fullname)));
    if (match.kind == EntryKind::None)
        return py_none;
    return spec_for_match(vm, fullname, match);
}

/// FileFinder.find_spec(self, fullname, target=None)
Result<Value> file_finder_find_spec(VM& vm, CallArgs const& args)
{
    Value a[2];
    TRY(bind_args(vm, args, "find_spec", {"fullname", "target"}, 1, 0, a, true));
    return file_finder_find(vm, args.args[0], a[0]);
}

/// FileFinder.invalidate_caches(self): "Invalidate the directory mtime."
Result<Value> file_finder_invalidate_caches(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "invalidate_caches", 0, 0, true));
    Value path = TRY(get_attribute(vm, args.args[0], "path"));
    if (is_str(path))
        cache_for(str_text(path)).invalidate();
    return py_none;
}

/// FileFinder.path_hook(...)'s closure, path_hook_for_FileFinder(path): "If the path called on
/// the closure is not a directory, ImportError is raised."
Result<Value> path_hook_for_file_finder(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "path_hook_for_FileFinder", 1, 1));
    Value path = TRY(str_argument(vm, args.args[0], "path"));
    if (!import_file_system().is_directory(str_text(path)))
        return raise_import_error(
            vm, types::import_error, "only directories are supported", Value {}, path);
    return new_file_finder(vm, str_text(path));
}

/// FileFinder.path_hook(cls, *loader_details): the closure above.
Result<Value> file_finder_path_hook(VM& vm, CallArgs const& args)
{
    return s_file_finder_hook->value();
}

// -- PathFinder -----------------------------------------------------------------------------

/// PathFinder._path_hooks(path): "Search sys.path_hooks for a finder for 'path'."
Result<Value> path_hooks(VM& vm, Value entry)
{
    Value hooks = sys_dict(vm)->get_str(vm.intern("path_hooks"));
    if (hooks.is_empty() || hooks.is(py_none))
        return py_none;
    if (VM::is_instance_of(hooks, types::list)
        && static_cast<ListObject*>(hooks.as_object())->size() == 0)
        TRY(warn_at(vm, types::import_warning, "sys.path_hooks is empty",
            "<frozen importlib._bootstrap_external>", 1412, "importlib._bootstrap_external"));
    Value iterator = TRY(vm.iter(hooks));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value hook = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return py_none;
        Root hook_root(vm, hook);
        auto finder = hook.is(s_file_finder_hook->value())
            ? path_hook_for_file_finder(vm, CallArgs {&entry, 1, nullptr})
            : vm.call(hook, {entry});
        if (!finder.is_error())
            return finder.value();
        if (!vm.exception_matches(types::import_error))
            return Error {};
        vm.take_exception();
    }
}

/// PathFinder._path_importer_cache(path): "Get the finder for the path entry from
/// sys.path_importer_cache. If the path entry is not in the cache, find the appropriate finder
/// and cache it. If no finder is available, store None."
Result<Value> path_importer_cache(VM& vm, Value entry)
{
    if (str_text(entry).empty())
        entry = vm.new_str(import_file_system().current_directory())->value();
    Root entry_root(vm, entry);
    Value cache = sys_dict(vm)->get_str(vm.intern("path_importer_cache"));
    if (cache.is_empty())
        return vm.raise(types::runtime_error, "lost sys.path_importer_cache");
    Root cache_root(vm, cache);
    if (VM::type_of(cache) == types::dict) {
        Value finder = TRY(static_cast<DictObject*>(cache.as_object())->get(vm, entry));
        if (!finder.is_empty())
            return finder;
    } else {
        auto r = vm.getitem(cache, entry);
        if (!r.is_error())
            return r;
        if (!vm.exception_matches(types::key_error))
            return Error {};
        vm.take_exception();
    }
    Value finder = TRY(path_hooks(vm, entry));
    Root finder_root(vm, finder);
    TRY(vm.setitem(cache, entry, finder));
    return finder;
}

/// PathFinder._get_spec(fullname, path, target): "Find the loader or namespace_path for this
/// module/package name."
Result<Value> path_finder_get_spec(VM& vm, Value fullname, Value path, Value target)
{
    ListObject* namespace_path = vm.new_list();
    Root ns_root(vm, namespace_path->value());
    Value iterator = TRY(vm.iter(path));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value entry = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            break;
        if (!is_str(entry))
            continue;
        Root entry_root(vm, entry);
        Value finder = TRY(path_importer_cache(vm, entry));
        if (finder.is(py_none))
            continue;
        Root finder_root(vm, finder);
        Value spec;
        if (VM::type_of(finder) == s_file_finder) {
            spec = TRY(file_finder_find(vm, finder, fullname));
        } else {
            Value find_spec = TRY(get_attribute_optional(vm, finder, "find_spec"));
            // FIXME: legacy path-entry finders without find_spec (find_loader/find_module) are
            // skipped.
            if (find_spec.is_empty())
                continue;
            spec = TRY(vm.call(find_spec, {fullname, target}));
        }
        if (spec.is(py_none))
            continue;
        Root spec_root(vm, spec);
        Value loader = TRY(get_attribute(vm, spec, "loader"));
        if (!loader.is(py_none))
            return spec;
        Value portions = TRY(get_attribute(vm, spec, "submodule_search_locations"));
        if (portions.is(py_none))
            return vm.raise(types::import_error, "spec missing loader");
        // "This is possibly part of a namespace package. Remember these path entries (if any)
        // for when we create a namespace package, and continue iterating on path."
        ListObject* more = TRY(vm.to_list(portions));
        for (Value p : more->items())
            namespace_path->append(p);
    }
    Value spec = new_module_spec(vm, fullname, py_none, Value {}, IsPackage::No);
    spec.as_object()->instance_dict()->set_str(
        vm, vm.intern("submodule_search_locations"), namespace_path->value());
    return spec;
}

/// PathFinder.find_spec(cls, fullname, path=None, target=None): "Try to find a spec for
/// 'fullname' on sys.path or 'path'."
Result<Value> path_finder_find_spec(VM& vm, CallArgs const& args)
{
    Value a[3];
    TRY(bind_args(vm, args, "find_spec", {"fullname", "path", "target"}, 1, 0, a, true));
    Value path = a[1].is_empty() ? py_none : a[1];
    if (path.is(py_none)) {
        path = sys_dict(vm)->get_str(vm.names.path);
        if (path.is_empty())
            return vm.raise(types::runtime_error, "lost sys.path");
    }
    Root path_root(vm, path);
    Value spec = TRY(path_finder_get_spec(vm, a[0], path, a[2].is_empty() ? py_none : a[2]));
    Value loader = TRY(get_attribute(vm, spec, "loader"));
    if (!loader.is(py_none))
        return spec;
    Value namespace_path = TRY(get_attribute(vm, spec, "submodule_search_locations"));
    if (!TRY(vm.truthy(namespace_path)))
        return py_none;
    // "We found at least one namespace path. Return a spec which can create the namespace
    // package."
    // FIXME: CPython wraps the portions in a _NamespacePath that recomputes itself when the
    // parent path changes; minipy keeps the plain list.
    TRY(set_attribute(vm, spec, "origin", py_none));
    return spec;
}

/// PathFinder.invalidate_caches(): "Call the invalidate_caches() method on all path entry
/// finders stored in sys.path_importer_caches (where implemented)."
Result<Value> path_finder_invalidate_caches_method(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "invalidate_caches", 0, 0));
    TRY(path_finder_invalidate_caches(vm));
    return py_none;
}

} // namespace

bool is_builtin_module(VM& vm, std::string const& name)
{
    return name == "builtins" || vm.native_modules().count(name) != 0;
}

Result<void> path_finder_invalidate_caches(VM& vm)
{
    Value cache = sys_dict(vm)->get_str(vm.intern("path_importer_cache"));
    if (cache.is_empty() || VM::type_of(cache) != types::dict)
        return {};
    Root root(vm, cache);
    auto* dict = static_cast<DictObject*>(cache.as_object());
    std::vector<std::pair<Value, Value>> items;
    for (auto const& e : dict->entries())
        if (!e.key.is_empty())
            items.emplace_back(e.key, e.value);
    ListObject* keep = vm.new_list(); // roots the snapshot while Python code runs
    Root keep_root(vm, keep->value());
    for (auto& [k, v] : items) {
        keep->append(k);
        keep->append(v);
    }
    for (auto& [name, finder] : items) {
        bool absolute = is_str(name) && !str_text(name).empty() && str_text(name)[0] == '/';
        if (finder.is(py_none) || !absolute) {
            TRY(dict->remove(vm, name));
            continue;
        }
        Value method = TRY(get_attribute_optional(vm, finder, "invalidate_caches"));
        if (!method.is_empty())
            TRY(vm.call(method, {}));
    }
    return {};
}

Type* builtin_importer_type()
{
    return s_builtin_importer;
}
Type* frozen_importer_type()
{
    return s_frozen_importer;
}
Type* path_finder_type()
{
    return s_path_finder;
}
Type* file_finder_type()
{
    return s_file_finder;
}

void install_finders(VM& vm)
{
    s_builtin_importer = new_native_class(vm, "BuiltinImporter", "_frozen_importlib");
    define_classmethod(vm, s_builtin_importer, "find_spec", &builtin_find_spec);
    define_staticmethod(vm, s_builtin_importer, "create_module", &builtin_create_module);
    define_staticmethod(vm, s_builtin_importer, "exec_module", &builtin_exec_module);
    define_classmethod(vm, s_builtin_importer, "is_package", &builtin_is_package);
    define_classmethod(vm, s_builtin_importer, "get_code", &builtin_get_code);

    s_frozen_importer = new_native_class(vm, "FrozenImporter", "_frozen_importlib");
    define_classmethod(vm, s_frozen_importer, "find_spec", &frozen_find_spec);
    define_staticmethod(vm, s_frozen_importer, "create_module", &frozen_create_module);
    define_staticmethod(vm, s_frozen_importer, "exec_module", &frozen_exec_module);
    define_classmethod(vm, s_frozen_importer, "is_package", &frozen_is_package);
    define_classmethod(vm, s_frozen_importer, "get_code", &frozen_get_code);

    s_path_finder = new_native_class(vm, "PathFinder", "_frozen_importlib_external");
    define_classmethod(vm, s_path_finder, "find_spec", &path_finder_find_spec);
    define_staticmethod(
        vm, s_path_finder, "invalidate_caches", &path_finder_invalidate_caches_method);

    s_file_finder = new_native_class(vm, "FileFinder", "_frozen_importlib_external");
    define_method(vm, s_file_finder, "__init__", &file_finder_init);
    define_method(vm, s_file_finder, "__repr__", &file_finder_repr);
    define_method(vm, s_file_finder, "find_spec", &file_finder_find_spec);
    define_method(vm, s_file_finder, "invalidate_caches", &file_finder_invalidate_caches);
    define_classmethod(vm, s_file_finder, "path_hook", &file_finder_path_hook);

    DictObject* scratch = vm.new_dict();
    s_file_finder_hook
        = vm.define_native(scratch, "path_hook_for_FileFinder", &path_hook_for_file_finder);
    s_file_finder_hook->m_name = vm.intern("path_hook_for_FileFinder");
    vm.m_extra_roots.push_back(s_file_finder_hook);

    ListObject* meta_path = vm.new_list();
    meta_path->append(s_builtin_importer->value());
    meta_path->append(s_frozen_importer->value());
    meta_path->append(s_path_finder->value());
    ListObject* hooks = vm.new_list();
    hooks->append(s_file_finder_hook->value());
    sys_dict(vm)->set_str(vm, vm.intern("meta_path"), meta_path->value());
    sys_dict(vm)->set_str(vm, vm.intern("path_hooks"), hooks->value());
    if (sys_dict(vm)->get_str(vm.intern("path_importer_cache")).is_empty())
        sys_dict(vm)->set_str(vm, vm.intern("path_importer_cache"), vm.new_dict()->value());
}

} // namespace minipy
