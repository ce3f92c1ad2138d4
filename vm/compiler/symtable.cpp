// Scope analysis (see symtable.hpp): the recording walk over the AST and the resolution pass.
#include "vm/compiler/symtable.hpp"

#include <algorithm>
#include <unordered_set>

namespace minipy::compiler {

using NameSet = std::unordered_set<std::string>;

std::string mangle(std::string const& private_name, std::string const& name)
{
    // Only `__spam` (at least two leading underscores, not ending in two) inside a class whose
    // name is not all underscores is mangled; dotted import names never are.
    if (private_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_')
        return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
        return name;
    if (name.find('.') != std::string::npos)
        return name;
    size_t strip = private_name.find_first_not_of('_');
    if (strip == std::string::npos)
        return name;
    return "_" + private_name.substr(strip) + name;
}

namespace {

// CPython's limit: the recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3).
constexpr int max_depth = 3000;

struct Failure { };

class Builder {
public:
    explicit Builder(SymbolTable& table)
        : m_table(table)
    {
    }

    void build(ast::Module const* module)
    {
        m_table.m_top = enter(BlockType::Module, "top", module, module->span);
        for (auto* stmt : module->body)
            visit_stmt(stmt);
        leave();
        analyze(m_table.m_top);
    }

    std::optional<SymtableError> error;

private:
    // -- errors ---------------------------------------------------------------------------
    [[noreturn]] void fail(std::string msg, ast::Span const& span)
    {
        SymtableError e;
        e.info.msg = std::move(msg);
        e.info.lineno = span.line;
        e.info.offset = span.col + 1;
        e.info.end_lineno = span.end_line;
        e.info.end_offset = span.end_col + 1;
        error = std::move(e);
        throw Failure {};
    }

    struct DepthGuard {
        Builder& b;
        explicit DepthGuard(Builder& builder)
            : b(builder)
        {
            if (++b.m_depth > max_depth) {
                SymtableError e;
                e.recursion = true;
                b.error = std::move(e);
                throw Failure {};
            }
        }
        ~DepthGuard() { --b.m_depth; }
    };

    // -- scopes ---------------------------------------------------------------------------
    Scope* enter(BlockType type, std::string name, ast::Node const* node, ast::Span const&)
    {
        auto scope = std::make_unique<Scope>();
        Scope* s = scope.get();
        s->type = type;
        s->name = std::move(name);
        s->node = node;
        s->parent = m_cur;
        if (m_cur) {
            m_cur->children.push_back(s);
            s->is_nested = m_cur->is_nested || m_cur->type == BlockType::Function;
        }
        m_table.m_scopes.push_back(std::move(scope));
        if (node)
            m_table.m_by_node[node] = s;
        m_cur = s;
        return s;
    }

    void leave() { m_cur = m_cur->parent; }

    void add_def(
        std::string const& raw_name, uint32_t flag, ast::Span const& span, Scope* scope = nullptr)
    {
        if (!scope)
            scope = m_cur;
        std::string name = mangle(m_private, raw_name);
        auto [it, inserted] = scope->symbols.try_emplace(name);
        if (inserted)
            scope->symbol_order.push_back(name);
        Symbol& sym = it->second;
        if ((flag & DEF_PARAM) && (sym.flags & DEF_PARAM))
            fail("duplicate argument '" + name + "' in function definition", span);
        sym.flags |= flag;
        if (flag & DEF_PARAM)
            scope->params.push_back(name);
        if ((flag & DEF_LOCAL) && scope->comp_iter_target)
            sym.flags |= DEF_COMP_ITER;
    }

    uint32_t lookup(std::string const& raw_name)
    {
        return m_cur->flags_of(mangle(m_private, raw_name));
    }

    // -- statements -----------------------------------------------------------------------
    void visit_body(std::vector<ast::Stmt*> const& body)
    {
        for (auto* s : body)
            visit_stmt(s);
    }

    void visit_stmt(ast::Stmt const* s)
    {
        DepthGuard guard(*this);
        using K = ast::StmtKind;
        switch (s->kind) {
        case K::FunctionDef: {
            auto* f = static_cast<ast::FunctionDef const*>(s);
            add_def(f->name, DEF_LOCAL, s->span);
            visit_defaults(f->args);
            visit_annotations(f->args);
            if (f->returns)
                visit_expr(f->returns);
            for (auto* d : f->decorator_list)
                visit_expr(d);
            enter(BlockType::Function, f->name, f, s->span);
            visit_params(f->args);
            visit_body(f->body);
            leave();
            break;
        }
        case K::ClassDef: {
            auto* c = static_cast<ast::ClassDef const*>(s);
            add_def(c->name, DEF_LOCAL, s->span);
            for (auto* b : c->bases)
                visit_expr(b);
            for (auto* k : c->keywords)
                visit_expr(k->value);
            for (auto* d : c->decorator_list)
                visit_expr(d);
            enter(BlockType::Class, c->name, c, s->span);
            std::string saved = m_private;
            m_private = c->name;
            visit_body(c->body);
            m_private = saved;
            leave();
            break;
        }
        case K::Return: {
            auto* r = static_cast<ast::Return const*>(s);
            if (r->value)
                visit_expr(r->value);
            break;
        }
        case K::Delete:
            for (auto* t : static_cast<ast::Delete const*>(s)->targets)
                visit_expr(t);
            break;
        case K::Assign: {
            auto* a = static_cast<ast::Assign const*>(s);
            for (auto* t : a->targets)
                visit_expr(t);
            visit_expr(a->value);
            break;
        }
        case K::AugAssign: {
            auto* a = static_cast<ast::AugAssign const*>(s);
            visit_expr(a->target);
            visit_expr(a->value);
            break;
        }
        case K::AnnAssign: {
            auto* a = static_cast<ast::AnnAssign const*>(s);
            if (a->target->kind == ast::ExprKind::Name) {
                auto* name = static_cast<ast::Name const*>(a->target);
                uint32_t cur = lookup(name->id);
                if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && m_cur != m_table.m_top && a->simple) {
                    fail("annotated name '" + name->id + "' can't be "
                            + ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                        s->span);
                }
                if (a->simple)
                    add_def(name->id, DEF_ANNOT | DEF_LOCAL, name->span);
                else if (a->value)
                    add_def(name->id, DEF_LOCAL, name->span);
            } else {
                visit_expr(a->target);
            }
            visit_expr(a->annotation);
            if (a->value)
                visit_expr(a->value);
            break;
        }
        case K::For: {
            auto* f = static_cast<ast::For const*>(s);
            visit_expr(f->target);
            visit_expr(f->iter);
            visit_body(f->body);
            visit_body(f->orelse);
            break;
        }
        case K::While: {
            auto* w = static_cast<ast::While const*>(s);
            visit_expr(w->test);
            visit_body(w->body);
            visit_body(w->orelse);
            break;
        }
        case K::If: {
            auto* i = static_cast<ast::If const*>(s);
            visit_expr(i->test);
            visit_body(i->body);
            visit_body(i->orelse);
            break;
        }
        case K::With: {
            auto* w = static_cast<ast::With const*>(s);
            for (auto* item : w->items) {
                visit_expr(item->context_expr);
                if (item->optional_vars)
                    visit_expr(item->optional_vars);
            }
            visit_body(w->body);
            break;
        }
        case K::Raise: {
            auto* r = static_cast<ast::Raise const*>(s);
            if (r->exc)
                visit_expr(r->exc);
            if (r->cause)
                visit_expr(r->cause);
            break;
        }
        case K::Try: {
            auto* t = static_cast<ast::Try const*>(s);
            visit_body(t->body);
            visit_body(t->orelse);
            for (auto* h : t->handlers) {
                if (h->type)
                    visit_expr(h->type);
                if (!h->name.empty())
                    add_def(h->name, DEF_LOCAL, h->span);
                visit_body(h->body);
            }
            visit_body(t->finalbody);
            break;
        }
        case K::Assert: {
            auto* a = static_cast<ast::Assert const*>(s);
            visit_expr(a->test);
            if (a->msg)
                visit_expr(a->msg);
            break;
        }
        case K::Import:
            for (auto* alias : static_cast<ast::Import const*>(s)->names)
                visit_alias(alias);
            break;
        case K::ImportFrom:
            for (auto* alias : static_cast<ast::ImportFrom const*>(s)->names)
                visit_alias(alias);
            break;
        case K::Global:
        case K::Nonlocal: {
            bool is_global = s->kind == K::Global;
            auto const& names = is_global ? static_cast<ast::Global const*>(s)->names
                                          : static_cast<ast::Nonlocal const*>(s)->names;
            char const* what = is_global ? "global" : "nonlocal";
            for (auto const& raw : names) {
                uint32_t cur = lookup(raw);
                std::string name = mangle(m_private, raw);
                if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
                    std::string msg;
                    if (cur & DEF_PARAM)
                        msg = "name '" + name + "' is parameter and " + what;
                    else if (cur & USE)
                        msg = "name '" + name + "' is used prior to " + what + " declaration";
                    else if (cur & DEF_ANNOT)
                        msg = "annotated name '" + name + "' can't be " + what;
                    else
                        msg = "name '" + name + "' is assigned to before " + what + " declaration";
                    fail(msg, s->span);
                }
                add_def(raw, is_global ? DEF_GLOBAL : DEF_NONLOCAL, s->span);
                m_cur->directives.emplace(name, s->span);
            }
            break;
        }
        case K::Expr:
            visit_expr(static_cast<ast::ExprStmt const*>(s)->value);
            break;
        case K::Pass:
        case K::Break:
        case K::Continue:
            break;
        }
    }

    void visit_alias(ast::Alias const* alias)
    {
        if (alias->name == "*") {
            if (m_cur->type != BlockType::Module)
                fail("import * only allowed at module level", alias->span);
            return;
        }
        std::string store = alias->asname;
        if (store.empty())
            store = alias->name.substr(0, alias->name.find('.'));
        add_def(store, DEF_IMPORT, alias->span);
    }

    // -- parameters -----------------------------------------------------------------------
    void visit_defaults(ast::Arguments const* args)
    {
        for (auto* d : args->defaults)
            visit_expr(d);
        for (auto* d : args->kw_defaults)
            if (d)
                visit_expr(d);
    }

    void visit_annotations(ast::Arguments const* args)
    {
        auto one = [&](ast::Arg const* a) {
            if (a && a->annotation)
                visit_expr(a->annotation);
        };
        for (auto* a : args->posonlyargs)
            one(a);
        for (auto* a : args->args)
            one(a);
        one(args->vararg);
        for (auto* a : args->kwonlyargs)
            one(a);
        one(args->kwarg);
    }

    void visit_params(ast::Arguments const* args)
    {
        for (auto* a : args->posonlyargs)
            add_def(a->name, DEF_PARAM, a->span);
        for (auto* a : args->args)
            add_def(a->name, DEF_PARAM, a->span);
        for (auto* a : args->kwonlyargs)
            add_def(a->name, DEF_PARAM, a->span);
        if (args->vararg) {
            add_def(args->vararg->name, DEF_PARAM, args->vararg->span);
            m_cur->has_varargs = true;
        }
        if (args->kwarg) {
            add_def(args->kwarg->name, DEF_PARAM, args->kwarg->span);
            m_cur->has_varkeywords = true;
        }
    }

    // -- expressions ----------------------------------------------------------------------
    void visit_exprs(std::vector<ast::Expr*> const& exprs)
    {
        for (auto* e : exprs)
            visit_expr(e);
    }

    void visit_expr(ast::Expr const* e)
    {
        DepthGuard guard(*this);
        using K = ast::ExprKind;
        switch (e->kind) {
        case K::BoolOp:
            visit_exprs(static_cast<ast::BoolOp const*>(e)->values);
            break;
        case K::NamedExpr: {
            auto* n = static_cast<ast::NamedExpr const*>(e);
            if (m_cur->comp_iter_expr > 0)
                fail("assignment expression cannot be used in a comprehension iterable expression",
                    e->span);
            if (m_cur->is_comprehension)
                extend_namedexpr_scope(static_cast<ast::Name const*>(n->target));
            visit_expr(n->value);
            visit_expr(n->target);
            break;
        }
        case K::BinOp: {
            auto* b = static_cast<ast::BinOp const*>(e);
            visit_expr(b->left);
            visit_expr(b->right);
            break;
        }
        case K::UnaryOp:
            visit_expr(static_cast<ast::UnaryOp const*>(e)->operand);
            break;
        case K::Lambda: {
            auto* l = static_cast<ast::Lambda const*>(e);
            visit_defaults(l->args);
            enter(BlockType::Function, "lambda", l, e->span);
            visit_params(l->args);
            visit_expr(l->body);
            leave();
            break;
        }
        case K::IfExp: {
            auto* i = static_cast<ast::IfExp const*>(e);
            visit_expr(i->test);
            visit_expr(i->body);
            visit_expr(i->orelse);
            break;
        }
        case K::Dict: {
            auto* d = static_cast<ast::Dict const*>(e);
            for (size_t i = 0; i < d->values.size(); ++i) {
                if (d->keys[i])
                    visit_expr(d->keys[i]);
                visit_expr(d->values[i]);
            }
            break;
        }
        case K::Set:
            visit_exprs(static_cast<ast::Set const*>(e)->elts);
            break;
        case K::ListComp: {
            auto* c = static_cast<ast::ListComp const*>(e);
            visit_comprehension(e, "listcomp", c->generators, c->elt, nullptr, false);
            break;
        }
        case K::SetComp: {
            auto* c = static_cast<ast::SetComp const*>(e);
            visit_comprehension(e, "setcomp", c->generators, c->elt, nullptr, false);
            break;
        }
        case K::DictComp: {
            auto* c = static_cast<ast::DictComp const*>(e);
            visit_comprehension(e, "dictcomp", c->generators, c->key, c->value, false);
            break;
        }
        case K::GeneratorExp: {
            auto* c = static_cast<ast::GeneratorExp const*>(e);
            visit_comprehension(e, "genexpr", c->generators, c->elt, nullptr, true);
            break;
        }
        case K::Yield:
        case K::YieldFrom: {
            if (m_cur->is_comprehension) {
                std::string const& n = m_cur->name;
                fail(n == "listcomp"      ? "'yield' inside list comprehension"
                        : n == "setcomp"  ? "'yield' inside set comprehension"
                        : n == "dictcomp" ? "'yield' inside dict comprehension"
                                          : "'yield' inside generator expression",
                    e->span);
            }
            ast::Expr const* value = e->kind == K::Yield
                ? static_cast<ast::Yield const*>(e)->value
                : static_cast<ast::YieldFrom const*>(e)->value;
            if (value)
                visit_expr(value);
            m_cur->is_generator = true;
            break;
        }
        case K::Compare: {
            auto* c = static_cast<ast::Compare const*>(e);
            visit_expr(c->left);
            visit_exprs(c->comparators);
            break;
        }
        case K::Call: {
            auto* c = static_cast<ast::Call const*>(e);
            visit_expr(c->func);
            visit_exprs(c->args);
            for (auto* k : c->keywords)
                visit_expr(k->value);
            break;
        }
        case K::FormattedValue: {
            auto* f = static_cast<ast::FormattedValue const*>(e);
            visit_expr(f->value);
            if (f->format_spec)
                visit_expr(f->format_spec);
            break;
        }
        case K::JoinedStr:
            visit_exprs(static_cast<ast::JoinedStr const*>(e)->values);
            break;
        case K::Constant:
            break;
        case K::Attribute:
            visit_expr(static_cast<ast::Attribute const*>(e)->value);
            break;
        case K::Subscript: {
            auto* s = static_cast<ast::Subscript const*>(e);
            visit_expr(s->value);
            visit_expr(s->slice);
            break;
        }
        case K::Starred:
            visit_expr(static_cast<ast::Starred const*>(e)->value);
            break;
        case K::Name: {
            auto* n = static_cast<ast::Name const*>(e);
            add_def(n->id, n->ctx == ast::Ctx::Load ? USE : DEF_LOCAL, e->span);
            // Zero-argument super() needs the __class__ cell of the enclosing class.
            if (n->ctx == ast::Ctx::Load && m_cur->type == BlockType::Function && n->id == "super")
                add_def("__class__", USE, e->span);
            break;
        }
        case K::List:
            visit_exprs(static_cast<ast::List const*>(e)->elts);
            break;
        case K::Tuple:
            visit_exprs(static_cast<ast::Tuple const*>(e)->elts);
            break;
        case K::Slice: {
            auto* s = static_cast<ast::Slice const*>(e);
            if (s->lower)
                visit_expr(s->lower);
            if (s->upper)
                visit_expr(s->upper);
            if (s->step)
                visit_expr(s->step);
            break;
        }
        }
    }

    /// Comprehensions are functions taking the first iterable as the argument `.0`; the first
    /// iterable itself is evaluated in the enclosing scope (Language Reference §6.2.4).
    void visit_comprehension(ast::Expr const* e, char const* name,
        std::vector<ast::Comprehension*> const& gens, ast::Expr const* elt, ast::Expr const* value,
        bool is_generator)
    {
        auto* outermost = gens[0];
        m_cur->comp_iter_expr++;
        visit_expr(outermost->iter);
        m_cur->comp_iter_expr--;
        Scope* s = enter(BlockType::Function, name, e, e->span);
        s->is_comprehension = true;
        if (is_generator)
            s->is_generator = true;
        add_def(".0", DEF_PARAM, e->span);
        for (size_t i = 0; i < gens.size(); ++i) {
            auto* g = gens[i];
            if (i > 0) {
                s->comp_iter_expr++;
                visit_expr(g->iter);
                s->comp_iter_expr--;
            }
            s->comp_iter_target = true;
            visit_expr(g->target);
            s->comp_iter_target = false;
            visit_exprs(g->ifs);
        }
        if (value)
            visit_expr(value);
        visit_expr(elt);
        leave();
    }

    /// PEP 572: a walrus target inside a comprehension binds in the nearest enclosing
    /// function or module scope.
    void extend_namedexpr_scope(ast::Name const* target)
    {
        std::string const& name = target->id;
        for (Scope* s = m_cur; s; s = s->parent) {
            if (s->is_comprehension) {
                if (s->flags_of(name) & DEF_COMP_ITER)
                    fail("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'",
                        target->span);
                continue;
            }
            if (s->type == BlockType::Function) {
                if (s->flags_of(name) & DEF_GLOBAL)
                    add_def(name, DEF_GLOBAL, target->span);
                else
                    add_def(name, DEF_NONLOCAL, target->span);
                m_cur->directives.emplace(name, target->span);
                add_def(name, DEF_LOCAL, target->span, s);
                return;
            }
            if (s->type == BlockType::Module) {
                add_def(name, DEF_GLOBAL, target->span);
                add_def(name, DEF_GLOBAL, target->span, s);
                return;
            }
            fail("assignment expression within a comprehension cannot be used in a class body",
                target->span);
        }
    }

    // -- analysis (CPython's analyze_block) ------------------------------------------------
    void error_at_directive(Scope* s, std::string const& name, std::string msg)
    {
        auto it = s->directives.find(name);
        fail(std::move(msg), it != s->directives.end() ? it->second : ast::Span {});
    }

    void analyze_name(Scope* s, std::string const& name, Symbol& sym, NameSet* bound,
        NameSet& local, NameSet& free, NameSet& global)
    {
        uint32_t flags = sym.flags;
        if (flags & DEF_GLOBAL) {
            if (flags & DEF_NONLOCAL)
                error_at_directive(s, name, "name '" + name + "' is nonlocal and global");
            sym.scope = SymbolScope::GlobalExplicit;
            global.insert(name);
            if (bound)
                bound->erase(name);
            return;
        }
        if (flags & DEF_NONLOCAL) {
            if (!bound)
                error_at_directive(s, name, "nonlocal declaration not allowed at module level");
            if (!bound->count(name))
                error_at_directive(s, name, "no binding for nonlocal '" + name + "' found");
            sym.scope = SymbolScope::Free;
            free.insert(name);
            return;
        }
        if (flags & DEF_BOUND) {
            sym.scope = SymbolScope::Local;
            local.insert(name);
            global.erase(name);
            return;
        }
        // A name used but not bound here: free if an enclosing function binds it, else global.
        if (bound && bound->count(name)) {
            sym.scope = SymbolScope::Free;
            free.insert(name);
            return;
        }
        sym.scope = SymbolScope::GlobalImplicit;
    }

    void analyze(Scope* top)
    {
        NameSet free, global;
        analyze_block(top, nullptr, free, global);
    }

    /// Resolves the names of `s`. `bound` holds the names bound by enclosing function scopes
    /// (null at module level), `global` the names known to be global; on return `free` holds
    /// the free names of `s` and its children that an enclosing scope must provide.
    void analyze_block(Scope* s, NameSet const* bound_in, NameSet& free, NameSet const& global_in)
    {
        DepthGuard guard(*this);
        NameSet local, newglobal, newfree, newbound;
        NameSet global = global_in;
        // A `global` declaration hides an enclosing binding from this scope's children, so each
        // block works on its own copy of the bound set (CPython copies it per child too).
        NameSet bound_copy;
        NameSet* bound = nullptr;
        if (bound_in) {
            bound_copy = *bound_in;
            bound = &bound_copy;
        }
        if (s->type == BlockType::Class) {
            newglobal = global;
            if (bound)
                newbound = *bound;
        }
        // In first-use order, as CPython, so that the same error is reported first.
        for (auto const& name : s->symbol_order)
            analyze_name(s, name, s->symbols[name], bound, local, free, global);

        if (s->type != BlockType::Class) {
            if (s->type == BlockType::Function)
                newbound.insert(local.begin(), local.end());
            if (bound)
                newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }

        for (Scope* child : s->children) {
            NameSet child_free;
            analyze_block(child, &newbound, child_free, newglobal);
            newfree.insert(child_free.begin(), child_free.end());
        }

        // Locals of a function captured by a child become cells.
        if (s->type == BlockType::Function) {
            for (auto& [name, sym] : s->symbols) {
                if (sym.scope == SymbolScope::Local && newfree.count(name)) {
                    sym.scope = SymbolScope::Cell;
                    newfree.erase(name);
                }
            }
        }
        if (s->type == BlockType::Class && newfree.erase("__class__"))
            s->needs_class_closure = true;

        // Free names of children that this scope does not define pass through it.
        for (auto const& name : newfree) {
            auto it = s->symbols.find(name);
            if (it != s->symbols.end()) {
                if (s->type == BlockType::Class && (it->second.flags & (DEF_BOUND | DEF_GLOBAL)))
                    it->second.flags |= DEF_FREE_CLASS;
                continue;
            }
            if (bound && !bound->count(name))
                continue; // a global
            Symbol sym;
            sym.scope = SymbolScope::Free;
            s->symbols.emplace(name, sym);
            s->symbol_order.push_back(name);
        }
        free.insert(newfree.begin(), newfree.end());
    }

    SymbolTable& m_table;
    Scope* m_cur = nullptr;
    std::string m_private;
    int m_depth = 0;
};

} // namespace

std::unique_ptr<SymbolTable> build_symtable(
    ast::Module const* module, std::optional<SymtableError>& error)
{
    auto table = std::make_unique<SymbolTable>();
    Builder builder(*table);
    try {
        builder.build(module);
    } catch (Failure const&) {
        error = std::move(builder.error);
        return nullptr;
    }
    return table;
}

} // namespace minipy::compiler
