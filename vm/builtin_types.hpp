// Global pointers to the built-in types and singletons, created once by VM::VM.
//
// There is one interpreter per process, so these are plain globals: a type check is a pointer
// compare with no indirection through the VM.
#pragma once

#include "vm/value.hpp"

namespace minipy {

class Type;

namespace types {
extern Type* object;
extern Type* type;
extern Type* none;
extern Type* not_implemented;
extern Type* ellipsis;
extern Type* int_;
extern Type* bool_;
extern Type* float_;
extern Type* complex;
extern Type* str;
extern Type* bytes;
extern Type* bytearray;
extern Type* tuple;
extern Type* list;
extern Type* dict;
extern Type* set;
extern Type* frozenset;
extern Type* range;
extern Type* slice;
extern Type* function;
extern Type* builtin_function;
extern Type* method;
extern Type* code;
extern Type* cell;
extern Type* module;
extern Type* generator;
extern Type* property;
extern Type* staticmethod;
extern Type* classmethod;
extern Type* super;
extern Type* getset_descriptor;
extern Type* traceback;
extern Type* frame;
extern Type* dict_keys;
extern Type* dict_values;
extern Type* dict_items;
extern Type* mappingproxy;
extern Type* simple_namespace;
// Iterator types are declared beside their containers.
#define EXC(cname, pyname, base) extern Type* cname;
#include "vm/exceptions.def"
#undef EXC
} // namespace types

/// The singletons. Set up before any other object exists.
extern Value py_none;
extern Value py_true;
extern Value py_false;
extern Value py_not_implemented;
extern Value py_ellipsis;

inline Value py_bool(bool b)
{
    return b ? py_true : py_false;
}

} // namespace minipy
