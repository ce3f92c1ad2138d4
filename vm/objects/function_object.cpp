// Code objects, functions, methods, cells and built-in functions: their GC edges, attributes
// and reprs; plus __build_class__.
#include "vm/objects/function_object.hpp"

#include "vm/call.hpp"
#include "vm/init.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <cstdio>

namespace minipy {

CodeObject::CodeObject(Type* type)
    : Object(type)
{
}

void CodeObject::compute_call_shape()
{
    m_frame_words = static_cast<uint32_t>(frame_header_words + nlocalsplus() + m_stacksize + 1);
    m_simple_arguments = !(m_flags & (CO_VARARGS | CO_VARKEYWORDS)) && m_kwonlyargcount == 0
        && m_cellvars.empty() && m_freevars.empty();
}

int CodeObject::line_of(size_t instr_index) const
{
    if (instr_index < m_positions.size()) {
        for (size_t i = instr_index + 1; i-- > 0;)
            if (m_positions[i].line > 0)
                return m_positions[i].line;
    }
    return m_firstlineno;
}

void CodeObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    for (Value c : m_consts)
        v.visit(c);
    for (auto* list : {&m_names, &m_varnames, &m_cellvars, &m_freevars})
        for (StrObject* s : *list)
            v.visit(reinterpret_cast<Object*>(s));
    for (auto& cache : m_caches)
        v.visit(cache.value);
    v.visit(reinterpret_cast<Object*>(m_name));
    v.visit(reinterpret_cast<Object*>(m_qualname));
    v.visit(reinterpret_cast<Object*>(m_filename));
    v.visit(m_docstring);
}

size_t CodeObject::external_size() const
{
    return m_code.capacity() * sizeof(Instr) + m_positions.capacity() * sizeof(Position)
        + m_caches.capacity() * sizeof(InlineCache);
}

FunctionObject::FunctionObject(Type* type, CodeObject* code, DictObject* globals)
    : Object(type)
    , m_code(code)
    , m_globals(globals)
{
}

void FunctionObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    for (Object* o : std::initializer_list<Object*> {m_code, m_globals, m_builtins, m_defaults,
             m_kwdefaults, m_closure, m_annotations, m_name, m_qualname, m_dict})
        v.visit(o);
    v.visit(m_module);
    v.visit(m_doc);
}

void NativeFunctionObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(reinterpret_cast<Object*>(m_name));
    v.visit(m_self);
    v.visit(reinterpret_cast<Object*>(m_owner));
    v.visit(m_doc);
}

