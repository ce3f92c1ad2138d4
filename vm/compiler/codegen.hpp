// The code generator's internal interface, shared by the codegen_*.cpp files (not a public API).
//
// The generator follows CPython 3.11's Python/compile.c closely, so that the emitted bytecode,
// evaluation order, exception-table shape and error messages match what `dis` shows for
// python3.11 (minus RESUME/PRECALL/CACHE and with our own CALL stack layout, see opcodes.def).
//
// One `Unit` is compiled per code object. Instructions are appended with the source span of the
// AST node being compiled (`Unit::loc`). Jumps are emitted against labels and resolved when the
// unit is assembled. Exception handling uses no block stack at run time: while emitting, the
// generator keeps a stack of active handlers and tags every instruction with the innermost one;
// assembly run-length-encodes those tags into the exception table. Statically nested blocks
// (loops, try, with, except bodies) are tracked as "fblocks" exactly like CPython's, so that
// `break`, `continue` and `return` can unwind them inline (pop iterators, call `__exit__`, run
// finally bodies, restore the handled exception).
//
// Errors: a compile-time SyntaxError is recorded in `m_error` and unwinds the generator with a
// private C++ exception (`CompileFailure`), caught in compile_ast; it never leaves this module.
#pragma once

#include "parser/ast.hpp"
#include "parser/syntax_error.hpp"
#include "vm/compiler/compiler.hpp"
#include "vm/compiler/symtable.hpp"
#include "vm/objects/function_object.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace minipy {
class VM;
class StrObject;
} // namespace minipy

namespace minipy::compiler {

/// Thrown (and caught in compile_ast) when compilation stops with an error.
struct CompileFailure { };

/// CPython's fblock kinds: what a break/continue/return has to undo to leave the block.
enum class FBlockType : uint8_t {
    WhileLoop,
    ForLoop, ///< the iterator is on the stack
    TryExcept, ///< the body of a try with except clauses
    FinallyTry, ///< the body of a try with a finally clause
    FinallyEnd, ///< the finally body on the exception path: [prev exc] on the stack
    With, ///< the body of a with: the bound __exit__ is on the stack
    HandlerCleanup, ///< an except clause body
    PopValue, ///< a return value kept on the stack while a finally body runs
    ExceptionHandler, ///< the except-clause dispatch: the previous exception is on the stack
};

struct FBlock {
    FBlockType type;
    int start_label = -1; ///< loops: where `continue` goes
    int exit_label = -1; ///< loops: where `break` goes
    std::vector<ast::Stmt*> const* finalbody = nullptr;
    std::string const* name = nullptr; ///< HandlerCleanup: the `as` name, or null
    ast::Node const* node = nullptr;
    size_t outer_handlers = 0; ///< the handler-stack size outside this block
};

/// The values a block keeps on the operand stack for its whole extent.
int fblock_stack_items(FBlockType type);

struct Handler {
    int label;
    uint32_t depth;
};

enum class UnitKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

struct Unit {
    Scope* scope = nullptr;
    UnitKind kind = UnitKind::Module;
    std::string name;
    std::string qualname;
    std::string private_name; ///< the enclosing class name, for name mangling
    int firstlineno = 1;

    std::vector<Instr> code;
    std::vector<Position> positions;
    std::vector<int32_t> instr_handler; ///< index into handlers, or -1
    std::vector<int32_t> labels; ///< label -> instruction index (-1 while unbound)
    std::vector<size_t> jumps; ///< instructions whose argument is a label
    std::vector<Handler> handlers;
    std::vector<int> handler_stack;
    std::vector<FBlock> fblocks;

    std::vector<Value> consts;
    std::unordered_map<std::string, uint32_t> const_index;
    std::vector<std::string> names;
    std::unordered_map<std::string, uint32_t> name_index;
    std::vector<std::string> varnames;
    std::unordered_map<std::string, uint32_t> varname_index;
    std::vector<std::string> cellvars;
    std::vector<std::string> freevars;
    std::unordered_map<std::string, uint32_t> deref_index; ///< cells then frees

