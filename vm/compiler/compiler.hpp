// The compiler's public entry point: an AST module in, a CodeObject (or a SyntaxError) out.
//
// Compilation runs in two passes, as in CPython and MicroPython: symtable.cpp classifies every
// name of every scope (local, global, free, cell), then the codegen_*.cpp files walk the AST once
// more and emit the instructions of vm/opcodes.def, one CodeObject per function, class body,
// lambda and comprehension. Nothing here runs Python code, so the GC never runs while the
// compiler holds freshly allocated constants in plain C++ containers.
#pragma once

#include "parser/ast.hpp"
#include "vm/result.hpp"

#include <string_view>

namespace minipy {

class VM;
class CodeObject;

/// What the code is compiled as, like the `mode` argument of CPython's `compile()`.
enum class CompileMode {
    Exec, ///< module / exec(): returns None
    Eval, ///< eval(): the code returns the value of the single expression
    Single, ///< one interactive statement: expression statements print their value (PRINT_EXPR)
};

/// Compiles a parsed module. `source` is the text the AST was parsed from; it supplies the
/// `text` line of compile-time SyntaxErrors. On error a SyntaxError (or RecursionError for
/// absurdly deep nesting) is pending in the VM.
Result<CodeObject*> compile_ast(VM& vm, ast::Module* module, std::string_view filename,
    CompileMode mode, std::string_view source);

} // namespace minipy
