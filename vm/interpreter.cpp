// The eval loop: executes bytecode with computed-goto dispatch.
//
// One C++ activation of run_frame() runs Python-to-Python calls iteratively: CALL of a Python
// function pushes a frame on the value stack and continues in the same loop; RETURN_VALUE pops
// it. Only native code calling back into Python (and generator resumption) re-enters run_frame,
// and those paths are counted against the C++ stack budget. Exceptions unwind through the code
// object's exception table; each frame an exception passes through adds a traceback entry.
#include "vm/call.hpp"
#include "vm/compare_op.hpp"
#include "vm/format_spec.hpp"
#include "vm/interpreter_support.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/exception_object.hpp"
#include "vm/objects/float_object.hpp"
#include "vm/objects/generator_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/slice_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <boost/container/small_vector.hpp>

#include <new>

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

Error name_error(VM& vm, StrObject* name)
{
    auto r = vm.raise(types::name_error, "name '" + name->data() + "' is not defined");
    auto* exc = static_cast<ExceptionObject*>(vm.exception().as_object());
    exc->m_dict->set_str(vm, vm.names.name, name->value());
    return r;
}

/// The common call: a function taking exactly `argc` positional parameters, without cells.
/// Places its frame on the value stack and copies the arguments; null when the call needs the
/// general binding rules or would exceed a limit (push_frame then raises).
[[gnu::always_inline]] inline Frame* push_simple_frame(
    VM& vm, FunctionObject* f, Value const* args, uint32_t argc)
{
    CodeObject* code = f->m_code;
    size_t words = code->frame_words();
    if (!code->has_simple_arguments() || argc != code->m_argcount
        || vm.m_stack_top + words > vm.m_stack_limit || vm.m_depth >= vm.m_recursion_limit)
        return nullptr;
    Value* memory = vm.m_stack_top;
    vm.m_stack_top += words;
    auto* frame = new (memory) Frame {};
    frame->code = code;
    frame->function = f;
    frame->globals = f->m_globals;
    frame->builtins = f->m_builtins;
    Value* locals = memory + frame_header_words;
    frame->localsplus = locals;
    for (uint32_t i = 0; i < argc; ++i)
        locals[i] = args[i];
    size_t nlocals = code->m_varnames.size();
    for (size_t i = argc; i < nlocals; ++i)
        locals[i] = Value {};
    frame->stack_base = locals + nlocals;
    frame->sp = frame->stack_base;
    frame->ip = code->m_code.data();
    return frame;
}

/// Both operands as doubles when at least one is an exact float and the other an exact float or
/// a small int (the operands the generic protocol converts with plain int->double conversion).
[[gnu::always_inline]] inline bool float_pair(Value a, Value b, double& x, double& y)
{
    if (a.is_small_int()) {
        if (!b.is_object() || b.as_object()->type() != types::float_)
            return false;
        x = double(a.as_small_int());
        y = static_cast<FloatObject*>(b.as_object())->as_double();
        return true;
    }
    if (!a.is_object() || a.as_object()->type() != types::float_)
        return false;
    x = static_cast<FloatObject*>(a.as_object())->as_double();
    if (b.is_small_int()) {
        y = double(b.as_small_int());
        return true;
    }
    if (!b.is_object() || b.as_object()->type() != types::float_)
        return false;
    y = static_cast<FloatObject*>(b.as_object())->as_double();
    return true;
}

/// A small int that converts to double exactly (|n| <= 2**53), or any object.
inline bool exactly_double(Value v)
{
    constexpr int64_t limit = int64_t(1) << 53;
    return v.is_object() || (v.as_small_int() >= -limit && v.as_small_int() <= limit);
}

Error unbound_local(VM& vm, StrObject* name)
{
    return vm.raise(types::unbound_local_error,
        "cannot access local variable '" + name->data()
            + "' where it is not associated with a value");
}

} // namespace

uint32_t Frame::current_instr() const
{
    if (!code || !ip)
        return 0;
    auto index = ip - code->m_code.data();
    return index > 0 ? static_cast<uint32_t>(index - 1) : 0;
}

Result<Value> VM::run_frame(Frame* entry)
{
    entry->previous = m_frame;
    entry->is_entry = true;
    m_frame = entry;
    ++m_depth;

    {
        StackGuard guard(*this);
        bool too_deep = m_depth > m_recursion_limit;
        if (too_deep)
            raise(types::recursion_error, "maximum recursion depth exceeded");
        if (too_deep || guard.check().is_error()) {
            --m_depth;
            m_frame = entry->previous;
            if (!entry->generator)
                pop_frame(*this, entry);
            return Error {};
        }
    }
    // A call from native code is a safepoint too: a native loop that calls Python (map, sorted's
    // key, sum over a generator) would otherwise never collect. The frame is linked, so its
    // arguments are roots.
    maybe_collect();

    static void* const dispatch_table[] = {
#define OP(name, effect, doc) &&op_##name,
#include "vm/opcodes.def"
#undef OP
    };

    Frame* frame = entry;
    CodeObject* code = nullptr;
    Instr const* ip = nullptr;
    Instr const* code_start = nullptr;
    Value* sp = nullptr;
    Value* locals = nullptr;
    Value const* consts = nullptr;
    uint32_t oparg = 0;
    TupleObject* kwnames = nullptr;
    bool reraise = false;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = frame->code;                                                                        \
        ip = frame->ip;                                                                            \
        code_start = code->m_code.data();                                                          \
        sp = frame->sp;                                                                            \
        locals = frame->localsplus;                                                                \
        consts = code->m_consts.data();                                                            \
    } while (0)