    uint32_t argcount = 0;
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    uint32_t flags = 0;
    Value docstring;
    ast::Span loc;
};

class CodeGen {
public:
    CodeGen(VM& vm, SymbolTable& table, std::string_view filename, CompileMode mode);

    CodeObject* compile_module(ast::Module* module);

    std::optional<SyntaxErrorInfo> m_error;
    bool m_recursion_error = false;

    // -- units, emission and assembly (codegen.cpp) ----------------------------------------
    Unit& u() { return *m_units.back(); }
    void enter_unit(
        Scope* scope, UnitKind kind, std::string name, ast::Node const* node, int firstlineno);
    CodeObject* leave_unit();
    CodeObject* assemble(Unit& unit);

    size_t emit(Op op, uint32_t arg = 0);
    int new_label();
    void bind(int label);
    /// Any jump; an unconditional JUMP_FORWARD becomes JUMP_BACKWARD at assembly when its
    /// target precedes it.
    void emit_jump(Op op, int label);
    void push_handler(int label, uint32_t depth);
    void pop_handler();
    void push_fblock(FBlockType type, ast::Node const* node, int start = -1, int exit = -1);
    void pop_fblock();
    /// The operand-stack depth that the enclosing blocks keep (for handler depths).
    uint32_t block_stack_depth() const;

    uint32_t add_const(Value value, std::string key);
    uint32_t const_none();
    uint32_t const_str(std::string const& s);
    uint32_t const_int(int64_t v);
    uint32_t const_name_tuple(std::vector<std::string> const& names);
    uint32_t add_name(std::string const& name);
    uint32_t add_varname(std::string const& name);
    void load_const(Value v, std::string key)
    {
        emit(Op::LOAD_CONST, add_const(v, std::move(key)));
    }
    void emit_load_none() { emit(Op::LOAD_CONST, const_none()); }

    [[noreturn]] void error(std::string msg, ast::Span const& span);
    /// A compile-time SyntaxWarning at `span` (a SyntaxError if the filters say "error").
    void warn(std::string msg, ast::Span const& span);
    // The checks behind CPython's compile-time SyntaxWarnings (codegen_warnings.cpp).
    void check_compare(ast::Compare* e);
    void check_caller(ast::Call* e);
    void check_subscript(ast::Subscript* e);
    [[noreturn]] void error(std::string msg) { error(std::move(msg), u().loc); }

    // -- names (codegen.cpp) ---------------------------------------------------------------
    std::string mangled(std::string const& name) { return mangle(u().private_name, name); }
    void nameop(std::string const& name, ast::Ctx ctx);

    // -- statements (codegen_stmt.cpp) -----------------------------------------------------
    void visit_body(std::vector<ast::Stmt*> const& body);
    void visit_stmt(ast::Stmt* s);
    void compile_body_with_docstring(std::vector<ast::Stmt*> const& body, bool store_doc);
    void compile_assign(ast::Assign* s);
    void compile_augassign(ast::AugAssign* s);
    void compile_annassign(ast::AnnAssign* s);
    void compile_store(ast::Expr* target);
    void compile_delete(ast::Expr* target);
    void unpack_helper(std::vector<ast::Expr*> const& elts);
    void compile_for(ast::For* s);
    void compile_while(ast::While* s);
    void compile_if(ast::If* s);
    void compile_import(ast::Import* s);
    void compile_import_from(ast::ImportFrom* s);
    void compile_return(ast::Return* s);
    void compile_break(ast::Stmt* s);
    void compile_continue(ast::Stmt* s);
    static bool has_annotations(std::vector<ast::Stmt*> const& body);

    // -- exception handling and unwinding (codegen_exc.cpp) ---------------------------------
    void compile_try(ast::Try* s);
    void compile_try_except(ast::Try* s);
    void compile_try_finally(ast::Try* s);
    void compile_with(ast::With* s, size_t item);
    void call_exit_with_nones();
    void pop_except_and_reraise();
    /// Emits the unwinding of one block (CPython's compiler_unwind_fblock).
    void unwind_fblock(FBlock const& block, bool preserve_tos);
    /// Unwinds blocks from the innermost out, stopping at the first loop if `stop_at_loop`;
    /// returns that loop (or null). Blocks and handlers stay popped until `unwind_restore`.
    struct UnwindState {
        std::vector<FBlock> fblocks;
        std::vector<int> handlers;
    };
    FBlock const* unwind_fblock_stack(bool preserve_tos, bool stop_at_loop, UnwindState& saved);
    void unwind_restore(UnwindState& saved);

