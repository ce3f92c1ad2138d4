// Type objects: MRO computation, class creation (type.__new__ / __build_class__), instance
// creation (type.__call__), and the methods of `object` and `type`.
#include "vm/objects/type_object.hpp"

#include "vm/init.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/instance_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <algorithm>

namespace minipy {

uint64_t g_type_epoch = 1;

Type::Type(Type* metatype, Layout layout)
    : Object(metatype)
    , m_layout(layout)
{
}

namespace {

/// A direct-mapped cache of MRO lookups, as CPython's type attribute cache: an entry is valid
/// while g_type_epoch is unchanged (any class attribute or MRO change, class creation, and every
/// garbage collection, after which a freed type's or name's address may be reused, bump it).
struct TypeLookupEntry {
    Type const* type = nullptr;
    StrObject* name = nullptr;
    uint64_t epoch = 0;
    Value value;
};
constexpr size_t type_lookup_cache_size = 4096;
TypeLookupEntry g_type_lookup_cache[type_lookup_cache_size];

size_t type_lookup_slot(Type const* type, StrObject* name)
{
    auto a = reinterpret_cast<uintptr_t>(type);
    auto b = reinterpret_cast<uintptr_t>(name);
    return ((a >> 4) ^ (b >> 3) ^ (b >> 12)) & (type_lookup_cache_size - 1);
}

} // namespace

Value Type::lookup(StrObject* name) const
{
    TypeLookupEntry& entry = g_type_lookup_cache[type_lookup_slot(this, name)];
    if (entry.type == this && entry.name == name && entry.epoch == g_type_epoch) [[likely]]
        return entry.value;
    Value found;
    for (Type* t : m_mro) {
        if (!t->m_dict)
            continue;
        Value v = t->m_dict->get_str(name);
        if (!v.is_empty()) {
            found = v;
            break;
        }
    }
    entry.type = this;
    entry.name = name;
    entry.epoch = g_type_epoch;
    entry.value = found;
    return found;
}

Value Type::lookup(char const* name) const
{
    return lookup(VM::the().intern(name));
}

bool Type::is_subtype_of(Type const* other) const
{
    if (this == other)
        return true;
    for (Type* t : m_mro)
        if (t == other)
            return true;
    return false;
}

void Type::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(reinterpret_cast<Object*>(m_name));
    v.visit(reinterpret_cast<Object*>(m_qualname));
    v.visit(reinterpret_cast<Object*>(m_base));
    v.visit(reinterpret_cast<Object*>(m_bases));
    v.visit(reinterpret_cast<Object*>(m_dict));
    for (Type* t : m_mro)
        v.visit(reinterpret_cast<Object*>(t));
}

// C3 linearisation: merge the MROs of the bases and the list of bases, always taking the first
// head that appears in no other list's tail (The Python 2.3 Method Resolution Order, Simionato).
Result<void> compute_mro(VM& vm, Type* type)
{
    std::vector<std::vector<Type*>> sequences;
    std::vector<Type*> bases;
    for (size_t i = 0; i < type->m_bases->size(); ++i)
        bases.push_back(static_cast<Type*>(type->m_bases->at(i).as_object()));
    for (Type* base : bases)
        sequences.push_back(base->m_mro);
    sequences.push_back(bases);

    std::vector<Type*> result {type};
    for (;;) {
        bool any = false;
        for (auto& seq : sequences)
            if (!seq.empty())
                any = true;
        if (!any)
            break;
        Type* candidate = nullptr;
        for (auto& seq : sequences) {
            if (seq.empty())
                continue;
            Type* head = seq.front();
            bool in_tail = false;
            for (auto& other : sequences) {
                if (std::find(other.begin() + (other.empty() ? 0 : 1), other.end(), head)
                        != other.end()
                    && !other.empty()) {
                    in_tail = true;
                    break;
                }
            }
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            std::string message
                = "Cannot create a consistent method resolution\norder (MRO) for bases ";
            bool first = true;
            for (auto& seq : sequences) {
                if (&seq == &sequences.back() || seq.empty())
                    continue;
                if (!first)
                    message += ", ";
                message += seq.front()->name();
                first = false;
            }
            return vm.raise_type_error(message);
        }
        result.push_back(candidate);
        for (auto& seq : sequences)
            if (!seq.empty() && seq.front() == candidate)
                seq.erase(seq.begin());
    }
    type->m_mro = std::move(result);
    ++g_type_epoch;
    return {};
}

