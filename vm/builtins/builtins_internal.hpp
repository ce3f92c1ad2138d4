// Registration hooks and small helpers shared by the files that implement the builtins module.
#pragma once

#include "vm/builtin_types.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"

#include <string>
#include <string_view>

namespace minipy {

class DictObject;

/// Each builtins_*.cpp file adds its functions to the builtins dict.
void register_io_builtins(VM&, DictObject* builtins);
void register_reflection_builtins(VM&, DictObject* builtins);
void register_attribute_builtins(VM&, DictObject* builtins);
void register_functional_builtins(VM&, DictObject* builtins);
void register_numeric_builtins(VM&, DictObject* builtins);
void register_exec_builtins(VM&, DictObject* builtins);

/// The type name CPython prints in messages ("int", "NoneType", a class's __name__).
inline std::string const& type_name(Value v)
{
    return VM::type_of(v)->name();
}

/// True for str and its subclasses.
inline bool is_str_value(Value v)
{
    return v.is_object() && VM::is_instance_of(v, types::str);
}

inline StrObject* as_str_object(Value v)
{
    return static_cast<StrObject*>(v.as_object());
}

/// A new str from a literal or view (VM::new_str is overloaded for std::string&& too).
inline Value str_value(VM& vm, std::string_view text)
{
    return vm.new_str(text)->value();
}

/// Number of keyword arguments of a call.
size_t keyword_count(CallArgs const& args);

/// The keyword name at index `i` of a call's kwnames.
StrObject* keyword_name(CallArgs const& args, size_t i);

/// The caller's globals dict (the current Python frame's), or the builtins module's dict when
/// no Python frame is running.
DictObject* caller_globals(VM&);

/// The caller's locals mapping: a fresh dict of fast locals and cells for function frames,
/// otherwise the frame's locals mapping (module level: its globals).
Result<Value> caller_locals(VM&);

} // namespace minipy