#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        frame->ip = ip;                                                                            \
        frame->sp = sp;                                                                            \
    } while (0)
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        Instr instr_ = *ip++;                                                                      \
        oparg = instr_arg(instr_);                                                                 \
        goto* dispatch_table[instr_ & 0xff];                                                       \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])
#define GOTO_ERROR() goto error
#define CHECK(expr)                                                                                \
    ({                                                                                             \
        SAVE_FRAME();                                                                              \
        auto r_ = (expr);                                                                          \
        if (r_.is_error()) [[unlikely]]                                                            \
            goto error;                                                                            \
        r_.release_value();                                                                        \
    })

    LOAD_FRAME();
    if (m_throw_on_entry) {
        m_throw_on_entry = false;
        goto error;
    }
    DISPATCH();

op_NOP:
    DISPATCH();
op_POP_TOP:
    --sp;
    DISPATCH();
op_PUSH_NULL:
    PUSH(Value {});
    DISPATCH();
op_COPY : {
    Value v = PEEK(oparg);
    PUSH(v);
    DISPATCH();
}
op_SWAP : {
    Value v = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = v;
    DISPATCH();
}
op_LOAD_CONST:
    PUSH(consts[oparg]);
    DISPATCH();
op_LOAD_FAST : {
    Value v = locals[oparg];
    if (v.is_empty()) [[unlikely]] {
        SAVE_FRAME();
        unbound_local(*this, code->m_varnames[oparg]);
        GOTO_ERROR();
    }
    PUSH(v);
    DISPATCH();
}
op_STORE_FAST:
    locals[oparg] = POP();
    DISPATCH();
op_DELETE_FAST:
    if (locals[oparg].is_empty()) {
        SAVE_FRAME();
        unbound_local(*this, code->m_varnames[oparg]);
        GOTO_ERROR();
    }
    locals[oparg] = Value {};
    DISPATCH();
op_LOAD_DEREF : {
    auto* cell = static_cast<CellObject*>(locals[code->m_varnames.size() + oparg].as_object());
    if (cell->m_contents.is_empty()) [[unlikely]] {
        SAVE_FRAME();
        raise_unbound_deref(*this, code, oparg);
        GOTO_ERROR();
    }
    PUSH(cell->m_contents);
    DISPATCH();
}
op_STORE_DEREF : {
    auto* cell = static_cast<CellObject*>(locals[code->m_varnames.size() + oparg].as_object());
    cell->m_contents = POP();
    DISPATCH();
}
op_DELETE_DEREF : {
    auto* cell = static_cast<CellObject*>(locals[code->m_varnames.size() + oparg].as_object());
    if (cell->m_contents.is_empty()) {
        SAVE_FRAME();
        raise_unbound_deref(*this, code, oparg);
        GOTO_ERROR();
    }
    cell->m_contents = Value {};
    DISPATCH();
}
op_LOAD_CLOSURE:
    PUSH(locals[code->m_varnames.size() + oparg]);
    DISPATCH();
op_LOAD_CLASSDEREF : {
    size_t ncell = code->m_cellvars.size();
    StrObject* name = oparg < ncell ? code->m_cellvars[oparg] : code->m_freevars[oparg - ncell];
    Value v = CHECK(lookup_in_mapping(*this, frame->locals_mapping, name));
    if (v.is_empty()) {
        auto* cell = static_cast<CellObject*>(locals[code->m_varnames.size() + oparg].as_object());
        v = cell->m_contents;
        if (v.is_empty()) {
            SAVE_FRAME();
            raise_unbound_deref(*this, code, oparg);
            GOTO_ERROR();
        }
    }
    PUSH(v);
    DISPATCH();
}
op_LOAD_GLOBAL : {
    InlineCache& cache = code->m_caches[ip - code_start - 1];
    DictObject* globals = frame->globals;
    DictObject* builtins = frame->builtins;
    if (cache.key1 == globals->version() && cache.key2 == builtins->version()
        && !cache.value.is_empty()) [[likely]] {
        PUSH(cache.value);
        DISPATCH();
    }
    StrObject* name = code->m_names[oparg];
    Value v = globals->get_str(name);
    if (v.is_empty()) {
        v = builtins->get_str(name);
        if (v.is_empty()) {
            SAVE_FRAME();
            name_error(*this, name);
            GOTO_ERROR();
        }
    }
    cache.key1 = globals->version();
    cache.key2 = builtins->version();
    cache.value = v;
    PUSH(v);
    DISPATCH();
}
op_STORE_GLOBAL:
    frame->globals->set_str(*this, code->m_names[oparg], POP());
    DISPATCH();
