// Calling Python functions: frame allocation on the value stack, CPython's argument binding
// rules and messages, generator creation, and instance construction (type.__call__).
#include "vm/call.hpp"

#include "vm/objects/dict_object.hpp"
#include "vm/objects/generator_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <boost/container/small_vector.hpp>

#include <new>

namespace minipy {

namespace {

std::string quoted_list(std::vector<std::string> const& names)
{
    // 'a', 'a' and 'b', 'a', 'b', and 'c' (CPython's format_missing)
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            if (names.size() == 2)
                out += " and ";
            else if (i == names.size() - 1)
                out += ", and ";
            else
                out += ", ";
        }
        out += "'" + names[i] + "'";
    }
    return out;
}

std::string function_name(FunctionObject* f)
{
    return f->m_qualname->data();
}

} // namespace

Frame* allocate_frame(VM& vm, CodeObject* code, Value* memory)
{
    auto* frame = new (memory) Frame {};
    frame->code = code;
    frame->localsplus = memory + frame_header_words;
    size_t n = code->nlocalsplus();
    for (size_t i = 0; i < n; ++i)
        frame->localsplus[i] = Value {};
    frame->stack_base = frame->localsplus + n;
    frame->sp = frame->stack_base;
    frame->ip = code->m_code.data();
    (void)vm;
    return frame;
}

size_t frame_words(CodeObject* code)
{
    return code->frame_words();
}

Result<Frame*> push_frame(VM& vm, CodeObject* code)
{
    size_t words = frame_words(code);
    if (vm.m_stack_top + words > vm.m_stack_limit) [[unlikely]]
        return vm.raise(types::recursion_error, "maximum recursion depth exceeded"),
               Result<Frame*>(Error {});
    if (vm.m_depth >= vm.m_recursion_limit) [[unlikely]]
        return vm.raise(types::recursion_error, "maximum recursion depth exceeded"),
               Result<Frame*>(Error {});
    Frame* frame = allocate_frame(vm, code, vm.m_stack_top);
    vm.m_stack_top += words;
    return frame;
}

void pop_frame(VM& vm, Frame* frame)
{
    vm.m_stack_top = reinterpret_cast<Value*>(frame);
}

