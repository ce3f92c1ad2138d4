// The built-in descriptor types: getset_descriptor, property, staticmethod, classmethod, super.
#include "vm/objects/descriptors.hpp"

#include "vm/init.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

namespace minipy {

void GetSetDescriptor::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(reinterpret_cast<Object*>(m_name));
    v.visit(reinterpret_cast<Object*>(m_owner));
}

void PropertyObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(m_get);
    v.visit(m_set);
    v.visit(m_delete);
    v.visit(m_doc);
    v.visit(reinterpret_cast<Object*>(m_dict));
}

void WrapperDescriptorObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(m_callable);
    v.visit(reinterpret_cast<Object*>(m_dict));
}

void SuperObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(reinterpret_cast<Object*>(m_start));
    v.visit(m_object);
    v.visit(reinterpret_cast<Object*>(m_object_type));
}

void define_getset(VM& vm, Type* owner, char const* name, GetterFn getter, SetterFn setter)
{
    StrObject* interned = vm.intern(name);
    auto* descriptor
        = vm.make<GetSetDescriptor>(types::getset_descriptor, interned, owner, getter, setter);
    owner->m_dict->set_str(vm, interned, descriptor->value());
    ++g_type_epoch;
}

Value make_classmethod(VM& vm, Value callable)
{
    return vm.make<WrapperDescriptorObject>(types::classmethod, callable)->value();
}
Value make_staticmethod(VM& vm, Value callable)
{
    return vm.make<WrapperDescriptorObject>(types::staticmethod, callable)->value();
}

Result<Value> super_getattr(VM& vm, SuperObject* super, StrObject* name, bool& found)
{
    found = false;
    auto const& mro = super->m_object_type->m_mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != super->m_start)
        ++i;
    for (++i; i < mro.size(); ++i) {
        Value v = mro[i]->m_dict->get_str(name);
        if (v.is_empty())
            continue;
        found = true;
        // Bind to the instance, or to the class when super() was given a type second argument.
        Value instance
            = super->m_object.is(super->m_object_type->value()) ? Value {} : super->m_object;
        if (instance.is_empty())
            instance = py_none;
        return vm.bind_descriptor(v, instance, super->m_object_type);
    }
    return Value {};
}

