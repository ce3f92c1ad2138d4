// Code generation for the constructs that create a new code object: def, lambda, class and the
// four comprehension forms, and the MAKE_FUNCTION sequence (defaults, annotations, closure).
#include "vm/compiler/codegen.hpp"

#include "vm/objects/str_object.hpp"
#include "vm/vm.hpp"

namespace minipy::compiler {

using namespace ast;

void CodeGen::set_arg_counts(Arguments* args)
{
    u().argcount = static_cast<uint32_t>(args->posonlyargs.size() + args->args.size());
    u().posonlyargcount = static_cast<uint32_t>(args->posonlyargs.size());
    u().kwonlyargcount = static_cast<uint32_t>(args->kwonlyargs.size());
}

/// Defaults tuple (flag 1) and keyword-only defaults dict (flag 2), evaluated at def time.
uint32_t CodeGen::compile_defaults(Arguments* args)
{
    uint32_t flags = 0;
    if (!args->defaults.empty()) {
        visit_exprs(args->defaults);
        emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size()));
        flags |= 1;
    }
    uint32_t count = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        Expr* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
        if (!d)
            continue;
        emit(Op::LOAD_CONST, const_str(mangled(args->kwonlyargs[i]->name)));
        visit_expr(d);
        ++count;
    }
    if (count) {
        emit(Op::BUILD_MAP, count);
        flags |= 2;
    }
    return flags;
}

/// The annotations dict (flag 4), in CPython 3.11's order: args, *args, kw-only, **kwargs,
/// positional-only, then 'return'.
bool CodeGen::compile_annotations(Arguments* args, Expr* returns)
{
    uint32_t count = 0;
    auto add = [&](std::string const& name, Expr* annotation) {
        if (!annotation)
            return;
        emit(Op::LOAD_CONST, const_str(mangled(name)));
        visit_expr(annotation);
        ++count;
    };
    for (Arg* a : args->args)
        add(a->name, a->annotation);
    if (args->vararg)
        add(args->vararg->name, args->vararg->annotation);
    for (Arg* a : args->kwonlyargs)
        add(a->name, a->annotation);
    if (args->kwarg)
        add(args->kwarg->name, args->kwarg->annotation);
    for (Arg* a : args->posonlyargs)
        add(a->name, a->annotation);
    add("return", returns);
    if (!count)
        return false;
    emit(Op::BUILD_MAP, count);
    return true;
}

/// Pushes the function for `code`: the closure tuple of the cells it captures (flag 8), then
/// MAKE_FUNCTION. The values for flags 1/2/4 are already on the stack.
void CodeGen::make_closure(CodeObject* code, uint32_t flags)
{
    if (!code->m_freevars.empty()) {
        for (StrObject* free : code->m_freevars) {
            std::string name(free->view());
            auto it = u().deref_index.find(name);
            if (it == u().deref_index.end())
                error("internal compiler error: no cell for free variable '" + name + "'");
            emit(Op::LOAD_CLOSURE, it->second);
        }
        emit(Op::BUILD_TUPLE, static_cast<uint32_t>(code->m_freevars.size()));
        flags |= 8;
    }
    emit(Op::LOAD_CONST, add_const(code->value(), std::string()));
    emit(Op::MAKE_FUNCTION, flags);
}

void CodeGen::apply_decorators(size_t count)
{
    for (size_t i = 0; i < count; ++i)
        emit(Op::CALL, 1);
}

namespace {

bool starts_with_docstring(std::vector<Stmt*> const& body)
{
    if (body.empty() || body[0]->kind != StmtKind::Expr)
        return false;
    Expr const* v = static_cast<ExprStmt const*>(body[0])->value;
    return v->kind == ExprKind::Constant
        && static_cast<Constant const*>(v)->ckind == ConstKind::Str;
}

} // namespace

void CodeGen::compile_function_def(FunctionDef* s)
{
    // Decorators are evaluated first, each followed by the NULL self slot of its CALL.
    for (Expr* d : s->decorator_list) {
        visit_expr(d);
        emit(Op::PUSH_NULL);
    }
    int firstlineno = s->decorator_list.empty() ? s->span.line : s->decorator_list[0]->span.line;
    uint32_t flags = compile_defaults(s->args);
    if (compile_annotations(s->args, s->returns))
        flags |= 4;

    Scope* scope = m_table.scope_for(s);
    enter_unit(scope, UnitKind::Function, s->name, s, firstlineno);
    set_arg_counts(s->args);
    size_t first = 0;
    if (starts_with_docstring(s->body)) {
        std::string key;
        u().docstring = constant_value(
            static_cast<Constant*>(static_cast<ExprStmt*>(s->body[0])->value), key);
        first = 1;
    }
    for (size_t i = first; i < s->body.size(); ++i)
        visit_stmt(s->body[i]);
    if (!s->body.empty())
        u().loc = s->body.back()->span;
    emit_load_none();
    emit(Op::RETURN_VALUE);
    CodeObject* code = leave_unit();

    make_closure(code, flags);
    apply_decorators(s->decorator_list.size());
    nameop(s->name, Ctx::Store);
}

