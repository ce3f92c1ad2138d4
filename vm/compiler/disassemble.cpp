// A `dis`-style disassembler for code objects.
#include "vm/compiler/disassemble.hpp"

#include "vm/objects/function_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

#include <cstdio>
#include <set>

namespace minipy {

namespace {

char const* const opcode_names[] = {
#define OP(name, effect, doc) #name,
#include "vm/opcodes.def"
#undef OP
};

char const* opcode_name(Op op)
{
    auto i = static_cast<size_t>(op);
    return i < static_cast<size_t>(Op::Count_) ? opcode_names[i] : "<invalid>";
}

bool is_jump(Op op)
{
    switch (op) {
    case Op::FOR_ITER:
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::SEND:
        return true;
    default:
        return false;
    }
}

bool has_arg(Op op)
{
    switch (op) {
    case Op::NOP:
    case Op::POP_TOP:
    case Op::PUSH_NULL:
    case Op::LOAD_BUILD_CLASS:
    case Op::LOAD_ASSERTION_ERROR:
    case Op::SETUP_ANNOTATIONS:
    case Op::BINARY_SUBSCR:
    case Op::STORE_SUBSCR:
    case Op::DELETE_SUBSCR:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT:
    case Op::LIST_TO_TUPLE:
    case Op::GET_ITER:
    case Op::RETURN_VALUE:
    case Op::RERAISE:
    case Op::PUSH_EXC_INFO:
    case Op::POP_EXCEPT:
    case Op::CHECK_EXC_MATCH:
    case Op::BEFORE_WITH:
    case Op::WITH_EXCEPT_START:
    case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER:
    case Op::IMPORT_STAR:
    case Op::PRINT_EXPR:
        return false;
    default:
        return true;
    }
}

std::string code_header(CodeObject* code)
{
    return "<code object " + std::string(code->m_name ? code->m_name->view() : "?") + ", file \""
        + std::string(code->m_filename ? code->m_filename->view() : "?") + "\", line "
        + std::to_string(code->m_firstlineno) + ">";
}

std::string const_repr(VM& vm, Value v)
{
    if (v.is_object() && VM::type_of(v) == types::code)
        return code_header(static_cast<CodeObject*>(v.as_object()));
    auto r = vm.repr(v);
    if (r.is_error()) {
        (void)vm.take_exception();
        return "<unrepresentable>";
    }
    return std::string(r.value()->view());
}

std::string name_at(std::vector<StrObject*> const& names, uint32_t i)
{
    return i < names.size() ? std::string(names[i]->view()) : "<bad index>";
}

char const* const binary_op_names[]
    = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
char const* const compare_op_names[] = {"==", "!=", "<", "<=", ">", ">="};

std::string argrepr(VM& vm, CodeObject* code, Op op, uint32_t arg)
{
    size_t ncells = code->m_cellvars.size();
    switch (op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES:
        return arg < code->m_consts.size() ? const_repr(vm, code->m_consts[arg]) : "<bad index>";
    case Op::LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST:
        return name_at(code->m_varnames, arg);
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
        return arg < ncells ? name_at(code->m_cellvars, arg)
                            : name_at(code->m_freevars, static_cast<uint32_t>(arg - ncells));
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM:
        return name_at(code->m_names, arg);
    case Op::BINARY_OP: {
        uint32_t base = arg >= binary_op_inplace_offset ? arg - binary_op_inplace_offset : arg;
        if (base >= 13)
            return "?";
        return std::string(binary_op_names[base]) + (arg >= binary_op_inplace_offset ? "=" : "");
    }
    case Op::COMPARE_OP:
        return arg < 6 ? compare_op_names[arg] : "?";
    case Op::IS_OP:
        return arg ? "is not" : "is";
    case Op::CONTAINS_OP:
        return arg ? "not in" : "in";
    case Op::FORMAT_VALUE: {
        static char const* const conv[] = {"", "str", "repr", "ascii"};
        std::string s = conv[arg & 3];
        if (arg & 4)
            s += s.empty() ? "with format" : ", with format";
        return s;
    }
    case Op::MAKE_FUNCTION: {
        static char const* const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
        std::string s;
        for (int i = 0; i < 4; ++i) {
            if (arg & (1u << i))
                s += (s.empty() ? "" : ", ") + std::string(flags[i]);
        }
        return s;
    }
    default:
        if (is_jump(op))
            return "to " + std::to_string(arg);
        return "";
    }
}

void disassemble_one(VM& vm, CodeObject* code, std::string& out)
{
    std::set<uint32_t> targets;
    for (Instr instr : code->m_code) {
        if (is_jump(instr_op(instr)))
            targets.insert(instr_arg(instr));
    }
    for (auto const& e : code->m_exception_table)
        targets.insert(e.target);
    int last_line = -1;
    char buf[256];
    for (size_t i = 0; i < code->m_code.size(); ++i) {
        Instr instr = code->m_code[i];
        Op op = instr_op(instr);
        uint32_t arg = instr_arg(instr);
        int line = i < code->m_positions.size() ? code->m_positions[i].line : 0;
        std::string line_col;
        if (line != last_line && line > 0) {
            if (i > 0)
                out += "\n";
            line_col = std::to_string(line);
            last_line = line;
        }
        std::string rep = argrepr(vm, code, op, arg);
        std::snprintf(buf, sizeof buf, "%4s %4s %5zu %-22s", line_col.c_str(),
            targets.count(static_cast<uint32_t>(i)) ? ">>" : "", i, opcode_name(op));
        out += buf;
        if (has_arg(op)) {
            std::snprintf(buf, sizeof buf, " %5u", arg);
            out += buf;
            if (!rep.empty())
                out += " (" + rep + ")";
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        out += "\n";
    }
    if (!code->m_exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (auto const& e : code->m_exception_table) {
            std::snprintf(
                buf, sizeof buf, "  %u to %u -> %u [%u]\n", e.start, e.end, e.target, e.depth);
            out += buf;
        }
    }
}

} // namespace

std::string disassemble(VM& vm, CodeObject* code)
{
    std::string out;
    disassemble_one(vm, code, out);
    for (Value c : code->m_consts) {
        if (c.is_object() && VM::type_of(c) == types::code) {
            auto* inner = static_cast<CodeObject*>(c.as_object());
            out += "\nDisassembly of " + code_header(inner) + ":\n";
            out += disassemble(vm, inner);
        }
    }
    return out;
}

} // namespace minipy
