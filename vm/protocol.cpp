// Python's data model, implemented once: attribute access, calls, conversions, operators and
// iteration, with fast paths for the built-in types and the generic dunder protocol otherwise.
#include "vm/vm.hpp"

#include "vm/call.hpp"
#include "vm/compare_op.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/float_object.hpp"
#include "vm/objects/instance_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/number_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"

#include <boost/container/small_vector.hpp>

#include <new>
#include <stdexcept>

namespace minipy {

namespace {

StrObject* as_str(Value v)
{
    return static_cast<StrObject*>(v.as_object());
}
bool is_type_object(Value v)
{
    return v.is_object() && VM::type_of(v)->is_subtype_of(types::type);
}
Type* as_type(Value v)
{
    return static_cast<Type*>(v.as_object());
}

bool is_data_descriptor(Value descr)
{
    Type* t = VM::type_of(descr);
    if (t == types::property || t == types::getset_descriptor)
        return true;
    if (t == types::function || t == types::builtin_function || !t->m_is_heap_type)
        return t->is_subtype_of(types::property);
    return !t->lookup(VM::the().names.__set__).is_empty()
        || !t->lookup(VM::the().names.__delete__).is_empty();
}

Value s_object_getattribute;
Value s_object_setattr;
Value s_object_delattr;

Value object_slot(char const* name)
{
    return types::object->m_dict->get(name);
}

bool has_default_getattribute(Type* type)
{
    if (s_object_getattribute.is_empty())
        s_object_getattribute = object_slot("__getattribute__");
    Value v = type->lookup(VM::the().names.__getattribute__);
    return v.is(s_object_getattribute);
}

std::string binary_op_symbol(uint32_t op)
{
    static char const* symbols[]
        = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
    bool inplace = op >= binary_op_inplace_offset;
    std::string s = symbols[inplace ? op - binary_op_inplace_offset : op];
    if (inplace)
        s += "=";
    return s;
}

/// Calls a built-in method found in a type's dict the way CPython calls a type slot: directly,
/// without counting a call against the recursion limit (the caller already counted its entry).
Result<Value> call_slot(VM& vm, Value method, CallArgs const& args)
{
    auto* native = static_cast<NativeFunctionObject*>(method.as_object());
    if (!native->m_self.is_empty())
        return vm.call(method, args);
    try {
        return native->m_fn(vm, args);
    } catch (std::bad_alloc const&) {
        return vm.raise_memory_error();
    } catch (std::length_error const&) {
        return vm.raise_memory_error();
    }
}

} // namespace

// -- attributes ---------------------------------------------------------------------------------

Result<Value> VM::bind_descriptor(Value descr, Value instance, Type* owner)
{
    Type* dt = type_of(descr);
    if (dt == types::function) {
        if (instance.is_empty())
            return descr;
        return make<MethodObject>(types::method, descr, instance)->value();
    }
    if (dt == types::builtin_function) {
        auto* native = static_cast<NativeFunctionObject*>(descr.as_object());
        if (instance.is_empty() || !native->m_self.is_empty())
            return descr;
        return make<NativeFunctionObject>(
            types::builtin_function, native->m_fn, native->m_name, instance, native->m_owner)
            ->value();
    }
    if (dt == types::staticmethod)
        return static_cast<WrapperDescriptorObject*>(descr.as_object())->m_callable;
    if (dt == types::classmethod) {
        Value callable = static_cast<WrapperDescriptorObject*>(descr.as_object())->m_callable;
        Type* cls = owner ? owner : type_of(instance);
        Type* ct = type_of(callable);
        if (ct == types::builtin_function) {
            auto* native = static_cast<NativeFunctionObject*>(callable.as_object());
            return make<NativeFunctionObject>(types::builtin_function, native->m_fn, native->m_name,
                cls->value(), native->m_owner)
                ->value();
        }
        return make<MethodObject>(types::method, callable, cls->value())->value();
    }
    if (dt == types::property) {
        if (instance.is_empty())
            return descr;
        auto* p = static_cast<PropertyObject*>(descr.as_object());
        if (p->m_get.is_empty())
            return raise(types::attribute_error, "unreadable attribute");
        return call(p->m_get, {instance});
    }
    if (dt == types::getset_descriptor) {
        if (instance.is_empty())
            return descr;
        auto* g = static_cast<GetSetDescriptor*>(descr.as_object());
        return g->m_getter(*this, instance);
    }
    if (dt->m_is_heap_type || dt->is_subtype_of(types::property)) {
        Value get = dt->lookup(names.__get__);
        if (!get.is_empty())
            return call(get,
                {descr, instance.is_empty() ? py_none : instance,
                    owner ? owner->value() : type_of(instance)->value()});
    }
    return descr;
}

Result<Value> VM::generic_getattr(Value object, StrObject* name, bool& found)
{
    found = true;
    Type* type = type_of(object);
    Value descr = type->lookup(name);
    if (!descr.is_empty() && is_data_descriptor(descr))
        return bind_descriptor(descr, object, type);
    if (object.is_object()) {
        if (DictObject* dict = object.as_object()->instance_dict()) {
            Value v = dict->get_str(name);
            if (!v.is_empty())
                return v;
        }
    }
    if (!descr.is_empty())
        return bind_descriptor(descr, object, type);
    if (name == names.__dict__ && object.is_object()) {
        if (DictObject* dict = object.as_object()->instance_dict())
            return dict->value();
    }
    found = false;
    return Value {};
}

namespace {

/// type.__getattribute__: metatype data descriptors, then the class's MRO, then metatype
/// non-data attributes.
Result<Value> type_getattr(VM& vm, Type* cls, StrObject* name, bool& found)
{
    found = true;
    Type* meta = VM::type_of(cls->value());
    Value meta_attr = meta->lookup(name);
    if (!meta_attr.is_empty() && is_data_descriptor(meta_attr))
        return vm.bind_descriptor(meta_attr, cls->value(), meta);
    Value attr = cls->lookup(name);
    if (!attr.is_empty()) {
        Type* at = VM::type_of(attr);
        if (at == types::function || at == types::builtin_function)
            return attr;
        if (at == types::property)
            return attr;
        return vm.bind_descriptor(attr, Value {}, cls);
    }
    if (!meta_attr.is_empty())
        return vm.bind_descriptor(meta_attr, cls->value(), meta);
    found = false;
    return Value {};
}

} // namespace

Result<Value> VM::getattr_optional(Value object, StrObject* name)
{
    Type* type = type_of(object);
    bool found = false;
    Value v;
    if (type == types::module) {
        auto* module = static_cast<ModuleObject*>(object.as_object());
        v = module->m_dict->get_str(name);
        if (!v.is_empty())
            return v;
        v = TRY(generic_getattr(object, name, found));
        if (found)
            return v;
        // PEP 562: module-level __getattr__.
        Value hook = module->m_dict->get_str(names.__getattr__);
        if (!hook.is_empty()) {
            auto r = call(hook, {name->value()});
            if (r.is_error() && exception_matches(types::attribute_error)) {
                take_exception();
                return Value {};
            }
            return r;
        }
        return Value {};
    }
    if (is_type_object(object) && has_default_getattribute(type)) {
        v = TRY(type_getattr(*this, as_type(object), name, found));
    } else if (type == types::super) {
        v = TRY(super_getattr(*this, static_cast<SuperObject*>(object.as_object()), name, found));
        if (!found)
            v = TRY(generic_getattr(object, name, found));
    } else if (has_default_getattribute(type)) {
        v = TRY(generic_getattr(object, name, found));
    } else {
        Value getattribute = type->lookup(names.__getattribute__);
        auto r = call(getattribute, {object, name->value()});
        if (!r.is_error())
            return r;
        if (!exception_matches(types::attribute_error))
            return Error {};
        take_exception();
    }
    if (found)
        return v;
    Value hook = type->lookup(names.__getattr__);
    if (!hook.is_empty()) {
        auto r = call(hook, {object, name->value()});
        if (r.is_error() && exception_matches(types::attribute_error)) {
            take_exception();
            return Value {};
        }
        return r;
    }
    return Value {};
}

Result<Value> VM::getattr(Value object, StrObject* name)
{
    Type* type = type_of(object);
    // The common case: an ordinary object without __getattr__ hooks.
    if (type->m_layout == Layout::Object && type != types::module && has_default_getattribute(type)
        && !is_type_object(object)) {
        bool found = false;
        Value v = TRY(generic_getattr(object, name, found));
        if (found)
            return v;
        Value hook = type->lookup(names.__getattr__);
        if (!hook.is_empty())
            return call(hook, {object, name->value()});
        return raise_no_attribute(object, name);
    }
    if (type == types::module) {
        auto* module = static_cast<ModuleObject*>(object.as_object());
        Value v = module->m_dict->get_str(name);
        if (!v.is_empty())
            return v;
        bool found = false;
        v = TRY(generic_getattr(object, name, found));
        if (found)
            return v;
        Value hook = module->m_dict->get_str(names.__getattr__);
        if (!hook.is_empty())
            return call(hook, {name->value()});
        return raise_no_attribute(object, name);
    }
    Value v = TRY(getattr_optional(object, name));
    if (v.is_empty()) {
        if (has_exception())
            return Error {};
        return raise_no_attribute(object, name);
    }
    return v;
}

Result<Value> VM::load_method(Value object, StrObject* name, bool& is_unbound)
{
    is_unbound = false;
    Type* type = type_of(object);
    if (type != types::module && type != types::super && !is_type_object(object)
        && has_default_getattribute(type)) {
        Value descr = type->lookup(name);
        if (!descr.is_empty()) {
            Type* dt = type_of(descr);
            if (dt == types::function
                || (dt == types::builtin_function
                    && static_cast<NativeFunctionObject*>(descr.as_object())->m_self.is_empty())) {
                if (object.is_object()) {
                    if (DictObject* dict = object.as_object()->instance_dict()) {
                        Value shadow = dict->get_str(name);
                        if (!shadow.is_empty())
                            return shadow;
                    }
                }
                is_unbound = true;
                return descr;
            }
        }
    }
    return getattr(object, name);
}

Result<void> VM::setattr(Value object, StrObject* name, Value value)
{
    Type* type = type_of(object);
    if (s_object_setattr.is_empty())
        s_object_setattr = object_slot("__setattr__");
    Value hook = type->lookup(names.__setattr__);
    if (!hook.is(s_object_setattr) && !hook.is_empty() && !is_type_object(object)) {
        TRY(call(hook, {object, name->value(), value}));
        return {};
    }
    return generic_setattr(object, name, value);
}

Result<void> VM::generic_setattr(Value object, StrObject* name, Value value)
{
    Type* type = type_of(object);
    if (is_type_object(object)) {
        Type* cls = as_type(object);
        Type* meta = type;
        Value meta_attr = meta->lookup(name);
        if (!meta_attr.is_empty() && type_of(meta_attr) == types::getset_descriptor) {
            auto* g = static_cast<GetSetDescriptor*>(meta_attr.as_object());
            if (!g->m_setter)
                return raise(types::attribute_error,
                    "attribute '" + name->data() + "' of '" + meta->name()
                        + "' objects is not writable");
            return g->m_setter(*this, object, value);
        }
        if (!cls->m_is_heap_type)
            return raise_type_error("cannot set '" + name->data()
                + "' attribute of immutable type '" + cls->name() + "'");
        cls->m_dict->set_str(*this, name, value);
        ++g_type_epoch;
        return {};
    }
    Value descr = type->lookup(name);
    if (!descr.is_empty()) {
        Type* dt = type_of(descr);
        if (dt == types::property) {
            auto* p = static_cast<PropertyObject*>(descr.as_object());
            if (p->m_set.is_empty())
                return raise(types::attribute_error,
                    "property '" + name->data() + "' of '" + type->name()
                        + "' object has no setter");
            TRY(call(p->m_set, {object, value}));
            return {};
        }
        if (dt == types::getset_descriptor) {
            auto* g = static_cast<GetSetDescriptor*>(descr.as_object());
            if (!g->m_setter)
                return raise(types::attribute_error,
                    "attribute '" + name->data() + "' of '" + type->name()
                        + "' objects is not writable");
            return g->m_setter(*this, object, value);
        }
        if (dt->m_is_heap_type) {
            Value set = dt->lookup(names.__set__);
            if (!set.is_empty()) {
                TRY(call(set, {descr, object, value}));
                return {};
            }
        }
    }
    if (object.is_object()) {
        Object* o = object.as_object();
        DictObject* dict = o->instance_dict();
        if (!dict && type == types::function) {
            auto* f = static_cast<FunctionObject*>(o);
            f->m_dict = new_dict();
            dict = f->m_dict;
        }
        if (dict) {
            dict->set_str(*this, name, value);
            return {};
        }
    }
    return raise(types::attribute_error,
        "'" + type->name() + "' object has no attribute '" + name->data() + "'");
}

Result<void> VM::delattr(Value object, StrObject* name)
{
    Type* type = type_of(object);
    if (s_object_delattr.is_empty())
        s_object_delattr = object_slot("__delattr__");
    Value hook = type->lookup(names.__delattr__);
    if (!hook.is(s_object_delattr) && !hook.is_empty() && !is_type_object(object)) {
        TRY(call(hook, {object, name->value()}));
        return {};
    }
    return generic_delattr(object, name);
}

Result<void> VM::generic_delattr(Value object, StrObject* name)
{
    Type* type = type_of(object);
    if (is_type_object(object)) {
        Type* cls = as_type(object);
        if (!cls->m_is_heap_type)
            return raise_type_error("cannot set '" + name->data()
                + "' attribute of immutable type '" + cls->name() + "'");
        if (!cls->m_dict->remove_str(name))
            return raise(types::attribute_error, name->data());
        ++g_type_epoch;
        return {};
    }
    Value descr = type->lookup(name);
    if (!descr.is_empty()) {
        Type* dt = type_of(descr);
        if (dt == types::property) {
            auto* p = static_cast<PropertyObject*>(descr.as_object());
            if (p->m_delete.is_empty())
                return raise(types::attribute_error,
                    "property '" + name->data() + "' of '" + type->name()
                        + "' object has no deleter");
            TRY(call(p->m_delete, {object}));
            return {};
        }
        if (dt == types::getset_descriptor) {
            auto* g = static_cast<GetSetDescriptor*>(descr.as_object());
            if (!g->m_setter)
                return raise(types::attribute_error,
                    "attribute '" + name->data() + "' of '" + type->name()
                        + "' objects is not writable");
            return g->m_setter(*this, object, Value {});
        }
        if (dt->m_is_heap_type) {
            Value del = dt->lookup(names.__delete__);
            if (!del.is_empty()) {
                TRY(call(del, {descr, object}));
                return {};
            }
        }
    }
    if (object.is_object()) {
        if (DictObject* dict = object.as_object()->instance_dict()) {
            if (dict->remove_str(name))
                return {};
            if (type == types::module) {
                Value module_name = dict->get_str(names.__name__);
                return raise(types::attribute_error,
                    "module '"
                        + (module_name.is_empty() ? std::string("?") : as_str(module_name)->data())
                        + "' has no attribute '" + name->data() + "'");
            }
            return raise(types::attribute_error,
                "'" + type->name() + "' object has no attribute '" + name->data() + "'");
        }
    }
    return raise(types::attribute_error,
        "'" + type->name() + "' object has no attribute '" + name->data() + "'");
}

Value VM::lookup_special(Value object, StrObject* name) const
{
    return type_of(object)->lookup(name);
}

// -- calls --------------------------------------------------------------------------------------

size_t CallArgs::positional_count() const
{
    return count - (kwnames ? kwnames->size() : 0);
}
size_t CallArgs::keyword_count() const
{
    return kwnames ? kwnames->size() : 0;
}

Result<Value> VM::call(Value callable, std::initializer_list<Value> args)
{
    return call(callable, CallArgs {args.begin(), args.size(), nullptr});
}

Result<Value> VM::call_method(Value self, StrObject* name, std::initializer_list<Value> args)
{
    Value method = lookup_special(self, name);
    if (method.is_empty())
        return raise_no_attribute(self, name);
    boost::container::small_vector<Value, 6> all;
    all.push_back(self);
    all.insert(all.end(), args.begin(), args.end());
    Value bound = method;
    Type* mt = type_of(method);
    if (mt == types::function || mt == types::builtin_function)
        return call(method, CallArgs {all.data(), all.size(), nullptr});
    bound = TRY(bind_descriptor(method, self, type_of(self)));
    return call(bound, CallArgs {args.begin(), args.size(), nullptr});
}

Result<bool> VM::is_callable(Value v)
{
    Type* t = type_of(v);
    if (t == types::function || t == types::builtin_function || t == types::method
        || t->is_subtype_of(types::type))
        return true;
    return !t->lookup(names.__call__).is_empty();
}

namespace {

Result<Value> call_with_self(VM& vm, Value function, Value self, CallArgs const& args)
{
    boost::container::small_vector<Value, 8> all;
    all.reserve(args.count + 1);
    all.push_back(self);
    all.insert(all.end(), args.args, args.args + args.count);
    return vm.call(function, CallArgs {all.data(), all.size(), args.kwnames});
}

Value s_type_call;

} // namespace

Result<Value> VM::call(Value callable, CallArgs const& args)
{
    if (!callable.is_object())
        return raise_type_error("'int' object is not callable");
    Object* o = callable.as_object();
    Type* t = o->type();
    if (t == types::function)
        return call_python_function(*this, static_cast<FunctionObject*>(o), args);
    if (t == types::builtin_function) {
        auto* native = static_cast<NativeFunctionObject*>(o);
        RecursionGuard guard(*this);
        TRY(guard.check(" while calling a Python object"));
        // A native function that cannot get memory (`[0] * 10**10`) fails with MemoryError;
        // C++ allocation failures never leave this call.
        try {
            if (native->m_self.is_empty())
                return native->m_fn(*this, args);
            boost::container::small_vector<Value, 8> all;
            all.reserve(args.count + 1);
            all.push_back(native->m_self);
            all.insert(all.end(), args.args, args.args + args.count);
            return native->m_fn(*this, CallArgs {all.data(), all.size(), args.kwnames});
        } catch (std::bad_alloc const&) {
            return raise_memory_error();
        } catch (std::length_error const&) {
            return raise_memory_error();
        }
    }
    if (t == types::method) {
        auto* method = static_cast<MethodObject*>(o);
        return call_with_self(*this, method->m_function, method->m_self, args);
    }
    if (t == types::type || t->is_subtype_of(types::type)) {
        if (s_type_call.is_empty())
            s_type_call = types::type->m_dict->get("__call__");
        Value meta_call = t->lookup(names.__call__);
        if (meta_call.is(s_type_call) || meta_call.is_empty())
            return construct_instance(*this, static_cast<Type*>(o), args);
        return call_with_self(*this, meta_call, callable, args);
    }
    Value dunder = t->lookup(names.__call__);
    if (dunder.is_empty())
        return raise_type_error("'" + t->name() + "' object is not callable");
    Type* dt = type_of(dunder);
    if (dt == types::function || dt == types::builtin_function)
        return call_with_self(*this, dunder, callable, args);
    Value bound = TRY(bind_descriptor(dunder, callable, t));
    return call(bound, args);
}

// -- conversions --------------------------------------------------------------------------------

Result<StrObject*> VM::repr(Value v)
{
    if (v.is_small_int())
        return int_repr(*this, v);
    Type* t = v.as_object()->type();
    RecursionGuard guard(*this);
    TRY(guard.check(" while getting the repr of an object"));
    Value method = t->lookup(names.__repr__);
    Value result = VM::type_of(method) == types::builtin_function
        ? TRY(call_slot(*this, method, CallArgs {&v, 1, nullptr}))
        : TRY(call_method(v, names.__repr__, {}));
    if (!is_instance_of(result, types::str))
        return raise_type_error(
                   "__repr__ returned non-string (type " + type_of(result)->name() + ")"),
               Result<StrObject*>(Error {});
    return as_str(result);
}

Result<StrObject*> VM::str(Value v)
{
    if (v.is_small_int())
        return int_repr(*this, v);
    Type* t = v.as_object()->type();
    if (t == types::str)
        return as_str(v);
    RecursionGuard guard(*this);
    TRY(guard.check(" while getting the str of an object"));
    Value method = t->lookup(names.__str__);
    Value result = VM::type_of(method) == types::builtin_function
        ? TRY(call_slot(*this, method, CallArgs {&v, 1, nullptr}))
        : TRY(call_method(v, names.__str__, {}));
    if (!is_instance_of(result, types::str))
        return raise_type_error(
                   "__str__ returned non-string (type " + type_of(result)->name() + ")"),
               Result<StrObject*>(Error {});
    return as_str(result);
}

Result<StrObject*> VM::ascii(Value v)
{
    StrObject* r = TRY(repr(v));
    if (r->is_ascii())
        return r;
    std::string out;
    char const* p = r->data().data();
    char const* end = p + r->byte_length();
    while (p < end) {
        uint32_t cp = utf8_decode(p);
        char buffer[16];
        if (cp < 0x80) {
            out += static_cast<char>(cp);
            continue;
        }
        if (cp <= 0xff)
            std::snprintf(buffer, sizeof buffer, "\\x%02x", cp);
        else if (cp <= 0xffff)
            std::snprintf(buffer, sizeof buffer, "\\u%04x", cp);
        else
            std::snprintf(buffer, sizeof buffer, "\\U%08x", cp);
        out += buffer;
    }
    return new_str(std::move(out));
}

Result<bool> VM::truthy(Value v)
{
    if (v.is_small_int())
        return v.as_small_int() != 0;
    if (v.is(py_true))
        return true;
    if (v.is(py_false) || v.is(py_none))
        return false;
    Type* t = v.as_object()->type();
    if (t == types::str)
        return as_str(v)->byte_length() != 0;
    if (t == types::list)
        return static_cast<ListObject*>(v.as_object())->size() != 0;
    if (t == types::tuple)
        return static_cast<TupleObject*>(v.as_object())->size() != 0;
    if (t == types::dict)
        return static_cast<DictObject*>(v.as_object())->size() != 0;
    Value method = t->lookup(names.__bool__);
    if (!method.is_empty()) {
        Value r = TRY(call_method(v, names.__bool__, {}));
        if (!r.is(py_true) && !r.is(py_false))
            return raise_type_error("__bool__ should return bool, returned " + type_of(r)->name()),
                   Result<bool>(Error {});
        return r.is(py_true);
    }
    method = t->lookup(names.__len__);
    if (!method.is_empty()) {
        Value r = TRY(call_method(v, names.__len__, {}));
        if (!is_int(r))
            return raise_type_error(
                       "'" + type_of(r)->name() + "' object cannot be interpreted as an integer"),
                   Result<bool>(Error {});
        if (int_sign(r) < 0)
            return raise_value_error("__len__() should return >= 0"), Result<bool>(Error {});
        return int_sign(r) != 0;
    }
    return true;
}

Result<int64_t> VM::hash(Value v)
{
    if (v.is_small_int())
        return int_hash(v);
    Type* t = v.as_object()->type();
    if (t == types::str)
        return as_str(v)->hash();
    Value method = t->lookup(names.__hash__);
    if (method.is_empty() || method.is(py_none))
        return raise_type_error("unhashable type: '" + t->name() + "'"), Result<int64_t>(Error {});
    StackGuard guard(*this);
    TRY(guard.check(" while calling a Python object"));
    Value r = TRY(call_method(v, names.__hash__, {}));
    if (!is_int(r))
        return raise_type_error("__hash__ method should return an integer"),
               Result<int64_t>(Error {});
    // A result that fits a machine word is used as is; a bigger int is hashed (typeobject.c).
    int64_t h;
    if (!int_fits_int64(r, h))
        h = int_hash(r);
    return h == -1 ? -2 : h;
}

Result<int64_t> VM::to_index(Value v, char const*)
{
    if (v.is_small_int())
        return v.as_small_int();
    int64_t out;
    if (is_int(v)) {
        if (int_fits_int64(v, out))
            return out;
        return raise(types::overflow_error, "Python int too large to convert to C ssize_t"),
               Result<int64_t>(Error {});
    }
    Value method = lookup_special(v, names.__index__);
    if (method.is_empty())
        return raise_type_error(
                   "'" + type_of(v)->name() + "' object cannot be interpreted as an integer"),
               Result<int64_t>(Error {});
    Value r = TRY(call_method(v, names.__index__, {}));
    if (!is_int(r))
        return raise_type_error("__index__ returned non-int (type " + type_of(r)->name() + ")"),
               Result<int64_t>(Error {});
    if (!int_fits_int64(r, out))
        return raise(types::overflow_error, "Python int too large to convert to C ssize_t"),
               Result<int64_t>(Error {});
    return out;
}

Result<StrObject*> VM::format(Value v, StrObject* spec)
{
    Type* t = type_of(v);
    if (spec->byte_length() == 0) {
        if (t == types::str)
            return as_str(v);
        if (t == types::int_)
            return int_repr(*this, v);
    } else if (t == types::int_ || t == types::float_) {
        // What int.__format__ / float.__format__ do, without the method call.
        FormatSpec parsed = TRY(parse_format_spec(*this, spec->view(), t->name()));
        std::string out;
        if (t == types::int_)
            out = TRY(format_int_spec(*this, v, parsed));
        else
            out = TRY(format_float_spec(
                *this, static_cast<FloatObject*>(v.as_object())->as_double(), parsed));
        return new_str(std::move(out));
    }
    Value r = TRY(call_method(v, names.__format__, {spec->value()}));
    if (!is_instance_of(r, types::str))
        return raise_type_error("__format__ must return a str, not " + type_of(r)->name()),
               Result<StrObject*>(Error {});
    return as_str(r);
}

// -- operators ----------------------------------------------------------------------------------

namespace {

StrObject* binary_dunder(VM& vm, uint32_t op, int which)
{
    // which: 0 = normal, 1 = reflected, 2 = in-place
    auto& n = vm.names;
    StrObject* table[13][3] = {
        {n.__add__, n.__radd__, n.__iadd__},
        {n.__sub__, n.__rsub__, n.__isub__},
        {n.__mul__, n.__rmul__, n.__imul__},
        {n.__matmul__, n.__rmatmul__, n.__imatmul__},
        {n.__truediv__, n.__rtruediv__, n.__itruediv__},
        {n.__mod__, n.__rmod__, n.__imod__},
        {n.__pow__, n.__rpow__, n.__ipow__},
        {n.__lshift__, n.__rlshift__, n.__ilshift__},
        {n.__rshift__, n.__rrshift__, n.__irshift__},
        {n.__or__, n.__ror__, n.__ior__},
        {n.__xor__, n.__rxor__, n.__ixor__},
        {n.__and__, n.__rand__, n.__iand__},
        {n.__floordiv__, n.__rfloordiv__, n.__ifloordiv__},
    };
    return table[op][which];
}

Result<Value> call_binary_dunder(VM& vm, Value self, StrObject* name, Value other)
{
    Value method = vm.lookup_special(self, name);
    if (method.is_empty() || method.is(py_none))
        return py_not_implemented;
    Type* mt = VM::type_of(method);
    Value args[2] = {self, other};
    if (mt == types::builtin_function)
        return call_slot(vm, method, CallArgs {args, 2, nullptr});
    if (mt == types::function)
        return vm.call(method, CallArgs {args, 2, nullptr});
    Value bound = TRY(vm.bind_descriptor(method, self, VM::type_of(self)));
    return vm.call(bound, {other});
}

} // namespace

namespace {

/// An operand of the float fast path: an exact float, or a small int (which converts exactly as
/// float(int) rounds). Sets `is_float` for a float.
inline bool float_operand(Value v, double& d, bool& is_float)
{
    if (v.is_small_int()) {
        d = double(v.as_small_int());
        return true;
    }
    if (v.is_object() && v.as_object()->type() == types::float_) {
        d = static_cast<FloatObject*>(v.as_object())->as_double();
        is_float = true;
        return true;
    }
    return false;
}

inline Value new_exact_float(VM& vm, double d)
{
    return vm.make<FloatObject>(types::float_, d)->value();
}

/// The full binary-operator protocol (Python Language Reference 3.3.8): numeric types, then
/// __iop__, then __op__ / __rop__ with the subclass-first rule, then CPython's error messages.
[[gnu::noinline]] Result<Value> binary_op_protocol(VM& vm, Value a, Value b, uint32_t op)
{
    bool handled = false;
    Value r = TRY(numeric_binary_op(vm, a, b, op, handled));
    if (handled)
        return r;
    bool inplace = op >= binary_op_inplace_offset;
    uint32_t base = inplace ? op - binary_op_inplace_offset : op;
    if (inplace) {
        Value method = vm.lookup_special(a, binary_dunder(vm, base, 2));
        if (!method.is_empty()) {
            r = TRY(call_binary_dunder(vm, a, binary_dunder(vm, base, 2), b));
            if (!r.is(py_not_implemented))
                return r;
        }
    }
    Type* ta = VM::type_of(a);
    Type* tb = VM::type_of(b);
    StrObject* forward = binary_dunder(vm, base, 0);
    StrObject* reflected = binary_dunder(vm, base, 1);
    bool try_reflected_first = ta != tb && tb->is_subtype_of(ta)
        && !tb->lookup(reflected).is_empty() && !tb->lookup(reflected).is(ta->lookup(reflected));
    if (try_reflected_first) {
        r = TRY(call_binary_dunder(vm, b, reflected, a));
        if (!r.is(py_not_implemented))
            return r;
    }
    r = TRY(call_binary_dunder(vm, a, forward, b));
    if (!r.is(py_not_implemented))
        return r;
    if (ta != tb && !try_reflected_first) {
        r = TRY(call_binary_dunder(vm, b, reflected, a));
        if (!r.is(py_not_implemented))
            return r;
    }
    // Sequence-specific messages, as CPython's sq_concat / sq_repeat give them.
    if (base == 0) {
        for (Type* seq : {types::str, types::list, types::tuple, types::bytes}) {
            if (ta == seq || (ta->is_subtype_of(seq) && seq != types::bytes)) {
                if (seq == types::bytes)
                    return vm.raise_type_error("can't concat " + tb->name() + " to bytes");
                return vm.raise_type_error("can only concatenate " + seq->name() + " (not \""
                    + tb->name() + "\") to " + seq->name());
            }
        }
    }
    if (base == 2) {
        auto is_seq = [](Type* t) {
            return t->is_subtype_of(types::str) || t->is_subtype_of(types::list)
                || t->is_subtype_of(types::tuple) || t->is_subtype_of(types::bytes);
        };
        if (is_seq(ta) && !tb->lookup(vm.names.__index__).is_empty() == false)
            return vm.raise_type_error(
                "can't multiply sequence by non-int of type '" + tb->name() + "'");
        if (is_seq(tb) && !ta->lookup(vm.names.__index__).is_empty() == false)
            return vm.raise_type_error(
                "can't multiply sequence by non-int of type '" + ta->name() + "'");
    }
    std::string symbol = binary_op_symbol(op);
    if (base == 6)
        symbol = inplace ? "**=" : "** or pow()";
    return vm.raise_type_error("unsupported operand type(s) for " + symbol + ": '" + ta->name()
        + "' and '" + tb->name() + "'");
}

} // namespace

Result<Value> VM::binary_op(Value a, Value b, uint32_t op)
{
    // Fast paths for exact floats (with floats or small ints) and exact str concatenation; the
    // results are exactly what the generic protocol would compute.
    if (a.is_object() || b.is_object()) {
        uint32_t const base = op >= binary_op_inplace_offset ? op - binary_op_inplace_offset : op;
        double x, y;
        bool any_float = false;
        if ((base <= 2 || base == 4) && float_operand(a, x, any_float)
            && float_operand(b, y, any_float) && any_float) {
            switch (base) {
            case 0:
                return new_exact_float(*this, x + y);
            case 1:
                return new_exact_float(*this, x - y);
            case 2:
                return new_exact_float(*this, x * y);
            default:
                if (y != 0)
                    return new_exact_float(*this, x / y);
                break;
            }
        } else if (base == 0 && a.is_object() && b.is_object()
            && a.as_object()->type() == types::str && b.as_object()->type() == types::str) {
            return str_concat(*this, as_str(a), as_str(b));
        } else if (base == 2 && a.is_object() && a.as_object()->type() == types::str
            && b.is_small_int()) {
            return str_repeat_n(*this, as_str(a), b.as_small_int());
        } else if (base == 2 && b.is_object() && b.as_object()->type() == types::str
            && a.is_small_int()) {
            return str_repeat_n(*this, as_str(b), a.as_small_int());
        }
    } else if (op == 4 || op == 4 + binary_op_inplace_offset) {
        // int / int where both convert to double exactly: the quotient is correctly rounded.
        constexpr int64_t limit = int64_t(1) << 53;
        int64_t const x = a.as_small_int();
        int64_t const y = b.as_small_int();
        if (y != 0 && x >= -limit && x <= limit && y >= -limit && y <= limit)
            return new_exact_float(*this, double(x) / double(y));
    }
    return binary_op_protocol(*this, a, b, op);
}

Result<Value> VM::unary_op(Value a, Op op)
{
    if (op == Op::UNARY_NOT)
        return py_bool(!TRY(truthy(a)));
    bool handled = false;
    // numeric_unary_op takes ast::UnaryOpKind order: Invert, Not, UAdd, USub.
    uint32_t ast_kind = op == Op::UNARY_NEGATIVE ? 3 : op == Op::UNARY_POSITIVE ? 2 : 0;
    Value r = TRY(numeric_unary_op(*this, a, ast_kind, handled));
    if (handled)
        return r;
    uint32_t kind = op == Op::UNARY_NEGATIVE ? 0 : op == Op::UNARY_POSITIVE ? 1 : 2;
    StrObject* name = kind == 0 ? names.__neg__ : kind == 1 ? names.__pos__ : names.__invert__;
    Value method = lookup_special(a, name);
    if (method.is_empty()) {
        char const* symbol = kind == 0 ? "unary -" : kind == 1 ? "unary +" : "unary ~";
        return raise_type_error(
            std::string("bad operand type for ") + symbol + ": '" + type_of(a)->name() + "'");
    }
    return call_method(a, name, {});
}

Result<Value> VM::compare(Value a, Value b, CompareOp op)
{
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        return py_bool(apply_compare(op, x, y));
    }
    double x, y;
    bool any_float = false;
    auto exactly_double = [](Value v) {
        constexpr int64_t limit = int64_t(1) << 53;
        return v.is_object() || (v.as_small_int() >= -limit && v.as_small_int() <= limit);
    };
    if (float_operand(a, x, any_float) && float_operand(b, y, any_float) && any_float
        && exactly_double(a) && exactly_double(b)) {
        // Exact floats, or a float and a small int that converts to double exactly (|n| <= 2**53):
        // IEEE comparison is Python's, NaN included.
        return py_bool(apply_compare(op, x, y));
    }
    bool handled = false;
    Value r = TRY(numeric_compare(*this, a, b, op, handled));
    if (handled)
        return r;
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    if (ta == types::str && tb == types::str) {
        // UTF-8 byte order is code-point order.
        return py_bool(apply_compare(op, as_str(a)->view().compare(as_str(b)->view()), 0));
    }
    RecursionGuard guard(*this);
    TRY(guard.check(" in comparison"));
    static constexpr int swapped[] = {0, 1, 4, 5, 2, 3};
    StrObject* method_names[]
        = {names.__eq__, names.__ne__, names.__lt__, names.__le__, names.__gt__, names.__ge__};
    StrObject* forward = method_names[int(op)];
    StrObject* reflected = method_names[swapped[int(op)]];
    bool reflected_first
        = ta != tb && tb->is_subtype_of(ta) && !tb->lookup(reflected).is(ta->lookup(reflected));
    if (reflected_first) {
        r = TRY(call_binary_dunder(*this, b, reflected, a));
        if (!r.is(py_not_implemented))
            return r;
    }
    r = TRY(call_binary_dunder(*this, a, forward, b));
    if (!r.is(py_not_implemented))
        return r;
    if (!reflected_first) {
        r = TRY(call_binary_dunder(*this, b, reflected, a));
        if (!r.is(py_not_implemented))
            return r;
    }
    if (op == CompareOp::Eq)
        return py_bool(a.is(b));
    if (op == CompareOp::Ne)
        return py_bool(!a.is(b));
    static char const* symbols[] = {"==", "!=", "<", "<=", ">", ">="};
    return raise_type_error(std::string("'") + symbols[int(op)]
        + "' not supported between instances of '" + ta->name() + "' and '" + tb->name() + "'");
}

