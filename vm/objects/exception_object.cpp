// BaseException and its subclasses: construction, attributes, str/repr, and VM::raise_value.
#include "vm/objects/exception_object.hpp"

#include "vm/objects/list_object.hpp"
#include <cerrno>

#include "parser/syntax_error.hpp"
#include "vm/init.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <boost/container/small_vector.hpp>

namespace minipy {

void TracebackObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(reinterpret_cast<Object*>(m_code));
    v.visit(reinterpret_cast<Object*>(m_next));
    v.visit(reinterpret_cast<Object*>(m_globals));
}

void ExceptionObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(reinterpret_cast<Object*>(m_args));
    v.visit(m_cause);
    v.visit(m_context);
    v.visit(reinterpret_cast<Object*>(m_traceback));
    v.visit(reinterpret_cast<Object*>(m_dict));
}

Error VM::raise_value(Value exception)
{
    if (VM::is_instance_of(exception, types::type)
        && static_cast<Type*>(exception.as_object())->is_subtype_of(types::base_exception)) {
        auto r = call(exception, CallArgs {nullptr, 0, nullptr});
        if (r.is_error())
            return Error {};
        exception = r.release_value();
    }
    m_exception = exception;
    return Error {};
}

Error VM::raise_syntax_error(SyntaxErrorInfo const& info, std::string_view filename)
{
    Type* type = info.kind == SyntaxErrorKind::IndentationError ? types::indentation_error
        : info.kind == SyntaxErrorKind::TabError                ? types::tab_error
                                                                : types::syntax_error;
    Value filename_value = new_str(filename)->value();
    Root fr(*this, filename_value);
    // A zero line number means "no location": CPython then has None for all the positions.
    bool located = info.lineno != 0;
    Value text = !located || info.text.empty() ? py_none : new_str(info.text)->value();
    Root tr(*this, text);
    Value details = located
        ? new_tuple({filename_value, new_int(info.lineno), new_int(info.offset), text,
                        new_int(info.end_lineno), new_int(info.end_offset)})
              ->value()
        : new_tuple({filename_value, py_none, py_none, py_none, py_none, py_none})->value();
    Root dr(*this, details);
    Value msg = new_str(info.msg)->value();
    Root mr(*this, msg);
    return raise_with_args(type, {msg, details});
}

namespace {

ExceptionObject* as_exc(Value v)
{
    return static_cast<ExceptionObject*>(v.as_object());
}
StrObject* as_str(Value v)
{
    return static_cast<StrObject*>(v.as_object());
}

Result<Value> exception_alloc(VM& vm, Type* type, Value const*, size_t)
{
    auto* exc = vm.make<ExceptionObject>(
        type, vm.m_empty_tuple ? vm.m_empty_tuple : vm.new_tuple(size_t(0)));
    exc->m_dict = vm.new_dict();
    return exc->value();
}

void set_attr(VM& vm, ExceptionObject* e, char const* name, Value value)
{
    e->m_dict->set_str(vm, vm.intern(name), value);
}

/// Sets the per-class attributes from the constructor arguments (CPython's *_init functions).
Result<void> init_special_attributes(VM& vm, ExceptionObject* e, CallArgs const& args)
{
    Type* t = e->type();
    size_t npos = args.positional_count();
    Value const* pos = args.args + 1;
    size_t n = npos - 1;
    if (t->is_subtype_of(types::stop_iteration)) {
        set_attr(vm, e, "value", n > 0 ? pos[0] : py_none);
    } else if (t->is_subtype_of(types::system_exit)) {
        set_attr(vm, e, "code", n == 0 ? py_none : n == 1 ? pos[0] : e->m_args->value());
    } else if (t->is_subtype_of(types::import_error)) {
        Value name = py_none, path = py_none;
        for (size_t k = 0; k < args.keyword_count(); ++k) {
            auto* key = as_str(args.kwnames->at(k));
            Value value = args.args[npos + k];
            if (key->data() == "name")
                name = value;
            else if (key->data() == "path")
                path = value;
            else
                return vm.raise_type_error(
                    "'" + key->data() + "' is an invalid keyword argument for " + t->name() + "()");
        }
        set_attr(vm, e, "name", name);
        set_attr(vm, e, "path", path);
        set_attr(vm, e, "msg", n == 1 ? pos[0] : py_none);
    } else if (t->is_subtype_of(types::syntax_error)) {
        set_attr(vm, e, "msg", n >= 1 ? pos[0] : py_none);
        Value fields[6] = {py_none, py_none, py_none, py_none, py_none, py_none};
        if (n == 2) {
            if (!VM::is_instance_of(pos[1], types::tuple))
                return vm.raise_type_error("SyntaxError() argument 2 must be tuple");
            auto* details = static_cast<TupleObject*>(pos[1].as_object());
            if (details->size() < 4 || details->size() > 6)
                return vm.raise(types::index_error, "tuple index out of range");
            for (size_t i = 0; i < details->size(); ++i)
                fields[i] = details->at(i);
        }
        char const* names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < 6; ++i)
            set_attr(vm, e, names[i], fields[i]);
        set_attr(vm, e, "print_file_and_line", py_none);
    } else if (t->is_subtype_of(types::name_error) || t->is_subtype_of(types::attribute_error)) {
        Value name = py_none;
        for (size_t k = 0; k < args.keyword_count(); ++k) {
            auto* key = as_str(args.kwnames->at(k));
            if (key->data() == "name")
                name = args.args[npos + k];
            else if (key->data() == "obj" && t->is_subtype_of(types::attribute_error))
                set_attr(vm, e, "obj", args.args[npos + k]);
            else
                return vm.raise_type_error(
                    "'" + key->data() + "' is an invalid keyword argument for " + t->name() + "()");
        }
        set_attr(vm, e, "name", name);
        if (t->is_subtype_of(types::attribute_error)
            && e->m_dict->get_str(vm.intern("obj")).is_empty())
            set_attr(vm, e, "obj", py_none);
    } else if (t->is_subtype_of(types::os_error)) {
        if (n >= 2) {
            set_attr(vm, e, "errno", pos[0]);
            set_attr(vm, e, "strerror", pos[1]);
            set_attr(vm, e, "filename", n >= 3 ? pos[2] : py_none);
        } else {
            set_attr(vm, e, "errno", py_none);
            set_attr(vm, e, "strerror", py_none);
            set_attr(vm, e, "filename", py_none);
        }
    }
    return {};
}

