// The registry of frozen modules: pure-Python stdlib sources embedded in the binary.
//
// stdlib/ generates a table from its `*.py` files at build time and registers it at start-up;
// FrozenImporter serves modules from it. Keeping only the registry here keeps the dependency one
// way (modules <- stdlib).
#pragma once

#include <cstddef>
#include <string_view>

namespace minipy {

struct FrozenModule {
    std::string_view name; ///< dotted module name ("keyword", "pkg.sub")
    bool is_package; ///< frozen from a package's __init__.py
    std::string_view source; ///< the module's source text
};

/// Adds `count` entries (static storage) to the registry.
void register_frozen_modules(FrozenModule const* modules, size_t count);
/// The frozen module named `name`, or null.
FrozenModule const* find_frozen(std::string_view name);

} // namespace minipy
