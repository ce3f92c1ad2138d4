// Code generation core: units, instruction emission, constants and names, name resolution to
// opcodes, assembly (labels, exception table, stack depth) and the compile_ast entry point.
//
// Interpretation notes on vm/opcodes.def (documented here as the instruction-set contract's
// reader; see also the report that accompanied this file):
// - Call stack layout is [callable, self_or_NULL, args...] (opcodes.def), not CPython's
//   [NULL, callable, args...]; so PUSH_NULL is emitted after the callable.
// - CALL_FUNCTION_EX always receives a real tuple: `f(*a)` is compiled as BUILD_LIST 0, a,
//   LIST_EXTEND 1, LIST_TO_TUPLE (CPython passes `a` itself and converts it in the VM).
// - DICT_MERGE (always arg 1 here) runs with [f NULL args_tuple map m] on the stack: after
//   popping m, the map is the top and the callable is 3 below it (stack[-4]).
// - Class bodies end with LOAD_CLOSURE __class__; STORE_NAME __classcell__; LOAD_CONST None;
//   RETURN_VALUE when a method uses super()/__class__ (the VM's __build_class__ reads the cell
//   from the namespace).
// - Instructions compiled for no particular node (artificial cleanup code) carry the position of
//   the statement being compiled.
// - Complex (imaginary) literals raise SyntaxError "complex numbers are not supported":
//   the VM has no complex type yet.
#include "vm/compiler/codegen.hpp"

#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <bit>
#include <cstring>

