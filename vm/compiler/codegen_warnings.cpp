// Compile-time SyntaxWarnings, as CPython 3.11's compiler issues them (compile.c: check_compare,
// check_caller, check_subscripter, check_index and the assert on a tuple). They go through the
// warnings filters; a filter that turns SyntaxWarning into an error makes it a SyntaxError at the
// same place.
#include "vm/compiler/codegen.hpp"

#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"
#include "vm/warnings.hpp"

namespace minipy::compiler {

using namespace ast;

namespace {

char const* constant_type(ConstKind kind)
{
    switch (kind) {
    case ConstKind::None:
        return "NoneType";
    case ConstKind::True:
    case ConstKind::False:
        return "bool";
    case ConstKind::Ellipsis:
        return "ellipsis";
    case ConstKind::Int:
    case ConstKind::BigInt:
        return "int";
    case ConstKind::Float:
        return "float";
    case ConstKind::Complex:
        return "complex";
    case ConstKind::Str:
        return "str";
    case ConstKind::Bytes:
        return "bytes";
    }
    return nullptr;
}

bool is_number(std::string_view type)
{
    return type == "int" || type == "bool" || type == "float" || type == "complex";
}

/// The type of the constant that CPython's AST optimizer folds `e` into (literals, unary and
/// binary arithmetic on numbers, string concatenation, tuples of constants), or null if `e` does
/// not fold.
char const* folded_type(Expr* e)
{
    switch (e->kind) {
    case ExprKind::Constant:
        return constant_type(static_cast<Constant*>(e)->ckind);
    case ExprKind::UnaryOp: {
        auto* u = static_cast<UnaryOp*>(e);
        char const* operand = folded_type(u->operand);
        if (!operand)
            return nullptr;
        std::string_view t = operand;
        if (u->op == UnaryOpKind::Not)
            return "bool";
        if (!is_number(t) || (u->op == UnaryOpKind::Invert && t != "int" && t != "bool"))
            return nullptr;
        return t == "bool" ? "int" : operand;
    }
    case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        char const* left = folded_type(b->left);
        char const* right = left ? folded_type(b->right) : nullptr;
        if (!right)
            return nullptr;
        std::string_view l = left, r = right;
        if (l == "str" && r == "str" && b->op == BinOpKind::Add)
            return "str";
        if (!is_number(l) || !is_number(r) || b->op == BinOpKind::MatMult)
            return nullptr;
        bool integral = (l == "int" || l == "bool") && (r == "int" || r == "bool");
        switch (b->op) {
        case BinOpKind::LShift:
        case BinOpKind::RShift:
        case BinOpKind::BitOr:
        case BinOpKind::BitXor:
        case BinOpKind::BitAnd:
            return integral ? "int" : nullptr;
        case BinOpKind::Div:
            return l == "complex" || r == "complex" ? "complex" : "float";
        case BinOpKind::Pow:
            return nullptr; // the result type depends on the values
        default:
            if (integral)
                return "int";
            return l == "complex" || r == "complex" ? "complex" : "float";
        }
    }
    case ExprKind::Tuple: {
        for (Expr* elt : static_cast<Tuple*>(e)->elts)
            if (elt->kind == ExprKind::Starred || !folded_type(elt))
                return nullptr;
        return "tuple";
    }
    default:
        return nullptr;
    }
}

/// compile.c's infer_type: the type of the value `e` makes, when the node alone tells it.
char const* inferred_type(Expr* e)
{
    if (char const* folded = folded_type(e))
        return folded;
    switch (e->kind) {
    case ExprKind::Tuple:
        return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp:
        return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp:
        return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp:
        return "set";
    case ExprKind::GeneratorExp:
        return "generator";
    case ExprKind::Lambda:
        return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        return "str";
    default:
        return nullptr;
    }
}

/// check_is_arg: false for a literal other than None, True, False and `...`.
bool is_arg_ok(Expr* e)
{
    char const* folded = folded_type(e);
    if (!folded)
        return true;
    std::string_view t = folded;
    if (e->kind == ExprKind::Constant) {
        auto kind = static_cast<Constant*>(e)->ckind;
        return kind == ConstKind::None || kind == ConstKind::True || kind == ConstKind::False
            || kind == ConstKind::Ellipsis;
    }
    // A folded `not x` is True or False.
    return t == "bool" && e->kind == ExprKind::UnaryOp;
}

} // namespace

void CodeGen::warn(std::string msg, Span const& span)
{
    Value text = m_vm.new_str(msg)->value();
    Root text_root(m_vm, text);
    auto result = warn_explicit(m_vm, text, types::syntax_warning->value(), m_filename_str->value(),
        span.line, py_none, py_none);
    if (!result.is_error())
        return;
    bool as_error = m_vm.exception_matches(types::syntax_warning);
    m_vm.take_exception();
    if (as_error)
        error(std::move(msg), span);
}

void CodeGen::check_compare(Compare* e)
{
    bool left = is_arg_ok(e->left);
    for (size_t i = 0; i < e->ops.size(); ++i) {
        bool right = is_arg_ok(e->comparators[i]);
        CmpOpKind op = e->ops[i];
        if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (!left || !right)) {
            warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                     : "\"is not\" with a literal. Did you mean \"!=\"?",
                e->span);
            return;
        }
        left = right;
    }
}

void CodeGen::check_caller(Call* e)
{
    switch (e->func->kind) {
    case ExprKind::Constant:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        warn(std::string("'") + inferred_type(e->func)
                + "' object is not callable; perhaps you missed a comma?",
            e->span);
        return;
    default:
        if (folded_type(e->func))
            warn(std::string("'") + folded_type(e->func)
                    + "' object is not callable; perhaps you missed a comma?",
                e->span);
        return;
    }
}

void CodeGen::check_subscript(Subscript* e)
{
    // check_subscripter: values that are never subscriptable.
    char const* value_type = inferred_type(e->value);
    std::string_view v = value_type ? value_type : "";
    bool folded = folded_type(e->value) != nullptr;
    bool not_subscriptable = folded
        ? (v == "NoneType" || v == "ellipsis" || is_number(v))
        : (e->value->kind == ExprKind::Set || e->value->kind == ExprKind::SetComp
            || e->value->kind == ExprKind::GeneratorExp || e->value->kind == ExprKind::Lambda);
    if (not_subscriptable) {
        warn("'" + std::string(v) + "' object is not subscriptable; perhaps you missed a comma?",
            e->span);
        return;
    }
    // check_index: sequences indexed by something that is neither an int nor a slice.
    char const* index_type = inferred_type(e->slice);
    if (!index_type || std::string_view(index_type) == "int"
        || std::string_view(index_type) == "bool")
        return;
    bool sequence = folded
        ? (v == "str" || v == "bytes" || v == "tuple")
        : (e->value->kind == ExprKind::Tuple || e->value->kind == ExprKind::List
            || e->value->kind == ExprKind::ListComp || e->value->kind == ExprKind::JoinedStr
            || e->value->kind == ExprKind::FormattedValue);
    if (sequence)
        warn(std::string(v) + " indices must be integers or slices, not " + index_type
                + "; perhaps you missed a comma?",
            e->span);
}

} // namespace minipy::compiler
