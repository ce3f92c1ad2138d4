// Generators: resumption of a suspended frame, send/throw/close and `yield from` delegation.
#include "vm/objects/generator_object.hpp"

#include "vm/call.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <cstdio>

namespace minipy {

GeneratorObject::GeneratorObject(Type* type, size_t frame_words)
    : Object(type)
    , m_storage(new Value[frame_words])
    , m_words(frame_words)
{
}

void GeneratorObject::visit_edges(Visitor& v)
{
    Object::visit_edges(v);
    v.visit(reinterpret_cast<Object*>(m_name));
    v.visit(reinterpret_cast<Object*>(m_qualname));
    v.visit(reinterpret_cast<Object*>(m_function));
    if (m_state != State::Finished)
        frame()->visit_edges(v);
}

void Frame::visit_edges(Visitor& v) const
{
    v.visit(reinterpret_cast<Object*>(code));
    v.visit(reinterpret_cast<Object*>(function));
    v.visit(reinterpret_cast<Object*>(globals));
    v.visit(reinterpret_cast<Object*>(builtins));
    v.visit(locals_mapping);
    v.visit(reinterpret_cast<Object*>(generator));
    if (!code)
        return;
    size_t n = code->nlocalsplus();
    for (size_t i = 0; i < n; ++i)
        v.visit(localsplus[i]);
    for (Value* p = stack_base; p < sp; ++p)
        v.visit(*p);
}

namespace {

GeneratorObject* as_gen(Value v)
{
    return static_cast<GeneratorObject*>(v.as_object());
}

/// If `gen` is suspended inside `yield from`, returns the sub-iterator it delegates to.
Value delegate_of(GeneratorObject* gen)
{
    if (gen->m_state != GeneratorObject::State::Suspended)
        return {};
    Frame* f = gen->frame();
    Instr const* start = f->code->m_code.data();
    if (f->ip - start < 2)
        return {};
    if (instr_op(f->ip[-1]) != Op::YIELD_VALUE || instr_op(f->ip[-2]) != Op::SEND)
        return {};
    return f->sp[-1];
}

} // namespace

Result<Value> VM::resume_generator(GeneratorObject* gen, Value sent, bool throwing, bool& returned)
{
    returned = false;
    using State = GeneratorObject::State;
    if (gen->m_state == State::Running)
        return raise_value_error("generator already executing");
    if (gen->m_state == State::Finished) {
        if (throwing)
            return Error {};
        returned = true;
        return py_none;
    }
    if (gen->m_state == State::Created && !throwing && !sent.is(py_none))
        return raise_type_error("can't send non-None value to a just-started generator");
    Frame* frame = gen->frame();
    if (gen->m_state == State::Suspended && !throwing)
        *frame->sp++ = sent;
    if (throwing && gen->m_state == State::Created) {
        // Throwing into a generator that never ran: it finishes with the exception, which is
        // raised at its first line.
        gen->m_state = State::Finished;
        return Error {};
    }
    gen->m_state = State::Running;
    m_throw_on_entry = throwing;
    auto result = run_frame(frame);
    m_throw_on_entry = false;
    if (result.is_error()) {
        gen->m_state = State::Finished;
        if (exception_matches(types::stop_iteration)) {
            // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
            Value stop = take_exception();
            Root root(*this, stop);
            raise(types::runtime_error, "generator raised StopIteration");
            auto* e = static_cast<ExceptionObject*>(m_exception.as_object());
            e->m_cause = stop;
            e->m_context = stop;
            e->m_suppress_context = true;
        }
        return Error {};
    }
    if (gen->m_state == State::Running) {
        gen->m_state = State::Finished;
        returned = true;
    }
    return result;
}

namespace {

Error raise_stop_iteration(VM& vm, Value value)
{
    if (value.is(py_none))
        return vm.raise_with_args(types::stop_iteration, {});
    return vm.raise_with_args(types::stop_iteration, {value});
}

Result<Value> gen_send_impl(VM& vm, GeneratorObject* gen, Value sent)
{
    bool returned = false;
    Value v = TRY(vm.resume_generator(gen, sent, false, returned));
    if (returned)
        return raise_stop_iteration(vm, v);
    return v;
}

/// Throws the pending exception into `gen` (with yield-from delegation); the result is the next
/// yielded value, or an error (StopIteration if the generator returned).
Result<Value> gen_throw_pending(VM& vm, GeneratorObject* gen)
{
    Value sub = delegate_of(gen);
    if (!sub.is_empty()) {
        Value exc = vm.take_exception();
        Root exc_root(vm, exc);
        Result<Value> inner = Error {};
        bool sub_returned = false;
        Value sub_value;
        bool is_exit = VM::is_instance_of(exc, types::generator_exit);
        if (VM::type_of(sub) == types::generator) {
            vm.set_exception(exc);
            inner = gen_throw_pending(vm, as_gen(sub));
        } else {
            StrObject* method_name = is_exit ? vm.names.close : vm.names.throw_;
            Value method = vm.lookup_special(sub, method_name);
            if (method.is_empty()) {
                vm.set_exception(exc);
                goto throw_here;
            }
            inner = is_exit ? vm.call_method(sub, method_name, {})
                            : vm.call_method(sub, method_name, {exc});
            if (!inner.is_error() && is_exit) {
                vm.set_exception(exc);
                goto throw_here;
            }
        }
        if (!inner.is_error())
            return inner; // the sub-iterator yielded: so do we
        if (vm.exception_matches(types::stop_iteration)) {
            Value stop = vm.take_exception();
            auto* e = static_cast<ExceptionObject*>(stop.as_object());
            Value value = e->m_dict->get_str(vm.names.value);
            sub_value = value.is_empty() ? (e->m_args->size() ? e->m_args->at(0) : py_none) : value;
            sub_returned = true;
        }
        if (sub_returned) {
            // Continue the outer generator after its `yield from`, with the returned value.
            Frame* f = gen->frame();
            Instr send = f->ip[-2];
            f->sp[-1] = sub_value;
            f->ip = f->code->m_code.data() + instr_arg(send);
            gen->m_state = GeneratorObject::State::Suspended;
            // Resume without pushing a sent value: temporarily pop one slot and let resume push.
            --f->sp;
            return gen_send_impl(vm, gen, sub_value);
        }
        // The sub-iterator raised: raise it in the outer generator at the yield from.
    }
throw_here:
    bool returned = false;
    Value v = TRY(vm.resume_generator(gen, Value {}, true, returned));
    if (returned)
        return raise_stop_iteration(vm, v);
    return v;
}

Result<Value> gen_iternext(VM& vm, Object* o, bool& exhausted)
{
    auto* gen = static_cast<GeneratorObject*>(o);
    bool returned = false;
    Value v = TRY(vm.resume_generator(gen, py_none, false, returned));
    if (returned) {
        exhausted = true;
        return Value {};
    }
    return v;
}

Result<Value> gen_next(VM& vm, CallArgs const& args)
{
    return gen_send_impl(vm, as_gen(args.args[0]), py_none);
}

Result<Value> gen_send(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "send", 1, 1, true));
    return gen_send_impl(vm, as_gen(args.args[0]), args.args[1]);
}

