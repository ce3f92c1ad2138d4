// The attribute builtins: getattr, setattr, hasattr and delattr.
#include "vm/builtins/builtins_internal.hpp"
#include "vm/native_args.hpp"

namespace minipy {

namespace {

/// The attribute name argument as an interned str, or TypeError
/// "attribute name must be string, not 'int'".
Result<StrObject*> attribute_name(VM& vm, Value name)
{
    if (!is_str_value(name))
        return vm.raise_type_error("attribute name must be string, not '" + type_name(name) + "'");
    StrObject* str = as_str_object(name);
    if (str->is_interned())
        return str;
    return vm.intern(str->view());
}

// getattr(object, name[, default])
Result<Value> builtin_getattr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "getattr", 2, 3));
    StrObject* name = TRY(attribute_name(vm, args.args[1]));
    auto value = vm.getattr(args.args[0], name);
    if (!value.is_error())
        return value.value();
    if (args.count == 3 && vm.exception_matches(types::attribute_error)) {
        vm.take_exception();
        return args.args[2];
    }
    return Error {};
}

// hasattr(object, name): only AttributeError means "no".
Result<Value> builtin_hasattr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "hasattr", 2, 2));
    StrObject* name = TRY(attribute_name(vm, args.args[1]));
    auto value = vm.getattr(args.args[0], name);
    if (!value.is_error())
        return py_true;
    if (vm.exception_matches(types::attribute_error)) {
        vm.take_exception();
        return py_false;
    }
    return Error {};
}

// setattr(object, name, value)
Result<Value> builtin_setattr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "setattr", 3, 3));
    StrObject* name = TRY(attribute_name(vm, args.args[1]));
    TRY(vm.setattr(args.args[0], name, args.args[2]));
    return py_none;
}

// delattr(object, name)
Result<Value> builtin_delattr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "delattr", 2, 2));
    StrObject* name = TRY(attribute_name(vm, args.args[1]));
    TRY(vm.delattr(args.args[0], name));
    return py_none;
}

} // namespace

void register_attribute_builtins(VM& vm, DictObject* builtins)
{
    vm.define_native(builtins, "getattr", &builtin_getattr);
    vm.define_native(builtins, "hasattr", &builtin_hasattr);
    vm.define_native(builtins, "setattr", &builtin_setattr);
    vm.define_native(builtins, "delattr", &builtin_delattr);
}

} // namespace minipy
