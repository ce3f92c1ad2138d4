// The description of a SyntaxError found by the lexer, parser or compiler, before it becomes a
// Python exception object in the VM.
#pragma once

#include <string>

namespace minipy {

/// Which exception class the error becomes; IndentationError and TabError subclass SyntaxError.
/// RecursionError ("maximum recursion depth exceeded during compilation") and MemoryError (empty
/// message, no location) are what CPython 3.11 raises for absurdly deep nesting: the AST deeper
/// than the compiler's limit, and the parser's own stack overflowing, respectively.
enum class SyntaxErrorKind { SyntaxError, IndentationError, TabError, RecursionError, MemoryError };

/// Mirrors the attributes of CPython's SyntaxError: `msg`, `lineno`, `offset` (1-based column of
/// the caret, counted in characters as CPython prints it), `end_lineno`, `end_offset` and `text`
/// (the offending source line, with its trailing newline as CPython keeps it). A zero lineno means
/// "no location" (CPython prints no `File` line then).
struct SyntaxErrorInfo {
    SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
    std::string msg;
    int lineno = 0;
    int offset = 0;
    int end_lineno = 0;
    int end_offset = 0;
    std::string text;
};

} // namespace minipy
