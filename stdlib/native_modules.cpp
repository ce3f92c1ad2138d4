// init_native_modules: fills `sys` and registers every native module with the VM.
#include "stdlib/native_modules.hpp"

#include "stdlib/sys_module.hpp"
#include "vm/init.hpp"
#include "vm/vm.hpp"

namespace minipy {

void init_native_modules(VM& vm)
{
    // sys already exists (VM::VM) and is in sys.modules; fill it now so that everything after
    // start-up sees sys.version, sys.path and friends. Its factory returns the same module.
    (void)init_sys_module(vm);
    vm.register_native_module("sys", &init_sys_module);
    vm.register_native_module("math", &init_math_module);
    vm.register_native_module("time", &init_time_module);
    vm.register_native_module("importlib", &init_importlib_module, /*is_package=*/true);
    vm.register_native_module("warnings", &init_warnings_module);
    vm.register_native_module("atexit", &init_atexit_module);
    register_frozen_stdlib();
}

} // namespace minipy