Result<bool> VM::equals(Value a, Value b)
{
    if (a.is(b))
        return true;
    if (a.is_small_int() && b.is_small_int())
        return false;
    if (a.is_object() && b.is_object()) {
        Type* ta = a.as_object()->type();
        if (ta == types::str && b.as_object()->type() == types::str)
            return as_str(a)->equals(as_str(b));
    }
    Value r = TRY(compare(a, b, CompareOp::Eq));
    if (r.is(py_true))
        return true;
    if (r.is(py_false))
        return false;
    return truthy(r);
}

Result<bool> VM::contains(Value container, Value item)
{
    Type* t = type_of(container);
    if (t == types::dict) {
        Value v = TRY(static_cast<DictObject*>(container.as_object())->get(*this, item));
        return !v.is_empty();
    }
    Value method = t->lookup(names.__contains__);
    if (!method.is_empty()) {
        Value r = TRY(call_method(container, names.__contains__, {item}));
        return truthy(r);
    }
    if (t->lookup(names.__iter__).is_empty() && t->lookup(names.__getitem__).is_empty())
        return raise_type_error("argument of type '" + t->name() + "' is not iterable"),
               Result<bool>(Error {});
    Value it = TRY(iter(container));
    Root root(*this, it);
    for (;;) {
        bool exhausted = false;
        Value v = TRY(next(it, exhausted));
        if (exhausted)
            return false;
        if (TRY(equals(v, item)))
            return true;
    }
}