Result<void> bind_arguments(VM& vm, FunctionObject* f, Frame* frame, CallArgs const& args)
{
    CodeObject* code = f->m_code;
    Value* locals = frame->localsplus;
    size_t argcount = code->m_argcount;
    size_t kwonly = code->m_kwonlyargcount;
    size_t npos = args.positional_count();
    size_t nkw = args.keyword_count();
    bool varargs = code->m_flags & CO_VARARGS;
    bool varkw = code->m_flags & CO_VARKEYWORDS;
    size_t total = argcount + kwonly;

    // Fast path: exactly the positional parameters, nothing else.
    if (nkw == 0 && npos == argcount && !varargs && !varkw && kwonly == 0) {
        for (size_t i = 0; i < npos; ++i)
            locals[i] = args.args[i];
    } else {
        DictObject* kwargs_dict = nullptr;
        if (varkw) {
            kwargs_dict = vm.new_dict();
            locals[total + (varargs ? 1 : 0)] = kwargs_dict->value();
        }
        size_t n = std::min(npos, argcount);
        for (size_t i = 0; i < n; ++i)
            locals[i] = args.args[i];
        if (varargs) {
            size_t extra = npos > argcount ? npos - argcount : 0;
            locals[total] = vm.new_tuple(args.args + n, extra)->value();
        } else if (npos > argcount) {
            size_t defaults = f->m_defaults ? f->m_defaults->size() : 0;
            size_t kw_given = 0;
            for (size_t k = 0; k < nkw; ++k) {
                StrObject* name = static_cast<StrObject*>(args.kwnames->at(k).as_object());
                for (size_t j = argcount; j < total; ++j)
                    if (code->m_varnames[j]->equals(name))
                        ++kw_given;
            }
            std::string takes;
            size_t required = argcount - std::min(defaults, argcount);
            if (defaults > 0 && required != argcount)
                takes = "from " + std::to_string(required) + " to " + std::to_string(argcount)
                    + " positional arguments";
            else
                takes = std::to_string(argcount) + " positional argument"
                    + (argcount == 1 ? "" : "s");
            // "3 were given", or with keyword-only arguments present:
            // "2 positional arguments (and 1 keyword-only argument) were given" (ceval.c).
            std::string given = std::to_string(npos);
            if (kw_given > 0)
                given += std::string(" positional argument") + (npos == 1 ? "" : "s") + " (and "
                    + std::to_string(kw_given) + " keyword-only argument"
                    + (kw_given == 1 ? "" : "s") + ")";
            return vm.raise_type_error(function_name(f) + "() takes " + takes + " but " + given
                + (npos == 1 && kw_given == 0 ? " was given" : " were given"));
        }
        std::vector<std::string> posonly_as_kw;
        for (size_t k = 0; k < nkw; ++k) {
            Value key = args.kwnames->at(k);
            Value value = args.args[npos + k];
            StrObject* name = static_cast<StrObject*>(key.as_object());
            size_t index = SIZE_MAX;
            for (size_t j = code->m_posonlyargcount; j < total; ++j) {
                if (code->m_varnames[j] == name || code->m_varnames[j]->equals(name)) {
                    index = j;
                    break;
                }
            }
            if (index == SIZE_MAX) {
                if (kwargs_dict) {
                    TRY(kwargs_dict->set(vm, key, value));
                    continue;
                }
                for (size_t j = 0; j < code->m_posonlyargcount; ++j)
                    if (code->m_varnames[j]->equals(name))
                        posonly_as_kw.push_back(name->data());
                if (!posonly_as_kw.empty())
                    continue;
                return vm.raise_type_error(function_name(f)
                    + "() got an unexpected keyword argument '" + name->data() + "'");
            }
            if (!locals[index].is_empty())
                return vm.raise_type_error(function_name(f)
                    + "() got multiple values for argument '" + name->data() + "'");
            locals[index] = value;
        }
        if (!posonly_as_kw.empty()) {
            std::string list = "'";
            for (size_t i = 0; i < posonly_as_kw.size(); ++i)
                list += (i ? ", " : "") + posonly_as_kw[i];
            list += "'";
            return vm.raise_type_error(function_name(f)
                + "() got some positional-only arguments passed as keyword arguments: " + list);
        }
        // Defaults for missing positional parameters.
        if (npos < argcount) {
            size_t defaults = f->m_defaults ? f->m_defaults->size() : 0;
            size_t first_default = argcount - defaults;
            std::vector<std::string> missing;
            for (size_t i = npos; i < argcount; ++i) {
                if (!locals[i].is_empty())
                    continue;
                if (i >= first_default)
                    locals[i] = f->m_defaults->at(i - first_default);
                else
                    missing.push_back(code->m_varnames[i]->data());
            }
            if (!missing.empty())
                return vm.raise_type_error(function_name(f) + "() missing "
                    + std::to_string(missing.size()) + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
        }
        if (kwonly > 0) {
            std::vector<std::string> missing;
            for (size_t i = argcount; i < total; ++i) {
                if (!locals[i].is_empty())
                    continue;
                Value def
                    = f->m_kwdefaults ? f->m_kwdefaults->get_str(code->m_varnames[i]) : Value {};
                if (!def.is_empty())
                    locals[i] = def;
                else
                    missing.push_back(code->m_varnames[i]->data());
            }
            if (!missing.empty())
                return vm.raise_type_error(function_name(f) + "() missing "
                    + std::to_string(missing.size()) + " required keyword-only argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
        }
    }
    // Cells for captured variables, and the closure's cells for free variables.
    size_t nvars = code->m_varnames.size();
    size_t ncells = code->m_cellvars.size();
    for (size_t i = 0; i < ncells; ++i) {
        int32_t arg = code->m_cell2arg.empty() ? -1 : code->m_cell2arg[i];
        Value initial = arg >= 0 ? locals[arg] : Value {};
        locals[nvars + i] = vm.make<CellObject>(types::cell, initial)->value();
    }
    if (f->m_closure) {
        for (size_t i = 0; i < code->m_freevars.size(); ++i)
            locals[nvars + ncells + i] = f->m_closure->at(i);
    }
    return {};
}

void setup_frame_for_function(Frame* frame, FunctionObject* f)
{
    frame->function = f;
    frame->globals = f->m_globals;
    frame->builtins = f->m_builtins;
}

Result<Value> make_generator(VM& vm, FunctionObject* f, CallArgs const& args)
{
    CodeObject* code = f->m_code;
    auto* gen = vm.make<GeneratorObject>(types::generator, frame_words(code));
    Root root(vm, gen->value());
    Frame* frame = allocate_frame(vm, code, reinterpret_cast<Value*>(gen->frame()));
    setup_frame_for_function(frame, f);
    frame->generator = gen;
    gen->m_function = f;
    gen->m_name = f->m_name;
    gen->m_qualname = f->m_qualname;
    TRY(bind_arguments(vm, f, frame, args));
    return gen->value();
}

Result<Value> call_python_function(VM& vm, FunctionObject* f, CallArgs const& args)
{
    if (f->m_code->m_flags & CO_GENERATOR)
        return make_generator(vm, f, args);
    Frame* frame = TRY(push_frame(vm, f->m_code));
    setup_frame_for_function(frame, f);
    if (bind_arguments(vm, f, frame, args).is_error()) {
        pop_frame(vm, frame);
        return Error {};
    }
    frame->is_entry = true;
    return vm.run_frame(frame);
}

Result<Value> run_function_with_locals(VM& vm, FunctionObject* f, DictObject* locals)
{
    Frame* frame = TRY(push_frame(vm, f->m_code));
    setup_frame_for_function(frame, f);
    frame->locals_mapping = locals->value();
    if (bind_arguments(vm, f, frame, CallArgs {nullptr, 0, nullptr}).is_error()) {
        pop_frame(vm, frame);
        return Error {};
    }
    frame->is_entry = true;
    return vm.run_frame(frame);
}

Result<Value> construct_begin(VM& vm, Type* cls, CallArgs const& args, FunctionObject*& init_out)
{
    init_out = nullptr;
    if (cls == types::type && args.count == 1 && !args.kwnames)
        return VM::type_of(args.args[0])->value();
    Value new_fn = cls->lookup(vm.names.__new__);
    if (new_fn.is_empty())
        return vm.raise_type_error("cannot create '" + cls->name() + "' instances");
    Value init = cls->lookup(vm.names.__init__);
    Value instance;
    if (new_fn.is(object_new_function()) && cls->m_layout == Layout::Object && cls != types::object
        && VM::type_of(init) == types::function) {
        // object.__new__ of a plain class with its own __init__: object.__new__ accepts (and
        // ignores) the arguments, so allocate directly without the call protocol.
        instance = object_new_instance(vm, cls);
    } else {
        if (VM::type_of(new_fn) == types::staticmethod)
            new_fn = TRY(vm.bind_descriptor(new_fn, Value {}, cls));
        boost::container::small_vector<Value, 8> with_cls;
        with_cls.reserve(args.count + 1);
        with_cls.push_back(cls->value());
        with_cls.insert(with_cls.end(), args.args, args.args + args.count);
        instance = TRY(vm.call(new_fn, CallArgs {with_cls.data(), with_cls.size(), args.kwnames}));
        if (!VM::type_of(instance)->is_subtype_of(cls))
            return instance;
        if (cls == types::type && args.count == 1)
            return instance;
        // __new__ may have returned a subclass instance (or changed the class).
        init = VM::type_of(instance)->lookup(vm.names.__init__);
    }
    Type* itype = VM::type_of(instance);
    if (init.is_empty())
        return instance;
    Type* it = VM::type_of(init);
    if (it == types::function) {
        auto* f = static_cast<FunctionObject*>(init.as_object());
        if (!(f->m_code->m_flags & CO_GENERATOR)) {
            init_out = f;
            return instance;
        }
    }
    Root root(vm, instance);
    Value result;
    if (it == types::function || it == types::builtin_function) {
        boost::container::small_vector<Value, 8> with_self;
        with_self.reserve(args.count + 1);
        with_self.push_back(instance);
        with_self.insert(with_self.end(), args.args, args.args + args.count);
        result = TRY(vm.call(init, CallArgs {with_self.data(), with_self.size(), args.kwnames}));
    } else {
        Value bound = TRY(vm.bind_descriptor(init, instance, itype));
        result = TRY(vm.call(bound, args));
    }
    if (!result.is(py_none))
        return raise_init_not_none(vm, result);
    return instance;
}

Error raise_init_not_none(VM& vm, Value result)
{
    return vm.raise_type_error(
        "__init__() should return None, not '" + VM::type_of(result)->name() + "'");
}

Result<Value> construct_instance(VM& vm, Type* cls, CallArgs const& args)
{
    FunctionObject* init = nullptr;
    Value instance = TRY(construct_begin(vm, cls, args, init));
    if (!init)
        return instance;
    Root root(vm, instance);
    boost::container::small_vector<Value, 8> with_self;
    with_self.reserve(args.count + 1);
    with_self.push_back(instance);
    with_self.insert(with_self.end(), args.args, args.args + args.count);
    Value result = TRY(call_python_function(
        vm, init, CallArgs {with_self.data(), with_self.size(), args.kwnames}));
    if (!result.is(py_none))
        return raise_init_not_none(vm, result);
    return instance;
}

} // namespace minipy
