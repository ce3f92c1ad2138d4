// The built-in descriptor types: getset descriptors (native attributes such as __name__ or
// .args), property, staticmethod, classmethod and super.
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

namespace minipy {

class VM;
class StrObject;
class Type;
class DictObject;

using GetterFn = Result<Value> (*)(VM&, Value self);
using SetterFn = Result<void> (*)(VM&, Value self, Value value); ///< value empty = delete

/// A native attribute on a built-in type (CPython's getset_descriptor): a data descriptor.
class GetSetDescriptor final : public Object {
public:
    GetSetDescriptor(Type* type, StrObject* name, Type* owner, GetterFn getter, SetterFn setter)
        : Object(type)
        , m_name(name)
        , m_owner(owner)
        , m_getter(getter)
        , m_setter(setter)
    {
    }
    StrObject* m_name;
    Type* m_owner;
    GetterFn m_getter;
    SetterFn m_setter; ///< null: read-only ("readonly attribute" / "attribute '...' of '...'
                       ///< objects is not writable")
    void visit_edges(Visitor&) override;
};

/// Adds a getset descriptor named `name` to `owner`'s dict.
void define_getset(VM&, Type* owner, char const* name, GetterFn getter, SetterFn setter = nullptr);

class PropertyObject final : public Object {
public:
    explicit PropertyObject(Type* type)
        : Object(type)
    {
    }
    Value m_get, m_set, m_delete, m_doc; ///< empty Values mean None
    DictObject* m_dict = nullptr;
    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
};

/// staticmethod and classmethod: wrap a callable.
class WrapperDescriptorObject final : public Object {
public:
    WrapperDescriptorObject(Type* type, Value callable)
        : Object(type)
        , m_callable(callable)
    {
    }
    Value m_callable;
    DictObject* m_dict = nullptr;
    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
};

class SuperObject final : public Object {
public:
    SuperObject(Type* type, Type* start, Value object, Type* object_type)
        : Object(type)
        , m_start(start)
        , m_object(object)
        , m_object_type(object_type)
    {
    }
    Type* m_start; ///< __thisclass__
    Value m_object; ///< __self__
    Type* m_object_type; ///< __self_class__
    void visit_edges(Visitor&) override;
};

/// Attribute lookup through a super object (the MRO of m_object_type after m_start).
Result<Value> super_getattr(VM&, SuperObject*, StrObject* name, bool& found);

/// Fills property, staticmethod, classmethod, super and getset_descriptor (called by
/// init_object_and_type).
void init_descriptor_types(VM&);

/// Creates a classmethod object wrapping a native function (for dict.fromkeys, bytes.fromhex...).
Value make_classmethod(VM&, Value callable);
/// Creates a staticmethod object wrapping a callable (for str.maketrans, and type __new__ entries).
Value make_staticmethod(VM&, Value callable);

} // namespace minipy
