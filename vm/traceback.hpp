// Printing uncaught exceptions exactly as CPython 3.11's default excepthook does.
#pragma once

#include "vm/value.hpp"

#include <string>

namespace minipy {

class VM;

/// Renders `exc` with its traceback and its __cause__/__context__ chain (oldest first), as
/// CPython's sys.excepthook prints it: 3.11 caret lines under the failing expression, repeated
/// frames elided after three, SyntaxError's file/line/caret block. Never raises.
std::string format_exception(VM&, Value exc);

} // namespace minipy

namespace minipy {

/// Puts an entry in front of `exc`'s traceback for a frame that CPython runs as Python code but
/// minipy runs natively (say `File "<frozen importlib._bootstrap_external>", line 1074, in
/// get_code`), so that the printed traceback matches CPython's. Such entries have no source
/// line. Call innermost first.
void push_synthetic_traceback_entry(
    VM&, Value exc, std::string_view filename, std::string_view function, int line);

} // namespace minipy
