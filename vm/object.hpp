// Object: the header shared by every GC-managed value, and the edge-visiting contract.
//
// Every heap value derives from Object. The header word holds the Type pointer with the GC mark
// in its low bit, a "leaf" flag in bit 1 and a "trivial destructor" flag in bit 2 (types are
// 8-byte aligned). Each subclass reports the objects it references by overriding visit_edges
// (LibJS's Cell::visit_edges); the collector never guesses. Objects are never moved, so raw
// pointers stay valid for as long as the object is reachable.
#pragma once

#include "vm/value.hpp"

#include <cstddef>
#include <cstdint>

namespace minipy {

class Type;
class DictObject;

/// Receives every outgoing reference of an object during marking.
class Visitor {
public:
    virtual ~Visitor() = default;
    virtual void visit_object(Object* object) = 0;
    void visit(Value value)
    {
        if (value.is_object())
            visit_object(value.as_object());
    }
    void visit(Object* object)
    {
        if (object)
            visit_object(object);
    }
};

class Object {
public:
    explicit Object(Type* type)
        : m_header(reinterpret_cast<uintptr_t>(type))
    {
    }
    virtual ~Object() = default;
    Object(Object const&) = delete;
    Object& operator=(Object const&) = delete;

    Type* type() const { return reinterpret_cast<Type*>(m_header & ~uintptr_t(7)); }
    /// Only for `obj.__class__ = C` and for types created before their metatype.
    void set_type(Type* type) { m_header = reinterpret_cast<uintptr_t>(type) | (m_header & 7); }

    /// Reports every Value/Object this object references. Overrides must call the base.
    virtual void visit_edges(Visitor&) { }

    /// The instance `__dict__`, for layouts that have one (user-class instances, functions,
    /// modules, types, exceptions, and instances of user subclasses of builtin types).
    virtual DictObject* instance_dict() const { return nullptr; }

    /// Approximate number of bytes this object owns outside its own allocation (buffers of
    /// lists, strings, dicts); used only to pace the collector.
    virtual size_t external_size() const { return 0; }

    /// A leaf has no outgoing edges (its visit_edges does nothing): marking sets its mark bit
    /// but never queues it, which keeps large lists of strs cheap to mark.
    bool is_leaf() const { return (m_header & 2) != 0; }

    /// The destructor does nothing (no owned buffers), so the sweep may reuse the memory without
    /// calling it: that saves an indirect call per dead float.
    bool has_trivial_destructor() const { return (m_header & 4) != 0; }

    bool is_marked() const { return (m_header & 1) != 0; }
    void set_marked() { m_header |= 1; }
    void clear_marked() { m_header &= ~uintptr_t(1); }

    Value value() const { return Value::object(this); }

protected:
    /// For subclasses whose instance (as constructed) references no other object.
    void set_leaf() { m_header |= 2; }
    /// For final subclasses whose own members and destructor are trivial.
    void set_trivial_destructor() { m_header |= 4; }

private:
    uintptr_t m_header;
};

} // namespace minipy
