// AST node types: the one data structure passed from the parser to the compiler.
//
// The shape follows CPython's `ast` module (Python/Python.asdl) closely, so that a reader who
// knows `ast.dump` output recognises every node. Nodes live in an `Arena` owned by the parse
// result; pointers between nodes are plain non-owning pointers into that arena. Every node carries
// a source span in CPython's convention: `line`/`end_line` are 1-based, `col`/`end_col` are
// 0-based UTF-8 byte offsets into the line (CPython's `col_offset`).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minipy::ast {

struct Span {
    int line = 0;
    int col = 0;
    int end_line = 0;
    int end_col = 0;
};

/// Base of every node; owned by an Arena.
struct Node {
    Span span;
    virtual ~Node() = default;
};

/// Owns all nodes of one parse. Nodes are never freed individually.
class Arena {
public:
    template<typename T, typename... Args>
    T* make(Args&&... args)
    {
        auto node = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = node.get();
        m_nodes.push_back(std::move(node));
        return raw;
    }

private:
    std::vector<std::unique_ptr<Node>> m_nodes;
};

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

enum class ExprKind : uint8_t {
    BoolOp,
    NamedExpr,
    BinOp,
    UnaryOp,
    Lambda,
    IfExp,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    Yield,
    YieldFrom,
    Compare,
    Call,
    FormattedValue,
    JoinedStr,
    Constant,
    Attribute,
    Subscript,
    Starred,
    Name,
    List,
    Tuple,
    Slice,
};

/// Load/Store/Del, as CPython's expr_context.
enum class Ctx : uint8_t { Load, Store, Del };

enum class BoolOpKind : uint8_t { And, Or };

enum class BinOpKind : uint8_t {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
};

enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };

enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Node {
    ExprKind kind;
    explicit Expr(ExprKind k)
        : kind(k)
    {
    }
};

struct Arguments;
struct Comprehension;
struct Keyword;

struct BoolOp : Expr {
    BoolOp()
        : Expr(ExprKind::BoolOp)
    {
    }
    BoolOpKind op {};
    std::vector<Expr*> values; // two or more
};

/// `target := value`; target is always a Name.
struct NamedExpr : Expr {
    NamedExpr()
        : Expr(ExprKind::NamedExpr)
    {
    }
    Expr* target = nullptr;
    Expr* value = nullptr;
};

struct BinOp : Expr {
    BinOp()
        : Expr(ExprKind::BinOp)
    {
    }
    Expr* left = nullptr;
    BinOpKind op {};
    Expr* right = nullptr;
};

struct UnaryOp : Expr {
    UnaryOp()
        : Expr(ExprKind::UnaryOp)
    {
    }
    UnaryOpKind op {};
    Expr* operand = nullptr;
};

struct Lambda : Expr {
    Lambda()
        : Expr(ExprKind::Lambda)
    {
    }
    Arguments* args = nullptr;
    Expr* body = nullptr;
};

