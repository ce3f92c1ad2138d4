// Building the import system's classes and reading their attributes from C++.
#include "modules/native_class.hpp"

#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/instance_object.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

Type* new_native_class(VM& vm, char const* name, char const* module_name)
{
    Type* cls = vm.new_builtin_type(name, types::object, Layout::Object);
    cls->m_dict->set_str(vm, vm.names.__module__, vm.intern(module_name)->value());
    cls->m_dict->set_str(vm, vm.names.__doc__, py_none);
    vm.m_extra_roots.push_back(cls);
    return cls;
}

Value new_plain_instance(VM& vm, Type* cls)
{
    return vm.make<InstanceObject>(cls, vm.new_dict())->value();
}

void define_method(VM& vm, Type* cls, char const* name, NativeFn fn)
{
    vm.define_native(cls->m_dict, name, fn, cls);
}

void define_classmethod(VM& vm, Type* cls, char const* name, NativeFn fn)
{
    NativeFunctionObject* f = vm.define_native(cls->m_dict, name, fn, cls);
    cls->m_dict->set_str(vm, vm.intern(name), make_classmethod(vm, f->value()));
}

void define_staticmethod(VM& vm, Type* cls, char const* name, NativeFn fn)
{
    NativeFunctionObject* f = vm.define_native(cls->m_dict, name, fn, cls);
    cls->m_dict->set_str(vm, vm.intern(name), make_staticmethod(vm, f->value()));
}

Result<Value> get_attribute(VM& vm, Value object, char const* name)
{
    return vm.getattr(object, vm.intern(name));
}

Result<Value> get_attribute_optional(VM& vm, Value object, char const* name)
{
    return vm.getattr_optional(object, vm.intern(name));
}

Result<void> set_attribute(VM& vm, Value object, char const* name, Value value)
{
    return vm.setattr(object, vm.intern(name), value);
}

Result<bool> has_attribute(VM& vm, Value object, char const* name)
{
    Value v = TRY(vm.getattr_optional(object, vm.intern(name)));
    return !v.is_empty();
}

bool is_str(Value v)
{
    return v.is_object() && VM::is_instance_of(v, types::str);
}

std::string const& str_text(Value v)
{
    return static_cast<StrObject*>(v.as_object())->data();
}

Error raise_import_error(VM& vm, Type* type, std::string_view message, Value name, Value path)
{
    vm.raise(type, message);
    auto* exc = static_cast<ExceptionObject*>(vm.exception().as_object());
    if (!exc->m_dict)
        exc->m_dict = vm.new_dict();
    exc->m_dict->set_str(vm, vm.names.name, name.is_empty() ? py_none : name);
    exc->m_dict->set_str(vm, vm.names.path, path.is_empty() ? py_none : path);
    return Error {};
}

} // namespace minipy
