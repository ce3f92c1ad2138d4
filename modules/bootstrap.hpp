// The import algorithm of importlib._bootstrap, one function per step:
//
//   import_ (the statement / __import__)  -> resolve the name (resolve.hpp)
//     -> find_and_load: sys.modules first, else find_and_load_unlocked:
//          import the parent, read its __path__, find_spec over sys.meta_path,
//          load_unlocked: module_from_spec (create_module, init_module_attrs), bind in
//          sys.modules, exec_module, unbind on failure; then bind on the parent
//     -> handle_fromlist for `from ... import ...`.
#pragma once

#include "modules/resolve.hpp"
#include "vm/vm.hpp"

namespace minipy {

/// __import__(name, globals, locals, fromlist, level) with the statement's (Python/import.c)
/// or importlib.__import__'s wording.
Result<Value> import_(
    VM&, StrObject* name, DictObject* globals, Value fromlist, int level, Wording);

/// _gcd_import(name): "Import and return the module based on its name" (absolute names).
Result<Value> gcd_import(VM&, StrObject* name);

/// _find_and_load(name): sys.modules, or find and load; "import of X halted; None in
/// sys.modules" when the entry is None.
Result<Value> find_and_load(VM&, StrObject* name);

/// _find_spec(name, path, target=None): ask each finder on sys.meta_path.
Result<Value> find_spec(VM&, Value name, Value path);

/// module_from_spec(spec): "Create a module based on the provided spec."
Result<Value> module_from_spec(VM&, Value spec);

/// _init_module_attrs(spec, module, override): __name__, __loader__, __package__, __spec__,
/// __path__, __file__ and __cached__.
enum class Override : uint8_t { No, Yes };
Result<void> init_module_attrs(VM&, Value spec, Value module, Override);

/// _handle_fromlist(module, fromlist, import_): import the submodules a `from` names.
Result<Value> handle_fromlist(VM&, Value module, Value fromlist);

/// _exec(spec, module) as importlib.reload uses it: re-run the module in place.
Result<Value> exec_in_place(VM&, Value spec, Value module);

/// Module attributes that importlib provides to the module type: __repr__ (_module_repr) and
/// __dir__ (PEP 562's module-level __dir__).
void install_module_type_methods(VM&);

} // namespace minipy