namespace {

FunctionObject* as_function(Value v)
{
    return static_cast<FunctionObject*>(v.as_object());
}
Value or_none(Object* o)
{
    return o ? o->value() : py_none;
}

std::string address_of(Value v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%p", static_cast<void*>(v.as_object()));
    return buffer;
}

Result<Value> function_repr(VM& vm, CallArgs const& args)
{
    return vm
        .new_str("<function " + as_function(args.args[0])->m_qualname->data() + " at "
            + address_of(args.args[0]) + ">")
        ->value();
}

Result<Value> function_get(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__get__", 1, 2, true));
    if (args.args[1].is(py_none))
        return args.args[0];
    return vm.make<MethodObject>(types::method, args.args[0], args.args[1])->value();
}

Result<Value> fn_name(VM&, Value self)
{
    return as_function(self)->m_name->value();
}
Result<void> fn_set_name(VM& vm, Value self, Value value)
{
    if (value.is_empty() || !VM::is_instance_of(value, types::str))
        return vm.raise_type_error("__name__ must be set to a string object");
    as_function(self)->m_name = static_cast<StrObject*>(value.as_object());
    return {};
}
Result<Value> fn_qualname(VM&, Value self)
{
    return as_function(self)->m_qualname->value();
}
Result<void> fn_set_qualname(VM& vm, Value self, Value value)
{
    if (value.is_empty() || !VM::is_instance_of(value, types::str))
        return vm.raise_type_error("__qualname__ must be set to a string object");
    as_function(self)->m_qualname = static_cast<StrObject*>(value.as_object());
    return {};
}
Result<Value> fn_doc(VM&, Value self)
{
    return as_function(self)->m_doc;
}
Result<void> fn_set_doc(VM&, Value self, Value value)
{
    as_function(self)->m_doc = value.is_empty() ? py_none : value;
    return {};
}
Result<Value> fn_module(VM&, Value self)
{
    return as_function(self)->m_module;
}
Result<void> fn_set_module(VM&, Value self, Value value)
{
    as_function(self)->m_module = value.is_empty() ? py_none : value;
    return {};
}
Result<Value> fn_defaults(VM&, Value self)
{
    return or_none(as_function(self)->m_defaults);
}
Result<void> fn_set_defaults(VM& vm, Value self, Value value)
{
    if (value.is_empty() || value.is(py_none)) {
        as_function(self)->m_defaults = nullptr;
        return {};
    }
    if (!VM::is_instance_of(value, types::tuple))
        return vm.raise_type_error("__defaults__ must be set to a tuple object");
    as_function(self)->m_defaults = static_cast<TupleObject*>(value.as_object());
    return {};
}
Result<Value> fn_kwdefaults(VM&, Value self)
{
    return or_none(as_function(self)->m_kwdefaults);
}
Result<Value> fn_code(VM&, Value self)
{
    return as_function(self)->m_code->value();
}
Result<Value> fn_globals(VM&, Value self)
{
    return as_function(self)->m_globals->value();
}
Result<Value> fn_closure(VM&, Value self)
{
    return or_none(as_function(self)->m_closure);
}
Result<Value> fn_dict(VM& vm, Value self)
{
    auto* f = as_function(self);
    if (!f->m_dict)
        f->m_dict = vm.new_dict();
    return f->m_dict->value();
}
Result<Value> fn_annotations(VM& vm, Value self)
{
    auto* f = as_function(self);
    if (!f->m_annotations)
        f->m_annotations = vm.new_dict();
    return f->m_annotations->value();
}
Result<Value> fn_builtins(VM&, Value self)
{
    return or_none(as_function(self)->m_builtins);
}

Result<Value> method_repr(VM& vm, CallArgs const& args)
{
    auto* m = static_cast<MethodObject*>(args.args[0].as_object());
    Value name = TRY(vm.getattr_optional(m->m_function, vm.names.__qualname__));
    std::string n = name.is_empty() || !VM::is_instance_of(name, types::str)
        ? "?"
        : static_cast<StrObject*>(name.as_object())->data();
    StrObject* self_repr = TRY(vm.repr(m->m_self));
    return vm.new_str("<bound method " + n + " of " + self_repr->data() + ">")->value();
}
Result<Value> method_func(VM&, Value self)
{
    return static_cast<MethodObject*>(self.as_object())->m_function;
}
Result<Value> method_self(VM&, Value self)
{
    return static_cast<MethodObject*>(self.as_object())->m_self;
}
Result<Value> method_name(VM& vm, Value self)
{
    return vm.getattr(static_cast<MethodObject*>(self.as_object())->m_function, vm.names.__name__);
}
Result<Value> method_qualname(VM& vm, Value self)
{
    return vm.getattr(
        static_cast<MethodObject*>(self.as_object())->m_function, vm.names.__qualname__);
}
Result<Value> method_doc(VM& vm, Value self)
{
    return vm.getattr(static_cast<MethodObject*>(self.as_object())->m_function, vm.names.__doc__);
}
Result<Value> method_eq(VM&, CallArgs const& args)
{
    if (VM::type_of(args.args[1]) != types::method)
        return py_not_implemented;
    auto* a = static_cast<MethodObject*>(args.args[0].as_object());
    auto* b = static_cast<MethodObject*>(args.args[1].as_object());
    return py_bool(a->m_function.is(b->m_function) && a->m_self.is(b->m_self));
}
Result<Value> method_hash(VM& vm, CallArgs const& args)
{
    auto* m = static_cast<MethodObject*>(args.args[0].as_object());
    return vm.new_int(static_cast<int64_t>((m->m_function.bits() ^ m->m_self.bits()) >> 4));
}

Result<Value> native_repr(VM& vm, CallArgs const& args)
{
    auto* f = static_cast<NativeFunctionObject*>(args.args[0].as_object());
    if (f->m_self.is_empty() || VM::type_of(f->m_self) == types::module)
        return vm.new_str("<built-in function " + f->m_name->data() + ">")->value();
    if (VM::is_instance_of(f->m_self, types::type))
        return vm
            .new_str("<built-in method " + f->m_name->data() + " of type object at "
                + address_of(f->m_self) + ">")
            ->value();
    return vm
        .new_str("<built-in method " + f->m_name->data() + " of " + VM::type_of(f->m_self)->name()
            + " object at " + address_of(f->m_self) + ">")
        ->value();
}
Result<Value> native_name(VM&, Value self)
{
    return static_cast<NativeFunctionObject*>(self.as_object())->m_name->value();
}
Result<Value> native_qualname(VM& vm, Value self)
{
    auto* f = static_cast<NativeFunctionObject*>(self.as_object());
    if (f->m_owner)
        return vm.new_str(f->m_owner->name() + "." + f->m_name->data())->value();
    return f->m_name->value();
}
Result<Value> native_self(VM& vm, Value self)
{
    auto* f = static_cast<NativeFunctionObject*>(self.as_object());
    if (f->m_self.is_empty())
        return vm.builtins_module()->value();
    return f->m_self;
}
Result<Value> native_doc(VM&, Value self)
{
    auto* f = static_cast<NativeFunctionObject*>(self.as_object());
    return f->m_doc.is_empty() ? py_none : f->m_doc;
}
Result<Value> native_get(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__get__", 1, 2, true));
    if (args.args[1].is(py_none))
        return args.args[0];
    return vm.bind_descriptor(args.args[0], args.args[1], VM::type_of(args.args[1]));
}

Result<Value> cell_contents(VM& vm, Value self)
{
    Value v = static_cast<CellObject*>(self.as_object())->m_contents;
    if (v.is_empty())
        return vm.raise_value_error("Cell is empty");
    return v;
}

Result<Value> code_name(VM&, Value self)
{
    return static_cast<CodeObject*>(self.as_object())->m_name->value();
}
Result<Value> code_qualname(VM&, Value self)
{
    return static_cast<CodeObject*>(self.as_object())->m_qualname->value();
}
Result<Value> code_filename(VM&, Value self)
{
    return static_cast<CodeObject*>(self.as_object())->m_filename->value();
}
Result<Value> code_firstlineno(VM& vm, Value self)
{
    return vm.new_int(static_cast<CodeObject*>(self.as_object())->m_firstlineno);
}
Result<Value> code_argcount(VM& vm, Value self)
{
    return vm.new_int(static_cast<CodeObject*>(self.as_object())->m_argcount);
}
Result<Value> code_varnames(VM& vm, Value self)
{
    auto* c = static_cast<CodeObject*>(self.as_object());
    auto* t = vm.new_tuple(c->m_varnames.size());
    for (size_t i = 0; i < c->m_varnames.size(); ++i)
        (*t)[i] = c->m_varnames[i]->value();
    return t->value();
}
Result<Value> code_repr(VM& vm, CallArgs const& args)
{
    auto* c = static_cast<CodeObject*>(args.args[0].as_object());
    return vm
        .new_str("<code object " + c->m_name->data() + " at " + address_of(args.args[0])
            + ", file \"" + c->m_filename->data() + "\", line " + std::to_string(c->m_firstlineno)
            + ">")
        ->value();
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
Result<Value> builtin_build_class(VM& vm, CallArgs const& args)
{
    size_t npos = args.positional_count();
    if (npos < 2)
        return vm.raise_type_error("__build_class__: not enough arguments");
    Value body = args.args[0];
    if (VM::type_of(body) != types::function)
        return vm.raise_type_error("__build_class__: func must be a function");
    Value name = args.args[1];
    if (!VM::is_instance_of(name, types::str))
        return vm.raise_type_error("__build_class__: name is not a string");
    auto* bases = vm.new_tuple(args.args + 2, npos - 2);
    Root bases_root(vm, bases->value());
    Value metaclass;
    std::vector<Value> kw_values;
    std::vector<Value> kw_names;
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto* key = static_cast<StrObject*>(args.kwnames->at(k).as_object());
        if (key->data() == "metaclass")
            metaclass = args.args[npos + k];
        else {
            kw_names.push_back(key->value());
            kw_values.push_back(args.args[npos + k]);
        }
    }
    for (size_t i = 0; i < bases->size(); ++i) {
        if (!VM::is_instance_of(bases->at(i), types::type)) {
            Value mro_entries = vm.lookup_special(bases->at(i), vm.intern("__mro_entries__"));
            if (mro_entries.is_empty())
                return vm.raise_type_error("bases must be types");
        }
    }
    // The most derived metaclass of the explicit one and the bases' types.
    Type* meta = metaclass.is_empty() ? (bases->size() ? VM::type_of(bases->at(0)) : types::type)
                                      : nullptr;
    if (metaclass.is_empty() || VM::is_instance_of(metaclass, types::type)) {
        Type* winner = metaclass.is_empty() ? meta : static_cast<Type*>(metaclass.as_object());
        for (size_t i = 0; i < bases->size(); ++i) {
            Type* bt = VM::type_of(bases->at(i));
            if (winner->is_subtype_of(bt))
                continue;
            if (bt->is_subtype_of(winner)) {
                winner = bt;
                continue;
            }
            return vm.raise_type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                "subclass of the metaclasses of all its bases");
        }
        metaclass = winner->value();
    }
    Root meta_root(vm, metaclass);
    DictObject* ns = vm.new_dict();
    Root ns_root(vm, ns->value());
    Value prepare = VM::is_instance_of(metaclass, types::type)
        ? static_cast<Type*>(metaclass.as_object())->lookup("__prepare__")
        : Value {};
    if (!prepare.is_empty()) {
        Value bound
            = TRY(vm.bind_descriptor(prepare, Value {}, static_cast<Type*>(metaclass.as_object())));
        Value prepared = TRY(vm.call(bound, {name, bases->value()}));
        if (!VM::is_instance_of(prepared, types::dict))
            return vm.raise_type_error(
                "__prepare__() must return a mapping, not " + VM::type_of(prepared)->name());
        ns = static_cast<DictObject*>(prepared.as_object());
        ns_root.set(prepared);
    }
    Value cell = TRY(run_function_with_locals(vm, as_function(body), ns));
    std::vector<Value> call_args {name, bases->value(), ns->value()};
    call_args.insert(call_args.end(), kw_values.begin(), kw_values.end());
    TupleObject* kwnames
        = kw_names.empty() ? nullptr : vm.new_tuple(kw_names.data(), kw_names.size());
    Root kwnames_root(vm, kwnames ? kwnames->value() : Value {});
    Value cls = TRY(vm.call(metaclass, CallArgs {call_args.data(), call_args.size(), kwnames}));
    if (VM::type_of(cell) == types::cell && VM::is_instance_of(cls, types::type)) {
        auto* c = static_cast<CellObject*>(cell.as_object());
        if (c->m_contents.is_empty())
            c->m_contents = cls;
    }
    return cls;
}

} // namespace