// -- items --------------------------------------------------------------------------------------

Result<Value> VM::getitem(Value container, Value key)
{
    Type* t = type_of(container);
    Value method = t->lookup(names.__getitem__);
    if (method.is_empty()) {
        if (t == types::type || t->is_subtype_of(types::type)) {
            Value class_getitem
                = static_cast<Type*>(container.as_object())->lookup(names.__class_getitem__);
            if (!class_getitem.is_empty()) {
                Value bound = TRY(bind_descriptor(
                    class_getitem, Value {}, static_cast<Type*>(container.as_object())));
                return call(bound, {key});
            }
            return raise_type_error("type '" + static_cast<Type*>(container.as_object())->name()
                + "' is not subscriptable");
        }
        return raise_type_error("'" + t->name() + "' object is not subscriptable");
    }
    return call_method(container, names.__getitem__, {key});
}

Result<void> VM::setitem(Value container, Value key, Value value)
{
    Type* t = type_of(container);
    if (t == types::dict)
        return static_cast<DictObject*>(container.as_object())->set(*this, key, value);
    Value method = t->lookup(names.__setitem__);
    if (method.is_empty())
        return raise_type_error("'" + t->name() + "' object does not support item assignment");
    TRY(call_method(container, names.__setitem__, {key, value}));
    return {};
}

