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
