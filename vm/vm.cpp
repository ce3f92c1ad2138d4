// The VM object: start-up, allocation helpers, interning, exceptions and GC roots.
#include "vm/vm.hpp"

#include "parser/syntax_error.hpp"
#include "vm/init.hpp"
#include "vm/objects/bytes_object.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/instance_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"

#include <boost/container/small_vector.hpp>

#include <sys/mman.h>
#include <sys/resource.h>

#include <cstdlib>
#include <cstring>

namespace minipy {

namespace types {
Type* object;
Type* type;
Type* none;
Type* not_implemented;
Type* ellipsis;
Type* int_;
Type* bool_;
Type* float_;
Type* complex;
Type* str;
Type* bytes;
Type* bytearray;
Type* tuple;
Type* list;
Type* dict;
Type* set;
Type* frozenset;
Type* range;
Type* slice;
Type* function;
Type* builtin_function;
Type* method;
Type* code;
Type* cell;
Type* module;
Type* generator;
Type* property;
Type* staticmethod;
Type* classmethod;
Type* super;
Type* getset_descriptor;
Type* traceback;
Type* frame;
Type* dict_keys;
Type* dict_values;
Type* dict_items;
Type* mappingproxy;
Type* simple_namespace;
#define EXC(cname, pyname, base) Type* cname;
#include "vm/exceptions.def"
#undef EXC
} // namespace types

Value py_none;
Value py_true;
Value py_false;
Value py_not_implemented;
Value py_ellipsis;

namespace {

VM* s_the_vm = nullptr;

/// The singletons None, NotImplemented and Ellipsis: objects with no state.
class SingletonObject final : public Object {
public:
    explicit SingletonObject(Type* type)
        : Object(type)
    {
    }
};

} // namespace

VM& VM::the()
{
    return *s_the_vm;
}

Type* VM::new_builtin_type(char const* name, Type* base, Layout layout)
{
    auto* type = make<Type>(types::type, layout);
    type->m_name_utf8 = name;
    type->m_name = intern(name);
    type->m_qualname = type->m_name;
    type->m_base = base;
    type->m_dict = new_dict();
    if (base) {
        type->m_bases = new_tuple({base->value()});
        type->m_mro.push_back(type);
        for (Type* t : base->m_mro)
            type->m_mro.push_back(t);
        type->m_alloc = base->m_alloc;
    } else {
        type->m_bases = m_empty_tuple ? m_empty_tuple : nullptr;
        type->m_mro.push_back(type);
    }
    type->m_dict->set_str(*this, names.__module__, intern("builtins")->value());
    ++g_type_epoch;
    return type;
}

VM::VM()
{
    s_the_vm = this;

    // The value stack: reserved address space, committed by the kernel only when touched, so a
    // deep recursion limit costs nothing until it is used.
    m_stack_words = size_t(64) * 1024 * 1024; // 512 MiB of address space
    void* memory = mmap(nullptr, m_stack_words * sizeof(Value), PROT_READ | PROT_WRITE,
        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (memory == MAP_FAILED) {
        std::fputs("minipy: cannot reserve the value stack\n", stderr);
        std::exit(1);
    }
    m_stack_memory = static_cast<Value*>(memory);
    m_stack_top = m_stack_memory;
    m_stack_limit = m_stack_memory + m_stack_words - 4096;

    // Bootstrap: `type` and `object` refer to each other, and every type needs a dict, which needs
    // the dict type, which needs str for its name... Create the Type objects first with no
    // names, then fill in names once str and dict exist.
    types::type = m_heap.allocate<Type>(nullptr, Layout::Type);
    types::type->set_type(types::type);
    types::object = m_heap.allocate<Type>(types::type, Layout::Object);
    types::str = m_heap.allocate<Type>(types::type, Layout::Str);
    types::dict = m_heap.allocate<Type>(types::type, Layout::Dict);
    types::tuple = m_heap.allocate<Type>(types::type, Layout::Tuple);
    for (Type* t : {types::type, types::object, types::str, types::dict, types::tuple})
        t->m_mro.push_back(t);
    for (Type* t : {types::type, types::str, types::dict, types::tuple}) {
        t->m_base = types::object;
        t->m_mro.push_back(types::object);
    }
    m_empty_tuple = make<TupleObject>(types::tuple, size_t(0));

#define NAME(id)                                                                                   \
    names.id = intern(                                                                             \
        std::string_view(#id).ends_with('_') && std::string_view(#id).substr(0, 2) != "__"         \
            ? std::string_view(#id).substr(0, std::string_view(#id).size() - 1)                    \
            : std::string_view(#id));
#include "vm/names.def"
#undef NAME

    auto finish_bootstrap_type = [&](Type* t, char const* name) {
        t->m_name_utf8 = name;
        t->m_name = intern(name);
        t->m_qualname = t->m_name;
        t->m_dict = new_dict();
        t->m_bases = t->m_base ? new_tuple({t->m_base->value()}) : m_empty_tuple;
        t->m_dict->set_str(*this, names.__module__, intern("builtins")->value());
    };
    finish_bootstrap_type(types::object, "object");
    finish_bootstrap_type(types::type, "type");
    finish_bootstrap_type(types::str, "str");
    finish_bootstrap_type(types::dict, "dict");
    finish_bootstrap_type(types::tuple, "tuple");

    types::none = new_builtin_type("NoneType", types::object, Layout::Other);
    types::not_implemented = new_builtin_type("NotImplementedType", types::object, Layout::Other);
    types::ellipsis = new_builtin_type("ellipsis", types::object, Layout::Other);
    for (Type* t : {types::none, types::not_implemented, types::ellipsis})
        t->m_is_basetype = false;
    py_none = make<SingletonObject>(types::none)->value();
    py_not_implemented = make<SingletonObject>(types::not_implemented)->value();
    py_ellipsis = make<SingletonObject>(types::ellipsis)->value();

    types::int_ = new_builtin_type("int", types::object, Layout::Int);
    types::bool_ = new_builtin_type("bool", types::int_, Layout::Int);
    types::bool_->m_is_basetype = false;
    types::float_ = new_builtin_type("float", types::object, Layout::Float);
    types::complex = new_builtin_type("complex", types::object, Layout::Other);
    types::bytes = new_builtin_type("bytes", types::object, Layout::Bytes);
    types::bytearray = new_builtin_type("bytearray", types::object, Layout::Other);
    types::list = new_builtin_type("list", types::object, Layout::List);
    types::set = new_builtin_type("set", types::object, Layout::Set);
    types::frozenset = new_builtin_type("frozenset", types::object, Layout::Set);
    types::range = new_builtin_type("range", types::object, Layout::Other);
    types::slice = new_builtin_type("slice", types::object, Layout::Other);
    types::function = new_builtin_type("function", types::object, Layout::Other);
    types::builtin_function
        = new_builtin_type("builtin_function_or_method", types::object, Layout::Other);
    types::method = new_builtin_type("method", types::object, Layout::Other);
    types::code = new_builtin_type("code", types::object, Layout::Other);
    types::cell = new_builtin_type("cell", types::object, Layout::Other);
    types::module = new_builtin_type("module", types::object, Layout::Other);
    types::generator = new_builtin_type("generator", types::object, Layout::Other);
    types::property = new_builtin_type("property", types::object, Layout::Other);
    types::staticmethod = new_builtin_type("staticmethod", types::object, Layout::Other);
    types::classmethod = new_builtin_type("classmethod", types::object, Layout::Other);
    types::super = new_builtin_type("super", types::object, Layout::Other);
    types::getset_descriptor = new_builtin_type("getset_descriptor", types::object, Layout::Other);
    types::traceback = new_builtin_type("traceback", types::object, Layout::Other);
    types::frame = new_builtin_type("frame", types::object, Layout::Other);
    types::dict_keys = new_builtin_type("dict_keys", types::object, Layout::Other);
    types::dict_values = new_builtin_type("dict_values", types::object, Layout::Other);
    types::dict_items = new_builtin_type("dict_items", types::object, Layout::Other);
    types::mappingproxy = new_builtin_type("mappingproxy", types::object, Layout::Other);
    types::simple_namespace = new_builtin_type("SimpleNamespace", types::object, Layout::Object);
    for (Type* t :
        {types::range, types::slice, types::function, types::builtin_function, types::method,
            types::code, types::cell, types::generator, types::super, types::getset_descriptor,
            types::traceback, types::frame, types::dict_keys, types::dict_values, types::dict_items,
            types::mappingproxy, types::complex, types::bytearray})
        t->m_is_basetype = false;
#define EXC(cname, pyname, base)                                                                   \
    types::cname = new_builtin_type(pyname, types::base, Layout::Exception);
#include "vm/exceptions.def"
#undef EXC
    types::object->m_layout = Layout::Object;
    types::module->m_layout = Layout::Other;

    for (int c = 0; c < 128; ++c) {
        char ch = static_cast<char>(c);
        m_small_strs[c] = intern(std::string_view(&ch, 1));
    }

    create_bool_singletons(*this);

    // builtins and sys exist before anything runs; their contents come from the init steps.
    m_builtins_module = new_module(intern("builtins"));
    m_builtins = m_builtins_module->m_dict;
    m_sys_module = new_module(intern("sys"));
    m_sys_modules = new_dict();
    m_sys_module->m_dict->set_str(*this, names.modules, m_sys_modules->value());
    m_sys_modules->set_str(*this, intern("builtins"), m_builtins_module->value());
    m_sys_modules->set_str(*this, intern("sys"), m_sys_module->value());

    init_object_and_type(*this);
    init_number_types(*this);
    init_string_types(*this);
    init_container_types(*this);
    init_function_types(*this);
    init_exception_types(*this);
    init_builtin_functions(*this);

    // Expose the built-in types by name.
    for (Type* t : {types::object, types::type, types::int_, types::bool_, types::float_,
             types::str, types::bytes, types::tuple, types::list, types::dict, types::set,
             types::frozenset, types::range, types::slice, types::property, types::staticmethod,
             types::classmethod, types::super})
        m_builtins->set_str(*this, t->m_name, t->value());
#define EXC(cname, pyname, base)                                                                   \
    m_builtins->set_str(*this, types::cname->m_name, types::cname->value());
#include "vm/exceptions.def"
#undef EXC
    m_builtins->set_str(*this, intern("EnvironmentError"), types::os_error->value());
    m_builtins->set_str(*this, intern("IOError"), types::os_error->value());
    // The init steps filled built-in type namespaces directly: start type caches afresh.
    ++g_type_epoch;

    // The C++ stack budget: leave a generous margin below the real limit.
    char here;
    m_native_stack_base = &here;
    struct rlimit limit { };
    size_t stack_size = 8 * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        stack_size = limit.rlim_cur;
    if (char const* override_size = std::getenv("MINIPY_NATIVE_STACK"))
        stack_size = std::strtoull(override_size, nullptr, 10);
    m_native_stack_budget
        = stack_size > 2 * 1024 * 1024 ? stack_size - 1024 * 1024 : stack_size / 2;
}

VM::~VM()
{
    munmap(m_stack_memory, m_stack_words * sizeof(Value));
    s_the_vm = nullptr;
}

// -- allocation ---------------------------------------------------------------------------------

StrObject* VM::new_str(std::string_view utf8)
{
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128
        && m_small_strs[static_cast<unsigned char>(utf8[0])])
        return m_small_strs[static_cast<unsigned char>(utf8[0])];
    return make<StrObject>(std::string(utf8));
}

StrObject* VM::new_str(std::string&& utf8)
{
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128
        && m_small_strs[static_cast<unsigned char>(utf8[0])])
        return m_small_strs[static_cast<unsigned char>(utf8[0])];
    auto* s = make<StrObject>(std::move(utf8));
    m_heap.note_allocation(s->byte_length());
    return s;
}

StrObject* VM::intern(std::string_view name)
{
    auto it = m_interned.find(name);
    if (it != m_interned.end())
        return it->second;
    auto* s = make<StrObject>(std::string(name));
    s->set_interned();
    m_interned.emplace(s->view(), s);
    return s;
}

Value VM::new_int(int64_t v)
{
    if (Value::fits_small_int(v))
        return Value::small_int(v);
    return make_int(*this, v);
}

Value VM::new_int_from_decimal(std::string_view digits)
{
    return make_int_from_decimal(*this, digits);
}

Value VM::new_float(double v)
{
    return make_float(*this, v);
}

TupleObject* VM::new_tuple(size_t size)
{
    if (size == 0 && m_empty_tuple)
        return m_empty_tuple;
    return make<TupleObject>(types::tuple, size);
}

TupleObject* VM::new_tuple(std::initializer_list<Value> items)
{
    if (items.size() == 0 && m_empty_tuple)
        return m_empty_tuple;
    return make<TupleObject>(types::tuple, items.begin(), items.size());
}

TupleObject* VM::new_tuple(Value const* items, size_t size)
{
    if (size == 0 && m_empty_tuple)
        return m_empty_tuple;
    return make<TupleObject>(types::tuple, items, size);
}

ListObject* VM::new_list(size_t reserve)
{
    auto* list = make<ListObject>(types::list);
    if (reserve)
        list->items().reserve(reserve);
    return list;
}

DictObject* VM::new_dict()
{
    return make<DictObject>(types::dict);
}

Value VM::new_bytes(std::string_view data)
{
    return make_bytes(*this, data);
}

ModuleObject* VM::new_module(StrObject* name)
{
    auto* dict = new_dict();
    auto* module = make<ModuleObject>(types::module, dict);
    dict->set_str(*this, names.__name__, name->value());
    dict->set_str(*this, names.__doc__, py_none);
    dict->set_str(*this, names.__package__, py_none);
    dict->set_str(*this, names.__loader__, py_none);
    dict->set_str(*this, names.__spec__, py_none);
    return module;
}

NativeFunctionObject* VM::define_native(
    DictObject* dict, char const* name, NativeFn fn, Type* owner)
{
    auto* function
        = make<NativeFunctionObject>(types::builtin_function, fn, intern(name), Value {}, owner);
    dict->set_str(*this, function->m_name, function->value());
    ++g_type_epoch; // `dict` may be a type's namespace
    return function;
}

void VM::register_native_module(std::string name, NativeModuleInit init, bool is_package)
{
    if (is_package)
        m_native_packages.insert(name);
    m_native_modules[std::move(name)] = init;
}

// -- exceptions ---------------------------------------------------------------------------------

Error VM::raise(Type* type, std::string_view message)
{
    Value text = new_str(message)->value();
    return raise_with_args(type, {text});
}

Error VM::raise_with_args(Type* type, std::initializer_list<Value> args)
{
    // Construct through the class so that per-class attributes (StopIteration.value,
    // SystemExit.code, SyntaxError.msg, ...) are set exactly as `type(*args)` sets them.
    Value direct = new_builtin_exception(*this, type, args.begin(), args.size());
    if (!direct.is_empty()) [[likely]] {
        m_exception = direct;
        return Error {};
    }
    boost::container::small_vector<Value, 4> rooted(args.begin(), args.end());
    for (Value& v : rooted)
        m_native_roots.push_back(&v);
    auto result = call(type->value(), CallArgs {rooted.data(), rooted.size(), nullptr});
    for (size_t i = 0; i < rooted.size(); ++i)
        m_native_roots.pop_back();
    if (result.is_error())
        return Error {};
    m_exception = result.release_value();
    return Error {};
}

Error VM::raise_memory_error()
{
    auto* exc = make<ExceptionObject>(types::memory_error, m_empty_tuple);
    exc->m_dict = new_dict();
    return raise_value(exc->value());
}

Error VM::raise_no_attribute(Value object, StrObject* name)
{
    Root root(*this, object);
    raise_no_attribute_message(object, name);
    // AttributeError.name and .obj, which the traceback uses for "Did you mean" suggestions.
    if (exception_matches(types::attribute_error)) {
        auto* exc = static_cast<ExceptionObject*>(m_exception.as_object());
        exc->m_dict->set_str(*this, names.name, name->value());
        exc->m_dict->set_str(*this, intern("obj"), object);
    }
    return Error {};
}

Error VM::raise_no_attribute_message(Value object, StrObject* name)
{
    Type* type = type_of(object);
    if (type == types::type || type->is_subtype_of(types::type)) {
        auto* t = static_cast<Type*>(object.as_object());
        return raise(types::attribute_error,
            "type object '" + t->name() + "' has no attribute '" + name->data() + "'");
    }
    if (type == types::module) {
        auto* module = static_cast<ModuleObject*>(object.as_object());
        Value module_name = module->m_dict->get_str(names.__name__);
        // module_getattro: a module still executing (its __spec__._initializing is true), or a
        // submodule still loading (in __spec__._uninitialized_submodules), points at a cycle.
        Value spec = module->m_dict->get_str(names.__spec__);
        DictObject* spec_dict
            = spec.is_object() && !spec.is(py_none) ? spec.as_object()->instance_dict() : nullptr;
        if (spec_dict && is_instance_of(module_name, types::str)) {
            std::string const& mod = static_cast<StrObject*>(module_name.as_object())->data();
            Value initializing = spec_dict->get("_initializing");
            if (initializing.is(py_true))
                return raise(types::attribute_error,
                    "partially initialized module '" + mod + "' has no attribute '" + name->data()
                        + "' (most likely due to a circular import)");
            Value pending = spec_dict->get("_uninitialized_submodules");
            if (is_instance_of(pending, types::list))
                for (Value child : static_cast<ListObject*>(pending.as_object())->items())
                    if (is_instance_of(child, types::str)
                        && static_cast<StrObject*>(child.as_object())->data() == name->data())
                        return raise(types::attribute_error,
                            "cannot access submodule '" + name->data() + "' of module '" + mod
                                + "' (most likely due to a circular import)");
        }
        if (is_instance_of(module_name, types::str))
            return raise(types::attribute_error,
                "module '" + static_cast<StrObject*>(module_name.as_object())->data()
                    + "' has no attribute '" + name->data() + "'");
        return raise(types::attribute_error, "module has no attribute '" + name->data() + "'");
    }
    return raise(types::attribute_error,
        "'" + type->name() + "' object has no attribute '" + name->data() + "'");
}

Value VM::take_exception()
{
    Value exc = m_exception;
    m_exception = Value {};
    return exc;
}

bool VM::exception_matches(Type* type) const
{
    return m_exception.is_object() && m_exception.as_object()->type()->is_subtype_of(type);
}

// -- type queries -------------------------------------------------------------------------------

Type* VM::type_of(Value v)
{
    if (v.is_small_int())
        return types::int_;
    return v.as_object()->type();
}

bool VM::is_instance_of(Value v, Type* type)
{
    Type* t = type_of(v);
    return t == type || t->is_subtype_of(type);
}

// -- roots --------------------------------------------------------------------------------------

Root::Root(VM& vm, Value value)
    : m_vm(vm)
    , m_value(value)
{
    vm.m_native_roots.push_back(&m_value);
}

Root::~Root()
{
    // Roots are strictly nested (RAII), so ours is the last one.
    m_vm.m_native_roots.pop_back();
}

StackGuard::StackGuard(VM& vm)
    : m_vm(vm)
{
}

StackGuard::~StackGuard() = default;

Result<void> StackGuard::check(char const* suffix)
{
    char here;
    std::ptrdiff_t used = m_vm.m_native_stack_base - &here;
    if (used > static_cast<std::ptrdiff_t>(m_vm.m_native_stack_budget)) [[unlikely]] {
        // Creating the RecursionError runs code too; it uses the reserve below the budget.
        if (m_vm.m_raising_stack_overflow)
            return {};
        m_vm.m_raising_stack_overflow = true;
        m_vm.raise(
            types::recursion_error, std::string("maximum recursion depth exceeded") + suffix);
        m_vm.m_raising_stack_overflow = false;
        return Error {};
    }
    return {};
}

constexpr size_t max_uncollected_bytes = size_t(4) << 30;

RecursionGuard::RecursionGuard(VM& vm)
    : m_vm(vm)
{
    ++vm.m_depth;
}

RecursionGuard::~RecursionGuard()
{
    --m_vm.m_depth;
}

Result<void> RecursionGuard::check(char const* suffix)
{
    if (m_vm.m_depth > m_vm.m_recursion_limit && !m_vm.m_raising_stack_overflow) [[unlikely]] {
        m_vm.m_raising_stack_overflow = true;
        m_vm.raise(
            types::recursion_error, std::string("maximum recursion depth exceeded") + suffix);
        m_vm.m_raising_stack_overflow = false;
        return Error {};
    }
    // Native recursion has no GC safepoints, so garbage made on the way down (the reprs of a
    // deeply nested container) cannot be reclaimed; stop with MemoryError before the machine
    // runs out instead of being killed.
    if (m_vm.heap().allocated_since_gc() > max_uncollected_bytes) [[unlikely]]
        return m_vm.raise_memory_error();
    StackGuard stack(m_vm);
    return stack.check(suffix);
}

void VM::collect_garbage()
{
    // Freed types and names may have their addresses reused: invalidate every type cache.
    ++g_type_epoch;
    m_heap.collect([this](Visitor& visitor) {
        for (Frame* frame = m_frame; frame; frame = frame->previous)
            frame->visit_edges(visitor);
        visitor.visit(m_exception);
        visitor.visit(m_handled_exception);
        visitor.visit(reinterpret_cast<Object*>(m_empty_tuple));
        for (Value* root : m_native_roots)
            visitor.visit(*root);
        for (auto& [name, str] : m_interned)
            visitor.visit(reinterpret_cast<Object*>(str));
        for (StrObject* s : m_small_strs)
            visitor.visit(reinterpret_cast<Object*>(s));
        visitor.visit(reinterpret_cast<Object*>(m_builtins_module));
        visitor.visit(reinterpret_cast<Object*>(m_sys_module));
        visitor.visit(reinterpret_cast<Object*>(m_sys_modules));
        visitor.visit(py_none);
        visitor.visit(py_true);
        visitor.visit(py_false);
        visitor.visit(py_not_implemented);
        visitor.visit(py_ellipsis);
        visitor.visit(reinterpret_cast<Object*>(types::type));
        visitor.visit(reinterpret_cast<Object*>(types::object));
#define EXC(cname, pyname, base) visitor.visit(reinterpret_cast<Object*>(types::cname));
#include "vm/exceptions.def"
#undef EXC
        for (Type* t :
            {types::none, types::not_implemented, types::ellipsis, types::int_, types::bool_,
                types::float_, types::complex, types::str, types::bytes, types::bytearray,
                types::tuple, types::list, types::dict, types::set, types::frozenset, types::range,
                types::slice, types::function, types::builtin_function, types::method, types::code,
                types::cell, types::module, types::generator, types::property, types::staticmethod,
                types::classmethod, types::super, types::getset_descriptor, types::traceback,
                types::frame, types::dict_keys, types::dict_values, types::dict_items,
                types::mappingproxy, types::simple_namespace})
            visitor.visit(reinterpret_cast<Object*>(t));
        for (Object* extra : m_extra_roots)
            visitor.visit(extra);
        if (m_warning_log)
            visitor.visit(reinterpret_cast<Object*>(m_warning_log));
        visitor.visit(m_warning_message_class);
        if (m_import_system)
            m_import_system->visit_edges(visitor);
    });
}

} // namespace minipy