bool accepts_keywords(Type* t)
{
    return t->is_subtype_of(types::import_error) || t->is_subtype_of(types::name_error)
        || t->is_subtype_of(types::attribute_error);
}

/// OSError(errno, strerror, ...) called on OSError itself makes the subclass for the errno, as
/// CPython's OSError.__new__ does (OSError(2, 'x') is a FileNotFoundError).
Type* os_error_subclass(Type* type, Value const* args, size_t count)
{
    if (type != types::os_error || count < 2 || count > 5 || !args[0].is_small_int())
        return type;
    switch (args[0].as_small_int()) {
    case ENOENT:
        return types::file_not_found_error;
    case EEXIST:
        return types::file_exists_error;
    case EISDIR:
        return types::is_a_directory_error;
    case ENOTDIR:
        return types::not_a_directory_error;
    case EACCES:
    case EPERM:
        return types::permission_error;
    default:
        return type;
    }
}

Result<Value> exception_new(VM& vm, CallArgs const& args)
{
    auto* type = static_cast<Type*>(args.args[0].as_object());
    type = os_error_subclass(type, args.args + 1, args.positional_count() - 1);
    Value v = TRY(exception_alloc(vm, type, nullptr, 0));
    auto* e = as_exc(v);
    size_t npos = args.positional_count();
    e->m_args = vm.new_tuple(args.args + 1, npos - 1);
    if (args.keyword_count() && !accepts_keywords(type) && !type->m_is_heap_type)
        return vm.raise_type_error(type->name() + "() takes no keyword arguments");
    return v;
}

Result<Value> exception_init(VM& vm, CallArgs const& args)
{
    auto* e = as_exc(args.args[0]);
    Type* t = e->type();
    if (args.keyword_count() && !accepts_keywords(t))
        return vm.raise_type_error(t->name() + "() takes no keyword arguments");
    e->m_args = vm.new_tuple(args.args + 1, args.positional_count() - 1);
    TRY(init_special_attributes(vm, e, args));
    return py_none;
}

