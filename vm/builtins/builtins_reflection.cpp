// Builtins that ask about objects: isinstance, issubclass, callable, id, hash, repr, ascii,
// format, len, iter, next, vars and dir.
#include "vm/builtins/builtins_internal.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/tuple_object.hpp"

namespace minipy {

namespace {

Result<Value> builtin_isinstance(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "isinstance", 2, 2));
    return py_bool(TRY(vm.isinstance(args.args[0], args.args[1])));
}

Result<Value> builtin_issubclass(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "issubclass", 2, 2));
    return py_bool(TRY(vm.issubclass(args.args[0], args.args[1])));
}

Result<Value> builtin_callable(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "callable", 1, 1));
    return py_bool(TRY(vm.is_callable(args.args[0])));
}

// id(): the object's address. A small int has no address; its tagged word is odd, so it can
// never collide with an (8-byte aligned) object address and equal ints get equal ids.
Result<Value> builtin_id(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "id", 1, 1));
    uint64_t bits = args.args[0].bits();
    if (bits > static_cast<uint64_t>(INT64_MAX))
        bits >>= 1;
    return vm.new_int(static_cast<int64_t>(bits));
}

Result<Value> builtin_hash(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "hash", 1, 1));
    return vm.new_int(TRY(vm.hash(args.args[0])));
}

Result<Value> builtin_repr(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "repr", 1, 1));
    return TRY(vm.repr(args.args[0]))->value();
}

Result<Value> builtin_ascii(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "ascii", 1, 1));
    return TRY(vm.ascii(args.args[0]))->value();
}

// format(value, format_spec='', /)
Result<Value> builtin_format(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "format", 1, 2));
    StrObject* spec;
    if (args.count == 2) {
        if (!is_str_value(args.args[1]))
            return vm.raise_type_error(
                "format() argument 2 must be str, not " + type_name(args.args[1]));
        spec = as_str_object(args.args[1]);
    } else {
        spec = vm.intern("");
    }
    return TRY(vm.format(args.args[0], spec))->value();
}

// len(): the exact built-in containers answer directly; everything else goes through __len__
// with PyObject_Size's checks on the result.
Result<Value> builtin_len(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "len", 1, 1));
    Value object = args.args[0];
    if (object.is_object()) {
        Type* type = object.as_object()->type();
        if (type == types::str)
            return Value::small_int(static_cast<int64_t>(as_str_object(object)->length()));
        if (type == types::list)
            return Value::small_int(
                static_cast<int64_t>(static_cast<ListObject*>(object.as_object())->size()));
        if (type == types::tuple)
            return Value::small_int(
                static_cast<int64_t>(static_cast<TupleObject*>(object.as_object())->size()));
        if (type == types::dict)
            return Value::small_int(
                static_cast<int64_t>(static_cast<DictObject*>(object.as_object())->size()));
    }
    Value method = vm.lookup_special(object, vm.names.__len__);
    if (method.is_empty())
        return vm.raise_type_error("object of type '" + type_name(object) + "' has no len()");
    Value result = TRY(vm.call(method, {object}));
    int64_t length;
    if (is_int(result)) {
        if (!int_fits_int64(result, length)) {
            if (int_sign(result) < 0)
                return vm.raise_value_error("__len__() should return >= 0");
            return vm.raise(types::overflow_error, "cannot fit 'int' into an index-sized integer");
        }
    } else {
        length = TRY(vm.to_index(result));
    }
    if (length < 0)
        return vm.raise_value_error("__len__() should return >= 0");
    if (is_exact_int(result))
        return result;
    return vm.new_int(length);
}

// iter(object) / iter(callable, sentinel)
Result<Value> builtin_iter(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "iter", 1, 2));
    if (args.count == 1)
        return vm.iter(args.args[0]);
    if (!TRY(vm.is_callable(args.args[0])))
        return vm.raise_type_error("iter(v, w): v must be callable");
    return make_callable_iterator(vm, args.args[0], args.args[1]);
}

