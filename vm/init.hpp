// The start-up steps that fill the built-in types, the builtins module and the native modules.
//
// VM::VM creates every built-in Type object (so all `types::` pointers are valid), then calls
// these in order. Each is implemented beside the types it fills.
#pragma once

namespace minipy {

class VM;

void init_object_and_type(VM&); ///< object, type, NoneType, NotImplementedType, ellipsis;
                                ///< descriptors (vm/objects/type_object.cpp, descriptors.cpp)
void init_number_types(VM&); ///< int, bool, float (vm/objects/int_object.cpp, float_object.cpp)
void init_string_types(VM&); ///< str, bytes (vm/objects/str_methods.cpp, bytes_object.cpp)
void init_container_types(VM&); ///< tuple, list, dict and views, set, frozenset, range, slice,
                                ///< iterators (vm/objects/*.cpp)
void init_function_types(VM&); ///< function, method, builtin_function, code, cell, generator
                               ///< (vm/objects/function_object.cpp, generator_object.cpp)
void init_exception_types(VM&); ///< BaseException and subclasses (vm/objects/exception_object.cpp)
void init_builtin_functions(VM&); ///< print, len, ... into vm.builtins_dict() (vm/builtins/*.cpp)
void init_native_modules(
    VM&); ///< registers sys, math, time with VM::register_native_module (stdlib/)

} // namespace minipy
