// Helpers for the import system's Python-visible classes (ModuleSpec, the finders, the loaders).
//
// In CPython these classes are written in Python (importlib._bootstrap), so their instances are
// plain objects whose attributes live in a __dict__ and whose methods any Python code can call or
// replace. minipy builds them the same way from C++: each is a type with the plain-object layout,
// its methods are native functions in the type's dict, and its instances carry their state as
// ordinary attributes.
#pragma once

#include "vm/vm.hpp"

#include <string>

namespace minipy {

/// A new class `module_name.name` deriving from object, rooted for the VM's lifetime.
Type* new_native_class(VM&, char const* name, char const* module_name);
/// An instance of `cls` with an empty __dict__ (no __init__ is called).
Value new_plain_instance(VM&, Type* cls);

/// Methods as CPython declares them on the importlib classes.
void define_method(VM&, Type* cls, char const* name, NativeFn fn);
void define_classmethod(VM&, Type* cls, char const* name, NativeFn fn);
void define_staticmethod(VM&, Type* cls, char const* name, NativeFn fn);

/// getattr(object, name) with an interned name.
Result<Value> get_attribute(VM&, Value object, char const* name);
/// getattr(object, name, None): the empty Value when missing.
Result<Value> get_attribute_optional(VM&, Value object, char const* name);
/// setattr(object, name, value).
Result<void> set_attribute(VM&, Value object, char const* name, Value value);
/// hasattr(object, name): only AttributeError counts as "no".
Result<bool> has_attribute(VM&, Value object, char const* name);

/// True for an instance of str (or a subclass).
bool is_str(Value);
/// The UTF-8 text of a str value (precondition: is_str).
std::string const& str_text(Value);

/// Raises `type` (ImportError or ModuleNotFoundError) with `.name` and `.path` set as
/// ImportError(message, name=name, path=path) does; empty values become None.
Error raise_import_error(VM&, Type* type, std::string_view message, Value name, Value path = {});

} // namespace minipy
