// The import system's entry point as the VM sees it.
//
// FIXME: this is the interpreter-core stage of the import system: `sys.modules` and the
// built-in (native) modules only. Packages, sys.path, finders, loaders and specs
// (importlib._bootstrap's full algorithm) are the import-system issue's work.
#pragma once

#include "vm/vm.hpp"

namespace minipy {

/// Installs the import system into `vm` (VM::set_import_system); lives as long as the VM.
void install_import_system(VM&);

} // namespace minipy
