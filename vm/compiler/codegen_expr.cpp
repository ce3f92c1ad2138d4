// Code generation for expressions: operators, constants (with tuple folding), displays, calls,
// f-strings, subscripts and slices, yield, and conditional jumps (CPython's compiler_jump_if).
#include "vm/compiler/codegen.hpp"

#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <cstring>

namespace minipy::compiler {

using namespace ast;

namespace {

// CPython's STACK_USE_GUIDELINE: beyond this many values, displays and calls are built
// incrementally instead of from one run of pushed values.
constexpr size_t stack_use_guideline = 30;

std::string float_key(double v)
{
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return "f" + std::to_string(bits);
}

bool is_starred(Expr const* e)
{
    return e->kind == ExprKind::Starred;
}

} // namespace

// -- constants ----------------------------------------------------------------------------------

Value CodeGen::constant_value(Constant* c, std::string& key)
{
    switch (c->ckind) {
    case ConstKind::None:
        key = "N";
        return py_none;
    case ConstKind::True:
        key = "T";
        return py_true;
    case ConstKind::False:
        key = "F";
        return py_false;
    case ConstKind::Ellipsis:
        key = "E";
        return py_ellipsis;
    case ConstKind::Int:
        key = "i" + std::to_string(c->int_value);
        return m_vm.new_int(c->int_value);
    case ConstKind::BigInt:
        key = "I" + c->text;
        return m_vm.new_int_from_decimal(c->text);
    case ConstKind::Float:
        key = float_key(c->float_value);
        return m_vm.new_float(c->float_value);
    case ConstKind::Complex:
        // FIXME: minipy has no complex type yet.
        error("complex numbers are not supported", c->span);
    case ConstKind::Str: {
        key = "s" + c->text;
        bool identifier = !c->text.empty() && c->text.size() <= 64;
        for (char ch : c->text)
            identifier = identifier
                && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || ch == '_');
        return identifier ? m_vm.intern(c->text)->value() : m_vm.new_str(c->text)->value();
    }
    case ConstKind::Bytes:
        key = "b" + c->text;
        return m_vm.new_bytes(c->text);
    }
    key = "N";
    return py_none;
}

void CodeGen::compile_constant(Constant* c)
{
    std::string key;
    Value v = constant_value(c, key);
    emit(Op::LOAD_CONST, add_const(v, std::move(key)));
}

namespace {

/// A constant the AST optimizer would fold: a literal, a negated numeric literal, or a tuple of
/// those. `key` identifies it for deduplication.
struct Folder {
    CodeGen& gen;

    bool fold(Expr* e, Value& out, std::string& key)
    {
        if (e->kind == ExprKind::Constant) {
            auto* c = static_cast<Constant*>(e);
            if (c->ckind == ConstKind::Complex)
                return false;
            out = gen.constant_value(c, key);
            return true;
        }
        if (e->kind == ExprKind::UnaryOp) {
            auto* u = static_cast<UnaryOp*>(e);
            if (u->op != UnaryOpKind::USub || u->operand->kind != ExprKind::Constant)
                return false;
            auto* c = static_cast<Constant*>(u->operand);
            switch (c->ckind) {
            case ConstKind::Int:
                key = "i" + std::to_string(-c->int_value);
                out = gen.m_vm.new_int(-c->int_value);
                return true;
            case ConstKind::BigInt:
                key = "I-" + c->text;
                out = gen.m_vm.new_int_from_decimal("-" + c->text);
                return true;
            case ConstKind::Float:
                key = float_key(-c->float_value);
                out = gen.m_vm.new_float(-c->float_value);
                return true;
            default:
                return false;
            }
        }
        if (e->kind == ExprKind::Tuple)
            return fold_tuple(static_cast<Tuple*>(e)->elts, out, key);
        return false;
    }