Result<void> VM::delitem(Value container, Value key)
{
    Type* t = type_of(container);
    Value method = t->lookup(names.__delitem__);
    if (method.is_empty()) {
        if (t->lookup(names.__getitem__).is_empty())
            return raise_type_error("'" + t->name() + "' object does not support item deletion");
        return raise_type_error("'" + t->name() + "' object doesn't support item deletion");
    }
    TRY(call_method(container, names.__delitem__, {key}));
    return {};
}

// -- iteration ----------------------------------------------------------------------------------

Result<Value> VM::iter(Value iterable)
{
    Type* t = type_of(iterable);
    Value method = t->lookup(names.__iter__);
    if (method.is_empty() || method.is(py_none)) {
        if (!method.is(py_none) && !t->lookup(names.__getitem__).is_empty())
            return make_seq_iterator(*this, iterable);
        return raise_type_error("'" + t->name() + "' object is not iterable");
    }
    Value it = TRY(call_method(iterable, names.__iter__, {}));
    Type* it_type = type_of(it);
    if (!it_type->m_iternext && it_type->lookup(names.__next__).is_empty())
        return raise_type_error("iter() returned non-iterator of type '" + it_type->name() + "'");
    return it;
}

Result<Value> VM::next(Value iterator, bool& exhausted)
{
    exhausted = false;
    Type* t = type_of(iterator);
    if (t->m_iternext && !t->m_is_heap_type) {
        auto r = t->m_iternext(*this, iterator.as_object(), exhausted);
        if (exhausted)
            return py_none;
        return r;
    }
    Value method = t->lookup(names.__next__);
    if (method.is_empty())
        return raise_type_error("'" + t->name() + "' object is not an iterator");
    auto r = call_method(iterator, names.__next__, {});
    if (r.is_error()) {
        if (exception_matches(types::stop_iteration)) {
            take_exception();
            exhausted = true;
            return py_none;
        }
        return Error {};
    }
    return r;
}