namespace minipy::compiler {

namespace {

// CPython's CO_MAXBLOCKS.
constexpr size_t max_blocks = 20;
// The recursion limit times COMPILER_STACK_FRAME_SCALE, as for the symbol table.
constexpr int max_nesting = 3000;

} // namespace

int fblock_stack_items(FBlockType type)
{
    switch (type) {
    case FBlockType::ForLoop:
    case FBlockType::With:
    case FBlockType::PopValue:
    case FBlockType::ExceptionHandler:
        return 1;
    case FBlockType::FinallyEnd:
        return 2;
    default:
        return 0;
    }
}

NestingGuard::NestingGuard(CodeGen& gen)
    : m_gen(gen)
{
    if (++m_gen.m_depth > max_nesting) {
        m_gen.m_recursion_error = true;
        throw CompileFailure {};
    }
}

CodeGen::CodeGen(VM& vm, SymbolTable& table, std::string_view filename, CompileMode mode)
    : m_vm(vm)
    , m_table(table)
    , m_filename(filename)
    , m_mode(mode)
{
    m_filename_str = vm.new_str(filename);
}

void CodeGen::error(std::string msg, ast::Span const& span)
{
    SyntaxErrorInfo info;
    info.msg = std::move(msg);
    info.lineno = span.line;
    info.offset = span.col + 1;
    info.end_lineno = span.end_line;
    info.end_offset = span.end_col + 1;
    m_error = std::move(info);
    throw CompileFailure {};
}

// -- units --------------------------------------------------------------------------------------

void CodeGen::enter_unit(
    Scope* scope, UnitKind kind, std::string name, ast::Node const*, int firstlineno)
{
    auto unit = std::make_unique<Unit>();
    Unit& n = *unit;
    n.scope = scope;
    n.kind = kind;
    n.name = std::move(name);
    n.firstlineno = firstlineno;
    n.docstring = py_none;
    n.loc = ast::Span {firstlineno, 0, firstlineno, 0};
    if (!m_units.empty()) {
        Unit& parent = u();
        n.private_name = parent.private_name;
        // CPython's compiler_set_qualname.
        bool force_global = false;
        if (kind == UnitKind::Function || kind == UnitKind::Class) {
            if (parent.kind != UnitKind::Module
                && parent.scope->scope_of(mangle(parent.private_name, n.name))
                    == SymbolScope::GlobalExplicit)
                force_global = true;
        }
        if (parent.kind == UnitKind::Module || force_global)
            n.qualname = n.name;
        else if (parent.kind == UnitKind::Function || parent.kind == UnitKind::Lambda)
            n.qualname = parent.qualname + ".<locals>." + n.name;
        else
            n.qualname = parent.qualname + "." + n.name;
    } else {
        n.qualname = n.name;
    }
    if (kind == UnitKind::Class)
        n.private_name = n.name;

    // Frame layout: parameters first, then cells (sorted, as CPython), then free variables.
    for (auto const& p : scope->params)
        n.varname_index.emplace(p, static_cast<uint32_t>(n.varnames.size())),
            n.varnames.push_back(p);
    if (kind == UnitKind::Class && scope->needs_class_closure)
        n.cellvars.push_back("__class__");
    std::vector<std::string> cells, frees;
    for (auto const& name : scope->symbol_order) {
        Symbol const& sym = scope->symbols.at(name);
        if (sym.scope == SymbolScope::Cell)
            cells.push_back(name);
        else if (sym.scope == SymbolScope::Free
            || (kind == UnitKind::Class && (sym.flags & DEF_FREE_CLASS)))
            frees.push_back(name);
    }
    // CPython 3.11 lists captured parameters first (in parameter order), then the other cells
    // sorted by name.
    std::sort(cells.begin(), cells.end(), [&](std::string const& a, std::string const& b) {
        auto ia = n.varname_index.find(a);
        auto ib = n.varname_index.find(b);
        bool pa = ia != n.varname_index.end();
        bool pb = ib != n.varname_index.end();
        if (pa != pb)
            return pa;
        if (pa)
            return ia->second < ib->second;
        return a < b;
    });
    std::sort(frees.begin(), frees.end());
    n.cellvars.insert(n.cellvars.end(), cells.begin(), cells.end());
    n.freevars = std::move(frees);
    uint32_t index = 0;
    for (auto const& c : n.cellvars)
        n.deref_index.emplace(c, index++);
    for (auto const& f : n.freevars)
        n.deref_index.emplace(f, index++);

    if (kind == UnitKind::Function || kind == UnitKind::Lambda || kind == UnitKind::Comprehension) {
        n.flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (scope->is_nested)
            n.flags |= CO_NESTED;
        if (scope->is_generator)
            n.flags |= CO_GENERATOR;
        if (scope->has_varargs)
            n.flags |= CO_VARARGS;
        if (scope->has_varkeywords)
            n.flags |= CO_VARKEYWORDS;
    }
    m_units.push_back(std::move(unit));
}

CodeObject* CodeGen::leave_unit()
{
    CodeObject* code = assemble(u());
    m_units.pop_back();
    return code;
}

// -- emission -----------------------------------------------------------------------------------

size_t CodeGen::emit(Op op, uint32_t arg)
{
    Unit& n = u();
    if (arg > max_oparg)
        error("too many constants, names or instructions in one code object");
    n.code.push_back(make_instr(op, arg));
    n.positions.push_back(Position {n.loc.line, n.loc.end_line, n.loc.col, n.loc.end_col});
    n.instr_handler.push_back(n.handler_stack.empty() ? -1 : n.handler_stack.back());
    return n.code.size() - 1;
}

int CodeGen::new_label()
{
    u().labels.push_back(-1);
    return static_cast<int>(u().labels.size() - 1);
}

void CodeGen::bind(int label)
{
    u().labels[label] = static_cast<int32_t>(u().code.size());
}

void CodeGen::emit_jump(Op op, int label)
{
    size_t at = emit(op, static_cast<uint32_t>(label));
    u().jumps.push_back(at);
}

void CodeGen::push_handler(int label, uint32_t depth)
{
    u().handlers.push_back(Handler {label, depth});
    u().handler_stack.push_back(static_cast<int>(u().handlers.size() - 1));
}

void CodeGen::pop_handler()
{
    u().handler_stack.pop_back();
}

void CodeGen::push_fblock(FBlockType type, ast::Node const* node, int start, int exit)
{
    if (u().fblocks.size() >= max_blocks)
        error("too many statically nested blocks");
    FBlock b {type, start, exit, nullptr, nullptr, node, u().handler_stack.size()};
    u().fblocks.push_back(b);
}

void CodeGen::pop_fblock()
{
    u().fblocks.pop_back();
}

uint32_t CodeGen::block_stack_depth() const
{
    uint32_t depth = 0;
    for (auto const& b : m_units.back()->fblocks)
        depth += static_cast<uint32_t>(fblock_stack_items(b.type));
    return depth;
}

// -- constants and names ------------------------------------------------------------------------

uint32_t CodeGen::add_const(Value value, std::string key)
{
    Unit& n = u();
    if (!key.empty()) {
        auto it = n.const_index.find(key);
        if (it != n.const_index.end())
            return it->second;
        n.const_index.emplace(std::move(key), static_cast<uint32_t>(n.consts.size()));
    }
    n.consts.push_back(value);
    return static_cast<uint32_t>(n.consts.size() - 1);
}

uint32_t CodeGen::const_none()
{
    return add_const(py_none, "N");
}

static bool is_identifier_like(std::string const& s)
{
    if (s.empty() || s.size() > 64)
        return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_'))
            return false;
    }
    return true;
}