namespace {

bool is_type(Value v)
{
    return v.is_object() && VM::type_of(v)->is_subtype_of(types::type);
}
Type* as_type(Value v)
{
    return static_cast<Type*>(v.as_object());
}
StrObject* as_str(Value v)
{
    return static_cast<StrObject*>(v.as_object());
}

// The native implementations of object.__new__ and object.__init__, compared against to give
// CPython's "takes no arguments" errors.
Value s_object_new;
Value s_object_init;

bool excess_args(CallArgs const& args)
{
    return args.count > 1;
}

Result<Value> object_new(VM& vm, CallArgs const& args)
{
    if (args.count < 1)
        return vm.raise_type_error("object.__new__(): not enough arguments");
    if (!is_type(args.args[0]))
        return vm.raise_type_error("object.__new__(X): X is not a type object ("
            + VM::type_of(args.args[0])->name() + ")");
    Type* cls = as_type(args.args[0]);
    if (excess_args(args)) {
        Value new_fn = cls->lookup(vm.names.__new__);
        Value init_fn = cls->lookup(vm.names.__init__);
        if (!(new_fn.is(s_object_new) || new_fn.is_empty()))
            return vm.raise_type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)");
        if (init_fn.is(s_object_init))
            return vm.raise_type_error(cls->name() + "() takes no arguments");
    }
    if (cls->m_layout == Layout::Object)
        // Instances of `object` itself have no __dict__; those of subclasses do.
        return vm.make<InstanceObject>(cls, cls == types::object ? nullptr : vm.new_dict())
            ->value();
    if (cls->m_alloc)
        return cls->m_alloc(vm, cls, nullptr, 0);
    return vm.raise_type_error(
        "object.__new__(" + cls->name() + ") is not safe, use " + cls->name() + ".__new__()");
}

} // namespace

Value object_new_function()
{
    return s_object_new;
}

Value object_new_instance(VM& vm, Type* cls)
{
    return vm.make<InstanceObject>(cls, vm.new_dict())->value();
}

namespace {

Result<Value> object_init(VM& vm, CallArgs const& args)
{
    if (excess_args(args)) {
        Type* cls = VM::type_of(args.args[0]);
        Value new_fn = cls->lookup(vm.names.__new__);
        Value init_fn = cls->lookup(vm.names.__init__);
        if (!init_fn.is(s_object_init))
            return vm.raise_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)");
        if (new_fn.is(s_object_new))
            return vm.raise_type_error(cls->name() + "() takes no arguments");
    }
    return py_none;
}

std::string module_prefix(VM& vm, Type* type)
{
    Value module = type->m_dict ? type->m_dict->get_str(vm.names.__module__) : Value {};
    if (module.is_empty() || !VM::is_instance_of(module, types::str))
        return {};
    std::string const& name = as_str(module)->data();
    if (name == "builtins")
        return {};
    return name + ".";
}

Result<Value> object_repr(VM& vm, CallArgs const& args)
{
    Value self = args.args[0];
    Type* type = VM::type_of(self);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%p", static_cast<void*>(self.as_object()));
    return vm
        .new_str("<" + module_prefix(vm, type) + as_str(type->m_qualname->value())->data()
            + " object at " + buffer + ">")
        ->value();
}

Result<Value> object_str(VM& vm, CallArgs const& args)
{
    return TRY(vm.repr(args.args[0]))->value();
}

Result<Value> object_eq(VM&, CallArgs const& args)
{
    if (args.count != 2)
        return py_not_implemented;
    return args.args[0].is(args.args[1]) ? py_true : py_not_implemented;
}

Result<Value> object_ne(VM& vm, CallArgs const& args)
{
    if (args.count != 2)
        return py_not_implemented;
    // By default __ne__ delegates to __eq__ and inverts the result unless it is NotImplemented.
    Value eq = vm.lookup_special(args.args[0], vm.names.__eq__);
    if (eq.is_empty())
        return py_not_implemented;
    Value result = TRY(vm.call(eq, {args.args[0], args.args[1]}));
    if (result.is(py_not_implemented))
        return result;
    return py_bool(!TRY(vm.truthy(result)));
}

Result<Value> object_not_implemented_compare(VM&, CallArgs const&)
{
    return py_not_implemented;
}

