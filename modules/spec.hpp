// ModuleSpec: "the specification for a module, used for loading" (PEP 451).
//
// As in importlib._bootstrap.ModuleSpec, a spec is a plain object whose state is in its __dict__:
// name, loader, origin, loader_state, submodule_search_locations, _set_fileattr, _cached and
// _uninitialized_submodules. parent, has_location and cached are computed properties. The import
// system marks a spec `_initializing` while its module executes; IMPORT_FROM and module
// attribute errors read that flag to report circular imports.
#pragma once

#include "vm/vm.hpp"

namespace minipy {

/// importlib.machinery.ModuleSpec (created by install_module_spec_type).
Type* module_spec_type();
void install_module_spec_type(VM&);

enum class IsPackage : uint8_t { No, Yes };

/// ModuleSpec(name, loader, origin=origin, is_package=...): submodule_search_locations is []
/// for a package, None otherwise. `origin` may be empty for None.
Value new_module_spec(VM&, Value name, Value loader, Value origin, IsPackage);

/// spec.parent: "The name of the module's parent." For a package (submodule_search_locations
/// is not None) that is its own name, otherwise the name up to its last dot.
Result<Value> spec_parent(VM&, Value spec);

} // namespace minipy