namespace {

PropertyObject* as_property(Value v)
{
    return static_cast<PropertyObject*>(v.as_object());
}
Value none_if_empty(Value v)
{
    return v.is_empty() ? py_none : v;
}
Value empty_if_none(Value v)
{
    return v.is(py_none) ? Value {} : v;
}

Result<Value> property_new(VM& vm, CallArgs const& args)
{
    auto* p = vm.make<PropertyObject>(static_cast<Type*>(args.args[0].as_object()));
    if (static_cast<Type*>(args.args[0].as_object())->m_is_heap_type)
        p->m_dict = vm.new_dict();
    return p->value();
}

Result<Value> property_init(VM& vm, CallArgs const& args)
{
    Value bound[4];
    TRY(bind_args(vm, args, "property", {"fget", "fset", "fdel", "doc"}, 0, 0, bound, true));
    auto* p = as_property(args.args[0]);
    p->m_get = empty_if_none(bound[0]);
    p->m_set = empty_if_none(bound[1]);
    p->m_delete = empty_if_none(bound[2]);
    p->m_doc = empty_if_none(bound[3]);
    if (p->m_doc.is_empty() && !p->m_get.is_empty()) {
        auto doc = vm.getattr_optional(p->m_get, vm.names.__doc__);
        if (doc.is_error())
            vm.take_exception();
        else
            p->m_doc = empty_if_none(doc.value());
    }
    return py_none;
}

Result<Value> property_copy_with(VM& vm, CallArgs const& args, int which)
{
    TRY(check_arg_count(vm, args,
        which == 0       ? "getter"
            : which == 1 ? "setter"
                         : "deleter",
        1, 1, true));
    auto* old = as_property(args.args[0]);
    auto* p = vm.make<PropertyObject>(old->type());
    p->m_get = old->m_get;
    p->m_set = old->m_set;
    p->m_delete = old->m_delete;
    p->m_doc = old->m_doc;
    Value f = empty_if_none(args.args[1]);
    if (which == 0)
        p->m_get = f;
    else if (which == 1)
        p->m_set = f;
    else
        p->m_delete = f;
    return p->value();
}

Result<Value> property_get(VM& vm, CallArgs const& args)
{
    // property.__get__(self, instance, owner=None)
    TRY(check_arg_count(vm, args, "__get__", 1, 2, true));
    auto* p = as_property(args.args[0]);
    if (args.args[1].is(py_none))
        return args.args[0];
    if (p->m_get.is_empty())
        return vm.raise(types::attribute_error, "unreadable attribute");
    return vm.call(p->m_get, {args.args[1]});
}

Result<Value> property_set(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__set__", 2, 2, true));
    auto* p = as_property(args.args[0]);
    if (p->m_set.is_empty())
        return vm.raise(types::attribute_error, "can't set attribute");
    TRY(vm.call(p->m_set, {args.args[1], args.args[2]}));
    return py_none;
}

Result<Value> property_delete(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__delete__", 1, 1, true));
    auto* p = as_property(args.args[0]);
    if (p->m_delete.is_empty())
        return vm.raise(types::attribute_error, "can't delete attribute");
    TRY(vm.call(p->m_delete, {args.args[1]}));
    return py_none;
}

Result<Value> property_fget(VM&, Value self)
{
    return none_if_empty(as_property(self)->m_get);
}
Result<Value> property_fset(VM&, Value self)
{
    return none_if_empty(as_property(self)->m_set);
}
Result<Value> property_fdel(VM&, Value self)
{
    return none_if_empty(as_property(self)->m_delete);
}
Result<Value> property_doc(VM&, Value self)
{
    return none_if_empty(as_property(self)->m_doc);
}
Result<void> property_set_doc(VM&, Value self, Value value)
{
    as_property(self)->m_doc = value;
    return {};
}

Result<Value> wrapper_new(VM& vm, CallArgs const& args)
{
    Type* type = static_cast<Type*>(args.args[0].as_object());
    if (args.keyword_count() > 0)
        return vm.raise_type_error(type->name() + "() takes no keyword arguments");
    if (args.count != 2)
        return vm.raise_type_error(
            type->name() + " expected 1 argument, got " + std::to_string(args.count - 1));
    auto* w = vm.make<WrapperDescriptorObject>(type, args.args[1]);
    w->m_dict = vm.new_dict();
    return w->value();
}

Result<Value> wrapper_init(VM&, CallArgs const&)
{
    return py_none;
}

Result<Value> wrapper_func(VM&, Value self)
{
    return static_cast<WrapperDescriptorObject*>(self.as_object())->m_callable;
}

Result<Value> wrapper_get(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__get__", 1, 2, true));
    auto* w = static_cast<WrapperDescriptorObject*>(args.args[0].as_object());
    Value instance = args.args[1];
    Type* owner = args.count > 2 && !args.args[2].is(py_none)
        ? static_cast<Type*>(args.args[2].as_object())
        : VM::type_of(instance);
    return vm.bind_descriptor(w->value(), instance, owner);
}

Result<Value> staticmethod_call(VM& vm, CallArgs const& args)
{
    auto* w = static_cast<WrapperDescriptorObject*>(args.args[0].as_object());
    return vm.call(w->m_callable, CallArgs {args.args + 1, args.count - 1, args.kwnames});
}

Result<Value> super_new(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "super"));
    size_t n = args.count - 1;
    Type* start = nullptr;
    Value object;
    if (n == 0) {
        // Zero-argument form: the enclosing class comes from the __class__ cell and the instance
        // from the first argument of the calling function (PEP 3135).
        Frame* frame = vm.current_frame();
        if (!frame || !frame->function)
            return vm.raise(types::runtime_error, "super(): no arguments");
        CodeObject* code = frame->code;
        if (code->m_argcount == 0 && !(code->m_flags & CO_VARARGS))
            return vm.raise(types::runtime_error, "super(): no arguments");
        object = frame->localsplus[0];
        size_t nvars = code->m_varnames.size();
        for (size_t i = 0; i < code->m_cellvars.size(); ++i) {
            if (code->m_cell2arg[i] == 0) {
                Value cell = frame->localsplus[nvars + i];
                object = static_cast<CellObject*>(cell.as_object())->m_contents;
            }
        }
        if (object.is_empty())
            return vm.raise(types::runtime_error, "super(): arg[0] deleted");
        for (size_t i = 0; i < code->m_freevars.size(); ++i) {
            if (code->m_freevars[i]->data() == "__class__") {
                Value cell = frame->localsplus[nvars + code->m_cellvars.size() + i];
                Value contents = static_cast<CellObject*>(cell.as_object())->m_contents;
                if (contents.is_empty())
                    return vm.raise(types::runtime_error, "super(): empty __class__ cell");
                if (!VM::is_instance_of(contents, types::type))
                    return vm.raise(types::runtime_error,
                        "super(): __class__ is not a type (" + VM::type_of(contents)->name() + ")");
                start = static_cast<Type*>(contents.as_object());
            }
        }
        if (!start)
            return vm.raise(types::runtime_error, "super(): __class__ cell not found");
    } else {
        if (!VM::is_instance_of(args.args[1], types::type))
            return vm.raise_type_error(
                "super() argument 1 must be a type, not " + VM::type_of(args.args[1])->name());
        start = static_cast<Type*>(args.args[1].as_object());
        if (n >= 2)
            object = args.args[2];
        if (n > 2)
            return vm.raise_type_error(
                "super() takes at most 2 arguments (" + std::to_string(n) + " given)");
    }
    if (object.is_empty() || object.is(py_none))
        return vm.raise(types::runtime_error, "super(type) with one argument is not supported");
    Type* object_type;
    if (VM::is_instance_of(object, types::type)
        && static_cast<Type*>(object.as_object())->is_subtype_of(start))
        object_type = static_cast<Type*>(object.as_object());
    else if (VM::type_of(object)->is_subtype_of(start))
        object_type = VM::type_of(object);
    else
        return vm.raise_type_error("super(type, obj): obj must be an instance or subtype of type");
    return vm.make<SuperObject>(types::super, start, object, object_type)->value();
}

