// The native (C++) modules of the standard library and their factories.
#pragma once

#include "vm/result.hpp"

namespace minipy {

class VM;
class ModuleObject;

/// Factories for VM::register_native_module; each creates and fills a new module object.
Result<ModuleObject*> init_math_module(VM&);
Result<ModuleObject*> init_time_module(VM&);

} // namespace minipy