op_DELETE_GLOBAL:
    if (!frame->globals->remove_str(code->m_names[oparg])) {
        SAVE_FRAME();
        name_error(*this, code->m_names[oparg]);
        GOTO_ERROR();
    }
    DISPATCH();
op_LOAD_NAME : {
    StrObject* name = code->m_names[oparg];
    Value v = CHECK(lookup_in_mapping(*this, frame->locals_mapping, name));
    if (v.is_empty()) {
        v = frame->globals->get_str(name);
        if (v.is_empty()) {
            v = frame->builtins->get_str(name);
            if (v.is_empty()) {
                SAVE_FRAME();
                name_error(*this, name);
                GOTO_ERROR();
            }
        }
    }
    PUSH(v);
    DISPATCH();
}
op_STORE_NAME : {
    Value v = POP();
    Value mapping = frame->locals_mapping;
    if (is_exact(mapping, types::dict)) [[likely]] {
        static_cast<DictObject*>(mapping.as_object())->set_str(*this, code->m_names[oparg], v);
    } else {
        ++sp; // keep v rooted during the call
        CHECK(setitem(mapping, code->m_names[oparg]->value(), v));
        --sp;
    }
    DISPATCH();
}
op_DELETE_NAME : {
    StrObject* name = code->m_names[oparg];
    Value mapping = frame->locals_mapping;
    bool removed;
    if (is_exact(mapping, types::dict)) {
        removed = static_cast<DictObject*>(mapping.as_object())->remove_str(name);
    } else {
        SAVE_FRAME();
        removed = !delitem(mapping, name->value()).is_error();
        if (!removed)
            take_exception();
    }
    if (!removed) {
        SAVE_FRAME();
        name_error(*this, name);
        GOTO_ERROR();
    }
    DISPATCH();
}
op_LOAD_BUILD_CLASS : {
    Value v = frame->builtins->get_str(names.__build_class__);
    if (v.is_empty()) {
        SAVE_FRAME();
        raise(types::name_error, "__build_class__ not found");
        GOTO_ERROR();
    }
    PUSH(v);
    DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
    PUSH(types::assertion_error->value());
    DISPATCH();
op_SETUP_ANNOTATIONS : {
    Value existing = CHECK(lookup_in_mapping(*this, frame->locals_mapping, names.__annotations__));
    if (existing.is_empty())
        CHECK(setitem(frame->locals_mapping, names.__annotations__->value(), new_dict()->value()));
    DISPATCH();
}

op_LOAD_ATTR : {
    Value owner = TOP();
    InlineCache& cache = code->m_caches[ip - code_start - 1];
    if (owner.is_object() && cache.key1 == reinterpret_cast<uint64_t>(owner.as_object()->type())
        && cache.key2 == g_type_epoch) [[likely]] {
        // A plain instance (see cached_getattr): the instance dict comes first.
        Value v = owner.as_object()->instance_dict()->get_str(code->m_names[oparg]);
        if (!v.is_empty()) {
            TOP() = v;
            DISPATCH();
        }
    }
    Value v = CHECK(cached_getattr(*this, owner, code->m_names[oparg], cache));
    TOP() = v;
    DISPATCH();
}
op_STORE_ATTR : {
    Value owner = TOP();
    Value v = SECOND();
    InlineCache& cache = code->m_caches[ip - code_start - 1];
    if (owner.is_object() && cache.key1 == reinterpret_cast<uint64_t>(owner.as_object()->type())
        && cache.key2 == g_type_epoch) [[likely]] {
        // A plain instance whose class has no __setattr__ and no data descriptor for the name.
        owner.as_object()->instance_dict()->set_str(*this, code->m_names[oparg], v);
        sp -= 2;
        DISPATCH();
    }
    CHECK(cached_setattr(*this, owner, code->m_names[oparg], v, cache));
    sp -= 2;
    DISPATCH();
}
op_DELETE_ATTR : {
    CHECK(delattr(TOP(), code->m_names[oparg]));
    --sp;
    DISPATCH();
}
op_LOAD_METHOD : {
    Value owner = TOP();
    InlineCache& cache = code->m_caches[ip - code_start - 1];
    if (owner.is_object() && cache.key1 == reinterpret_cast<uint64_t>(owner.as_object()->type())
        && cache.key2 == g_type_epoch) [[likely]] {
        // The cached unbound method, unless the instance dict shadows it (see
        // cached_load_method).
        DictObject* dict = owner.as_object()->instance_dict();
        if (!dict || dict->get_str(code->m_names[oparg]).is_empty()) {
            TOP() = cache.value;
            PUSH(owner);
            DISPATCH();
        }
    } else if ((cache.key1 & 1) && is_exact(owner, types::module)) {
        // A module attribute (see cached_load_method), e.g. math.sqrt.
        DictObject* dict = static_cast<ModuleObject*>(owner.as_object())->m_dict;
        if (dict && cache.key1 == module_cache_key(dict->version()) && cache.key2 == g_type_epoch)
            [[likely]] {
            TOP() = cache.value;
            PUSH(Value {});
            DISPATCH();
        }
    }
    bool unbound = false;
    Value v = CHECK(cached_load_method(*this, owner, code->m_names[oparg], cache, unbound));
    if (unbound) {
        TOP() = v;
        PUSH(owner);
    } else {
        TOP() = v;
        PUSH(Value {});
    }
    DISPATCH();
}
op_BINARY_SUBSCR : {
    Value container = SECOND();
    Value key = TOP();
    Value v;
    if (key.is_small_int() && container.is_object()) {
        Type* t = container.as_object()->type();
        int64_t i = key.as_small_int();
        if (t == types::list) {
            auto* list = static_cast<ListObject*>(container.as_object());
            if (i < 0)
                i += static_cast<int64_t>(list->size());
            if (i >= 0 && static_cast<size_t>(i) < list->size()) {
                --sp;
                TOP() = list->at(static_cast<size_t>(i));
                DISPATCH();
            }
        } else if (t == types::tuple) {
            auto* tuple = static_cast<TupleObject*>(container.as_object());
            if (i < 0)
                i += static_cast<int64_t>(tuple->size());
            if (i >= 0 && static_cast<size_t>(i) < tuple->size()) {
                --sp;
                TOP() = tuple->at(static_cast<size_t>(i));
                DISPATCH();
            }
        }
    }
    if (is_exact(container, types::dict)) {
        v = CHECK(static_cast<DictObject*>(container.as_object())->get(*this, key));
        if (v.is_empty()) {
            SAVE_FRAME();
            raise_with_args(types::key_error, {key});
            GOTO_ERROR();
        }
    } else {
        v = CHECK(getitem(container, key));
    }
    --sp;
    TOP() = v;
    DISPATCH();
}
op_STORE_SUBSCR : {
    Value key = TOP();
    Value container = SECOND();
    Value v = PEEK(3);
    if (key.is_small_int() && is_exact(container, types::list)) {
        auto* list = static_cast<ListObject*>(container.as_object());
        int64_t i = key.as_small_int();
        if (i < 0)
            i += static_cast<int64_t>(list->size());
        if (i >= 0 && static_cast<size_t>(i) < list->size()) {
            list->items()[static_cast<size_t>(i)] = v;
            sp -= 3;
            DISPATCH();
        }
    }
    CHECK(setitem(container, key, v));
    sp -= 3;
    DISPATCH();
}
op_DELETE_SUBSCR:
    CHECK(delitem(SECOND(), TOP()));
    sp -= 2;
    DISPATCH();

op_BINARY_OP : {
    Value b = TOP();
    Value a = SECOND();
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int(), r;
        uint32_t op = oparg >= binary_op_inplace_offset ? oparg - binary_op_inplace_offset : oparg;
        switch (op) {
        case 0: // Add
            r = x + y;
            if (Value::fits_small_int(r)) {
                --sp;
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case 1: // Sub
            r = x - y;
            if (Value::fits_small_int(r)) {
                --sp;
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case 2: // Mult
            if (!__builtin_mul_overflow(x, y, &r) && Value::fits_small_int(r)) {
                --sp;
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case 5: // Mod
            if (y > 0) {
                r = x % y;
                if (r < 0)
                    r += y;
                --sp;
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case 12: // FloorDiv
            if (y > 0) {
                r = x / y;
                if ((x % y) != 0 && x < 0)
                    --r;
                --sp;
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case 9: // BitOr
            --sp;
            TOP() = Value::small_int(x | y);
            DISPATCH();
        case 10: // BitXor
            --sp;
            TOP() = Value::small_int(x ^ y);
            DISPATCH();
        case 11: // BitAnd
            --sp;
            TOP() = Value::small_int(x & y);
            DISPATCH();
        default:
            break;
        }
    } else {
        double x, y;
        if (float_pair(a, b, x, y)) {
            uint32_t op
                = oparg >= binary_op_inplace_offset ? oparg - binary_op_inplace_offset : oparg;
            double r;
            bool done = true;
            switch (op) {
            case 0: // Add
                r = x + y;
                break;
            case 1: // Sub
                r = x - y;
                break;
            case 2: // Mult
                r = x * y;
                break;
            default:
                done = false;
                break;
            case 4: // TrueDivide
                done = y != 0;
                r = x / y;
                break;
            }
            if (done) [[likely]] {
                --sp;
                TOP() = m_heap.allocate<FloatObject>(types::float_, r)->value();
                DISPATCH();
            }
        }
    }
    Value r = CHECK(binary_op(a, b, oparg));
    --sp;
    TOP() = r;
    DISPATCH();
}
op_UNARY_NEGATIVE : {
    Value a = TOP();
    if (a.is_small_int() && a.as_small_int() != Value::small_int_min) {
        TOP() = Value::small_int(-a.as_small_int());
        DISPATCH();
    }
    TOP() = CHECK(unary_op(a, Op::UNARY_NEGATIVE));
    DISPATCH();
}
op_UNARY_POSITIVE:
    TOP() = CHECK(unary_op(TOP(), Op::UNARY_POSITIVE));
    DISPATCH();
op_UNARY_NOT : {
    Value a = TOP();
    if (a.is(py_true)) {
        TOP() = py_false;
    } else if (a.is(py_false) || a.is(py_none)) {
        TOP() = py_true;
    } else {
        bool t = CHECK(truthy(a));
        TOP() = py_bool(!t);
    }
    DISPATCH();
}
op_UNARY_INVERT:
    TOP() = CHECK(unary_op(TOP(), Op::UNARY_INVERT));
    DISPATCH();
op_COMPARE_OP : {
    Value b = TOP();
    Value a = SECOND();
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        bool r = apply_compare(static_cast<CompareOp>(oparg), x, y);
        --sp;
        TOP() = py_bool(r);
        DISPATCH();
    }
    {
        double x, y;
        if (float_pair(a, b, x, y) && exactly_double(a) && exactly_double(b)) {
            // IEEE comparison is Python's, NaN included.
            bool r = apply_compare(static_cast<CompareOp>(oparg), x, y);
            --sp;
            TOP() = py_bool(r);
            DISPATCH();
        }
    }
    Value r = CHECK(compare(a, b, static_cast<CompareOp>(oparg)));
    --sp;
    TOP() = r;
    DISPATCH();
}
op_IS_OP : {
    bool r = SECOND().is(TOP()) != (oparg == 1);
    --sp;
    TOP() = py_bool(r);
    DISPATCH();
}
op_CONTAINS_OP : {
    bool r = CHECK(contains(TOP(), SECOND()));
    --sp;
    TOP() = py_bool(r != (oparg == 1));
    DISPATCH();
}

op_BUILD_TUPLE : {
    auto* tuple = new_tuple(sp - oparg, oparg);
    sp -= oparg;
    PUSH(tuple->value());
    DISPATCH();
}
op_BUILD_LIST : {
    auto* list = new_list(oparg);
    list->items().assign(sp - oparg, sp);
    sp -= oparg;
    PUSH(list->value());
    DISPATCH();
}
op_BUILD_SET : {
    Value sv = CHECK(build_set(*this, sp - oparg, oparg));
    sp -= oparg;
    PUSH(sv);
    DISPATCH();
}
op_BUILD_MAP : {
    auto* dict = new_dict();
    Value dv = dict->value();
    PUSH(dv); // rooted while keys are hashed
    for (uint32_t i = 0; i < oparg; ++i) {
        Value k = sp[-1 - 2 * static_cast<int>(oparg) + 2 * static_cast<int>(i)];
        Value v = sp[-1 - 2 * static_cast<int>(oparg) + 2 * static_cast<int>(i) + 1];
        CHECK(dict->set(*this, k, v));
    }
    sp -= 2 * oparg + 1;
    PUSH(dv);
    DISPATCH();
}
op_BUILD_STRING : {
    // The pieces' byte and code-point lengths are known: one exact allocation, no measuring.
    Value* pieces = sp - static_cast<int>(oparg);
    size_t bytes = 0;
    size_t length = 0;
    bool ascii = true;
    for (uint32_t i = 0; i < oparg; ++i) {
        StrObject* piece = as_str(pieces[i]);
        bytes += piece->byte_length();
        length += piece->length();
        ascii = ascii && piece->is_ascii();
    }
    std::string out;
    out.reserve(bytes);
    for (uint32_t i = 0; i < oparg; ++i)
        out += as_str(pieces[i])->view();
    StrObject* joined = new_measured_str(*this, std::move(out), length, ascii);
    sp -= oparg;
    PUSH(joined->value());
    DISPATCH();
}
op_BUILD_SLICE : {
    Value step = oparg == 3 ? POP() : py_none;
    Value stop = POP();
    Value start = TOP();
    TOP() = make_slice(*this, start, stop, step)->value();
    DISPATCH();
}
op_LIST_APPEND : {
    Value v = POP();
    static_cast<ListObject*>(PEEK(oparg).as_object())->append(v);
    DISPATCH();
}
op_SET_ADD : {
    Value v = TOP();
    CHECK(set_add_value(*this, PEEK(oparg + 1), v));
    --sp;
    DISPATCH();
}
op_MAP_ADD : {
    Value v = TOP();
    Value k = SECOND();
    CHECK(static_cast<DictObject*>(PEEK(oparg + 2).as_object())->set(*this, k, v));
    sp -= 2;
    DISPATCH();
}
op_LIST_EXTEND : {
    Value iterable = TOP();
    auto* list = static_cast<ListObject*>(PEEK(oparg + 1).as_object());
    CHECK(list_extend_for_unpack(*this, list, iterable));
    --sp;
    DISPATCH();
}
op_SET_UPDATE : {
    Value iterable = TOP();
    CHECK(set_update_from(*this, PEEK(oparg + 1), iterable));
    --sp;
    DISPATCH();
}
op_DICT_UPDATE : {
    Value m = TOP();
    auto* dict = static_cast<DictObject*>(PEEK(oparg + 1).as_object());
    CHECK(dict_update_for_unpack(*this, dict, m, Value {}));
    --sp;
    DISPATCH();
}
op_DICT_MERGE : {
    Value m = TOP();
    auto* dict = static_cast<DictObject*>(PEEK(oparg + 1).as_object());
    Value callable = PEEK(oparg + 4); // [f NULL args map ... m]: see codegen_expr.cpp
    CHECK(dict_update_for_unpack(*this, dict, m, callable.is_empty() ? py_none : callable));
    --sp;
    DISPATCH();
}
op_LIST_TO_TUPLE : {
    auto* list = static_cast<ListObject*>(TOP().as_object());
    TOP() = new_tuple(list->items().data(), list->size())->value();
    DISPATCH();
}
op_UNPACK_SEQUENCE : {
    Value seq = TOP();
    if (is_exact(seq, types::tuple)
        && static_cast<TupleObject*>(seq.as_object())->size() == oparg) {
        auto* tuple = static_cast<TupleObject*>(seq.as_object());
        --sp;
        for (uint32_t i = oparg; i > 0; --i)
            PUSH(tuple->at(i - 1));
        DISPATCH();
    }
    if (is_exact(seq, types::list) && static_cast<ListObject*>(seq.as_object())->size() == oparg) {
        auto* list = static_cast<ListObject*>(seq.as_object());
        --sp;
        for (uint32_t i = oparg; i > 0; --i)
            PUSH(list->at(i - 1));
        DISPATCH();
    }
    SAVE_FRAME();
    if (unpack_iterable(*this, seq, oparg, -1, sp - 1).is_error())
        GOTO_ERROR();
    sp += oparg - 1;
    DISPATCH();
}
op_UNPACK_EX : {
    uint32_t before = oparg & 0xff;
    uint32_t after = oparg >> 8;
    Value seq = TOP();
    SAVE_FRAME();
    if (unpack_iterable(*this, seq, before, static_cast<int>(after), sp - 1).is_error())
        GOTO_ERROR();
    sp += before + after;
    DISPATCH();
}
op_FORMAT_VALUE : {
    Value spec = (oparg & 4) ? POP() : Value {};
    Value v = TOP();
    if ((oparg & 3) == 0 && !spec.is_empty()) {
        // f"{i:05d}", f"{x:.3f}": exact int/float with a common spec, no method call.
        if (StrObject* fast = format_number_fast(*this, v, as_str(spec))) {
            TOP() = fast->value();
            DISPATCH();
        }
    }
    if (!spec.is_empty())
        ++sp; // keep spec rooted
    Value r = CHECK(format_value(*this, v, oparg & 3, spec));
    if (!spec.is_empty())
        --sp;
    TOP() = r;
    DISPATCH();
}

op_GET_ITER : {
    Value v = TOP();
    TOP() = CHECK(iter(v));
    DISPATCH();
}
op_FOR_ITER : {
    Value it = TOP();
    Type* t = VM::type_of(it);
    bool exhausted = false;
    Value v;
    if (t->m_iternext && !t->m_is_heap_type) {
        SAVE_FRAME();
        auto r = t->m_iternext(*this, it.as_object(), exhausted);
        if (!exhausted && r.is_error())
            GOTO_ERROR();
        v = r.release_value();
    } else {
        v = CHECK(next(it, exhausted));
    }
    if (exhausted) {
        --sp;
        ip = code_start + oparg;
        DISPATCH();
    }
    PUSH(v);
    DISPATCH();
}
op_JUMP_FORWARD:
    ip = code_start + oparg;
    DISPATCH();
op_JUMP_BACKWARD:
    ip = code_start + oparg;
    if (m_heap.collection_requested()) [[unlikely]] {
        SAVE_FRAME();
        collect_garbage();
    }
    DISPATCH();
op_POP_JUMP_IF_FALSE : {
    Value c = POP();
    if (c.is(py_false)) {
        ip = code_start + oparg;
    } else if (!c.is(py_true)) {
        ++sp;
        bool t = CHECK(truthy(c));
        --sp;
        if (!t)
            ip = code_start + oparg;
    }
    DISPATCH();
}
op_POP_JUMP_IF_TRUE : {
    Value c = POP();
    if (c.is(py_true)) {
        ip = code_start + oparg;
    } else if (!c.is(py_false)) {
        ++sp;
        bool t = CHECK(truthy(c));
        --sp;
        if (t)
            ip = code_start + oparg;
    }
    DISPATCH();
}
op_POP_JUMP_IF_NONE:
    if (POP().is(py_none))
        ip = code_start + oparg;
    DISPATCH();
op_POP_JUMP_IF_NOT_NONE:
    if (!POP().is(py_none))
        ip = code_start + oparg;
    DISPATCH();
op_JUMP_IF_FALSE_OR_POP : {
    bool t = CHECK(truthy(TOP()));
    if (!t)
        ip = code_start + oparg;
    else
        --sp;
    DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP : {
    bool t = CHECK(truthy(TOP()));
    if (t)
        ip = code_start + oparg;
    else
        --sp;
    DISPATCH();
}

op_KW_NAMES:
    kwnames = static_cast<TupleObject*>(consts[oparg].as_object());
    DISPATCH();
op_CALL : {
    TupleObject* names_for_call = kwnames;
    kwnames = nullptr;
    Value* args = sp - oparg;
    Value callable = args[-2];
    Value self = args[-1];
    uint32_t argc = oparg;
    if (!self.is_empty()) {
        --args;
        ++argc;
    } else if (callable.is_object() && callable.as_object()->type() == types::method) {
        // A bound method called as a value: unpack it in place (the NULL slot takes self).
        auto* method = static_cast<MethodObject*>(callable.as_object());
        args[-1] = method->m_self;
        args[-2] = method->m_function;
        callable = method->m_function;
        --args;
        ++argc;
    }
    FunctionObject* f = nullptr;
    bool is_init = false;
    if (callable.is_object()) {
        Type* ct = callable.as_object()->type();
        if (ct == types::function) {
            f = static_cast<FunctionObject*>(callable.as_object());
            if (f->m_code->m_flags & CO_GENERATOR)
                f = nullptr;
        } else if (ct == types::type && argc == oparg) {
            // A class whose metaclass is `type`: run __new__ here and a Python __init__ as an
            // inline frame, as CPython 3.12 does, instead of re-entering the eval loop.
            SAVE_FRAME();
            auto begun = construct_begin(*this, static_cast<Type*>(callable.as_object()),
                CallArgs {args, argc, names_for_call}, f);
            if (begun.is_error())
                GOTO_ERROR();
            Value instance = begun.release_value();
            if (!f) {
                sp = args - 2;
                PUSH(instance);
                DISPATCH();
            }
            // [cls NULL args...] becomes [instance instance args...]: the lower slot is the
            // call's result, the upper one __init__'s self.
            args[-2] = instance;
            args[-1] = instance;
            --args;
            ++argc;
            is_init = true;
        }
    }
    if (f) {
        Frame* callee = names_for_call ? nullptr : push_simple_frame(*this, f, args, argc);
        if (!callee) {
            SAVE_FRAME();
            auto pushed = push_frame(*this, f->m_code);
            if (pushed.is_error())
                GOTO_ERROR();
            callee = pushed.release_value();
            setup_frame_for_function(callee, f);
            if (bind_arguments(*this, f, callee, CallArgs {args, argc, names_for_call})
                    .is_error()) {
                pop_frame(*this, callee);
                GOTO_ERROR();
            }
        }
        // The callable and the NULL/self slot sit just below the (possibly extended) args; an
        // inline __init__ keeps the instance there as the result.
        sp = is_init ? args : (argc == oparg) ? args - 2 : args - 1;
        frame->sp = sp;
        frame->ip = ip;
        callee->previous = frame;
        callee->is_entry = false;
        callee->is_init = is_init;
        frame = callee;
        m_frame = frame;
        ++m_depth;
        if (m_heap.collection_requested()) [[unlikely]]
            collect_garbage();
        LOAD_FRAME();
        DISPATCH();
    }
    SAVE_FRAME();
    auto result = call(callable, CallArgs {args, argc, names_for_call});
    if (result.is_error())
        GOTO_ERROR();
    sp = (argc == oparg) ? args - 2 : args - 1;
    PUSH(result.release_value());
    DISPATCH();
}
op_CALL_FUNCTION_EX : {
    Value kwargs = (oparg & 1) ? POP() : Value {};
    if (!kwargs.is_empty())
        ++sp; // keep rooted
    Value args_tuple = (oparg & 1) ? SECOND() : TOP();
    Value callable = (oparg & 1) ? PEEK(4) : PEEK(3);
    Value r = CHECK(call_with_tuple_and_dict(*this, callable, args_tuple, kwargs));
    sp -= (oparg & 1) ? 4 : 3;
    PUSH(r);
    DISPATCH();
}
op_MAKE_FUNCTION : {
    auto* fcode = static_cast<CodeObject*>(POP().as_object());
    auto* f = make<FunctionObject>(types::function, fcode, frame->globals);
    f->m_builtins = frame->builtins;
    if (oparg & 8)
        f->m_closure = static_cast<TupleObject*>(POP().as_object());
    if (oparg & 4)
        f->m_annotations = static_cast<DictObject*>(POP().as_object());
    if (oparg & 2)
        f->m_kwdefaults = static_cast<DictObject*>(POP().as_object());
    if (oparg & 1)
        f->m_defaults = static_cast<TupleObject*>(POP().as_object());
    f->m_name = fcode->m_name;
    f->m_qualname = fcode->m_qualname;
    f->m_doc = fcode->m_docstring.is_empty() ? py_none : fcode->m_docstring;
    Value module_name = frame->globals->get_str(names.__name__);
    f->m_module = module_name.is_empty() ? py_none : module_name;
    PUSH(f->value());
    DISPATCH();
}
op_RETURN_VALUE : {
    Value result = POP();
    if (frame->is_entry) {
        --m_depth;
        m_frame = frame->previous;
        if (frame->generator) {
            frame->sp = sp;
            frame->ip = ip;
        } else {
            pop_frame(*this, frame);
        }
        return result;
    }
    Frame* caller = frame->previous;
    bool was_init = frame->is_init;
    --m_depth;
    pop_frame(*this, frame);
    frame = caller;
    m_frame = frame;
    LOAD_FRAME();
    if (was_init) [[unlikely]] {
        // The instance is already on the caller's stack.
        if (!result.is(py_none)) {
            raise_init_not_none(*this, result);
            GOTO_ERROR();
        }
        DISPATCH();
    }
    PUSH(result);
    DISPATCH();
}

op_RAISE_VARARGS : {
    SAVE_FRAME();
    if (oparg == 0) {
        if (m_handled_exception.is_empty()) {
            raise(types::runtime_error, "No active exception to reraise");
            GOTO_ERROR();
        }
        m_exception = m_handled_exception;
        reraise = true;
        GOTO_ERROR();
    }
    Value cause = oparg == 2 ? POP() : Value {};
    Value exc = POP();
    SAVE_FRAME();
    do_raise(*this, exc, cause, oparg == 2);
    GOTO_ERROR();
}
op_RERAISE:
    m_exception = POP();
    SAVE_FRAME();
    reraise = true;
    GOTO_ERROR();
op_PUSH_EXC_INFO : {
    Value exc = TOP();
    TOP() = m_handled_exception.is_empty() ? py_none : m_handled_exception;
    PUSH(exc);
    m_handled_exception = exc;
    DISPATCH();
}
op_POP_EXCEPT : {
    Value prev = POP();
    m_handled_exception = prev.is(py_none) ? Value {} : prev;
    DISPATCH();
}
op_CHECK_EXC_MATCH : {
    Value type = TOP();
    Value exc = SECOND();
    bool r = CHECK(exception_match(*this, exc, type));
    TOP() = py_bool(r);
    DISPATCH();
}
op_BEFORE_WITH : {
    Value mgr = TOP();
    Value exit_bound = CHECK(with_exit_bound(*this, mgr));
    PUSH(exit_bound); // [mgr exit] keeps both rooted
    Value entered = CHECK(with_enter(*this, mgr));
    sp[-2] = exit_bound;
    sp[-1] = entered;
    DISPATCH();
}
op_WITH_EXCEPT_START : {
    Value exc = TOP();
    Value exit = PEEK(3);
    Value r = CHECK(call_exit_with_exception(*this, exit, exc));
    PUSH(r);
    DISPATCH();
}

op_YIELD_VALUE : {
    Value v = POP();
    frame->ip = ip;
    frame->sp = sp;
    --m_depth;
    m_frame = frame->previous;
    frame->generator->m_state = GeneratorObject::State::Suspended;
    return v;
}
op_GET_YIELD_FROM_ITER : {
    Value v = TOP();
    if (!is_exact(v, types::generator))
        TOP() = CHECK(iter(v));
    DISPATCH();
}
op_SEND : {
    Value v = TOP();
    Value sub = SECOND();
    bool returned = false;
    Value r = CHECK(send_to(*this, sub, v, returned));
    if (returned) {
        sp -= 2;
        PUSH(r);
        ip = code_start + oparg;
        DISPATCH();
    }
    TOP() = r;
    DISPATCH();
}

op_IMPORT_NAME : {
    Value fromlist = POP();
    Value level = TOP();
    ++sp; // keep fromlist rooted
    Value module = CHECK(import_name(*this, frame, code->m_names[oparg], fromlist, level));
    --sp;
    TOP() = module;
    DISPATCH();
}
op_IMPORT_FROM : {
    Value module = TOP();
    Value v = CHECK(import_from(*this, module, code->m_names[oparg]));
    PUSH(v);
    DISPATCH();
}
op_IMPORT_STAR : {
    Value module = TOP();
    CHECK(import_star(*this, module, frame->locals_mapping));
    --sp;
    DISPATCH();
}
op_PRINT_EXPR : {
    Value v = TOP();
    CHECK(print_expr(*this, v));
    --sp;
    DISPATCH();
}

error:
    if (m_exception.is_empty()) [[unlikely]] {
        // A native operation reported failure without setting an exception: a bug, reported
        // as CPython reports it instead of crashing.
        raise(types::system_error,
            std::string("error return without exception set (in ")
                + op_name(instr_op(frame->ip[-1])) + ")");
    }
    add_traceback_entry(*this, frame, reraise);
    reraise = false;
    goto unwind;

unwind:
    for (;;) {
        uint32_t index = frame->current_instr();
        ExceptionTableEntry const* handler = nullptr;
        for (auto const& e : frame->code->m_exception_table) {
            if (index >= e.start && index < e.end) {
                handler = &e;
                break;
            }
        }
        if (handler) {
            code = frame->code;
            code_start = code->m_code.data();
            locals = frame->localsplus;
            consts = code->m_consts.data();
            sp = frame->stack_base + handler->depth;
            PUSH(take_exception());
            ip = code_start + handler->target;
            kwnames = nullptr;
            DISPATCH();
        }
        // No handler here: leave the frame.
        --m_depth;
        if (frame->is_entry) {
            m_frame = frame->previous;
            if (frame->generator) {
                frame->sp = frame->stack_base;
            } else {
                pop_frame(*this, frame);
            }
            return Error {};
        }
        Frame* caller = frame->previous;
        pop_frame(*this, frame);
        frame = caller;
        m_frame = frame;
        add_traceback_entry(*this, frame, false);
    }

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef DISPATCH
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef GOTO_ERROR
#undef CHECK
}

} // namespace minipy