Result<Value> exception_str(VM& vm, CallArgs const& args)
{
    auto* e = as_exc(args.args[0]);
    Type* t = e->type();
    if (t->is_subtype_of(types::key_error) && e->m_args->size() == 1)
        return TRY(vm.repr(e->m_args->at(0)))->value();
    if (t->is_subtype_of(types::import_error)) {
        Value msg = e->m_dict->get_str(vm.names.msg);
        if (!msg.is_empty() && !msg.is(py_none))
            return TRY(vm.str(msg))->value();
    }
    if (t->is_subtype_of(types::syntax_error)) {
        Value msg = e->m_dict->get_str(vm.names.msg);
        Value filename = e->m_dict->get_str(vm.names.filename);
        Value lineno = e->m_dict->get_str(vm.names.lineno);
        std::string out
            = msg.is_empty() || msg.is(py_none) ? std::string("None") : TRY(vm.str(msg))->data();
        bool have_file = !filename.is_empty() && VM::is_instance_of(filename, types::str);
        bool have_line = !lineno.is_empty() && lineno.is_small_int();
        std::string file;
        if (have_file) {
            file = as_str(filename)->data();
            auto slash = file.rfind('/');
            if (slash != std::string::npos)
                file = file.substr(slash + 1);
        }
        if (have_file && have_line)
            out += " (" + file + ", line " + std::to_string(lineno.as_small_int()) + ")";
        else if (have_file)
            out += " (" + file + ")";
        else if (have_line)
            out += " (line " + std::to_string(lineno.as_small_int()) + ")";
        return vm.new_str(std::move(out))->value();
    }
    if (t->is_subtype_of(types::os_error)) {
        Value errno_value = e->m_dict->get_str(vm.intern("errno"));
        Value strerror = e->m_dict->get_str(vm.intern("strerror"));
        Value filename = e->m_dict->get_str(vm.intern("filename"));
        if (!errno_value.is_empty() && !errno_value.is(py_none) && !strerror.is_empty()
            && !strerror.is(py_none)) {
            std::string out = "[Errno " + TRY(vm.str(errno_value))->data() + "] "
                + TRY(vm.str(strerror))->data();
            if (!filename.is_empty() && !filename.is(py_none))
                out += ": " + TRY(vm.repr(filename))->data();
            return vm.new_str(std::move(out))->value();
        }
    }
    if (e->m_args->size() == 0)
        return vm.intern("")->value();
    if (e->m_args->size() == 1)
        return TRY(vm.str(e->m_args->at(0)))->value();
    return TRY(vm.str(e->m_args->value()))->value();
}

Result<Value> exception_repr(VM& vm, CallArgs const& args)
{
    auto* e = as_exc(args.args[0]);
    std::string name = e->type()->name();
    if (e->m_args->size() == 1)
        return vm.new_str(name + "(" + TRY(vm.repr(e->m_args->at(0)))->data() + ")")->value();
    if (e->m_args->size() == 0)
        return vm.new_str(name + "()")->value();
    return vm.new_str(name + TRY(vm.repr(e->m_args->value()))->data())->value();
}

Result<Value> exception_with_traceback(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "with_traceback", 1, 1, true));
    auto* e = as_exc(args.args[0]);
    Value tb = args.args[1];
    if (tb.is(py_none))
        e->m_traceback = nullptr;
    else if (VM::type_of(tb) == types::traceback)
        e->m_traceback = static_cast<TracebackObject*>(tb.as_object());
    else
        return vm.raise_type_error("__traceback__ must be a traceback or None");
    return args.args[0];
}

Result<Value> exception_add_note(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "add_note", 1, 1, true));
    auto* e = as_exc(args.args[0]);
    if (!VM::is_instance_of(args.args[1], types::str))
        return vm.raise_type_error(
            "note must be a str, not '" + VM::type_of(args.args[1])->name() + "'");
    StrObject* key = vm.intern("__notes__");
    Value notes = e->m_dict->get_str(key);
    if (notes.is_empty()) {
        notes = vm.new_list()->value();
        e->m_dict->set_str(vm, key, notes);
    }
    TRY(vm.call_method(notes, vm.intern("append"), {args.args[1]}));
    return py_none;
}

