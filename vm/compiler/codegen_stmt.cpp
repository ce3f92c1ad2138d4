// Code generation for statements: assignment forms, loops, if, imports, return/break/continue,
// raise and assert (try/with live in codegen_exc.cpp, def/class in codegen_scope.cpp).
#include "vm/compiler/codegen.hpp"

#include "vm/vm.hpp"

namespace minipy::compiler {

using namespace ast;

namespace {

/// -1 unknown, 0 false, 1 true: the truth of a constant test (for `while True:`).
int constant_truth(Expr const* e)
{
    if (e->kind != ExprKind::Constant)
        return -1;
    auto* c = static_cast<Constant const*>(e);
    switch (c->ckind) {
    case ConstKind::None:
    case ConstKind::False:
        return 0;
    case ConstKind::True:
    case ConstKind::Ellipsis:
        return 1;
    case ConstKind::Int:
        return c->int_value != 0;
    case ConstKind::BigInt:
        return 1;
    case ConstKind::Float:
        return c->float_value != 0;
    case ConstKind::Str:
    case ConstKind::Bytes:
        return !c->text.empty();
    case ConstKind::Complex:
        return -1;
    }
    return -1;
}

bool is_docstring(std::vector<Stmt*> const& body)
{
    if (body.empty() || body[0]->kind != StmtKind::Expr)
        return false;
    Expr const* v = static_cast<ExprStmt const*>(body[0])->value;
    return v->kind == ExprKind::Constant
        && static_cast<Constant const*>(v)->ckind == ConstKind::Str;
}

} // namespace

bool CodeGen::has_annotations(std::vector<Stmt*> const& body)
{
    for (Stmt* s : body) {
        switch (s->kind) {
        case StmtKind::AnnAssign:
            return true;
        case StmtKind::For: {
            auto* f = static_cast<For*>(s);
            if (has_annotations(f->body) || has_annotations(f->orelse))
                return true;
            break;
        }
        case StmtKind::While: {
            auto* w = static_cast<While*>(s);
            if (has_annotations(w->body) || has_annotations(w->orelse))
                return true;
            break;
        }
        case StmtKind::If: {
            auto* i = static_cast<If*>(s);
            if (has_annotations(i->body) || has_annotations(i->orelse))
                return true;
            break;
        }
        case StmtKind::With:
            if (has_annotations(static_cast<With*>(s)->body))
                return true;
            break;
        case StmtKind::Try: {
            auto* t = static_cast<Try*>(s);
            if (has_annotations(t->body) || has_annotations(t->orelse)
                || has_annotations(t->finalbody))
                return true;
            for (auto* h : t->handlers)
                if (has_annotations(h->body))
                    return true;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

/// Module and class bodies (CPython's compiler_body): SETUP_ANNOTATIONS when needed, then the
/// docstring stored as `__doc__`, then the statements.
void CodeGen::compile_body_with_docstring(std::vector<Stmt*> const& body, bool)
{
    if (has_annotations(body))
        emit(Op::SETUP_ANNOTATIONS);
    size_t first = 0;
    if (is_docstring(body)) {
        LocScope loc(*this, body[0]->span);
        visit_expr(static_cast<ExprStmt*>(body[0])->value);
        nameop("__doc__", Ctx::Store);
        first = 1;
    }
    for (size_t i = first; i < body.size(); ++i)
        visit_stmt(body[i]);
}

void CodeGen::visit_body(std::vector<Stmt*> const& body)
{
    for (Stmt* s : body)
        visit_stmt(s);
}

void CodeGen::visit_stmt(Stmt* s)
{
    NestingGuard guard(*this);
    LocScope loc(*this, s->span);
    switch (s->kind) {
    case StmtKind::FunctionDef:
        compile_function_def(static_cast<FunctionDef*>(s));
        break;
    case StmtKind::ClassDef:
        compile_class_def(static_cast<ClassDef*>(s));
        break;
    case StmtKind::Return:
        compile_return(static_cast<Return*>(s));
        break;
    case StmtKind::Delete:
        for (Expr* t : static_cast<Delete*>(s)->targets)
            compile_delete(t);
        break;
    case StmtKind::Assign:
        compile_assign(static_cast<Assign*>(s));
        break;
    case StmtKind::AugAssign:
        compile_augassign(static_cast<AugAssign*>(s));
        break;
    case StmtKind::AnnAssign:
        compile_annassign(static_cast<AnnAssign*>(s));
        break;
    case StmtKind::For:
        compile_for(static_cast<For*>(s));
        break;
    case StmtKind::While:
        compile_while(static_cast<While*>(s));
        break;
    case StmtKind::If:
        compile_if(static_cast<If*>(s));
        break;
    case StmtKind::With:
        compile_with(static_cast<With*>(s), 0);
        break;
    case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        uint32_t n = 0;
        if (r->exc) {
            visit_expr(r->exc);
            ++n;
            if (r->cause) {
                visit_expr(r->cause);
                ++n;
            }
        }
        emit(Op::RAISE_VARARGS, n);
        break;
    }
    case StmtKind::Try:
        compile_try(static_cast<Try*>(s));
        break;
    case StmtKind::Assert: {
        auto* a = static_cast<Assert*>(s);
        if (a->test->kind == ExprKind::Tuple && !static_cast<Tuple*>(a->test)->elts.empty())
            warn("assertion is always true, perhaps remove parentheses?", s->span);
        int end = new_label();
        jump_if(a->test, end, true);
        // CPython 3.11 reports a failed assert at the statement, or at the test when it is a
        // comparison (carets under it).
        LocScope test_loc(*this, a->test->kind == ExprKind::Compare ? a->test->span : s->span);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (a->msg) {
            emit(Op::PUSH_NULL);
            visit_expr(a->msg);
            emit(Op::CALL, 1);
        }
        emit(Op::RAISE_VARARGS, 1);
        bind(end);
        break;
    }
    case StmtKind::Import:
        compile_import(static_cast<Import*>(s));
        break;
    case StmtKind::ImportFrom:
        compile_import_from(static_cast<ImportFrom*>(s));
        break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
        break;
    case StmtKind::Expr: {
        Expr* value = static_cast<ExprStmt*>(s)->value;
        if (m_mode == CompileMode::Single && m_units.size() == 1) {
            visit_expr(value);
            emit(Op::PRINT_EXPR);
            break;
        }
        if (value->kind == ExprKind::Constant)
            break; // a constant statement (a docstring elsewhere, `...`) does nothing
        visit_expr(value);
        emit(Op::POP_TOP);
        break;
    }
    case StmtKind::Break:
        compile_break(s);
        break;
    case StmtKind::Continue:
        compile_continue(s);
        break;
    }
}

// -- assignment ---------------------------------------------------------------------------------

void CodeGen::compile_assign(Assign* s)
{
    visit_expr(s->value);
    for (size_t i = 0; i < s->targets.size(); ++i) {
        if (i + 1 < s->targets.size())
            emit(Op::COPY, 1);
        compile_store(s->targets[i]);
    }
}

/// CPython's unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX for one starred target.
void CodeGen::unpack_helper(std::vector<Expr*> const& elts)
{
    size_t n = elts.size();
    bool seen_star = false;
    for (size_t i = 0; i < n; ++i) {
        if (elts[i]->kind != ExprKind::Starred)
            continue;
        if (seen_star)
            error("multiple starred expressions in assignment");
        if (i >= (1u << 8) || n - i - 1 >= (1u << 16))
            error("too many expressions in star-unpacking assignment");
        emit(Op::UNPACK_EX, static_cast<uint32_t>(i + ((n - i - 1) << 8)));
        seen_star = true;
    }
    if (!seen_star)
        emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
}

void CodeGen::compile_store(Expr* target)
{
    NestingGuard guard(*this);
    LocScope loc(*this, target->span);
    switch (target->kind) {
    case ExprKind::Name:
        nameop(static_cast<Name*>(target)->id, Ctx::Store);
        break;
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(target);
        visit_expr(a->value);
        emit(Op::STORE_ATTR, add_name(mangled(a->attr)));
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(target);
        visit_expr(sub->value);
        visit_expr(sub->slice);
        emit(Op::STORE_SUBSCR);
        break;
    }
    case ExprKind::List:
    case ExprKind::Tuple: {
        auto const& elts = target->kind == ExprKind::List ? static_cast<List*>(target)->elts
                                                          : static_cast<Tuple*>(target)->elts;
        unpack_helper(elts);
        for (Expr* elt : elts)
            compile_store(elt->kind == ExprKind::Starred ? static_cast<Starred*>(elt)->value : elt);
        break;
    }
    case ExprKind::Starred:
        error("starred assignment target must be in a list or tuple");
    default:
        error("cannot assign to expression");
    }
}

void CodeGen::compile_delete(Expr* target)
{
    NestingGuard guard(*this);
    LocScope loc(*this, target->span);
    switch (target->kind) {
    case ExprKind::Name:
        nameop(static_cast<Name*>(target)->id, Ctx::Del);
        break;
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(target);
        visit_expr(a->value);
        emit(Op::DELETE_ATTR, add_name(mangled(a->attr)));
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(target);
        visit_expr(sub->value);
        visit_expr(sub->slice);
        emit(Op::DELETE_SUBSCR);
        break;
    }
    case ExprKind::List:
        for (Expr* elt : static_cast<List*>(target)->elts)
            compile_delete(elt);
        break;
    case ExprKind::Tuple:
        for (Expr* elt : static_cast<Tuple*>(target)->elts)
            compile_delete(elt);
        break;
    case ExprKind::Starred:
        error("cannot delete starred");
    default:
        error("cannot delete expression");
    }
}

void CodeGen::compile_augassign(AugAssign* s)
{
    Expr* target = s->target;
    uint32_t op = static_cast<uint32_t>(s->op) + binary_op_inplace_offset;
    switch (target->kind) {
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(target);
        uint32_t name = add_name(mangled(a->attr));
        {
            LocScope loc(*this, target->span);
            visit_expr(a->value);
            emit(Op::COPY, 1);
            emit(Op::LOAD_ATTR, name);
        }
        visit_expr(s->value);
        emit(Op::BINARY_OP, op);
        LocScope loc(*this, target->span);
        emit(Op::SWAP, 2);
        emit(Op::STORE_ATTR, name);
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(target);
        {
            LocScope loc(*this, target->span);
            visit_expr(sub->value);
            visit_expr(sub->slice);
            emit(Op::COPY, 2);
            emit(Op::COPY, 2);
            emit(Op::BINARY_SUBSCR);
        }
        visit_expr(s->value);
        emit(Op::BINARY_OP, op);
        LocScope loc(*this, target->span);
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        emit(Op::STORE_SUBSCR);
        break;
    }
    case ExprKind::Name: {
        auto* n = static_cast<Name*>(target);
        {
            LocScope loc(*this, target->span);
            nameop(n->id, Ctx::Load);
        }
        visit_expr(s->value);
        emit(Op::BINARY_OP, op);
        LocScope loc(*this, target->span);
        nameop(n->id, Ctx::Store);
        break;
    }
    default:
        error("'" + std::string("expression")
            + "' is an illegal expression for augmented assignment");
    }
}

/// PEP 526: module and class annotations of simple names are stored in `__annotations__`;
/// function-level annotations of simple names are not evaluated.
void CodeGen::compile_annassign(AnnAssign* s)
{
    Expr* target = s->target;
    if (s->value) {
        visit_expr(s->value);
        compile_store(target);
    }
    bool module_or_class = u().kind == UnitKind::Module || u().kind == UnitKind::Class;
    switch (target->kind) {
    case ExprKind::Name:
        if (s->simple && module_or_class) {
            visit_expr(s->annotation);
            nameop("__annotations__", Ctx::Load);
            emit(Op::LOAD_CONST, const_str(mangled(static_cast<Name*>(target)->id)));
            emit(Op::STORE_SUBSCR);
        }
        return;
    case ExprKind::Attribute:
        if (!s->value) {
            visit_expr(static_cast<Attribute*>(target)->value);
            emit(Op::POP_TOP);
        }
        break;
    case ExprKind::Subscript:
        if (!s->value) {
            auto* sub = static_cast<Subscript*>(target);
            visit_expr(sub->value);
            emit(Op::POP_TOP);
            visit_expr(sub->slice);
            emit(Op::POP_TOP);
        }
        break;
    default:
        error("invalid annotation target");
    }
    if (!s->simple && module_or_class) {
        visit_expr(s->annotation);
        emit(Op::POP_TOP);
    }
}

// -- control flow -------------------------------------------------------------------------------

void CodeGen::compile_for(For* s)
{
    int start = new_label();
    int cleanup = new_label();
    int end = new_label();
    visit_expr(s->iter);
    emit(Op::GET_ITER);
    bind(start);
    push_fblock(FBlockType::ForLoop, s, start, end);
    emit_jump(Op::FOR_ITER, cleanup);
    compile_store(s->target);
    visit_body(s->body);
    emit_jump(Op::JUMP_BACKWARD, start);
    bind(cleanup);
    pop_fblock();
    visit_body(s->orelse);
    bind(end);
}

void CodeGen::compile_while(While* s)
{
    int loop = new_label();
    int anchor = new_label();
    int end = new_label();
    bind(loop);
    push_fblock(FBlockType::WhileLoop, s, loop, end);
    if (constant_truth(s->test) != 1)
        jump_if(s->test, anchor, false);
    visit_body(s->body);
    emit_jump(Op::JUMP_BACKWARD, loop);
    pop_fblock();
    bind(anchor);
    visit_body(s->orelse);
    bind(end);
}

void CodeGen::compile_if(If* s)
{
    int end = new_label();
    int next = s->orelse.empty() ? end : new_label();
    jump_if(s->test, next, false);
    visit_body(s->body);
    if (!s->orelse.empty()) {
        emit_jump(Op::JUMP_FORWARD, end);
        bind(next);
        visit_body(s->orelse);
    }
    bind(end);
}

void CodeGen::compile_return(Return* s)
{
    if (u().kind == UnitKind::Module || u().kind == UnitKind::Class)
        error("'return' outside function", s->span);
    bool preserve_tos = s->value && s->value->kind != ExprKind::Constant;
    if (preserve_tos)
        visit_expr(s->value);
    UnwindState saved;
    unwind_fblock_stack(preserve_tos, false, saved);
    if (!s->value) {
        emit_load_none();
    } else if (!preserve_tos) {
        LocScope loc(*this, s->value->span);
        compile_constant(static_cast<Constant*>(s->value));
    }
    emit(Op::RETURN_VALUE);
    unwind_restore(saved);
}

void CodeGen::compile_break(Stmt* s)
{
    UnwindState saved;
    FBlock const* loop = unwind_fblock_stack(false, true, saved);
    if (!loop) {
        unwind_restore(saved);
        error("'break' outside loop", s->span);
    }
    FBlock copy = *loop;
    unwind_fblock(copy, false);
    emit_jump(Op::JUMP_FORWARD, copy.exit_label);
    unwind_restore(saved);
}

void CodeGen::compile_continue(Stmt* s)
{
    UnwindState saved;
    FBlock const* loop = unwind_fblock_stack(false, true, saved);
    if (!loop) {
        unwind_restore(saved);
        error("'continue' not properly in loop", s->span);
    }
    emit_jump(Op::JUMP_BACKWARD, loop->start_label);
    unwind_restore(saved);
}

// -- imports ------------------------------------------------------------------------------------

void CodeGen::compile_import(Import* s)
{
    for (Alias* alias : s->names) {
        emit(Op::LOAD_CONST, const_int(0));
        emit_load_none();
        emit(Op::IMPORT_NAME, add_name(mangled(alias->name)));
        std::string const& name = alias->name;
        size_t dot = name.find('.');
        if (alias->asname.empty()) {
            // `import a.b.c` binds the top-level package `a`.
            nameop(name.substr(0, dot), Ctx::Store);
            continue;
        }
        if (dot != std::string::npos) {
            // `import a.b.c as d`: walk to the submodule with IMPORT_FROM (CPython 3.11).
            size_t pos = dot + 1;
            while (true) {
                size_t next = name.find('.', pos);
                std::string attr
                    = name.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
                emit(Op::IMPORT_FROM, add_name(mangled(attr)));
                if (next == std::string::npos)
                    break;
                emit(Op::SWAP, 2);
                emit(Op::POP_TOP);
                pos = next + 1;
            }
            nameop(alias->asname, Ctx::Store);
            emit(Op::POP_TOP);
        } else {
            nameop(alias->asname, Ctx::Store);
        }
    }
}

void CodeGen::compile_import_from(ImportFrom* s)
{
    emit(Op::LOAD_CONST, const_int(s->level));
    std::vector<std::string> names;
    for (Alias* alias : s->names)
        names.push_back(alias->name);
    emit(Op::LOAD_CONST, const_name_tuple(names));
    emit(Op::IMPORT_NAME, add_name(mangled(s->module)));
    for (size_t i = 0; i < s->names.size(); ++i) {
        Alias* alias = s->names[i];
        if (i == 0 && alias->name == "*") {
            emit(Op::IMPORT_STAR);
            return;
        }
        emit(Op::IMPORT_FROM, add_name(mangled(alias->name)));
        nameop(alias->asname.empty() ? alias->name : alias->asname, Ctx::Store);
    }
    emit(Op::POP_TOP);
}

} // namespace minipy::compiler