void CodeGen::compile_lambda(Lambda* e)
{
    uint32_t flags = compile_defaults(e->args);
    Scope* scope = m_table.scope_for(e);
    enter_unit(scope, UnitKind::Lambda, "<lambda>", e, e->span.line);
    u().loc = e->body->span;
    set_arg_counts(e->args);
    visit_expr(e->body);
    emit(Op::RETURN_VALUE);
    CodeObject* code = leave_unit();
    make_closure(code, flags);
}

/// class C(bases, **kw): body  →  __build_class__(func, 'C', *bases, **kw)
/// (Language Reference §3.3.3 "Customizing class creation").
void CodeGen::compile_class_def(ClassDef* s)
{
    for (Expr* d : s->decorator_list) {
        visit_expr(d);
        emit(Op::PUSH_NULL);
    }
    int firstlineno = s->decorator_list.empty() ? s->span.line : s->decorator_list[0]->span.line;

    Scope* scope = m_table.scope_for(s);
    enter_unit(scope, UnitKind::Class, s->name, s, firstlineno);
    u().loc = ast::Span {firstlineno, 0, firstlineno, 0};
    nameop("__name__", Ctx::Load);
    nameop("__module__", Ctx::Store);
    emit(Op::LOAD_CONST, const_str(u().qualname));
    nameop("__qualname__", Ctx::Store);
    compile_body_with_docstring(s->body, true);
    if (!s->body.empty())
        u().loc = s->body.back()->span;
    if (scope->needs_class_closure) {
        emit(Op::LOAD_CLOSURE, u().deref_index.at("__class__"));
        emit(Op::STORE_NAME, add_name("__classcell__"));
    }
    emit_load_none();
    emit(Op::RETURN_VALUE);
    CodeObject* code = leave_unit();

    emit(Op::LOAD_BUILD_CLASS);
    emit(Op::PUSH_NULL);
    make_closure(code, 0);
    emit(Op::LOAD_CONST, const_str(s->name));
    call_helper(2, s->bases, s->keywords);
    apply_decorators(s->decorator_list.size());
    nameop(s->name, Ctx::Store);
}

// -- comprehensions -----------------------------------------------------------------------------

/// A comprehension is a nested function called with the iterator of its first iterable
/// (Language Reference §6.2.4 "Displays for lists, sets and dictionaries").
void CodeGen::compile_comprehension(
    Expr* e, char const* name, std::vector<Comprehension*> const& gens, Expr* elt, Expr* value)
{
    // Normally caught by the parser; kept here so that no AST can reach codegen with it.
    if (elt->kind == ExprKind::Starred)
        error("iterable unpacking cannot be used in comprehension", elt->span);
    Scope* scope = m_table.scope_for(e);
    enter_unit(scope, UnitKind::Comprehension, name, e, e->span.line);
    u().loc = e->span;
    u().argcount = 1;
    switch (e->kind) {
    case ExprKind::ListComp:
        emit(Op::BUILD_LIST, 0);
        break;
    case ExprKind::SetComp:
        emit(Op::BUILD_SET, 0);
        break;
    case ExprKind::DictComp:
        emit(Op::BUILD_MAP, 0);
        break;
    default:
        break;
    }
    comprehension_generator(gens, 0, 0, elt, value, e->kind);
    if (e->kind == ExprKind::GeneratorExp)
        emit_load_none();
    emit(Op::RETURN_VALUE);
    CodeObject* code = leave_unit();

    make_closure(code, 0);
    emit(Op::PUSH_NULL);
    visit_expr(gens[0]->iter);
    emit(Op::GET_ITER);
    emit(Op::CALL, 1);
}

void CodeGen::comprehension_generator(std::vector<Comprehension*> const& gens, size_t index,
    uint32_t depth, Expr* elt, Expr* value, ExprKind kind)
{
    NestingGuard guard(*this);
    Comprehension* gen = gens[index];
    int start = new_label();
    int if_cleanup = new_label();
    int anchor = new_label();
    if (index == 0) {
        emit(Op::LOAD_FAST, add_varname(".0"));
    } else {
        visit_expr(gen->iter);
        emit(Op::GET_ITER);
    }
    ++depth;
    bind(start);
    {
        LocScope loc(*this, gen->iter->span);
        emit_jump(Op::FOR_ITER, anchor);
    }
    compile_store(gen->target);
    for (Expr* cond : gen->ifs)
        jump_if(cond, if_cleanup, false);
    if (index + 1 < gens.size()) {
        comprehension_generator(gens, index + 1, depth, elt, value, kind);
    } else {
        switch (kind) {
        case ExprKind::GeneratorExp: {
            visit_expr(elt);
            LocScope loc(*this, elt->span);
            emit(Op::YIELD_VALUE);
            emit(Op::POP_TOP);
            break;
        }
        case ExprKind::ListComp: {
            visit_expr(elt);
            LocScope loc(*this, elt->span);
            emit(Op::LIST_APPEND, depth + 1);
            break;
        }
        case ExprKind::SetComp: {
            visit_expr(elt);
            LocScope loc(*this, elt->span);
            emit(Op::SET_ADD, depth + 1);
            break;
        }
        case ExprKind::DictComp: {
            visit_expr(elt);
            visit_expr(value);
            LocScope loc(*this, elt->span);
            emit(Op::MAP_ADD, depth + 1);
            break;
        }
        default:
            break;
        }
    }
    bind(if_cleanup);
    emit_jump(Op::JUMP_BACKWARD, start);
    bind(anchor);
}

} // namespace minipy::compiler