Result<Value> object_hash(VM& vm, CallArgs const& args)
{
    return vm.new_int(static_cast<int64_t>(args.args[0].bits() >> 4));
}

Result<Value> object_format(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__format__", 1, 1, true));
    Value spec = args.args[1];
    if (!VM::is_instance_of(spec, types::str))
        return vm.raise_type_error(
            "__format__() argument must be str, not " + VM::type_of(spec)->name());
    if (as_str(spec)->byte_length() != 0)
        return vm.raise_type_error("unsupported format string passed to "
            + VM::type_of(args.args[0])->name() + ".__format__");
    return TRY(vm.str(args.args[0]))->value();
}

Result<Value> object_setattr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__setattr__", 2, 2, true));
    if (!VM::is_instance_of(args.args[1], types::str))
        return vm.raise_type_error(
            "attribute name must be string, not '" + VM::type_of(args.args[1])->name() + "'");
    TRY(vm.generic_setattr(args.args[0], as_str(args.args[1]), args.args[2]));
    return py_none;
}

Result<Value> object_delattr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__delattr__", 1, 1, true));
    if (!VM::is_instance_of(args.args[1], types::str))
        return vm.raise_type_error(
            "attribute name must be string, not '" + VM::type_of(args.args[1])->name() + "'");
    TRY(vm.generic_delattr(args.args[0], as_str(args.args[1])));
    return py_none;
}

Result<Value> object_getattribute(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__getattribute__", 1, 1, true));
    if (!VM::is_instance_of(args.args[1], types::str))
        return vm.raise_type_error(
            "attribute name must be string, not '" + VM::type_of(args.args[1])->name() + "'");
    bool found = false;
    Value v = TRY(vm.generic_getattr(args.args[0], as_str(args.args[1]), found));
    if (!found)
        return vm.raise_no_attribute(args.args[0], as_str(args.args[1]));
    return v;
}

Result<Value> object_dir(VM& vm, CallArgs const& args)
{
    Value self = args.args[0];
    auto* names = vm.new_dict();
    Root root(vm, names->value());
    if (DictObject* dict = self.is_object() ? self.as_object()->instance_dict() : nullptr) {
        for (auto& e : dict->entries())
            if (!e.key.is_empty())
                TRY(names->set(vm, e.key, py_none));
    }
    Type* type = VM::type_of(self);
    if (is_type(self))
        type = as_type(self);
    for (Type* t : type->m_mro)
        for (auto& e : t->m_dict->entries())
            if (!e.key.is_empty())
                TRY(names->set(vm, e.key, py_none));
    if (is_type(self) && type != VM::type_of(self)) {
        // dir(class) lists the class's attributes, not the metaclass's.
    }
    auto* list = vm.new_list(names->size());
    for (auto& e : names->entries())
        if (!e.key.is_empty())
            list->append(e.key);
    return list->value();
}

Result<Value> object_init_subclass(VM& vm, CallArgs const& args)
{
    if (args.keyword_count() > 0)
        return vm.raise_type_error(std::string(as_type(args.args[0])->name())
            + ".__init_subclass__() takes no keyword arguments");
    return py_none;
}

Result<Value> object_class_get(VM&, Value self)
{
    return VM::type_of(self)->value();
}

Result<void> object_class_set(VM& vm, Value self, Value value)
{
    if (value.is_empty())
        return vm.raise_type_error("can't delete __class__ attribute");
    if (!is_type(value))
        return vm.raise_type_error(
            "__class__ must be set to a class, not '" + VM::type_of(value)->name() + "' object");
    Type* current = VM::type_of(self);
    Type* target = as_type(value);
    if (!self.is_object() || current->m_layout != target->m_layout || !target->m_is_heap_type
        || !current->m_is_heap_type)
        return vm.raise_type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses");
    self.as_object()->set_type(target);
    return {};
}

// -- type -----------------------------------------------------------------------------------

Result<Value> type_repr(VM& vm, CallArgs const& args)
{
    Type* type = as_type(args.args[0]);
    return vm.new_str("<class '" + module_prefix(vm, type) + type->m_qualname->data() + "'>")
        ->value();
}

Result<Value> type_call(VM& vm, CallArgs const& args)
{
    // type.__call__(cls, *args, **kwargs)
    if (args.count < 1 || !is_type(args.args[0]))
        return vm.raise_type_error("descriptor '__call__' requires a 'type' object");
    Value cls = args.args[0];
    CallArgs rest {args.args + 1, args.count - 1, args.kwnames};
    return vm.call(cls, rest);
}

