// The `sys` module: interpreter state visible to Python code.
//
// VM::VM creates the module object (with `modules`) and the builtins step adds the standard
// streams; init_sys_module fills in everything else. The stream hooks the VM and CLI use
// (sys_write_stdout, sys_flush_std_streams, set_unbuffered) live beside the stream objects in
// vm/builtins/std_streams.hpp and are re-exported here.
#pragma once

#include "vm/builtins/std_streams.hpp"
#include "vm/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace minipy {

class VM;
class ModuleObject;

/// Fills vm.sys_module() (idempotent) and returns it; also the BuiltinImporter factory for "sys".
Result<ModuleObject*> init_sys_module(VM&);

/// Replaces sys.argv with a new list of `args`.
void set_sys_argv(VM&, std::vector<std::string> const& args);

/// Sets sys.implementation._main_mode (the CLI's main-module strategy name, e.g. "status-quo").
void set_sys_main_mode(VM&, std::string_view mode);

} // namespace minipy