Result<ListObject*> VM::to_list(Value iterable)
{
    Type* t = type_of(iterable);
    auto* list = new_list();
    if (t == types::list || t == types::tuple) {
        if (t == types::list)
            list->items() = static_cast<ListObject*>(iterable.as_object())->items();
        else {
            auto* tuple = static_cast<TupleObject*>(iterable.as_object());
            list->items().assign(tuple->data(), tuple->data() + tuple->size());
        }
        return list;
    }
    Root list_root(*this, list->value());
    Value it = TRY(iter(iterable));
    Root it_root(*this, it);
    for (;;) {
        bool exhausted = false;
        Value v = TRY(next(it, exhausted));
        if (exhausted)
            break;
        list->append(v);
    }
    return list;
}

// -- isinstance ---------------------------------------------------------------------------------

Result<bool> VM::isinstance(Value object, Value classinfo)
{
    if (is_type_object(classinfo)) {
        Type* cls = as_type(classinfo);
        if (type_of(object)->is_subtype_of(cls))
            return true;
        Type* meta = type_of(classinfo);
        if (meta != types::type) {
            Value hook = meta->lookup("__instancecheck__");
            if (!hook.is_empty() && !hook.is(types::type->m_dict->get("__instancecheck__")))
                return truthy(TRY(call(hook, {classinfo, object})));
        }
        return false;
    }
    if (is_instance_of(classinfo, types::tuple)) {
        auto* tuple = static_cast<TupleObject*>(classinfo.as_object());
        StackGuard guard(*this);
        TRY(guard.check(" in __instancecheck__"));
        for (size_t i = 0; i < tuple->size(); ++i)
            if (TRY(isinstance(object, tuple->at(i))))
                return true;
        return false;
    }
    return raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
           Result<bool>(Error {});
}

Result<bool> VM::issubclass(Value cls, Value classinfo)
{
    if (is_instance_of(classinfo, types::tuple)) {
        auto* tuple = static_cast<TupleObject*>(classinfo.as_object());
        StackGuard guard(*this);
        TRY(guard.check(" in __subclasscheck__"));
        for (size_t i = 0; i < tuple->size(); ++i)
            if (TRY(issubclass(cls, tuple->at(i))))
                return true;
        return false;
    }
    if (!is_type_object(cls))
        return raise_type_error("issubclass() arg 1 must be a class"), Result<bool>(Error {});
    if (!is_type_object(classinfo))
        return raise_type_error(
                   "issubclass() arg 2 must be a class, a tuple of classes, or a union"),
               Result<bool>(Error {});
    return as_type(cls)->is_subtype_of(as_type(classinfo));
}

} // namespace minipy