uint32_t CodeGen::const_str(std::string const& s)
{
    // Identifier-like strings are interned (as CPython does), so that keyword names and
    // attribute-like keys compare by pointer.
    Value v = is_identifier_like(s) ? m_vm.intern(s)->value() : m_vm.new_str(s)->value();
    return add_const(v, "s" + s);
}

uint32_t CodeGen::const_int(int64_t v)
{
    return add_const(m_vm.new_int(v), "i" + std::to_string(v));
}

uint32_t CodeGen::const_name_tuple(std::vector<std::string> const& names)
{
    std::string key = "t(";
    for (auto const& n : names)
        key += "s" + std::to_string(n.size()) + ":" + n;
    key += ")";
    auto it = u().const_index.find(key);
    if (it != u().const_index.end())
        return it->second;
    TupleObject* tuple = m_vm.new_tuple(names.size());
    for (size_t i = 0; i < names.size(); ++i)
        (*tuple)[i] = m_vm.intern(names[i])->value();
    return add_const(tuple->value(), std::move(key));
}

uint32_t CodeGen::add_name(std::string const& name)
{
    Unit& n = u();
    auto it = n.name_index.find(name);
    if (it != n.name_index.end())
        return it->second;
    n.name_index.emplace(name, static_cast<uint32_t>(n.names.size()));
    n.names.push_back(name);
    return static_cast<uint32_t>(n.names.size() - 1);
}

uint32_t CodeGen::add_varname(std::string const& name)
{
    Unit& n = u();
    auto it = n.varname_index.find(name);
    if (it != n.varname_index.end())
        return it->second;
    n.varname_index.emplace(name, static_cast<uint32_t>(n.varnames.size()));
    n.varnames.push_back(name);
    return static_cast<uint32_t>(n.varnames.size() - 1);
}

/// CPython's compiler_nameop: picks the FAST / DEREF / GLOBAL / NAME form from the symbol table.
void CodeGen::nameop(std::string const& raw, ast::Ctx ctx)
{
    Unit& n = u();
    std::string name = mangled(raw);
    SymbolScope scope = n.scope->scope_of(name);
    bool function_like = n.kind == UnitKind::Function || n.kind == UnitKind::Lambda
        || n.kind == UnitKind::Comprehension;
    enum { Fast, Deref, Global, Name } kind = Name;
    switch (scope) {
    case SymbolScope::Free:
    case SymbolScope::Cell:
        kind = Deref;
        break;
    case SymbolScope::Local:
        if (function_like)
            kind = Fast;
        break;
    case SymbolScope::GlobalImplicit:
        if (function_like)
            kind = Global;
        break;
    case SymbolScope::GlobalExplicit:
        kind = Global;
        break;
    case SymbolScope::Unknown:
        break;
    }
    // A name bound in a class body that is also free in a method is still looked up in the
    // class namespace by the body itself.
    if (kind == Deref && n.deref_index.find(name) == n.deref_index.end())
        kind = Name;
    switch (kind) {
    case Fast: {
        uint32_t i = add_varname(name);
        emit(ctx == ast::Ctx::Load       ? Op::LOAD_FAST
                : ctx == ast::Ctx::Store ? Op::STORE_FAST
                                         : Op::DELETE_FAST,
            i);
        return;
    }
    case Deref: {
        uint32_t i = n.deref_index.at(name);
        if (ctx == ast::Ctx::Load)
            emit(n.kind == UnitKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, i);
        else
            emit(ctx == ast::Ctx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, i);
        return;
    }
    case Global: {
        uint32_t i = add_name(name);
        emit(ctx == ast::Ctx::Load       ? Op::LOAD_GLOBAL
                : ctx == ast::Ctx::Store ? Op::STORE_GLOBAL
                                         : Op::DELETE_GLOBAL,
            i);
        return;
    }
    case Name: {
        uint32_t i = add_name(name);
        emit(ctx == ast::Ctx::Load       ? Op::LOAD_NAME
                : ctx == ast::Ctx::Store ? Op::STORE_NAME
                                         : Op::DELETE_NAME,
            i);
        return;
    }
    }
}

