// The import system's entry point as the VM sees it: installs importlib's classes, sys.meta_path
// and sys.path_hooks, and answers IMPORT_NAME and builtins.__import__ (bootstrap.hpp).
#pragma once

#include "vm/vm.hpp"

namespace minipy {

/// Installs the import system into `vm` (VM::set_import_system); lives as long as the VM.
void install_import_system(VM&);

} // namespace minipy
