// ExceptionObject: instances of BaseException and all its subclasses, and the traceback chain.
#pragma once

#include "vm/object.hpp"

namespace minipy {

class DictObject;
class VM;
class TupleObject;
class CodeObject;

/// One traceback entry (CPython's traceback object): the code and instruction that were running
/// in a frame when the exception passed through it. `m_next` points towards where it was raised.
class TracebackObject final : public Object {
public:
    TracebackObject(
        Type* type, CodeObject* code, uint32_t instr, TracebackObject* next, DictObject* globals)
        : Object(type)
        , m_code(code)
        , m_instr(instr)
        , m_next(next)
        , m_globals(globals)
    {
    }
    CodeObject* m_code;
    uint32_t m_instr;
    TracebackObject* m_next;
    DictObject* m_globals; ///< the frame's globals (NameError suggestions look there)
    void visit_edges(Visitor&) override;
};

class ExceptionObject final : public Object {
public:
    ExceptionObject(Type* type, TupleObject* args)
        : Object(type)
        , m_args(args)
    {
    }
    TupleObject* m_args; ///< .args
    Value m_cause; ///< __cause__ (empty = None)
    Value m_context; ///< __context__ (empty = None)
    bool m_suppress_context = false; ///< __suppress_context__
    TracebackObject* m_traceback = nullptr;
    DictObject* m_dict = nullptr; ///< attributes (e.g. .name and .path of ImportError, .value of
                                  ///< StopIteration, .code of SystemExit)

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
};

/// `type(*args)` for a built-in exception class that keeps BaseException's __new__ and __init__
/// (no user code runs): the new instance, or the empty Value when `type` needs the full call.
Value new_builtin_exception(VM&, Type* type, Value const* args, size_t count);

} // namespace minipy