    bool fold_tuple(std::vector<Expr*> const& elts, Value& out, std::string& key)
    {
        for (Expr* elt : elts) {
            if (!foldable(elt))
                return false;
        }
        TupleObject* tuple = gen.m_vm.new_tuple(elts.size());
        key = "t(";
        for (size_t i = 0; i < elts.size(); ++i) {
            std::string k;
            Value v;
            fold(elts[i], v, k);
            (*tuple)[i] = v;
            key += std::to_string(k.size()) + ":" + k;
        }
        key += ")";
        out = tuple->value();
        return true;
    }

    static bool foldable(Expr* e)
    {
        if (e->kind == ExprKind::Constant)
            return static_cast<Constant*>(e)->ckind != ConstKind::Complex;
        if (e->kind == ExprKind::UnaryOp) {
            auto* u = static_cast<UnaryOp*>(e);
            if (u->op != UnaryOpKind::USub || u->operand->kind != ExprKind::Constant)
                return false;
            auto k = static_cast<Constant*>(u->operand)->ckind;
            return k == ConstKind::Int || k == ConstKind::BigInt || k == ConstKind::Float;
        }
        if (e->kind == ExprKind::Tuple) {
            for (Expr* elt : static_cast<Tuple*>(e)->elts)
                if (!foldable(elt))
                    return false;
            return true;
        }
        return false;
    }
};

} // namespace

bool CodeGen::try_fold_tuple(std::vector<Expr*> const& elts)
{
    Folder folder {*this};
    Value v;
    std::string key;
    if (!folder.fold_tuple(elts, v, key))
        return false;
    emit(Op::LOAD_CONST, add_const(v, std::move(key)));
    return true;
}

// -- the expression dispatcher ------------------------------------------------------------------

void CodeGen::visit_exprs(std::vector<Expr*> const& exprs)
{
    for (Expr* e : exprs)
        visit_expr(e);
}

void CodeGen::visit_expr(Expr* e)
{
    NestingGuard guard(*this);
    LocScope loc(*this, e->span);
    visit_expr_inner(e);
}