Result<Type*> solid_base_for(VM& vm, TupleObject* bases)
{
    Type* solid = types::object;
    for (size_t i = 0; i < bases->size(); ++i) {
        Type* base = as_type(bases->at(i));
        if (!base->m_is_basetype)
            return vm.raise_type_error(
                       "type '" + base->name() + "' is not an acceptable base type"),
                   Result<Type*>(Error {});
        Type* candidate = base;
        while (candidate->m_layout == Layout::Object && candidate->m_base
            && candidate != types::object && candidate->m_is_heap_type)
            candidate = candidate->m_base;
        if (candidate->m_layout == Layout::Object || base->m_layout == Layout::Object)
            continue;
        if (solid == types::object || solid->m_layout == Layout::Object) {
            solid = base;
        } else if (base->is_subtype_of(solid)) {
            solid = base;
        } else if (!solid->is_subtype_of(base) && solid->m_layout != base->m_layout) {
            return vm.raise_type_error("multiple bases have instance lay-out conflict"),
                   Result<Type*>(Error {});
        } else if (!solid->is_subtype_of(base) && solid->m_layout == base->m_layout
            && base->m_layout != Layout::Exception) {
            return vm.raise_type_error("multiple bases have instance lay-out conflict"),
                   Result<Type*>(Error {});
        }
    }
    return solid;
}

} // namespace

/// type(name, bases, dict): creates a class. Shared by __build_class__ and the 3-argument type().
Result<Value> create_class(VM& vm, Type* metatype, StrObject* name, TupleObject* bases,
    DictObject* namespace_dict, CallArgs const* init_subclass_kwargs)
{
    for (size_t i = 0; i < bases->size(); ++i)
        if (!is_type(bases->at(i)))
            return vm.raise_type_error("bases must be types");
    if (bases->size() == 0)
        bases = vm.new_tuple({types::object->value()});
    Root bases_root(vm, bases->value());
    Type* solid = TRY(solid_base_for(vm, bases));

    auto* type = vm.make<Type>(
        metatype, solid->m_layout == Layout::Object ? Layout::Object : solid->m_layout);
    Root type_root(vm, type->value());
    type->m_name = name;
    type->m_name_utf8 = name->data();
    type->m_bases = bases;
    type->m_base = solid == types::object ? as_type(bases->at(0)) : solid;
    type->m_is_heap_type = true;
    type->m_alloc = solid->m_alloc;
    type->m_iternext = nullptr;
    for (size_t i = 0; i < bases->size() && !type->m_iternext; ++i)
        type->m_iternext = as_type(bases->at(i))->m_iternext;
    type->m_dict = vm.new_dict();
    for (auto& e : namespace_dict->entries())
        if (!e.key.is_empty())
            TRY(type->m_dict->set(vm, e.key, e.value));
    TRY(compute_mro(vm, type));

    Value qualname = type->m_dict->get_str(vm.names.__qualname__);
    if (!qualname.is_empty()) {
        if (!VM::is_instance_of(qualname, types::str))
            return vm.raise_type_error(
                "type __qualname__ must be a str, not " + VM::type_of(qualname)->name());
        type->m_qualname = as_str(qualname);
        type->m_dict->remove_str(vm.names.__qualname__);
    } else {
        type->m_qualname = name;
    }
    if (type->m_dict->get_str(vm.names.__module__).is_empty()) {
        Frame* frame = vm.current_frame();
        if (frame && frame->globals) {
            Value module = frame->globals->get_str(vm.names.__name__);
            if (!module.is_empty())
                type->m_dict->set_str(vm, vm.names.__module__, module);
        }
    }
    if (type->m_dict->get_str(vm.names.__doc__).is_empty())
        type->m_dict->set_str(vm, vm.names.__doc__, py_none);
    // A class that defines __eq__ but not __hash__ is unhashable (Data model, object.__hash__).
    if (!type->m_dict->get_str(vm.names.__eq__).is_empty()
        && type->m_dict->get_str(vm.names.__hash__).is_empty())
        type->m_dict->set_str(vm, vm.names.__hash__, py_none);

    // __new__ is implicitly a staticmethod; __init_subclass__ and __class_getitem__ classmethods.
    Value new_fn = type->m_dict->get_str(vm.names.__new__);
    if (!new_fn.is_empty() && VM::type_of(new_fn) == types::function)
        type->m_dict->set_str(vm, vm.names.__new__, make_staticmethod(vm, new_fn));
    for (StrObject* implicit : {vm.names.__init_subclass__, vm.names.__class_getitem__}) {
        Value fn = type->m_dict->get_str(implicit);
        if (!fn.is_empty() && VM::type_of(fn) == types::function)
            type->m_dict->set_str(vm, implicit, make_classmethod(vm, fn));
    }

    Value cell = type->m_dict->get_str(vm.names.__classcell__);
    if (!cell.is_empty()) {
        if (VM::type_of(cell) != types::cell)
            return vm.raise_type_error(
                "__classcell__ must be a nonlocal cell, not " + VM::type_of(cell)->name());
        static_cast<CellObject*>(cell.as_object())->m_contents = type->value();
        type->m_dict->remove_str(vm.names.__classcell__);
    }
    // The namespace is complete: drop any lookups cached while it was being filled in.
    ++g_type_epoch;

    // __set_name__ on each attribute (PEP 487).
    std::vector<std::pair<Value, Value>> attrs;
    for (auto& e : type->m_dict->entries())
        if (!e.key.is_empty())
            attrs.emplace_back(e.key, e.value);
    for (auto& [key, value] : attrs) {
        Value set_name = vm.lookup_special(value, vm.names.__set_name__);
        if (!set_name.is_empty())
            TRY(vm.call(set_name, {value, type->value(), key}));
    }

    // super(type, type).__init_subclass__(**kwargs)
    if (type->m_mro.size() > 1) {
        for (size_t i = 1; i < type->m_mro.size(); ++i) {
            Value hook = type->m_mro[i]->m_dict->get_str(vm.names.__init_subclass__);
            if (hook.is_empty())
                continue;
            Value bound = TRY(vm.bind_descriptor(hook, type->value(), type));
            if (init_subclass_kwargs && init_subclass_kwargs->count) {
                TRY(vm.call(bound, *init_subclass_kwargs));
            } else {
                TRY(vm.call(bound, CallArgs {nullptr, 0, nullptr}));
            }
            break;
        }
    }
    return type->value();
}

