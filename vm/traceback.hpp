// Printing uncaught exceptions exactly as CPython 3.11's default excepthook does.
#pragma once

#include "vm/value.hpp"

#include <initializer_list>
#include <string>

namespace minipy {

class VM;

/// Renders `exc` with its traceback and its __cause__/__context__ chain (oldest first), as
/// CPython's sys.excepthook prints it: 3.11 caret lines under the failing expression, repeated
/// frames elided after three, SyntaxError's file/line/caret block. Never raises.
std::string format_exception(VM&, Value exc);

} // namespace minipy

namespace minipy {

/// A frame that CPython runs as Python code but minipy runs natively, as a traceback shows it:
/// `File "<frozen importlib._bootstrap_external>", line 1074, in get_code`.
struct SyntheticFrame {
    std::string_view filename;
    std::string_view function;
    int line;
};

/// Puts entries for `frames` (outermost first, as a traceback prints them) in front of `exc`'s
/// traceback, so that it prints as CPython's. Such entries have no source line.
void push_synthetic_traceback(VM&, Value exc, std::initializer_list<SyntheticFrame> frames);

} // namespace minipy
