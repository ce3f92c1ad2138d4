// Frame: the activation record of one running piece of Python code.
//
// Frames of ordinary calls live on the VM's contiguous value stack, immediately followed by their
// local slots (varnames, cells, free variables) and their operand stack, as in CPython 3.11: a
// call allocates nothing on the heap. A generator owns its frame in a heap buffer and links it
// into the chain only while it runs.
#pragma once

#include "vm/opcodes.hpp"

#include "vm/value.hpp"
#include <cstddef>

namespace minipy {

class CodeObject;
class FunctionObject;
class DictObject;
class GeneratorObject;
class Visitor;

struct Frame {
    CodeObject* code = nullptr;
    FunctionObject* function = nullptr; ///< null for module, class-body and exec/eval code
    DictObject* globals = nullptr;
    DictObject* builtins = nullptr;
    Value locals_mapping; ///< the mapping LOAD_NAME/STORE_NAME use (empty in functions)
    Value* localsplus = nullptr; ///< varnames, then cells, then freevars
    Value* stack_base = nullptr; ///< operand stack, grows upwards
    Value* sp = nullptr; ///< saved operand stack pointer (valid while not running)
    Instr const* ip = nullptr; ///< next instruction (saved while not running)
    Frame* previous = nullptr; ///< the caller
    GeneratorObject* generator = nullptr;
    bool is_entry = false; ///< returning from it leaves the C++ call to VM::run_frame
    /// An __init__ run inline by the eval loop for a class call: on return the result must be
    /// None, and the caller's stack top already holds the new instance.
    bool is_init = false;

    /// Index of the instruction being executed (the one before ip).
    uint32_t current_instr() const;
    void visit_edges(Visitor&) const;
};

/// Words of value stack taken by a Frame header.
constexpr size_t frame_header_words = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);

} // namespace minipy