// -- assembly -----------------------------------------------------------------------------------

namespace {

/// Stack effect of an instruction: on fall-through, and when it jumps.
struct Effect {
    int fall;
    int jump;
    bool falls_through;
    bool is_jump;
};

Effect stack_effect(Op op, uint32_t arg)
{
    auto plain = [](int e) { return Effect {e, 0, true, false}; };
    switch (op) {
    case Op::NOP:
    case Op::SWAP:
    case Op::DELETE_FAST:
    case Op::DELETE_DEREF:
    case Op::DELETE_GLOBAL:
    case Op::DELETE_NAME:
    case Op::SETUP_ANNOTATIONS:
    case Op::LOAD_ATTR:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT:
    case Op::LIST_TO_TUPLE:
    case Op::GET_ITER:
    case Op::KW_NAMES:
    case Op::CHECK_EXC_MATCH:
    case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER:
        return plain(0);
    case Op::POP_TOP:
    case Op::STORE_FAST:
    case Op::STORE_DEREF:
    case Op::STORE_GLOBAL:
    case Op::STORE_NAME:
    case Op::DELETE_ATTR:
    case Op::BINARY_SUBSCR:
    case Op::BINARY_OP:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::LIST_APPEND:
    case Op::SET_ADD:
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE:
    case Op::POP_EXCEPT:
    case Op::IMPORT_NAME:
    case Op::IMPORT_STAR:
    case Op::PRINT_EXPR:
        return plain(-1);
    case Op::PUSH_NULL:
    case Op::COPY:
    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_NAME:
    case Op::LOAD_BUILD_CLASS:
    case Op::LOAD_ASSERTION_ERROR:
    case Op::LOAD_METHOD:
    case Op::PUSH_EXC_INFO:
    case Op::BEFORE_WITH:
    case Op::WITH_EXCEPT_START:
    case Op::IMPORT_FROM:
        return plain(1);
    case Op::STORE_ATTR:
    case Op::DELETE_SUBSCR:
    case Op::MAP_ADD:
        return plain(-2);
    case Op::STORE_SUBSCR:
        return plain(-3);
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING:
    case Op::BUILD_SLICE:
        return plain(1 - static_cast<int>(arg));
    case Op::BUILD_MAP:
        return plain(1 - 2 * static_cast<int>(arg));
    case Op::UNPACK_SEQUENCE:
        return plain(static_cast<int>(arg) - 1);
    case Op::UNPACK_EX:
        return plain(static_cast<int>((arg & 0xff) + (arg >> 8)));
    case Op::FORMAT_VALUE:
        return plain((arg & 4) ? -1 : 0);
    case Op::FOR_ITER:
        return Effect {1, -1, true, true};
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
        return Effect {0, 0, false, true};
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
        return Effect {-1, -1, true, true};
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
        return Effect {-1, 0, true, true};
    case Op::SEND:
        return Effect {0, -1, true, true};
    case Op::CALL:
        return plain(-1 - static_cast<int>(arg));
    case Op::CALL_FUNCTION_EX:
        return plain(-2 - static_cast<int>(arg & 1));
    case Op::MAKE_FUNCTION:
        return plain(-std::popcount(arg & 15u));
    case Op::RETURN_VALUE:
    case Op::RAISE_VARARGS:
    case Op::RERAISE:
        return Effect {0, 0, false, false};
    case Op::Count_:
        break;
    }
    return plain(0);
}

} // namespace

