// Out-of-line parts of eval-loop instructions (see interpreter_support.hpp).
#include "vm/interpreter_support.hpp"

#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/generator_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/set_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

namespace minipy {

namespace {

StrObject* as_str(Value v)
{
    return static_cast<StrObject*>(v.as_object());
}
bool is_exact(Value v, Type* type)
{
    return v.is_object() && v.as_object()->type() == type;
}

} // namespace

void raise_unbound_deref(VM& vm, CodeObject* code, uint32_t index)
{
    size_t ncell = code->m_cellvars.size();
    if (index < ncell) {
        vm.raise(types::unbound_local_error,
            "cannot access local variable '" + code->m_cellvars[index]->data()
                + "' where it is not associated with a value");
        return;
    }
    auto r = vm.raise(types::name_error,
        "cannot access free variable '" + code->m_freevars[index - ncell]->data()
            + "' where it is not associated with a value in enclosing scope");
    (void)r;
}

Result<Value> lookup_in_mapping(VM& vm, Value mapping, StrObject* name)
{
    if (mapping.is_empty())
        return Value {};
    if (is_exact(mapping, types::dict))
        return static_cast<DictObject*>(mapping.as_object())->get_str(name);
    auto r = vm.getitem(mapping, name->value());
    if (r.is_error()) {
        if (vm.exception_matches(types::key_error)) {
            vm.take_exception();
            return Value {};
        }
        return Error {};
    }
    return r;
}

namespace {

bool cacheable_owner(VM& vm, Type* type)
{
    // Plain user-class instances with the default __getattribute__ and no __getattr__.
    static Value object_getattribute;
    if (object_getattribute.is_empty())
        object_getattribute = types::object->m_dict->get("__getattribute__");
    return type->m_layout == Layout::Object && type->m_is_heap_type
        && type->lookup(vm.names.__getattribute__).is(object_getattribute);
}

/// Module attributes: the cache holds the value found in the module's dict, keyed on that dict's
/// version (module_cache_key) and the type epoch. Only names that the module type itself does not
/// define are cached, so the dict lookup is the whole attribute lookup.
inline uint64_t module_cache_key(DictObject* dict)
{
    return minipy::module_cache_key(dict->version());
}

inline bool module_cache_hit(Object* module, InlineCache const& cache)
{
    DictObject* dict = module->instance_dict();
    return dict && cache.key1 == module_cache_key(dict) && cache.key2 == g_type_epoch;
}

void module_cache_fill(VM& vm, Object* module, StrObject* name, Value v, InlineCache& cache)
{
    (void)vm;
    DictObject* dict = module->instance_dict();
    if (!dict || !types::module->lookup(name).is_empty() || !dict->get_str(name).is(v))
        return;
    cache.key1 = module_cache_key(dict);
    cache.key2 = g_type_epoch;
    cache.value = v;
}

} // namespace

Result<Value> cached_getattr(VM& vm, Value owner, StrObject* name, InlineCache& cache)
{
    if (owner.is_object()) {
        Type* type = owner.as_object()->type();
        if (cache.key1 == reinterpret_cast<uint64_t>(type) && cache.key2 == g_type_epoch) {
            // cache.value: the class attribute (empty if none); only non-data ones are cached.
            DictObject* dict = owner.as_object()->instance_dict();
            Value v = dict->get_str(name);
            if (!v.is_empty())
                return v;
            if (!cache.value.is_empty())
                return vm.bind_descriptor(cache.value, owner, type);
        } else if (cacheable_owner(vm, type)) {
            Value descr = type->lookup(name);
            Type* dt = descr.is_empty() ? nullptr : VM::type_of(descr);
            bool plain = descr.is_empty() || dt == types::function
                || (!dt->m_is_heap_type && dt != types::property && dt != types::getset_descriptor);
            if (plain && type->lookup(vm.names.__getattr__).is_empty()) {
                cache.key1 = reinterpret_cast<uint64_t>(type);
                cache.key2 = g_type_epoch;
                cache.value = descr;
            }
        } else if (type == types::module) {
            if (module_cache_hit(owner.as_object(), cache))
                return cache.value;
            Value v = TRY(vm.getattr(owner, name));
            module_cache_fill(vm, owner.as_object(), name, v, cache);
            return v;
        }
    }
    return vm.getattr(owner, name);
}

Result<void> cached_setattr(VM& vm, Value owner, StrObject* name, Value value, InlineCache& cache)
{
    if (owner.is_object()) {
        Type* type = owner.as_object()->type();
        static Value object_setattr;
        if (object_setattr.is_empty())
            object_setattr = types::object->m_dict->get("__setattr__");
        if (type->m_layout == Layout::Object && type->m_is_heap_type
            && owner.as_object()->instance_dict()
            && type->lookup(vm.names.__setattr__).is(object_setattr)) {
            // generic_setattr stores into the instance dict unless the class has a data
            // descriptor (property, getset, or a class with __set__) for the name.
            Value descr = type->lookup(name);
            Type* dt = descr.is_empty() ? nullptr : VM::type_of(descr);
            bool plain = descr.is_empty() || dt == types::function
                || (!dt->m_is_heap_type && dt != types::property && dt != types::getset_descriptor);
            if (plain) {
                cache.key1 = reinterpret_cast<uint64_t>(type);
                cache.key2 = g_type_epoch;
            }
        }
    }
    return vm.setattr(owner, name, value);
}

Result<Value> cached_load_method(
    VM& vm, Value owner, StrObject* name, InlineCache& cache, bool& unbound)
{
    unbound = false;
    if (owner.is_object()) {
        Type* type = owner.as_object()->type();
        if (cache.key1 == reinterpret_cast<uint64_t>(type) && cache.key2 == g_type_epoch) {
            DictObject* dict = owner.as_object()->instance_dict();
            if (dict) {
                Value shadow = dict->get_str(name);
                if (!shadow.is_empty())
                    return shadow;
            }
            unbound = true;
            return cache.value;
        }
        if (type == types::module) {
            if (module_cache_hit(owner.as_object(), cache))
                return cache.value;
            Value v = TRY(vm.load_method(owner, name, unbound));
            if (!unbound)
                module_cache_fill(vm, owner.as_object(), name, v, cache);
            return v;
        }
        Value v = TRY(vm.load_method(owner, name, unbound));
        if (unbound && (type->m_layout == Layout::Object || !type->m_is_heap_type)
            && type != types::module && type != types::super && !type->is_subtype_of(types::type)) {
            cache.key1 = reinterpret_cast<uint64_t>(type);
            cache.key2 = g_type_epoch;
            cache.value = v;
        }
        return v;
    }
    return vm.load_method(owner, name, unbound);
}

Result<Value> build_set(VM& vm, Value const* items, size_t count)
{
    SetObject* set = new_set(vm, types::set);
    Root root(vm, set->value());
    for (size_t i = 0; i < count; ++i)
        TRY(set->add(vm, items[i]));
    return set->value();
}

Result<void> set_add_value(VM& vm, Value set, Value item)
{
    TRY(static_cast<SetObject*>(set.as_object())->add(vm, item));
    return {};
}

Result<void> set_update_from(VM& vm, Value set, Value iterable)
{
    return set_update(vm, static_cast<SetObject*>(set.as_object()), iterable);
}

Result<void> list_extend_for_unpack(VM& vm, ListObject* list, Value iterable)
{
    Type* t = VM::type_of(iterable);
    if (t == types::list || t == types::tuple) {
        ListObject* source = nullptr;
        if (t == types::list) {
            source = static_cast<ListObject*>(iterable.as_object());
            std::vector<Value> copy = source->items();
            list->items().insert(list->items().end(), copy.begin(), copy.end());
        } else {
            auto* tuple = static_cast<TupleObject*>(iterable.as_object());
            list->items().insert(list->items().end(), tuple->data(), tuple->data() + tuple->size());
        }
        return {};
    }
    if (t->lookup(vm.names.__iter__).is_empty() && t->lookup(vm.names.__getitem__).is_empty())
        return vm.raise_type_error("Value after * must be an iterable, not " + t->name());
    Value it = TRY(vm.iter(iterable));
    Root root(vm, it);
    for (;;) {
        bool exhausted = false;
        Value v = TRY(vm.next(it, exhausted));
        if (exhausted)
            return {};
        list->append(v);
    }
}

namespace {

/// CPython's _PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins).
std::string callable_description(VM& vm, Value callable)
{
    auto qualname = vm.getattr_optional(callable, vm.names.__qualname__);
    if (qualname.is_error() || qualname.value().is_empty()
        || !VM::is_instance_of(qualname.value(), types::str)) {
        if (qualname.is_error())
            vm.take_exception();
        auto text = vm.str(callable);
        if (text.is_error()) {
            vm.take_exception();
            return "?";
        }
        return text.value()->data();
    }
    std::string q = as_str(qualname.value())->data();
    auto module = vm.getattr_optional(callable, vm.names.__module__);
    if (module.is_error()) {
        vm.take_exception();
        return q + "()";
    }
    Value m = module.value();
    if (!m.is_empty() && VM::is_instance_of(m, types::str) && as_str(m)->data() != "builtins")
        return as_str(m)->data() + "." + q + "()";
    return q + "()";
}

} // namespace

Result<void> dict_update_for_unpack(VM& vm, DictObject* dict, Value mapping, Value callable)
{
    bool merging = !callable.is_empty();
    auto add = [&](Value key, Value value) -> Result<void> {
        if (merging) {
            if (!VM::is_instance_of(key, types::str))
                return vm.raise_type_error("keywords must be strings");
            Value existing = TRY(dict->get(vm, key));
            if (!existing.is_empty())
                return vm.raise_type_error(callable_description(vm, callable)
                    + " got multiple values for keyword argument '" + as_str(key)->data() + "'");
        }
        return dict->set(vm, key, value);
    };
    if (is_exact(mapping, types::dict)) {
        auto* source = static_cast<DictObject*>(mapping.as_object());
        std::vector<DictObject::Entry> entries = source->entries();
        for (auto& e : entries)
            if (!e.key.is_empty())
                TRY(add(e.key, e.value));
        return {};
    }
    Value keys_method = vm.lookup_special(mapping, vm.names.keys);
    if (keys_method.is_empty()) {
        if (merging)
            return vm.raise_type_error(callable_description(vm, callable)
                + " argument after ** must be a mapping, not " + VM::type_of(mapping)->name());
        return vm.raise_type_error(
            "'" + VM::type_of(mapping)->name() + "' object is not a mapping");
    }
    Value keys = TRY(vm.call_method(mapping, vm.names.keys, {}));
    Root keys_root(vm, keys);
    ListObject* key_list = TRY(vm.to_list(keys));
    Root list_root(vm, key_list->value());
    for (size_t i = 0; i < key_list->size(); ++i) {
        Value key = key_list->at(i);
        Value value = TRY(vm.getitem(mapping, key));
        TRY(add(key, value));
    }
    return {};
}

Result<void> unpack_iterable(VM& vm, Value seq, uint32_t before, int after, Value* out)
{
    Type* t = VM::type_of(seq);
    if (t->lookup(vm.names.__iter__).is_empty() && t->lookup(vm.names.__getitem__).is_empty())
        return vm.raise_type_error("cannot unpack non-iterable " + t->name() + " object");
    ListObject* items = TRY(vm.to_list(seq));
    size_t n = items->size();
    if (after < 0) {
        if (n < before)
            return vm.raise_value_error("not enough values to unpack (expected "
                + std::to_string(before) + ", got " + std::to_string(n) + ")");
        if (n > before)
            return vm.raise_value_error(
                "too many values to unpack (expected " + std::to_string(before) + ")");
        // out points at the slot seq occupied; write items so that item 0 ends on top.
        for (size_t i = 0; i < n; ++i)
            out[n - 1 - i] = items->at(i);
        return {};
    }
    size_t need = before + static_cast<size_t>(after);
    if (n < need)
        return vm.raise_value_error("not enough values to unpack (expected at least "
            + std::to_string(need) + ", got " + std::to_string(n) + ")");
    size_t total = before + 1 + static_cast<size_t>(after);
    std::vector<Value> values;
    values.reserve(total);
    for (size_t i = 0; i < before; ++i)
        values.push_back(items->at(i));
    auto* middle = vm.new_list(n - need);
    for (size_t i = before; i < n - static_cast<size_t>(after); ++i)
        middle->append(items->at(i));
    values.push_back(middle->value());
    for (size_t i = n - static_cast<size_t>(after); i < n; ++i)
        values.push_back(items->at(i));
    for (size_t i = 0; i < total; ++i)
        out[total - 1 - i] = values[i];
    return {};
}

Result<Value> format_value(VM& vm, Value v, uint32_t conversion, Value spec)
{
    Root root(vm, v);
    if (conversion == 1)
        v = TRY(vm.str(v))->value();
    else if (conversion == 2)
        v = TRY(vm.repr(v))->value();
    else if (conversion == 3)
        v = TRY(vm.ascii(v))->value();
    root.set(v);
    if (spec.is_empty()) {
        if (is_exact(v, types::str))
            return v;
        return TRY(vm.format(v, vm.intern("")))->value();
    }
    return TRY(vm.format(v, as_str(spec)))->value();
}

Result<Value> call_with_tuple_and_dict(VM& vm, Value callable, Value args, Value kwargs)
{
    if (!is_exact(args, types::tuple)) {
        Type* t = VM::type_of(args);
        if (t->lookup(vm.names.__iter__).is_empty() && t->lookup(vm.names.__getitem__).is_empty())
            return vm.raise_type_error(callable_description(vm, callable)
                + " argument after * must be an iterable, not " + t->name());
        ListObject* list = TRY(vm.to_list(args));
        args = vm.new_tuple(list->items().data(), list->size())->value();
    }
    Root args_root(vm, args);
    auto* tuple = static_cast<TupleObject*>(args.as_object());
    if (kwargs.is_empty() || static_cast<DictObject*>(kwargs.as_object())->size() == 0)
        return vm.call(callable, CallArgs {tuple->data(), tuple->size(), nullptr});
    auto* dict = static_cast<DictObject*>(kwargs.as_object());
    std::vector<Value> all(tuple->data(), tuple->data() + tuple->size());
    std::vector<Value> names;
    for (auto& e : dict->entries()) {
        if (e.key.is_empty())
            continue;
        if (!VM::is_instance_of(e.key, types::str))
            return vm.raise_type_error("keywords must be strings");
        names.push_back(e.key);
        all.push_back(e.value);
    }
    auto* kwnames = vm.new_tuple(names.data(), names.size());
    Root names_root(vm, kwnames->value());
    return vm.call(callable, CallArgs {all.data(), all.size(), kwnames});
}

namespace {

Result<Value> instantiate_exception(VM& vm, Value exc, char const* what)
{
    if (VM::is_instance_of(exc, types::type)) {
        auto* cls = static_cast<Type*>(exc.as_object());
        if (!cls->is_subtype_of(types::base_exception))
            return vm.raise_type_error(what);
        Value instance = TRY(vm.call(exc, CallArgs {nullptr, 0, nullptr}));
        if (!VM::is_instance_of(instance, types::base_exception))
            return vm.raise_type_error("calling " + cls->name()
                + "() should have returned an instance of BaseException, not "
                + VM::type_of(instance)->name());
        return instance;
    }
    if (VM::is_instance_of(exc, types::base_exception))
        return exc;
    return vm.raise_type_error(what);
}

} // namespace

void do_raise(VM& vm, Value exc, Value cause, bool has_cause)
{
    Root exc_root(vm, exc);
    Root cause_root(vm, cause);
    auto instance = instantiate_exception(vm, exc, "exceptions must derive from BaseException");
    if (instance.is_error())
        return;
    Value value = instance.release_value();
    Root value_root(vm, value);
    if (has_cause) {
        Value cause_value;
        if (cause.is(py_none)) {
            cause_value = Value {};
        } else {
            auto c = instantiate_exception(
                vm, cause, "exception causes must derive from BaseException");
            if (c.is_error())
                return;
            cause_value = c.release_value();
        }
        auto* e = static_cast<ExceptionObject*>(value.as_object());
        e->m_cause = cause_value;
        e->m_suppress_context = true;
    }
    vm.set_exception(value);
}

Result<bool> exception_match(VM& vm, Value exc, Value type)
{
    auto check_one = [&](Value t) -> Result<bool> {
        if (!VM::is_instance_of(t, types::type)
            || !static_cast<Type*>(t.as_object())->is_subtype_of(types::base_exception))
            return vm.raise_type_error(
                       "catching classes that do not inherit from BaseException is not allowed"),
                   Result<bool>(Error {});
        return VM::type_of(exc)->is_subtype_of(static_cast<Type*>(t.as_object()));
    };
    if (VM::is_instance_of(type, types::tuple)) {
        auto* tuple = static_cast<TupleObject*>(type.as_object());
        bool matched = false;
        for (size_t i = 0; i < tuple->size(); ++i)
            if (TRY(check_one(tuple->at(i))))
                matched = true;
        return matched;
    }
    return check_one(type);
}

Result<Value> with_exit_bound(VM& vm, Value manager)
{
    Type* t = VM::type_of(manager);
    Value enter = t->lookup(vm.names.__enter__);
    if (enter.is_empty())
        return vm.raise_type_error(
            "'" + t->name() + "' object does not support the context manager protocol");
    Value exit = t->lookup(vm.names.__exit__);
    if (exit.is_empty())
        return vm.raise_type_error("'" + t->name()
            + "' object does not support the context manager protocol (missed __exit__ method)");
    return vm.bind_descriptor(exit, manager, t);
}

Result<Value> with_enter(VM& vm, Value manager)
{
    return vm.call_method(manager, vm.names.__enter__, {});
}

Result<Value> call_exit_with_exception(VM& vm, Value exit, Value exc)
{
    auto* e = static_cast<ExceptionObject*>(exc.as_object());
    Value tb = e->m_traceback ? e->m_traceback->value() : py_none;
    return vm.call(exit, {VM::type_of(exc)->value(), exc, tb});
}

Result<Value> send_to(VM& vm, Value sub, Value v, bool& returned)
{
    returned = false;
    if (is_exact(sub, types::generator)) {
        auto* gen = static_cast<GeneratorObject*>(sub.as_object());
        return vm.resume_generator(gen, v, false, returned);
    }
    Result<Value> r = Error {};
    if (v.is(py_none)) {
        Type* t = VM::type_of(sub);
        Value next = t->lookup(vm.names.__next__);
        if (next.is_empty())
            return vm.raise_type_error("'" + t->name() + "' object is not an iterator");
        r = vm.call_method(sub, vm.names.__next__, {});
    } else {
        r = vm.call_method(sub, vm.names.send, {v});
    }
    if (r.is_error()) {
        if (vm.exception_matches(types::stop_iteration)) {
            Value exc = vm.take_exception();
            auto* e = static_cast<ExceptionObject*>(exc.as_object());
            returned = true;
            return e->m_args->size() > 0 ? e->m_args->at(0) : py_none;
        }
        return Error {};
    }
    return r;
}

Result<Value> import_name(VM& vm, Frame* frame, StrObject* name, Value fromlist, Value level)
{
    Value import_fn = frame->builtins->get_str(vm.names.__import__);
    if (import_fn.is_empty())
        return vm.raise(types::import_error, "__import__ not found");
    if (VM::type_of(import_fn) == types::builtin_function && vm.import_system()) {
        int lvl = level.is_small_int() ? static_cast<int>(level.as_small_int()) : 0;
        return vm.import_system()->import(vm, name, frame->globals, fromlist, lvl);
    }
    Value locals = frame->locals_mapping.is_empty() ? py_none : frame->locals_mapping;
    return vm.call(import_fn, {name->value(), frame->globals->value(), locals, fromlist, level});
}

Result<Value> import_from(VM& vm, Value module, StrObject* name)
{
    auto r = vm.getattr_optional(module, name);
    if (r.is_error()) {
        if (!vm.exception_matches(types::attribute_error))
            return Error {};
        vm.take_exception();
    } else if (!r.value().is_empty()) {
        return r;
    }
    // Fall back to sys.modules for a submodule still being imported (a circular import).
    Value module_name = TRY(vm.getattr_optional(module, vm.names.__name__));
    if (!module_name.is_empty() && VM::is_instance_of(module_name, types::str)) {
        std::string full = as_str(module_name)->data() + "." + name->data();
        Value found = vm.sys_modules()->get_str(vm.new_str(full));
        if (!found.is_empty())
            return found;
    }
    std::string mod = module_name.is_empty() || !VM::is_instance_of(module_name, types::str)
        ? "<unknown module name>"
        : as_str(module_name)->data();
    Value file = TRY(vm.getattr_optional(module, vm.names.__file__));
    std::string location = !file.is_empty() && VM::is_instance_of(file, types::str)
        ? as_str(file)->data()
        : "unknown location";
    Value spec = TRY(vm.getattr_optional(module, vm.names.__spec__));
    bool initializing = false;
    if (!spec.is_empty() && !spec.is(py_none)) {
        Value flag = TRY(vm.getattr_optional(spec, vm.intern("_initializing")));
        if (!flag.is_empty())
            initializing = TRY(vm.truthy(flag));
    }
    std::string message = "cannot import name '" + name->data() + "' from "
        + (initializing ? "partially initialized module " : "") + "'" + mod + "'"
        + (initializing ? " (most likely due to a circular import)" : "") + " (" + location + ")";
    vm.raise(types::import_error, message);
    auto* exc = static_cast<ExceptionObject*>(vm.exception().as_object());
    exc->m_dict->set_str(vm, vm.names.name, module_name.is_empty() ? py_none : module_name);
    exc->m_dict->set_str(vm, vm.names.path, file.is_empty() ? py_none : file);
    return Error {};
}

Result<void> import_star(VM& vm, Value module, Value locals_mapping)
{
    if (locals_mapping.is_empty())
        return vm.raise(types::system_error, "no locals found during 'import *'");
    Value all = TRY(vm.getattr_optional(module, vm.names.__all__));
    Root all_root(vm, all);
    ListObject* names;
    bool skip_private = all.is_empty();
    if (all.is_empty()) {
        DictObject* dict = module.is_object() ? module.as_object()->instance_dict() : nullptr;
        if (!dict)
            return vm.raise(
                types::import_error, "from-import-* object has no __dict__ and no __all__");
        names = vm.new_list();
        for (auto& e : dict->entries())
            if (!e.key.is_empty())
                names->append(e.key);
    } else {
        names = TRY(vm.to_list(all));
    }
    Root names_root(vm, names->value());
    for (size_t i = 0; i < names->size(); ++i) {
        Value key = names->at(i);
        if (!VM::is_instance_of(key, types::str)) {
            Value module_name = TRY(vm.getattr_optional(module, vm.names.__name__));
            std::string mod = module_name.is_empty() ? "?" : as_str(module_name)->data();
            return vm.raise_type_error(std::string("Item in ") + mod
                + (skip_private ? ".__dict__" : ".__all__") + " must be str, not "
                + VM::type_of(key)->name());
        }
        if (skip_private && as_str(key)->byte_length() > 0 && as_str(key)->data()[0] == '_')
            continue;
        Value value = TRY(vm.getattr(module, as_str(key)));
        TRY(vm.setitem(locals_mapping, key, value));
    }
    return {};
}

Result<void> print_expr(VM& vm, Value v)
{
    Value hook = vm.sys_module()->m_dict->get_str(vm.names.displayhook);
    if (hook.is_empty())
        return vm.raise(types::runtime_error, "lost sys.displayhook");
    TRY(vm.call(hook, {v}));
    return {};
}

void add_traceback_entry(VM& vm, Frame* frame, bool reraise)
{
    Value exc = vm.exception();
    if (!exc.is_object() || !VM::is_instance_of(exc, types::base_exception))
        return;
    auto* e = static_cast<ExceptionObject*>(exc.as_object());
    if (!reraise) {
        // Implicit chaining (PEP 3134): a new exception raised while handling another.
        Value handled = vm.handled_exception();
        if (!handled.is_empty() && !handled.is(exc) && e->m_context.is_empty() && !e->m_traceback) {
            // Break cycles as CPython does: drop the link if exc is already in handled's chain.
            Value walk = handled;
            bool cycle = false;
            while (walk.is_object() && VM::is_instance_of(walk, types::base_exception)) {
                auto* w = static_cast<ExceptionObject*>(walk.as_object());
                if (w->m_context.is(exc)) {
                    w->m_context = Value {};
                    break;
                }
                walk = w->m_context;
                if (walk.is(handled)) {
                    cycle = true;
                    break;
                }
            }
            if (!cycle)
                e->m_context = handled;
        }
    }
    if (reraise)
        return;
    e->m_traceback = vm.make<TracebackObject>(
        types::traceback, frame->code, frame->current_instr(), e->m_traceback, frame->globals);
}

} // namespace minipy
