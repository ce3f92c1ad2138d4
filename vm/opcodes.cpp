// Opcode names for disassembly and diagnostics, generated from opcodes.def.
#include "vm/opcodes.hpp"

#include <cstddef>

namespace minipy {

char const* op_name(Op op)
{
    static char const* const names[] = {
#define OP(name, effect, doc) #name,
#include "vm/opcodes.def"
#undef OP
    };
    auto index = static_cast<size_t>(op);
    return index < sizeof(names) / sizeof(names[0]) ? names[index] : "<invalid>";
}

} // namespace minipy
