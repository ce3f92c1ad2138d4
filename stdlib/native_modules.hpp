// The native (C++) modules of the standard library and their factories.
#pragma once

#include "vm/result.hpp"

namespace minipy {

class VM;
class ModuleObject;

/// Factories for VM::register_native_module; each creates and fills a new module object.
Result<ModuleObject*> init_math_module(VM&);
Result<ModuleObject*> init_time_module(VM&);
Result<ModuleObject*> init_warnings_module(VM&);
Result<ModuleObject*> init_atexit_module(VM&);
/// Calls the atexit callbacks, newest first, reporting the exceptions they raise ("Exception
/// ignored in atexit callback: ..."), and forgets them. The command line calls it at exit.
void run_atexit_callbacks(VM&);
Result<ModuleObject*> init_importlib_module(VM&);
/// Registers the frozen pure-Python stdlib (generated from stdlib/*.py by freeze.py).
void register_frozen_stdlib();

} // namespace minipy