Result<Value> gen_throw(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "throw", 1, 3, true));
    Value type = args.args[1];
    Value value = args.count > 2 ? args.args[2] : py_none;
    Value exc;
    if (VM::is_instance_of(type, types::type)
        && static_cast<Type*>(type.as_object())->is_subtype_of(types::base_exception)) {
        if (VM::is_instance_of(value, types::base_exception))
            exc = value;
        else if (value.is(py_none))
            exc = TRY(vm.call(type, CallArgs {nullptr, 0, nullptr}));
        else
            exc = TRY(vm.call(type, {value}));
    } else if (VM::is_instance_of(type, types::base_exception)) {
        if (!value.is(py_none))
            return vm.raise_type_error("instance exception may not have a separate value");
        exc = type;
    } else {
        return vm.raise_type_error(
            "exceptions must be classes or instances deriving from BaseException, not "
            + VM::type_of(type)->name());
    }
    vm.set_exception(exc);
    return gen_throw_pending(vm, as_gen(args.args[0]));
}

Result<Value> gen_close_impl(VM& vm, CallArgs const& args)
{
    auto* gen = as_gen(args.args[0]);
    using State = GeneratorObject::State;
    if (gen->m_state == State::Created || gen->m_state == State::Finished) {
        gen->m_state = State::Finished;
        return py_none;
    }
    auto exit = vm.call(types::generator_exit->value(), CallArgs {nullptr, 0, nullptr});
    if (exit.is_error())
        return Error {};
    vm.set_exception(exit.value());
    auto r = gen_throw_pending(vm, gen);
    if (!r.is_error())
        return vm.raise(types::runtime_error, "generator ignored GeneratorExit");
    if (vm.exception_matches(types::generator_exit)
        || vm.exception_matches(types::stop_iteration)) {
        vm.take_exception();
        return py_none;
    }
    return Error {};
}

Result<Value> gen_iter(VM&, CallArgs const& args)
{
    return args.args[0];
}

Result<Value> gen_repr(VM& vm, CallArgs const& args)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%p", static_cast<void*>(args.args[0].as_object()));
    return vm
        .new_str(
            "<generator object " + as_gen(args.args[0])->m_qualname->data() + " at " + buffer + ">")
        ->value();
}

Result<Value> gen_name(VM&, Value self)
{
    return as_gen(self)->m_name->value();
}
Result<Value> gen_qualname(VM&, Value self)
{
    return as_gen(self)->m_qualname->value();
}
Result<Value> gen_running(VM&, Value self)
{
    return py_bool(as_gen(self)->m_state == GeneratorObject::State::Running);
}

} // namespace

void init_generator_type(VM& vm)
{
    Type* g = types::generator;
    g->m_iternext = &gen_iternext;
    vm.define_native(g->m_dict, "__iter__", &gen_iter, g);
    vm.define_native(g->m_dict, "__next__", &gen_next, g);
    vm.define_native(g->m_dict, "send", &gen_send, g);
    vm.define_native(g->m_dict, "throw", &gen_throw, g);
    vm.define_native(g->m_dict, "close", &gen_close_impl, g);
    vm.define_native(g->m_dict, "__repr__", &gen_repr, g);
    define_getset(vm, g, "__name__", &gen_name);
    define_getset(vm, g, "__qualname__", &gen_qualname);
    define_getset(vm, g, "gi_running", &gen_running);
}

} // namespace minipy