namespace {

Result<Value> type_new(VM& vm, CallArgs const& args)
{
    // type.__new__(metatype, name, bases, dict, **kwargs) or type(x)
    size_t npos = args.positional_count();
    if (npos == 2 && args.args[0].is(types::type->value()))
        return VM::type_of(args.args[1])->value();
    if (npos != 4)
        return vm.raise_type_error("type() takes 1 or 3 arguments");
    if (!is_type(args.args[0]))
        return vm.raise_type_error("type.__new__(X): X is not a type object");
    if (!VM::is_instance_of(args.args[1], types::str))
        return vm.raise_type_error(
            "type.__new__() argument 1 must be str, not " + VM::type_of(args.args[1])->name());
    if (!VM::is_instance_of(args.args[2], types::tuple))
        return vm.raise_type_error(
            "type.__new__() argument 2 must be tuple, not " + VM::type_of(args.args[2])->name());
    if (!VM::is_instance_of(args.args[3], types::dict))
        return vm.raise_type_error(
            "type.__new__() argument 3 must be dict, not " + VM::type_of(args.args[3])->name());
    CallArgs kwargs {args.args + 4, args.count - 4, args.kwnames};
    return create_class(vm, as_type(args.args[0]), as_str(args.args[1]),
        static_cast<TupleObject*>(args.args[2].as_object()),
        static_cast<DictObject*>(args.args[3].as_object()), args.kwnames ? &kwargs : nullptr);
}

Result<Value> type_init(VM&, CallArgs const&)
{
    return py_none;
}

Result<Value> type_mro(VM& vm, CallArgs const& args)
{
    Type* type = as_type(args.args[0]);
    auto* list = vm.new_list(type->m_mro.size());
    for (Type* t : type->m_mro)
        list->append(t->value());
    return list->value();
}

Result<Value> type_subclasscheck(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__subclasscheck__", 1, 1, true));
    return py_bool(TRY(vm.issubclass(args.args[1], args.args[0])));
}

Result<Value> type_instancecheck(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__instancecheck__", 1, 1, true));
    return py_bool(VM::type_of(args.args[1])->is_subtype_of(as_type(args.args[0])));
}

Result<Value> type_subclasses(VM& vm, CallArgs const&)
{
    // FIXME: subclasses are not tracked; weak references would be needed to list them.
    return vm.new_list()->value();
}

Result<Value> type_get_name(VM&, Value self)
{
    return as_type(self)->m_name->value();
}
Result<void> type_set_name(VM& vm, Value self, Value value)
{
    Type* type = as_type(self);
    if (!type->m_is_heap_type)
        return vm.raise_type_error(
            "cannot set '__name__' attribute of immutable type '" + type->name() + "'");
    if (value.is_empty() || !VM::is_instance_of(value, types::str))
        return vm.raise_type_error("can only assign string to " + type->name() + ".__name__, not '"
            + VM::type_of(value)->name() + "'");
    type->m_name = as_str(value);
    type->m_name_utf8 = type->m_name->data();
    return {};
}
Result<Value> type_get_qualname(VM&, Value self)
{
    return as_type(self)->m_qualname->value();
}
Result<void> type_set_qualname(VM& vm, Value self, Value value)
{
    Type* type = as_type(self);
    if (value.is_empty() || !VM::is_instance_of(value, types::str))
        return vm.raise_type_error("can only assign string to " + type->name() + ".__qualname__");
    type->m_qualname = as_str(value);
    return {};
}
Result<Value> type_get_bases(VM&, Value self)
{
    return as_type(self)->m_bases->value();
}
Result<Value> type_get_base(VM&, Value self)
{
    Type* type = as_type(self);
    return type->m_base ? type->m_base->value() : py_none;
}
Result<Value> type_get_mro(VM& vm, Value self)
{
    Type* type = as_type(self);
    auto* tuple = vm.new_tuple(type->m_mro.size());
    for (size_t i = 0; i < type->m_mro.size(); ++i)
        (*tuple)[i] = type->m_mro[i]->value();
    return tuple->value();
}
Result<Value> type_get_dict(VM& vm, Value self)
{
    // FIXME: CPython returns a read-only mappingproxy; minipy returns a copy so that writes
    // through it cannot bypass the type epoch.
    Type* type = as_type(self);
    auto* copy = vm.new_dict();
    for (auto& e : type->m_dict->entries())
        if (!e.key.is_empty())
            TRY(copy->set(vm, e.key, e.value));
    return copy->value();
}
Result<Value> type_get_module(VM& vm, Value self)
{
    Type* type = as_type(self);
    Value module = type->m_dict->get_str(vm.names.__module__);
    if (module.is_empty())
        return vm.intern("builtins")->value();
    return module;
}
Result<void> type_set_module(VM& vm, Value self, Value value)
{
    Type* type = as_type(self);
    if (!type->m_is_heap_type)
        return vm.raise_type_error(
            "cannot set '__module__' attribute of immutable type '" + type->name() + "'");
    type->m_dict->set_str(vm, vm.names.__module__, value.is_empty() ? py_none : value);
    ++g_type_epoch;
    return {};
}
Result<Value> type_get_doc(VM& vm, Value self)
{
    Type* type = as_type(self);
    Value doc = type->m_dict->get_str(vm.names.__doc__);
    if (doc.is_empty())
        return py_none;
    return TRY(vm.bind_descriptor(doc, py_none, type));
}

Result<Value> object_get_dict(VM& vm, Value self)
{
    DictObject* dict = self.is_object() ? self.as_object()->instance_dict() : nullptr;
    if (!dict)
        return vm.raise_no_attribute(self, vm.names.__dict__);
    return dict->value();
}

} // namespace

