// Opcode enumeration and instruction encoding, generated from opcodes.def.
#pragma once

#include <cstdint>

namespace minipy {

enum class Op : uint8_t {
#define OP(name, effect, doc) name,
#include "vm/opcodes.def"
#undef OP
    Count_
};

/// The `dis`-style name of an opcode.
char const* op_name(Op op);

using Instr = uint32_t;

constexpr uint32_t max_oparg = (1u << 24) - 1;

constexpr Instr make_instr(Op op, uint32_t arg = 0)
{
    return static_cast<uint32_t>(op) | (arg << 8);
}
constexpr Op instr_op(Instr instr)
{
    return static_cast<Op>(instr & 0xff);
}
constexpr uint32_t instr_arg(Instr instr)
{
    return instr >> 8;
}

/// BINARY_OP's argument for the in-place form of an operator.
constexpr uint32_t binary_op_inplace_offset = 13;

} // namespace minipy