void init_generator_type(VM&);

void init_function_types(VM& vm)
{
    Type* f = types::function;
    vm.define_native(f->m_dict, "__repr__", &function_repr, f);
    vm.define_native(f->m_dict, "__get__", &function_get, f);
    define_getset(vm, f, "__name__", &fn_name, &fn_set_name);
    define_getset(vm, f, "__qualname__", &fn_qualname, &fn_set_qualname);
    define_getset(vm, f, "__doc__", &fn_doc, &fn_set_doc);
    define_getset(vm, f, "__module__", &fn_module, &fn_set_module);
    define_getset(vm, f, "__defaults__", &fn_defaults, &fn_set_defaults);
    define_getset(vm, f, "__kwdefaults__", &fn_kwdefaults);
    define_getset(vm, f, "__code__", &fn_code);
    define_getset(vm, f, "__globals__", &fn_globals);
    define_getset(vm, f, "__closure__", &fn_closure);
    define_getset(vm, f, "__dict__", &fn_dict);
    define_getset(vm, f, "__annotations__", &fn_annotations);
    define_getset(vm, f, "__builtins__", &fn_builtins);

    Type* m = types::method;
    vm.define_native(m->m_dict, "__repr__", &method_repr, m);
    vm.define_native(m->m_dict, "__eq__", &method_eq, m);
    vm.define_native(m->m_dict, "__hash__", &method_hash, m);
    define_getset(vm, m, "__func__", &method_func);
    define_getset(vm, m, "__self__", &method_self);
    define_getset(vm, m, "__name__", &method_name);
    define_getset(vm, m, "__qualname__", &method_qualname);
    define_getset(vm, m, "__doc__", &method_doc);

    Type* b = types::builtin_function;
    vm.define_native(b->m_dict, "__repr__", &native_repr, b);
    vm.define_native(b->m_dict, "__get__", &native_get, b);
    define_getset(vm, b, "__name__", &native_name);
    define_getset(vm, b, "__qualname__", &native_qualname);
    define_getset(vm, b, "__self__", &native_self);
    define_getset(vm, b, "__doc__", &native_doc);

    define_getset(vm, types::cell, "cell_contents", &cell_contents);
    Type* c = types::code;
    vm.define_native(c->m_dict, "__repr__", &code_repr, c);
    define_getset(vm, c, "co_name", &code_name);
    define_getset(vm, c, "co_qualname", &code_qualname);
    define_getset(vm, c, "co_filename", &code_filename);
    define_getset(vm, c, "co_firstlineno", &code_firstlineno);
    define_getset(vm, c, "co_argcount", &code_argcount);
    define_getset(vm, c, "co_varnames", &code_varnames);

    vm.define_native(vm.builtins_dict(), "__build_class__", &builtin_build_class);
    init_generator_type(vm);
}

} // namespace minipy