Result<Value> super_repr(VM& vm, CallArgs const& args)
{
    auto* s = static_cast<SuperObject*>(args.args[0].as_object());
    return vm
        .new_str("<super: <class '" + s->m_start->name() + "'>, <" + s->m_object_type->name()
            + " object>>")
        ->value();
}

} // namespace

void init_descriptor_types(VM& vm)
{
    DictObject* pd = types::property->m_dict;
    types::property->m_alloc = nullptr;
    pd->set_str(vm, vm.names.__new__,
        make_staticmethod(vm,
            vm.make<NativeFunctionObject>(types::builtin_function, &property_new, vm.names.__new__,
                  Value {}, types::property)
                ->value()));
    vm.define_native(pd, "__init__", &property_init, types::property);
    vm.define_native(pd, "__get__", &property_get, types::property);
    vm.define_native(pd, "__set__", &property_set, types::property);
    vm.define_native(pd, "__delete__", &property_delete, types::property);
    vm.define_native(
        pd, "getter", [](VM& vm, CallArgs const& a) { return property_copy_with(vm, a, 0); },
        types::property);
    vm.define_native(
        pd, "setter", [](VM& vm, CallArgs const& a) { return property_copy_with(vm, a, 1); },
        types::property);
    vm.define_native(
        pd, "deleter", [](VM& vm, CallArgs const& a) { return property_copy_with(vm, a, 2); },
        types::property);
    define_getset(vm, types::property, "fget", &property_fget);
    define_getset(vm, types::property, "fset", &property_fset);
    define_getset(vm, types::property, "fdel", &property_fdel);
    define_getset(vm, types::property, "__doc__", &property_doc, &property_set_doc);
    types::property->m_is_basetype = true;

    for (Type* t : {types::staticmethod, types::classmethod}) {
        t->m_dict->set_str(vm, vm.names.__new__,
            make_staticmethod(vm,
                vm.make<NativeFunctionObject>(
                      types::builtin_function, &wrapper_new, vm.names.__new__, Value {}, t)
                    ->value()));
        vm.define_native(t->m_dict, "__init__", &wrapper_init, t);
        vm.define_native(t->m_dict, "__get__", &wrapper_get, t);
        define_getset(vm, t, "__func__", &wrapper_func);
        t->m_is_basetype = true;
    }
    vm.define_native(
        types::staticmethod->m_dict, "__call__", &staticmethod_call, types::staticmethod);

    types::super->m_dict->set_str(vm, vm.names.__new__,
        make_staticmethod(vm,
            vm.make<NativeFunctionObject>(
                  types::builtin_function, &super_new, vm.names.__new__, Value {}, types::super)
                ->value()));
    vm.define_native(types::super->m_dict, "__init__", &wrapper_init, types::super);
    vm.define_native(types::super->m_dict, "__repr__", &super_repr, types::super);
}

} // namespace minipy