CodeObject* CodeGen::assemble(Unit& n)
{
    size_t count = n.code.size();
    // Resolve labels; an unconditional jump backwards is JUMP_BACKWARD (the GC safepoint).
    for (size_t at : n.jumps) {
        Instr instr = n.code[at];
        int32_t target = n.labels[instr_arg(instr)];
        Op op = instr_op(instr);
        if (op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD)
            op = static_cast<size_t>(target) <= at ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD;
        n.code[at] = make_instr(op, static_cast<uint32_t>(target));
    }

    // Exception table: run-length encode the innermost handler of each instruction.
    std::vector<ExceptionTableEntry> table;
    for (size_t i = 0; i < count;) {
        int32_t h = n.instr_handler[i];
        size_t j = i + 1;
        while (j < count && n.instr_handler[j] == h)
            ++j;
        if (h >= 0) {
            Handler const& handler = n.handlers[h];
            table.push_back(ExceptionTableEntry {static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                static_cast<uint32_t>(n.labels[handler.label]), handler.depth});
        }
        i = j;
    }

    // Maximum stack depth by flow analysis over all reachable instructions (CPython's
    // stackdepth()); exception handlers are entered with depth + 1.
    std::vector<int> depth_at(count + 1, -1);
    std::vector<size_t> work;
    int max_depth = 0;
    auto reach = [&](size_t target, int depth) {
        if (target > count)
            return;
        if (depth > max_depth)
            max_depth = depth;
        if (depth_at[target] < depth) {
            depth_at[target] = depth;
            work.push_back(target);
        }
    };
    reach(0, 0);
    while (!work.empty()) {
        size_t i = work.back();
        work.pop_back();
        if (i >= count)
            continue;
        int depth = depth_at[i];
        if (n.instr_handler[i] >= 0) {
            Handler const& handler = n.handlers[n.instr_handler[i]];
            reach(
                static_cast<size_t>(n.labels[handler.label]), static_cast<int>(handler.depth) + 1);
        }
        Op op = instr_op(n.code[i]);
        uint32_t arg = instr_arg(n.code[i]);
        Effect e = stack_effect(op, arg);
        // Values an instruction pushes before popping (COPY, LOAD_METHOD ...) are covered by
        // the result depth; CALL-like instructions never exceed their input depth.
        if (e.is_jump)
            reach(arg, depth + e.jump);
        if (e.falls_through)
            reach(i + 1, depth + e.fall);
    }

    CodeObject* code = m_vm.make<CodeObject>(types::code);
    code->m_code = std::move(n.code);
    code->m_positions = std::move(n.positions);
    code->m_consts = std::move(n.consts);
    for (auto const& name : n.names)
        code->m_names.push_back(m_vm.intern(name));
    for (auto const& name : n.varnames)
        code->m_varnames.push_back(m_vm.intern(name));
    for (auto const& name : n.cellvars) {
        code->m_cellvars.push_back(m_vm.intern(name));
        auto it = n.varname_index.find(name);
        bool is_arg = it != n.varname_index.end() && it->second < n.scope->params.size();
        code->m_cell2arg.push_back(is_arg ? static_cast<int32_t>(it->second) : -1);
    }
    for (auto const& name : n.freevars)
        code->m_freevars.push_back(m_vm.intern(name));
    code->m_exception_table = std::move(table);
    code->m_caches.resize(code->m_code.size());
    code->m_argcount = n.argcount;
    code->m_posonlyargcount = n.posonlyargcount;
    code->m_kwonlyargcount = n.kwonlyargcount;
    code->m_flags = n.flags;
    code->m_stacksize = static_cast<uint32_t>(max_depth) + 1;
    code->m_firstlineno = n.firstlineno;
    code->m_name = m_vm.intern(n.name);
    code->m_qualname = m_vm.intern(n.qualname);
    code->m_filename = m_filename_str;
    code->m_docstring = n.docstring;
    return code;
}