void CodeGen::visit_expr_inner(Expr* e)
{
    switch (e->kind) {
    case ExprKind::BoolOp:
        compile_boolop(static_cast<BoolOp*>(e));
        return;
    case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        visit_expr(n->value);
        emit(Op::COPY, 1);
        compile_store(n->target);
        return;
    }
    case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        visit_expr(b->left);
        visit_expr(b->right);
        emit(Op::BINARY_OP, static_cast<uint32_t>(b->op));
        return;
    }
    case ExprKind::UnaryOp: {
        auto* un = static_cast<UnaryOp*>(e);
        Folder folder {*this};
        Value v;
        std::string key;
        if (un->op == UnaryOpKind::USub && folder.fold(e, v, key)) {
            emit(Op::LOAD_CONST, add_const(v, std::move(key)));
            return;
        }
        visit_expr(un->operand);
        switch (un->op) {
        case UnaryOpKind::Invert:
            emit(Op::UNARY_INVERT);
            break;
        case UnaryOpKind::Not:
            emit(Op::UNARY_NOT);
            break;
        case UnaryOpKind::UAdd:
            emit(Op::UNARY_POSITIVE);
            break;
        case UnaryOpKind::USub:
            emit(Op::UNARY_NEGATIVE);
            break;
        }
        return;
    }
    case ExprKind::Lambda:
        compile_lambda(static_cast<Lambda*>(e));
        return;
    case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        int orelse = new_label();
        int end = new_label();
        jump_if(i->test, orelse, false);
        visit_expr(i->body);
        emit_jump(Op::JUMP_FORWARD, end);
        bind(orelse);
        visit_expr(i->orelse);
        bind(end);
        return;
    }
    case ExprKind::Dict:
        compile_dict(static_cast<Dict*>(e));
        return;
    case ExprKind::Set:
        starunpack_helper(
            static_cast<Set*>(e)->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
        return;
    case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        compile_comprehension(e, "<listcomp>", c->generators, c->elt, nullptr);
        return;
    }
    case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        compile_comprehension(e, "<setcomp>", c->generators, c->elt, nullptr);
        return;
    }
    case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        compile_comprehension(e, "<dictcomp>", c->generators, c->key, c->value);
        return;
    }
    case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        compile_comprehension(e, "<genexpr>", c->generators, c->elt, nullptr);
        return;
    }
    case ExprKind::Yield: {
        if (u().kind != UnitKind::Function && u().kind != UnitKind::Lambda)
            error("'yield' outside function");
        auto* y = static_cast<Yield*>(e);
        if (y->value)
            visit_expr(y->value);
        else
            emit_load_none();
        emit(Op::YIELD_VALUE);
        return;
    }
    case ExprKind::YieldFrom: {
        if (u().kind != UnitKind::Function && u().kind != UnitKind::Lambda)
            error("'yield' outside function");
        visit_expr(static_cast<YieldFrom*>(e)->value);
        emit(Op::GET_YIELD_FROM_ITER);
        emit_load_none();
        compile_yield_from_loop();
        return;
    }
    case ExprKind::Compare:
        compile_compare(static_cast<Compare*>(e));
        return;
    case ExprKind::Call:
        compile_call(static_cast<Call*>(e));
        return;
    case ExprKind::FormattedValue:
        compile_formatted_value(static_cast<FormattedValue*>(e));
        return;
    case ExprKind::JoinedStr:
        compile_joined_str(static_cast<JoinedStr*>(e));
        return;
    case ExprKind::Constant:
        compile_constant(static_cast<Constant*>(e));
        return;
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(e);
        visit_expr(a->value);
        emit(Op::LOAD_ATTR, add_name(mangled(a->attr)));
        return;
    }
    case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(e);
        check_subscript(s);
        visit_expr(s->value);
        visit_expr(s->slice);
        emit(Op::BINARY_SUBSCR);
        return;
    }
    case ExprKind::Starred:
        if (static_cast<Starred*>(e)->ctx == Ctx::Store)
            error("starred assignment target must be in a list or tuple");
        error("can't use starred expression here");
    case ExprKind::Name:
        nameop(static_cast<Name*>(e)->id, Ctx::Load);
        return;
    case ExprKind::List:
        starunpack_helper(static_cast<List*>(e)->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND,
            Op::LIST_EXTEND, false);
        return;
    case ExprKind::Tuple: {
        auto const& elts = static_cast<Tuple*>(e)->elts;
        if (!elts.empty() && try_fold_tuple(elts))
            return;
        starunpack_helper(elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
        return;
    }
    case ExprKind::Slice:
        compile_slice(static_cast<Slice*>(e));
        return;
    }
}

void CodeGen::compile_yield_from_loop()
{
    int start = new_label();
    int exit = new_label();
    bind(start);
    emit_jump(Op::SEND, exit);
    emit(Op::YIELD_VALUE);
    emit_jump(Op::JUMP_BACKWARD, start);
    bind(exit);
}

void CodeGen::compile_slice(Slice* e)
{
    if (e->lower)
        visit_expr(e->lower);
    else
        emit_load_none();
    if (e->upper)
        visit_expr(e->upper);
    else
        emit_load_none();
    if (e->step) {
        visit_expr(e->step);
        emit(Op::BUILD_SLICE, 3);
    } else {
        emit(Op::BUILD_SLICE, 2);
    }
}

// -- operators ----------------------------------------------------------------------------------

void CodeGen::compile_boolop(BoolOp* e)
{
    Op op = e->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    int end = new_label();
    for (size_t i = 0; i + 1 < e->values.size(); ++i) {
        visit_expr(e->values[i]);
        emit_jump(op, end);
    }
    visit_expr(e->values.back());
    bind(end);
}

void CodeGen::emit_compare_op(CmpOpKind op)
{
    switch (op) {
    case CmpOpKind::Is:
        emit(Op::IS_OP, 0);
        return;
    case CmpOpKind::IsNot:
        emit(Op::IS_OP, 1);
        return;
    case CmpOpKind::In:
        emit(Op::CONTAINS_OP, 0);
        return;
    case CmpOpKind::NotIn:
        emit(Op::CONTAINS_OP, 1);
        return;
    default:
        emit(Op::COMPARE_OP, static_cast<uint32_t>(op));
        return;
    }
}