void init_object_and_type(VM& vm)
{
    DictObject* od = types::object->m_dict;
    s_object_new = make_staticmethod(vm,
        vm.make<NativeFunctionObject>(
              types::builtin_function, &object_new, vm.names.__new__, Value {}, types::object)
            ->value());
    od->set_str(vm, vm.names.__new__, s_object_new);
    s_object_init = vm.define_native(od, "__init__", &object_init, types::object)->value();
    vm.m_extra_roots.push_back(s_object_new.as_object());
    vm.define_native(od, "__repr__", &object_repr, types::object);
    vm.define_native(od, "__str__", &object_str, types::object);
    vm.define_native(od, "__eq__", &object_eq, types::object);
    vm.define_native(od, "__ne__", &object_ne, types::object);
    vm.define_native(od, "__lt__", &object_not_implemented_compare, types::object);
    vm.define_native(od, "__le__", &object_not_implemented_compare, types::object);
    vm.define_native(od, "__gt__", &object_not_implemented_compare, types::object);
    vm.define_native(od, "__ge__", &object_not_implemented_compare, types::object);
    vm.define_native(od, "__hash__", &object_hash, types::object);
    vm.define_native(od, "__format__", &object_format, types::object);
    vm.define_native(od, "__setattr__", &object_setattr, types::object);
    vm.define_native(od, "__delattr__", &object_delattr, types::object);
    vm.define_native(od, "__getattribute__", &object_getattribute, types::object);
    vm.define_native(od, "__dir__", &object_dir, types::object);
    od->set_str(vm, vm.names.__init_subclass__,
        make_classmethod(vm,
            vm.make<NativeFunctionObject>(types::builtin_function, &object_init_subclass,
                  vm.names.__init_subclass__, Value {}, types::object)
                ->value()));
    od->set_str(
        vm, vm.names.__doc__, vm.new_str("The base class of the class hierarchy.")->value());
    define_getset(vm, types::object, "__class__", &object_class_get, &object_class_set);

    DictObject* td = types::type->m_dict;
    td->set_str(vm, vm.names.__new__,
        make_staticmethod(vm,
            vm.make<NativeFunctionObject>(
                  types::builtin_function, &type_new, vm.names.__new__, Value {}, types::type)
                ->value()));
    vm.define_native(td, "__init__", &type_init, types::type);
    vm.define_native(td, "__repr__", &type_repr, types::type);
    vm.define_native(td, "__call__", &type_call, types::type);
    vm.define_native(td, "mro", &type_mro, types::type);
    vm.define_native(td, "__subclasscheck__", &type_subclasscheck, types::type);
    vm.define_native(td, "__instancecheck__", &type_instancecheck, types::type);
    vm.define_native(td, "__subclasses__", &type_subclasses, types::type);
    define_getset(vm, types::type, "__name__", &type_get_name, &type_set_name);
    define_getset(vm, types::type, "__qualname__", &type_get_qualname, &type_set_qualname);
    define_getset(vm, types::type, "__bases__", &type_get_bases);
    define_getset(vm, types::type, "__base__", &type_get_base);
    define_getset(vm, types::type, "__mro__", &type_get_mro);
    define_getset(vm, types::type, "__dict__", &type_get_dict);
    define_getset(vm, types::type, "__module__", &type_get_module, &type_set_module);
    define_getset(vm, types::type, "__doc__", &type_get_doc);
    (void)object_get_dict;

    // NoneType, NotImplementedType, ellipsis: calling the type returns the singleton.
    for (Type* t : {types::none, types::not_implemented, types::ellipsis}) {
        NativeFn singleton_new = [](VM& vm, CallArgs const& args) -> Result<Value> {
            Type* cls = static_cast<Type*>(args.args[0].as_object());
            if (args.count > 1)
                return vm.raise_type_error(cls->name() + " takes no arguments");
            return cls == types::none           ? py_none
                : cls == types::not_implemented ? py_not_implemented
                                                : py_ellipsis;
        };
        t->m_dict->set_str(vm, vm.names.__new__,
            make_staticmethod(vm,
                vm.make<NativeFunctionObject>(
                      types::builtin_function, singleton_new, vm.names.__new__, Value {}, t)
                    ->value()));
    }
    vm.define_native(
        types::none->m_dict, "__repr__",
        [](VM& vm, CallArgs const&) -> Result<Value> { return vm.intern("None")->value(); },
        types::none);
    vm.define_native(
        types::none->m_dict, "__bool__",
        [](VM&, CallArgs const&) -> Result<Value> { return py_false; }, types::none);
    vm.define_native(
        types::not_implemented->m_dict, "__repr__",
        [](VM& vm, CallArgs const&) -> Result<Value> {
            return vm.intern("NotImplemented")->value();
        },
        types::not_implemented);
    vm.define_native(
        types::ellipsis->m_dict, "__repr__",
        [](VM& vm, CallArgs const&) -> Result<Value> { return vm.intern("Ellipsis")->value(); },
        types::ellipsis);

    init_descriptor_types(vm);
}

} // namespace minipy