struct IfExp : Expr {
    IfExp()
        : Expr(ExprKind::IfExp)
    {
    }
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

/// `{k: v, **m}`: a `**m` entry has a null key and m as its value.
struct Dict : Expr {
    Dict()
        : Expr(ExprKind::Dict)
    {
    }
    std::vector<Expr*> keys;
    std::vector<Expr*> values;
};

struct Set : Expr {
    Set()
        : Expr(ExprKind::Set)
    {
    }
    std::vector<Expr*> elts;
};

struct ListComp : Expr {
    ListComp()
        : Expr(ExprKind::ListComp)
    {
    }
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

struct SetComp : Expr {
    SetComp()
        : Expr(ExprKind::SetComp)
    {
    }
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

struct DictComp : Expr {
    DictComp()
        : Expr(ExprKind::DictComp)
    {
    }
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
};

struct GeneratorExp : Expr {
    GeneratorExp()
        : Expr(ExprKind::GeneratorExp)
    {
    }
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

struct Yield : Expr {
    Yield()
        : Expr(ExprKind::Yield)
    {
    }
    Expr* value = nullptr; // may be null
};

struct YieldFrom : Expr {
    YieldFrom()
        : Expr(ExprKind::YieldFrom)
    {
    }
    Expr* value = nullptr;
};

/// `a < b <= c`: left = a, ops = [Lt, LtE], comparators = [b, c].
struct Compare : Expr {
    Compare()
        : Expr(ExprKind::Compare)
    {
    }
    Expr* left = nullptr;
    std::vector<CmpOpKind> ops;
    std::vector<Expr*> comparators;
};

/// A call. Positional `*x` arguments appear in `args` as Starred nodes; `**m` appears in
/// `keywords` as a Keyword with an empty `arg`.
struct Call : Expr {
    Call()
        : Expr(ExprKind::Call)
    {
    }
    Expr* func = nullptr;
    std::vector<Expr*> args;
    std::vector<Keyword*> keywords;
};

/// One `{value!conv:spec}` replacement field of an f-string. `conversion` is -1 (none), 's',
/// 'r' or 'a'. `format_spec` is a JoinedStr or null. For the `{x=}` form the parser emits the
/// literal text `x=` as a preceding Constant and sets conversion to 'r' when none was given and
/// there is no format spec, exactly as CPython does.
struct FormattedValue : Expr {
    FormattedValue()
        : Expr(ExprKind::FormattedValue)
    {
    }
    Expr* value = nullptr;
    int conversion = -1;
    Expr* format_spec = nullptr;
};

/// An f-string (or a concatenation involving one): Constant(str) and FormattedValue parts.
struct JoinedStr : Expr {
    JoinedStr()
        : Expr(ExprKind::JoinedStr)
    {
    }
    std::vector<Expr*> values;
};

enum class ConstKind : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    BigInt,
    Float,
    Complex,
    Str,
    Bytes
};

/// A literal. Adjacent string literals are already concatenated by the parser.
struct Constant : Expr {
    Constant()
        : Expr(ExprKind::Constant)
    {
    }
    ConstKind ckind = ConstKind::None;
    int64_t int_value = 0; // ConstKind::Int: fits in int64
    double float_value = 0; // ConstKind::Float, and the imaginary part for ConstKind::Complex
    std::string text; // Str: UTF-8 text; Bytes: raw bytes; BigInt: decimal digits (no sign)
};

struct Attribute : Expr {
    Attribute()
        : Expr(ExprKind::Attribute)
    {
    }
    Expr* value = nullptr;
    std::string attr;
    Ctx ctx = Ctx::Load;
};

/// `value[slice]`; a tuple subscript `a[1, 2]` has a Tuple as slice, `a[1:2]` a Slice.
struct Subscript : Expr {
    Subscript()
        : Expr(ExprKind::Subscript)
    {
    }
    Expr* value = nullptr;
    Expr* slice = nullptr;
    Ctx ctx = Ctx::Load;
};

struct Starred : Expr {
    Starred()
        : Expr(ExprKind::Starred)
    {
    }
    Expr* value = nullptr;
    Ctx ctx = Ctx::Load;
};

struct Name : Expr {
    Name()
        : Expr(ExprKind::Name)
    {
    }
    std::string id;
    Ctx ctx = Ctx::Load;
};

struct List : Expr {
    List()
        : Expr(ExprKind::List)
    {
    }
    std::vector<Expr*> elts;
    Ctx ctx = Ctx::Load;
};

struct Tuple : Expr {
    Tuple()
        : Expr(ExprKind::Tuple)
    {
    }
    std::vector<Expr*> elts;
    Ctx ctx = Ctx::Load;
};

/// `lower:upper:step`, any part may be null.
struct Slice : Expr {
    Slice()
        : Expr(ExprKind::Slice)
    {
    }
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Helpers shared by statements and expressions
// ---------------------------------------------------------------------------------------------

/// `for target in iter if cond1 if cond2`
struct Comprehension : Node {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
};

struct Arg : Node {
    std::string name;
    Expr* annotation = nullptr; // may be null
};

/// Parameters of a def or lambda, as CPython's `arguments`.
/// `defaults` align with the *last* entries of posonlyargs + args;
/// `kw_defaults` has one entry per kwonlyarg (null where there is no default).
struct Arguments : Node {
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kw_defaults;
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;
};

/// `name=value` in a call; an empty `arg` means `**value`.
struct Keyword : Node {
    std::string arg;
    Expr* value = nullptr;
};

struct Alias : Node {
    std::string name; // dotted name for `import a.b.c`, or `*`
    std::string asname; // empty if none
};

struct WithItem : Node {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr; // may be null
};

struct Stmt;

struct ExceptHandler : Node {
    Expr* type = nullptr; // null for a bare except
    std::string name; // empty if no `as`
    std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

enum class StmtKind : uint8_t {
    FunctionDef,
    ClassDef,
    Return,
    Delete,
    Assign,
    AugAssign,
    AnnAssign,
    For,
    While,
    If,
    With,
    Raise,
    Try,
    Assert,
    Import,
    ImportFrom,
    Global,
    Nonlocal,
    Expr,
    Pass,
    Break,
    Continue,
};

struct Stmt : Node {
    StmtKind kind;
    explicit Stmt(StmtKind k)
        : kind(k)
    {
    }
};

struct FunctionDef : Stmt {
    FunctionDef()
        : Stmt(StmtKind::FunctionDef)
    {
    }
    std::string name;
    Arguments* args = nullptr;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
    Expr* returns = nullptr; // annotation, may be null
    // The docstring, if the body starts with a string constant expression statement, is left in
    // the body; the compiler takes it from there.
};

struct ClassDef : Stmt {
    ClassDef()
        : Stmt(StmtKind::ClassDef)
    {
    }
    std::string name;
    std::vector<Expr*> bases; // may contain Starred
    std::vector<Keyword*> keywords;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
};

struct Return : Stmt {
    Return()
        : Stmt(StmtKind::Return)
    {
    }
    Expr* value = nullptr; // may be null
};

struct Delete : Stmt {
    Delete()
        : Stmt(StmtKind::Delete)
    {
    }
    std::vector<Expr*> targets;
};

/// `a = b = value`: targets = [a, b].
struct Assign : Stmt {
    Assign()
        : Stmt(StmtKind::Assign)
    {
    }
    std::vector<Expr*> targets;
    Expr* value = nullptr;
};

struct AugAssign : Stmt {
    AugAssign()
        : Stmt(StmtKind::AugAssign)
    {
    }
    Expr* target = nullptr;
    BinOpKind op {};
    Expr* value = nullptr;
};

/// `target: annotation [= value]`; simple is true for a bare (unparenthesised) Name target.
struct AnnAssign : Stmt {
    AnnAssign()
        : Stmt(StmtKind::AnnAssign)
    {
    }
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr; // may be null
    bool simple = false;
};

struct For : Stmt {
    For()
        : Stmt(StmtKind::For)
    {
    }
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

struct While : Stmt {
    While()
        : Stmt(StmtKind::While)
    {
    }
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

/// `elif` chains are nested Ifs in `orelse`, as in CPython.
struct If : Stmt {
    If()
        : Stmt(StmtKind::If)
    {
    }
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

struct With : Stmt {
    With()
        : Stmt(StmtKind::With)
    {
    }
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
};

struct Raise : Stmt {
    Raise()
        : Stmt(StmtKind::Raise)
    {
    }
    Expr* exc = nullptr; // may be null (bare raise)
    Expr* cause = nullptr; // may be null
};

struct Try : Stmt {
    Try()
        : Stmt(StmtKind::Try)
    {
    }
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};

struct Assert : Stmt {
    Assert()
        : Stmt(StmtKind::Assert)
    {
    }
    Expr* test = nullptr;
    Expr* msg = nullptr; // may be null
};

struct Import : Stmt {
    Import()
        : Stmt(StmtKind::Import)
    {
    }
    std::vector<Alias*> names;
};

/// `from ..a.b import x as y`: module = "a.b" (empty for `from .. import x`), level = 2.
struct ImportFrom : Stmt {
    ImportFrom()
        : Stmt(StmtKind::ImportFrom)
    {
    }
    std::string module;
    std::vector<Alias*> names;
    int level = 0;
};

struct Global : Stmt {
    Global()
        : Stmt(StmtKind::Global)
    {
    }
    std::vector<std::string> names;
};

struct Nonlocal : Stmt {
    Nonlocal()
        : Stmt(StmtKind::Nonlocal)
    {
    }
    std::vector<std::string> names;
};

/// An expression statement.
struct ExprStmt : Stmt {
    ExprStmt()
        : Stmt(StmtKind::Expr)
    {
    }
    Expr* value = nullptr;
};

struct Pass : Stmt {
    Pass()
        : Stmt(StmtKind::Pass)
    {
    }
};

struct Break : Stmt {
    Break()
        : Stmt(StmtKind::Break)
    {
    }
};

struct Continue : Stmt {
    Continue()
        : Stmt(StmtKind::Continue)
    {
    }
};

/// The root of a parse. For ParseMode::Eval, body holds one ExprStmt with the expression.
struct Module : Node {
    std::vector<Stmt*> body;
};

} // namespace minipy::ast