/// `a < b < c` evaluates b once and stops at the first false comparison.
void CodeGen::compile_compare(Compare* e)
{
    check_compare(e);
    visit_expr(e->left);
    size_t n = e->ops.size();
    if (n == 1) {
        visit_expr(e->comparators[0]);
        emit_compare_op(e->ops[0]);
        return;
    }
    int cleanup = new_label();
    int end = new_label();
    for (size_t i = 0; i + 1 < n; ++i) {
        visit_expr(e->comparators[i]);
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        emit_compare_op(e->ops[i]);
        emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visit_expr(e->comparators[n - 1]);
    emit_compare_op(e->ops[n - 1]);
    emit_jump(Op::JUMP_FORWARD, end);
    bind(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP);
    bind(end);
}

void CodeGen::jump_if(Expr* e, int label, bool cond)
{
    NestingGuard guard(*this);
    LocScope loc(*this, e->span);
    switch (e->kind) {
    case ExprKind::UnaryOp: {
        auto* un = static_cast<UnaryOp*>(e);
        if (un->op == UnaryOpKind::Not) {
            jump_if(un->operand, label, !cond);
            return;
        }
        break;
    }
    case ExprKind::BoolOp: {
        auto* b = static_cast<BoolOp*>(e);
        bool cond2 = b->op == BoolOpKind::Or;
        int next2 = cond2 != cond ? new_label() : label;
        for (size_t i = 0; i + 1 < b->values.size(); ++i)
            jump_if(b->values[i], next2, cond2);
        jump_if(b->values.back(), label, cond);
        if (next2 != label)
            bind(next2);
        return;
    }
    case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        int end = new_label();
        int next2 = new_label();
        jump_if(i->test, next2, false);
        jump_if(i->body, label, cond);
        emit_jump(Op::JUMP_FORWARD, end);
        bind(next2);
        jump_if(i->orelse, label, cond);
        bind(end);
        return;
    }
    case ExprKind::Compare: {
        auto* c = static_cast<Compare*>(e);
        size_t n = c->ops.size();
        if (n > 1)
            check_compare(c); // the other shapes go through compile_compare
        if (n == 1 && (c->ops[0] == CmpOpKind::Is || c->ops[0] == CmpOpKind::IsNot)
            && c->comparators[0]->kind == ExprKind::Constant
            && static_cast<Constant*>(c->comparators[0])->ckind == ConstKind::None) {
            visit_expr(c->left);
            bool jump_on_none = (c->ops[0] == CmpOpKind::Is) == cond;
            emit_jump(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, label);
            return;
        }
        if (n > 1) {
            visit_expr(c->left);
            int cleanup = new_label();
            for (size_t i = 0; i + 1 < n; ++i) {
                visit_expr(c->comparators[i]);
                emit(Op::SWAP, 2);
                emit(Op::COPY, 2);
                emit_compare_op(c->ops[i]);
                emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
            }
            visit_expr(c->comparators[n - 1]);
            emit_compare_op(c->ops[n - 1]);
            emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
            int end = new_label();
            emit_jump(Op::JUMP_FORWARD, end);
            bind(cleanup);
            emit(Op::POP_TOP);
            if (!cond)
                emit_jump(Op::JUMP_FORWARD, label);
            bind(end);
            return;
        }
        break;
    }
    default:
        break;
    }
    visit_expr(e);
    emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

// -- displays -----------------------------------------------------------------------------------

/// CPython's starunpack_helper: BUILD_x n when there is no star, otherwise build incrementally
/// with add/extend; tuples are built as lists and converted.
void CodeGen::starunpack_helper(
    std::vector<Expr*> const& elts, uint32_t pushed, Op build, Op add, Op extend, bool tuple)
{
    size_t n = elts.size();
    bool big = n + pushed > stack_use_guideline;
    bool seen_star = false;
    for (Expr* elt : elts)
        seen_star = seen_star || is_starred(elt);
    if (!seen_star && !tuple && build == Op::BUILD_LIST && pushed == 0 && n > 2) {
        // [1, 2, 3] → BUILD_LIST 0; LOAD_CONST (1, 2, 3); LIST_EXTEND 1
        bool all_const = true;
        for (Expr* elt : elts)
            all_const = all_const && Folder::foldable(elt);
        if (all_const) {
            emit(Op::BUILD_LIST, 0);
            try_fold_tuple(elts);
            emit(Op::LIST_EXTEND, 1);
            return;
        }
    }
    if (!seen_star && !big) {
        visit_exprs(elts);
        emit(tuple ? Op::BUILD_TUPLE : build, static_cast<uint32_t>(n + pushed));
        return;
    }
    bool built = false;
    if (big) {
        emit(build, pushed);
        built = true;
    }
    for (size_t i = 0; i < n; ++i) {
        Expr* elt = elts[i];
        if (is_starred(elt)) {
            if (!built) {
                emit(build, static_cast<uint32_t>(i + pushed));
                built = true;
            }
            visit_expr(static_cast<Starred*>(elt)->value);
            emit(extend, 1);
        } else {
            visit_expr(elt);
            if (built)
                emit(add, 1);
        }
    }
    if (tuple)
        emit(Op::LIST_TO_TUPLE);
}

void CodeGen::compile_subdict(Dict* e, size_t begin, size_t end)
{
    size_t n = end - begin;
    bool big = n * 2 > stack_use_guideline;
    if (big)
        emit(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        visit_expr(e->keys[i]);
        visit_expr(e->values[i]);
        if (big)
            emit(Op::MAP_ADD, 1);
    }
    if (!big)
        emit(Op::BUILD_MAP, static_cast<uint32_t>(n));
}

void CodeGen::compile_dict(Dict* e)
{
    size_t n = e->values.size();
    size_t elements = 0;
    bool have_dict = false;
    for (size_t i = 0; i < n; ++i) {
        if (!e->keys[i]) {
            if (elements) {
                compile_subdict(e, i - elements, i);
                if (have_dict)
                    emit(Op::DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                emit(Op::BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(e->values[i]);
            emit(Op::DICT_UPDATE, 1);
        } else if (elements * 2 > stack_use_guideline) {
            compile_subdict(e, i - elements, i + 1);
            if (have_dict)
                emit(Op::DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            ++elements;
        }
    }
    if (elements) {
        compile_subdict(e, n - elements, n);
        if (have_dict)
            emit(Op::DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        emit(Op::BUILD_MAP, 0);
}

// -- f-strings ----------------------------------------------------------------------------------

void CodeGen::compile_joined_str(JoinedStr* e)
{
    if (e->values.empty()) {
        emit(Op::LOAD_CONST, const_str(""));
        return;
    }
    visit_exprs(e->values);
    if (e->values.size() != 1)
        emit(Op::BUILD_STRING, static_cast<uint32_t>(e->values.size()));
}

void CodeGen::compile_formatted_value(FormattedValue* e)
{
    visit_expr(e->value);
    uint32_t arg = 0;
    switch (e->conversion) {
    case 's':
        arg = 1;
        break;
    case 'r':
        arg = 2;
        break;
    case 'a':
        arg = 3;
        break;
    default:
        arg = 0;
        break;
    }
    if (e->format_spec) {
        visit_expr(e->format_spec);
        arg |= 4;
    }
    emit(Op::FORMAT_VALUE, arg);
}

// -- calls --------------------------------------------------------------------------------------

void CodeGen::validate_keywords(std::vector<Keyword*> const& keywords)
{
    for (size_t i = 0; i < keywords.size(); ++i) {
        if (keywords[i]->arg.empty())
            continue;
        for (size_t j = i + 1; j < keywords.size(); ++j) {
            if (keywords[j]->arg == keywords[i]->arg)
                error("keyword argument repeated: " + keywords[i]->arg, keywords[j]->span);
        }
    }
}

void CodeGen::compile_call(Call* e)
{
    check_caller(e);
    validate_keywords(e->keywords);
    // o.m(args) → LOAD_METHOD, which avoids creating a bound method (CPython's
    // maybe_optimize_method_call).
    if (e->func->kind == ExprKind::Attribute) {
        auto* attr = static_cast<Attribute*>(e->func);
        size_t nargs = e->args.size();
        size_t nkw = e->keywords.size();
        bool simple = nargs + nkw + (nkw != 0) < stack_use_guideline;
        for (Expr* a : e->args)
            simple = simple && !is_starred(a);
        for (Keyword* k : e->keywords)
            simple = simple && !k->arg.empty();
        if (simple) {
            visit_expr(attr->value);
            {
                LocScope loc(*this, attr->span);
                emit(Op::LOAD_METHOD, add_name(mangled(attr->attr)));
            }
            visit_exprs(e->args);
            if (nkw) {
                std::vector<std::string> names;
                for (Keyword* k : e->keywords) {
                    LocScope loc(*this, k->span);
                    visit_expr(k->value);
                    names.push_back(k->arg);
                }
                emit(Op::KW_NAMES, const_name_tuple(names));
            }
            emit(Op::CALL, static_cast<uint32_t>(nargs + nkw));
            return;
        }
    }
    visit_expr(e->func);
    {
        LocScope loc(*this, e->func->span);
        emit(Op::PUSH_NULL);
    }
    call_helper(0, e->args, e->keywords);
}

void CodeGen::compile_subkwargs(std::vector<Keyword*> const& keywords, size_t begin, size_t end)
{
    size_t n = end - begin;
    bool big = n * 2 > stack_use_guideline;
    if (big)
        emit(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        emit(Op::LOAD_CONST, const_str(keywords[i]->arg));
        visit_expr(keywords[i]->value);
        if (big)
            emit(Op::MAP_ADD, 1);
    }
    if (!big)
        emit(Op::BUILD_MAP, static_cast<uint32_t>(n));
}

void CodeGen::call_helper(
    uint32_t pushed, std::vector<Expr*> const& args, std::vector<Keyword*> const& keywords)
{
    validate_keywords(keywords);
    size_t nelts = args.size();
    size_t nkw = keywords.size();
    bool ex_call = nelts + nkw * 2 > stack_use_guideline;
    for (Expr* a : args)
        ex_call = ex_call || is_starred(a);
    for (Keyword* k : keywords)
        ex_call = ex_call || k->arg.empty();
    if (!ex_call) {
        visit_exprs(args);
        if (nkw) {
            std::vector<std::string> names;
            for (Keyword* k : keywords) {
                LocScope loc(*this, k->span);
                visit_expr(k->value);
                names.push_back(k->arg);
            }
            emit(Op::KW_NAMES, const_name_tuple(names));
        }
        emit(Op::CALL, static_cast<uint32_t>(pushed + nelts + nkw));
        return;
    }
    // f(*a, **k): a tuple of positionals and a dict of keywords (CALL_FUNCTION_EX).
    if (pushed == 0 && args.size() == 1 && is_starred(args[0])) {
        // f(*a): the iterable goes to CALL_FUNCTION_EX as is, which converts it and names the
        // function in its error ("f() argument after * must be an iterable"), as CPython does.
        visit_expr(static_cast<Starred*>(args[0])->value);
    } else {
        starunpack_helper(args, pushed, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    }
    if (nkw) {
        bool have_dict = false;
        size_t nseen = 0;
        for (size_t i = 0; i < nkw; ++i) {
            Keyword* k = keywords[i];
            if (!k->arg.empty()) {
                ++nseen;
                continue;
            }
            if (nseen) {
                compile_subkwargs(keywords, i - nseen, i);
                if (have_dict)
                    emit(Op::DICT_MERGE, 1);
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                emit(Op::BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(k->value);
            emit(Op::DICT_MERGE, 1);
        }
        if (nseen) {
            compile_subkwargs(keywords, nkw - nseen, nkw);
            if (have_dict)
                emit(Op::DICT_MERGE, 1);
        }
    }
    emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

} // namespace minipy::compiler
