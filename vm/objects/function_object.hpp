// The callable objects of the VM: code objects, Python functions, cells, bound methods and
// native (C++) functions.
#pragma once

#include "vm/object.hpp"
#include "vm/opcodes.hpp"
#include "vm/result.hpp"

#include <string>
#include <vector>

namespace minipy {

class VM;
class StrObject;
class TupleObject;
class DictObject;
class Type;

/// One entry of a code object's zero-cost exception table (see opcodes.def).
struct ExceptionTableEntry {
    uint32_t start;
    uint32_t end;
    uint32_t target;
    uint32_t depth;
};

/// Source position of one instruction: CPython's co_positions() (1-based lines, 0-based UTF-8
/// byte columns). A zero line means "no position" (an artificial instruction).
struct Position {
    int32_t line;
    int32_t end_line;
    int32_t col;
    int32_t end_col;
};

/// One inline-cache slot of a LOAD_GLOBAL / LOAD_ATTR / LOAD_METHOD instruction.
struct InlineCache {
    uint64_t key1 = 0; ///< globals version, or type pointer
    uint64_t key2 = 0; ///< builtins version, or type epoch
    Value value;
};

enum CodeFlags : uint32_t {
    CO_OPTIMIZED = 1, ///< locals are fast slots (functions)
    CO_NEWLOCALS = 2,
    CO_VARARGS = 4,
    CO_VARKEYWORDS = 8,
    CO_NESTED = 16,
    CO_GENERATOR = 32,
};

/// The compiler's output: immutable bytecode plus everything needed to run and describe it.
class CodeObject final : public Object {
public:
    explicit CodeObject(Type* type);

    std::vector<Instr> m_code;
    std::vector<Position> m_positions; ///< one per instruction
    std::vector<Value> m_consts;
    std::vector<StrObject*> m_names; ///< co_names: globals, attributes, imports
    std::vector<StrObject*> m_varnames; ///< co_varnames: arguments first, then other locals
    std::vector<StrObject*> m_cellvars; ///< locals captured by inner scopes
    std::vector<StrObject*> m_freevars; ///< variables captured from enclosing scopes
    /// For each cellvar, the index of the argument it starts from, or -1.
    std::vector<int32_t> m_cell2arg;
    std::vector<ExceptionTableEntry> m_exception_table;
    std::vector<InlineCache> m_caches; ///< one per instruction (only some are used)

    uint32_t m_argcount = 0; ///< positional parameters, including positional-only
    uint32_t m_posonlyargcount = 0;
    uint32_t m_kwonlyargcount = 0;
    uint32_t m_flags = 0;
    uint32_t m_stacksize = 0; ///< maximum value-stack depth
    int32_t m_firstlineno = 1;
    StrObject* m_name = nullptr; ///< co_name: "<module>", "f", "<lambda>", "<listcomp>", ...
    StrObject* m_qualname = nullptr; ///< co_qualname: "C.method.<locals>.inner"
    StrObject* m_filename = nullptr;
    Value m_docstring; ///< the function docstring, or None

    /// Slots before the value stack: varnames, then cellvars, then freevars.
    size_t nlocalsplus() const { return m_varnames.size() + m_cellvars.size() + m_freevars.size(); }

    /// Value-stack words a frame for this code takes (computed on the first call, when the
    /// compiler has finished the code object).
    size_t frame_words()
    {
        if (m_frame_words == 0) [[unlikely]]
            compute_call_shape();
        return m_frame_words;
    }
    /// True if a call binds only positional parameters and creates no cells, so that a call with
    /// exactly m_argcount positional arguments just copies them (valid after frame_words()).
    bool has_simple_arguments() const { return m_simple_arguments; }
    int line_of(size_t instr_index) const;

    void visit_edges(Visitor&) override;
    size_t external_size() const override;

private:
    void compute_call_shape();
    uint32_t m_frame_words = 0;
    bool m_simple_arguments = false;
};

class CellObject final : public Object {
public:
    explicit CellObject(Type* type, Value contents = {})
        : Object(type)
        , m_contents(contents)
    {
    }
    Value m_contents; ///< empty when unbound
    void visit_edges(Visitor& v) override { v.visit(m_contents); }
};

class FunctionObject final : public Object {
public:
    FunctionObject(Type* type, CodeObject* code, DictObject* globals);

    CodeObject* m_code;
    DictObject* m_globals;
    DictObject* m_builtins = nullptr; ///< the builtins namespace at creation
    TupleObject* m_defaults = nullptr; ///< __defaults__ or null
    DictObject* m_kwdefaults = nullptr; ///< __kwdefaults__ or null
    TupleObject* m_closure = nullptr; ///< tuple of CellObject, one per freevar, or null
    DictObject* m_annotations = nullptr;
    StrObject* m_name = nullptr; ///< __name__
    StrObject* m_qualname = nullptr; ///< __qualname__
    Value m_module; ///< __module__
    Value m_doc; ///< __doc__
    DictObject* m_dict = nullptr; ///< function attributes, created on demand

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
};

/// A function bound to `self` (`obj.method` as a value).
class MethodObject final : public Object {
public:
    MethodObject(Type* type, Value function, Value self)
        : Object(type)
        , m_function(function)
        , m_self(self)
    {
    }
    Value m_function;
    Value m_self;
    void visit_edges(Visitor& v) override
    {
        v.visit(m_function);
        v.visit(m_self);
    }
};

/// Arguments as the VM passes them to a native function: `count` values, of which the last
/// `kwnames->size()` are keyword arguments named by the tuple `kwnames` (null when none).
struct CallArgs {
    Value const* args;
    size_t count;
    TupleObject* kwnames;
    size_t positional_count() const;
    size_t keyword_count() const;
};

using NativeFn = Result<Value> (*)(VM&, CallArgs const&);

/// A built-in function or method. When `m_self` is set it is passed as the first argument
/// (a bound built-in method like `[].append`); methods stored in a type's dict have no self
/// and receive the instance as args[0].
class NativeFunctionObject final : public Object {
public:
    NativeFunctionObject(
        Type* type, NativeFn fn, StrObject* name, Value self = {}, Type* owner = nullptr)
        : Object(type)
        , m_fn(fn)
        , m_name(name)
        , m_self(self)
        , m_owner(owner)
    {
    }
    NativeFn m_fn;
    StrObject* m_name;
    Value m_self;
    Type* m_owner; ///< the type a method belongs to (for reprs and self type checks), or null
    Value m_doc;
    void visit_edges(Visitor&) override;
};

} // namespace minipy
