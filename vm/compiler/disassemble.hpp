// A `dis`-style disassembler for code objects (`--dis` and debugging).
#pragma once

#include <string>

namespace minipy {

class VM;
class CodeObject;

/// Renders `code` and, after it, every code object among its constants, in the layout of
/// CPython's `dis.dis`: line, jump-target marker, instruction index, opcode, argument and the
/// resolved name/constant/jump target, followed by the exception table.
std::string disassemble(VM& vm, CodeObject* code);

} // namespace minipy