// -- the module ---------------------------------------------------------------------------------

CodeObject* CodeGen::compile_module(ast::Module* module)
{
    enter_unit(m_table.top(), UnitKind::Module, "<module>", module, 1);
    if (!module->body.empty())
        u().loc = module->body[0]->span;
    switch (m_mode) {
    case CompileMode::Eval: {
        auto* stmt = module->body.empty() ? nullptr : module->body[0];
        if (!stmt || stmt->kind != ast::StmtKind::Expr)
            error("invalid eval source");
        ast::Expr* e = static_cast<ast::ExprStmt*>(stmt)->value;
        LocScope loc(*this, e->span);
        visit_expr(e);
        emit(Op::RETURN_VALUE);
        break;
    }
    case CompileMode::Single:
        if (has_annotations(module->body))
            emit(Op::SETUP_ANNOTATIONS);
        visit_body(module->body);
        if (!module->body.empty())
            u().loc = module->body.back()->span;
        emit_load_none();
        emit(Op::RETURN_VALUE);
        break;
    case CompileMode::Exec:
        compile_body_with_docstring(module->body, true);
        if (!module->body.empty())
            u().loc = module->body.back()->span;
        emit_load_none();
        emit(Op::RETURN_VALUE);
        break;
    }
    return leave_unit();
}

} // namespace minipy::compiler

namespace minipy {

namespace {

/// The `n`-th (1-based) line of `source`, with its newline as CPython's SyntaxError.text keeps it.
std::string source_line(std::string_view source, int n)
{
    if (n <= 0)
        return {};
    size_t start = 0;
    for (int line = 1; line < n; ++line) {
        size_t nl = source.find('\n', start);
        if (nl == std::string_view::npos)
            return {};
        start = nl + 1;
    }
    size_t end = source.find('\n', start);
    std::string text(
        source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    text += '\n';
    return text;
}

/// Converts a 1-based byte offset within `line` into a 1-based character offset.
int byte_to_char_offset(std::string const& line, int offset)
{
    if (offset <= 0)
        return offset;
    int chars = 0;
    for (size_t i = 0; i < line.size() && static_cast<int>(i) < offset - 1; ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++chars;
    }
    return chars + 1;
}

Error raise_compile_error(
    VM& vm, SyntaxErrorInfo info, std::string_view filename, std::string_view source)
{
    info.text = source_line(source, info.lineno);
    std::string end_text
        = info.end_lineno == info.lineno ? info.text : source_line(source, info.end_lineno);
    info.offset = byte_to_char_offset(info.text, info.offset);
    info.end_offset = byte_to_char_offset(end_text, info.end_offset);
    // CPython takes the text of a compiler (not parser) error from the file on disk, so code
    // compiled from a string ("<string>", "<stdin>") has none to show.
    if (!filename.empty() && filename.front() == '<')
        info.text.clear();
    return vm.raise_syntax_error(info, filename);
}

} // namespace

Result<CodeObject*> compile_ast(VM& vm, ast::Module* module, std::string_view filename,
    CompileMode mode, std::string_view source)
{
    std::optional<compiler::SymtableError> st_error;
    auto table = compiler::build_symtable(module, st_error);
    if (!table) {
        if (st_error->recursion)
            return vm.raise(
                types::recursion_error, "maximum recursion depth exceeded during compilation");
        return raise_compile_error(vm, st_error->info, filename, source);
    }
    compiler::CodeGen gen(vm, *table, filename, mode);
    try {
        return gen.compile_module(module);
    } catch (compiler::CompileFailure const&) {
        if (gen.m_recursion_error || !gen.m_error)
            return vm.raise(
                types::recursion_error, "maximum recursion depth exceeded during compilation");
        return raise_compile_error(vm, *gen.m_error, filename, source);
    }
}

} // namespace minipy
