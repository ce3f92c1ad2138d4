// Type: the class of every object, built-in or defined by a `class` statement.
//
// Attribute lookup on a type walks its MRO (computed with C3 at creation) through each class's
// __dict__. Built-in types keep their methods as native functions in that same dict, so user
// classes, subclasses of built-ins and super() all go through one mechanism. Inline caches in
// code objects are invalidated through a global type epoch bumped on any change to a class dict
// or bases after creation (class mutation after definition is rare in real programs).
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <string>
#include <vector>

namespace minipy {

class VM;
class StrObject;
class TupleObject;
class DictObject;
class Type;

/// The memory layout an instance of a type uses. A user class inherits the layout of its
/// nearest built-in base; two bases with different non-object layouts cannot be combined
/// ("multiple bases have instance lay-out conflict").
enum class Layout : uint8_t {
    Object, ///< InstanceObject: a plain object with a __dict__
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    Exception, ///< ExceptionObject (BaseException and all its subclasses)
    Type, ///< a metaclass instance
    Other, ///< a built-in layout that cannot be subclassed
};

/// Creates a bare instance of `type` (a subclass of a built-in) for `object.__new__`-style
/// construction; args are the constructor arguments where the layout needs them (int, str, tuple).
using AllocFn = Result<Value> (*)(VM&, Type* type, Value const* args, size_t nargs);

/// Native fast path for `__next__` of built-in iterators: returns the next value, or the
/// empty Value with no exception pending when exhausted, or Error with one pending.
using IterNextFn = Result<Value> (*)(VM&, Object* iterator, bool& exhausted);

class Type final : public Object {
public:
    Type(Type* metatype, Layout layout);

    /// Finds `name` along the MRO; the empty Value if absent. No descriptor logic.
    Value lookup(StrObject* name) const;
    Value lookup(char const* name) const;

    bool is_subtype_of(Type const* other) const;
    std::string const& name() const { return m_name_utf8; }

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }

    StrObject* m_name = nullptr; ///< __name__
    StrObject* m_qualname = nullptr; ///< __qualname__
    std::string m_name_utf8; ///< cached copy of __name__ for messages
    Type* m_base = nullptr; ///< __base__ (the solid base), null for object
    TupleObject* m_bases = nullptr; ///< __bases__
    std::vector<Type*> m_mro; ///< __mro__, starting with this type
    DictObject* m_dict = nullptr; ///< __dict__
    Layout m_layout;
    bool m_is_heap_type = false; ///< created by a class statement or type(name, bases, dict)
    bool m_is_basetype = true; ///< may be subclassed
    AllocFn m_alloc = nullptr;
    IterNextFn m_iternext = nullptr;
};

/// Bumped whenever a class attribute changes after creation; inline caches compare against it.
extern uint64_t g_type_epoch;

/// object.__new__ as stored in object's namespace (to recognise classes that do not override it).
Value object_new_function();
/// object.__new__(cls) for a class with the plain object layout: a fresh instance with a __dict__.
Value object_new_instance(VM&, Type* cls);

/// Computes the C3 linearisation of `type`'s bases into type->m_mro.
/// TypeError "Cannot create a consistent method resolution order (MRO) for bases A, B" on failure.
Result<void> compute_mro(VM&, Type* type);

struct CallArgs;

/// Creates a class as type.__new__(metatype, name, bases, namespace, **kwargs) does: layout
/// checks, C3 MRO, implicit staticmethod/classmethod wrapping, __classcell__, __set_name__ and
/// __init_subclass__ (called with `init_subclass_kwargs` when not null).
Result<Value> create_class(VM&, Type* metatype, StrObject* name, TupleObject* bases,
    DictObject* namespace_dict, CallArgs const* init_subclass_kwargs);

} // namespace minipy