// next(iterator[, default])
Result<Value> builtin_next(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "next", 1, 2));
    Value iterator = args.args[0];
    Type* type = VM::type_of(iterator);
    if (!type->m_iternext && vm.lookup_special(iterator, vm.names.__next__).is_empty())
        return vm.raise_type_error("'" + type->name() + "' object is not an iterator");
    if (args.count == 1 && (!type->m_iternext || type == types::generator)) {
        // The StopIteration a generator's `return value` raises carries the value; calling
        // __next__ itself propagates that exception unchanged, as CPython's next() does.
        Value method = vm.lookup_special(iterator, vm.names.__next__);
        if (!method.is_empty())
            return vm.call(method, {iterator});
    }
    bool exhausted = false;
    Value item = TRY(vm.next(iterator, exhausted));
    if (!exhausted)
        return item;
    if (args.count == 2)
        return args.args[1];
    return vm.raise_with_args(types::stop_iteration, {});
}

// vars([object])
Result<Value> builtin_vars(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "vars", 0, 1));
    if (args.count == 0)
        return caller_locals(vm);
    auto dict = vm.getattr(args.args[0], vm.names.__dict__);
    if (dict.is_error()) {
        if (!vm.exception_matches(types::attribute_error))
            return Error {};
        vm.take_exception();
        return vm.raise_type_error("vars() argument must have __dict__ attribute");
    }
    return dict.value();
}

/// Adds the keys of `dict` to `names` (used as an ordered set).
Result<void> merge_keys(VM& vm, DictObject* names, DictObject* dict)
{
    if (!dict)
        return {};
    for (auto const& entry : dict->entries()) {
        if (!entry.key.is_empty())
            TRY(names->set(vm, entry.key, py_none));
    }
    return {};
}

/// object.__dir__ / type.__dir__ / module.__dir__ for objects whose type defines none.
Result<DictObject*> default_dir(VM& vm, Value object)
{
    DictObject* names = vm.new_dict();
    Root root(vm, names->value());
    Type* type = VM::type_of(object);
    if (type == types::module || type->is_subtype_of(types::module)) {
        TRY(merge_keys(vm, names, object.as_object()->instance_dict()));
        return names;
    }
    if (type == types::type || type->is_subtype_of(types::type)) {
        for (Type* base : static_cast<Type*>(object.as_object())->m_mro)
            TRY(merge_keys(vm, names, base->m_dict));
        return names;
    }
    if (object.is_object())
        TRY(merge_keys(vm, names, object.as_object()->instance_dict()));
    for (Type* base : type->m_mro)
        TRY(merge_keys(vm, names, base->m_dict));
    return names;
}

Result<Value> sorted_list_of(VM& vm, Value iterable)
{
    ListObject* list = TRY(vm.to_list(iterable));
    Root root(vm, list->value());
    TRY(vm.call_method(list->value(), vm.intern("sort"), {}));
    return list->value();
}

// dir([object])
Result<Value> builtin_dir(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "dir", 0, 1));
    if (args.count == 0) {
        Value locals = TRY(caller_locals(vm));
        Root root(vm, locals);
        Value keys = TRY(vm.call_method(locals, vm.names.keys, {}));
        return sorted_list_of(vm, keys);
    }
    Value object = args.args[0];
    Value method = vm.lookup_special(object, vm.names.__dir__);
    if (!method.is_empty()) {
        Value result = TRY(vm.call(method, {object}));
        return sorted_list_of(vm, result);
    }
    DictObject* names = TRY(default_dir(vm, object));
    return sorted_list_of(vm, names->value());
}

} // namespace

void register_reflection_builtins(VM& vm, DictObject* builtins)
{
    vm.define_native(builtins, "isinstance", &builtin_isinstance);
    vm.define_native(builtins, "issubclass", &builtin_issubclass);
    vm.define_native(builtins, "callable", &builtin_callable);
    vm.define_native(builtins, "id", &builtin_id);
    vm.define_native(builtins, "hash", &builtin_hash);
    vm.define_native(builtins, "repr", &builtin_repr);
    vm.define_native(builtins, "ascii", &builtin_ascii);
    vm.define_native(builtins, "format", &builtin_format);
    vm.define_native(builtins, "len", &builtin_len);
    vm.define_native(builtins, "iter", &builtin_iter);
    vm.define_native(builtins, "next", &builtin_next);
    vm.define_native(builtins, "vars", &builtin_vars);
    vm.define_native(builtins, "dir", &builtin_dir);
}

} // namespace minipy