Result<Value> get_args(VM&, Value self)
{
    return as_exc(self)->m_args->value();
}
Result<void> set_args(VM& vm, Value self, Value value)
{
    if (value.is_empty())
        return vm.raise_type_error("args may not be deleted");
    ListObject* list = TRY(vm.to_list(value));
    as_exc(self)->m_args
        = vm.new_tuple(reinterpret_cast<Value const*>(list->items().data()), list->items().size());
    return {};
}
Result<Value> get_traceback(VM&, Value self)
{
    auto* e = as_exc(self);
    return e->m_traceback ? e->m_traceback->value() : py_none;
}
Result<void> set_traceback(VM& vm, Value self, Value value)
{
    auto* e = as_exc(self);
    if (value.is_empty() || value.is(py_none))
        e->m_traceback = nullptr;
    else if (VM::type_of(value) == types::traceback)
        e->m_traceback = static_cast<TracebackObject*>(value.as_object());
    else
        return vm.raise_type_error("__traceback__ must be a traceback or None");
    return {};
}
Result<Value> get_cause(VM&, Value self)
{
    Value v = as_exc(self)->m_cause;
    return v.is_empty() ? py_none : v;
}
Result<void> set_cause(VM& vm, Value self, Value value)
{
    if (!value.is_empty() && !value.is(py_none)
        && !VM::is_instance_of(value, types::base_exception))
        return vm.raise_type_error("exception cause must be None or derive from BaseException");
    as_exc(self)->m_cause = value.is(py_none) ? Value {} : value;
    as_exc(self)->m_suppress_context = true;
    return {};
}
Result<Value> get_context(VM&, Value self)
{
    Value v = as_exc(self)->m_context;
    return v.is_empty() ? py_none : v;
}
Result<void> set_context(VM& vm, Value self, Value value)
{
    if (!value.is_empty() && !value.is(py_none)
        && !VM::is_instance_of(value, types::base_exception))
        return vm.raise_type_error("exception context must be None or derive from BaseException");
    as_exc(self)->m_context = value.is(py_none) ? Value {} : value;
    return {};
}
Result<Value> get_suppress_context(VM&, Value self)
{
    return py_bool(as_exc(self)->m_suppress_context);
}
Result<void> set_suppress_context(VM& vm, Value self, Value value)
{
    as_exc(self)->m_suppress_context = value.is_empty() ? false : TRY(vm.truthy(value));
    return {};
}

Result<Value> traceback_lineno(VM& vm, Value self)
{
    auto* tb = static_cast<TracebackObject*>(self.as_object());
    return vm.new_int(tb->m_code->line_of(tb->m_instr));
}
Result<Value> traceback_next(VM&, Value self)
{
    auto* tb = static_cast<TracebackObject*>(self.as_object());
    return tb->m_next ? tb->m_next->value() : py_none;
}

Value s_exception_new;
Value s_exception_init;

} // namespace

Value new_builtin_exception(VM& vm, Type* type, Value const* args, size_t count)
{
    if (type->m_is_heap_type || !type->lookup(vm.names.__new__).is(s_exception_new)
        || !type->lookup(vm.names.__init__).is(s_exception_init))
        return Value {};
    // BaseException.__new__ then BaseException.__init__, which run no user code.
    type = os_error_subclass(type, args, count);
    auto* e = as_exc(exception_alloc(vm, type, nullptr, 0).release_value());
    e->m_args = vm.new_tuple(args, count);
    boost::container::small_vector<Value, 4> with_self;
    with_self.push_back(e->value());
    with_self.insert(with_self.end(), args, args + count);
    if (init_special_attributes(vm, e, CallArgs {with_self.data(), with_self.size(), nullptr})
            .is_error())
        return Value {};
    return e->value();
}

void init_exception_types(VM& vm)
{
    Type* base = types::base_exception;
    base->m_alloc = &exception_alloc;
    s_exception_new = make_staticmethod(vm,
        vm.make<NativeFunctionObject>(
              types::builtin_function, &exception_new, vm.names.__new__, Value {}, base)
            ->value());
    vm.m_extra_roots.push_back(s_exception_new.as_object());
    base->m_dict->set_str(vm, vm.names.__new__, s_exception_new);
    s_exception_init = vm.define_native(base->m_dict, "__init__", &exception_init, base)->value();
    vm.define_native(base->m_dict, "__str__", &exception_str, base);
    vm.define_native(base->m_dict, "__repr__", &exception_repr, base);
    vm.define_native(base->m_dict, "with_traceback", &exception_with_traceback, base);
    vm.define_native(base->m_dict, "add_note", &exception_add_note, base);
    define_getset(vm, base, "args", &get_args, &set_args);
    define_getset(vm, base, "__traceback__", &get_traceback, &set_traceback);
    define_getset(vm, base, "__cause__", &get_cause, &set_cause);
    define_getset(vm, base, "__context__", &get_context, &set_context);
    define_getset(vm, base, "__suppress_context__", &get_suppress_context, &set_suppress_context);
#define EXC(cname, pyname, basename) types::cname->m_alloc = &exception_alloc;
#include "vm/exceptions.def"
#undef EXC
    define_getset(vm, types::traceback, "tb_lineno", &traceback_lineno);
    define_getset(vm, types::traceback, "tb_next", &traceback_next);
}

} // namespace minipy