    // -- expressions (codegen_expr.cpp) ----------------------------------------------------
    void visit_expr(ast::Expr* e);
    void visit_expr_inner(ast::Expr* e);
    void visit_exprs(std::vector<ast::Expr*> const& exprs);
    void compile_constant(ast::Constant* c);
    Value constant_value(ast::Constant* c, std::string& key);
    bool try_fold_tuple(std::vector<ast::Expr*> const& elts);
    void compile_boolop(ast::BoolOp* e);
    void compile_compare(ast::Compare* e);
    void emit_compare_op(ast::CmpOpKind op);
    void compile_call(ast::Call* e);
    void validate_keywords(std::vector<ast::Keyword*> const& keywords);
    /// Arguments of a call after the callable (and `pushed` extra positional values) are on
    /// the stack: CALL n or CALL_FUNCTION_EX.
    void call_helper(uint32_t pushed, std::vector<ast::Expr*> const& args,
        std::vector<ast::Keyword*> const& keywords);
    void starunpack_helper(std::vector<ast::Expr*> const& elts, uint32_t pushed, Op build, Op add,
        Op extend, bool tuple);
    void compile_dict(ast::Dict* e);
    void compile_subdict(ast::Dict* e, size_t begin, size_t end);
    void compile_subkwargs(std::vector<ast::Keyword*> const& keywords, size_t begin, size_t end);
    void compile_joined_str(ast::JoinedStr* e);
    void compile_formatted_value(ast::FormattedValue* e);
    void compile_slice(ast::Slice* e);
    void compile_yield_from_loop();
    /// Jumps to `label` if `e` is true (cond) / false (!cond), without materialising a bool
    /// where possible (CPython's compiler_jump_if).
    void jump_if(ast::Expr* e, int label, bool cond);

    // -- functions, classes, comprehensions (codegen_scope.cpp) ------------------------------
    void compile_function_def(ast::FunctionDef* s);
    void compile_lambda(ast::Lambda* e);
    void compile_class_def(ast::ClassDef* s);
    void compile_comprehension(ast::Expr* e, char const* name,
        std::vector<ast::Comprehension*> const& gens, ast::Expr* elt, ast::Expr* value);
    void comprehension_generator(std::vector<ast::Comprehension*> const& gens, size_t index,
        uint32_t depth, ast::Expr* elt, ast::Expr* value, ast::ExprKind kind);
    uint32_t compile_defaults(ast::Arguments* args);
    bool compile_annotations(ast::Arguments* args, ast::Expr* returns);
    void make_closure(CodeObject* code, uint32_t flags);
    void apply_decorators(size_t count);
    void set_arg_counts(ast::Arguments* args);

    VM& m_vm;
    SymbolTable& m_table;
    std::string m_filename;
    StrObject* m_filename_str = nullptr;
    CompileMode m_mode;
    std::vector<std::unique_ptr<Unit>> m_units;
    int m_depth = 0; ///< recursion guard for visit_expr / visit_stmt
};

/// Guards the C++ recursion of the generator.
class NestingGuard {
public:
    explicit NestingGuard(CodeGen& gen);
    ~NestingGuard() { --m_gen.m_depth; }

private:
    CodeGen& m_gen;
};

/// Sets the current source location for the duration of a scope (CPython's SET_LOC, restored
/// afterwards like compiler_visit_expr does).
class LocScope {
public:
    LocScope(CodeGen& gen, ast::Span const& span)
        : m_unit(gen.u())
        , m_saved(gen.u().loc)
    {
        m_unit.loc = span;
    }
    ~LocScope() { m_unit.loc = m_saved; }

private:
    Unit& m_unit;
    ast::Span m_saved;
};

} // namespace minipy::compiler
