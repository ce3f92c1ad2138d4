// ast.dump()-style text for AST nodes, for tests and debugging.
#include "parser/ast_dump.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace minipy {

namespace {

class Dumper {
public:
    std::string out;
    bool attributes = false;

    // Closes a located node: CPython's include_attributes=True adds the four position fields.
    void close(ast::Node const* node)
    {
        if (attributes) {
            if (out.back() != '(')
                out += ", ";
            out += "lineno=" + std::to_string(node->span.line)
                + ", col_offset=" + std::to_string(node->span.col)
                + ", end_lineno=" + std::to_string(node->span.end_line)
                + ", end_col_offset=" + std::to_string(node->span.end_col);
        }
        out += ')';
    }

    void str_repr(std::string const& s, bool bytes)
    {
        bool has_single = s.find('\'') != std::string::npos;
        bool has_double = s.find('"') != std::string::npos;
        char quote = has_single && !has_double ? '"' : '\'';
        if (bytes)
            out += 'b';
        out += quote;
        for (size_t i = 0; i < s.size(); ++i) {
            auto c = static_cast<unsigned char>(s[i]);
            // U+0080..U+00A0 and U+00AD are not printable: repr() escapes them as \xNN.
            if (!bytes && c == 0xC2 && i + 1 < s.size()) {
                auto next = static_cast<unsigned char>(s[i + 1]);
                if (next <= 0xA0 || next == 0xAD) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", next);
                    out += buf;
                    ++i;
                    continue;
                }
            }
            if (c == static_cast<unsigned char>(quote) || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c == '\t') {
                out += "\\t";
            } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
        out += quote;
    }

    void float_repr(double d)
    {
        if (std::isinf(d)) {
            out += d > 0 ? "inf" : "-inf";
            return;
        }
        if (std::isnan(d)) {
            out += "nan";
            return;
        }
        char buf[400];
        auto result = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
        std::string text(buf, result.ptr);
        // Python's repr: scientific form beyond 1e16 / below 1e-4, always a '.0' when integral.
        double a = std::fabs(d);
        if (a != 0 && (a >= 1e16 || a < 1e-4)) {
            auto sci = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
            text.assign(buf, sci.ptr);
            auto e = text.find('e');
            std::string mant = text.substr(0, e);
            std::string exp = text.substr(e + 1);
            int ev = std::stoi(exp);
            char eb[16];
            std::snprintf(eb, sizeof eb, "e%c%02d", ev < 0 ? '-' : '+', ev < 0 ? -ev : ev);
            text = mant + eb;
        } else if (text.find_first_of(".en") == std::string::npos) {
            text += ".0";
        }
        out += text;
    }

    void list(std::vector<ast::Expr*> const& v)
    {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ", ";
            expr(v[i]);
        }
        out += ']';
    }

    template<typename T, typename F>
    void list_of(std::vector<T*> const& v, F f)
    {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ", ";
            f(v[i]);
        }
        out += ']';
    }

    void stmts(std::vector<ast::Stmt*> const& v)
    {
        list_of(v, [&](ast::Stmt* s) { stmt(s); });
    }

    void names(std::vector<std::string> const& v)
    {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ", ";
            str_repr(v[i], false);
        }
        out += ']';
    }

    void ctx(ast::Ctx c)
    {
        out += c == ast::Ctx::Load ? "Load()" : c == ast::Ctx::Store ? "Store()" : "Del()";
    }

    // Writes `, name=` before a field unless it is the first.
    void field(bool& first, char const* name)
    {
        if (!first)
            out += ", ";
        first = false;
        out += name;
        out += '=';
    }

    void opt(bool& first, char const* name, ast::Expr const* e)
    {
        if (!e)
            return;
        field(first, name);
        expr(e);
    }

    static char const* binop(ast::BinOpKind op)
    {
        static char const* const names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
            "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
        return names[static_cast<int>(op)];
    }

    void comprehensions(std::vector<ast::Comprehension*> const& v)
    {
        list_of(v, [&](ast::Comprehension* c) {
            out += "comprehension(target=";
            expr(c->target);
            out += ", iter=";
            expr(c->iter);
            out += ", ifs=";
            list(c->ifs);
            out += ", is_async=0)";
        });
    }

    void arg(ast::Arg const* a)
    {
        out += "arg(arg=";
        str_repr(a->name, false);
        if (a->annotation) {
            out += ", annotation=";
            expr(a->annotation);
        }
        close(a);
    }

    void arguments(ast::Arguments const* a)
    {
        out += "arguments(posonlyargs=";
        list_of(a->posonlyargs, [&](ast::Arg* x) { arg(x); });
        out += ", args=";
        list_of(a->args, [&](ast::Arg* x) { arg(x); });
        if (a->vararg) {
            out += ", vararg=";
            arg(a->vararg);
        }
        out += ", kwonlyargs=";
        list_of(a->kwonlyargs, [&](ast::Arg* x) { arg(x); });
        out += ", kw_defaults=";
        list_of(a->kw_defaults, [&](ast::Expr* x) {
            if (x)
                expr(x);
            else
                out += "None";
        });
        if (a->kwarg) {
            out += ", kwarg=";
            arg(a->kwarg);
        }
        out += ", defaults=";
        list(a->defaults);
        out += ')';
    }

    void keywords(std::vector<ast::Keyword*> const& v)
    {
        list_of(v, [&](ast::Keyword* k) {
            out += "keyword(";
            if (!k->arg.empty()) {
                out += "arg=";
                str_repr(k->arg, false);
                out += ", ";
            }
            out += "value=";
            expr(k->value);
            close(k);
        });
    }

    void aliases(std::vector<ast::Alias*> const& v)
    {
        list_of(v, [&](ast::Alias* a) {
            out += "alias(name=";
            str_repr(a->name, false);
            if (!a->asname.empty()) {
                out += ", asname=";
                str_repr(a->asname, false);
            }
            close(a);
        });
    }

    void expr(ast::Expr const* e)
    {
        using K = ast::ExprKind;
        switch (e->kind) {
        case K::BoolOp: {
            auto const* x = static_cast<ast::BoolOp const*>(e);
            out += x->op == ast::BoolOpKind::And ? "BoolOp(op=And(), values="
                                                 : "BoolOp(op=Or(), values=";
            list(x->values);
            close(e);
            return;
        }
        case K::NamedExpr: {
            auto const* x = static_cast<ast::NamedExpr const*>(e);
            out += "NamedExpr(target=";
            expr(x->target);
            out += ", value=";
            expr(x->value);
            close(e);
            return;
        }
        case K::BinOp: {
            auto const* x = static_cast<ast::BinOp const*>(e);
            out += "BinOp(left=";
            expr(x->left);
            out += ", op=";
            out += binop(x->op);
            out += "(), right=";
            expr(x->right);
            close(e);
            return;
        }
        case K::UnaryOp: {
            auto const* x = static_cast<ast::UnaryOp const*>(e);
            static char const* const names[] = {"Invert", "Not", "UAdd", "USub"};
            out += "UnaryOp(op=";
            out += names[static_cast<int>(x->op)];
            out += "(), operand=";
            expr(x->operand);
            close(e);
            return;
        }
        case K::Lambda: {
            auto const* x = static_cast<ast::Lambda const*>(e);
            out += "Lambda(args=";
            arguments(x->args);
            out += ", body=";
            expr(x->body);
            close(e);
            return;
        }
        case K::IfExp: {
            auto const* x = static_cast<ast::IfExp const*>(e);
            out += "IfExp(test=";
            expr(x->test);
            out += ", body=";
            expr(x->body);
            out += ", orelse=";
            expr(x->orelse);
            close(e);
            return;
        }
        case K::Dict: {
            auto const* x = static_cast<ast::Dict const*>(e);
            out += "Dict(keys=";
            list_of(x->keys, [&](ast::Expr* k) {
                if (k)
                    expr(k);
                else
                    out += "None";
            });
            out += ", values=";
            list(x->values);
            close(e);
            return;
        }
        case K::Set:
            out += "Set(elts=";
            list(static_cast<ast::Set const*>(e)->elts);
            close(e);
            return;
        case K::ListComp:
        case K::SetComp:
        case K::GeneratorExp: {
            ast::Expr const* elt = nullptr;
            std::vector<ast::Comprehension*> const* gens = nullptr;
            if (e->kind == K::ListComp) {
                out += "ListComp(elt=";
                elt = static_cast<ast::ListComp const*>(e)->elt;
                gens = &static_cast<ast::ListComp const*>(e)->generators;
            } else if (e->kind == K::SetComp) {
                out += "SetComp(elt=";
                elt = static_cast<ast::SetComp const*>(e)->elt;
                gens = &static_cast<ast::SetComp const*>(e)->generators;
            } else {
                out += "GeneratorExp(elt=";
                elt = static_cast<ast::GeneratorExp const*>(e)->elt;
                gens = &static_cast<ast::GeneratorExp const*>(e)->generators;
            }
            expr(elt);
            out += ", generators=";
            comprehensions(*gens);
            close(e);
            return;
        }
        case K::DictComp: {
            auto const* x = static_cast<ast::DictComp const*>(e);
            out += "DictComp(key=";
            expr(x->key);
            out += ", value=";
            expr(x->value);
            out += ", generators=";
            comprehensions(x->generators);
            close(e);
            return;
        }
        case K::Yield: {
            auto const* x = static_cast<ast::Yield const*>(e);
            out += "Yield(";
            if (x->value) {
                out += "value=";
                expr(x->value);
            }
            close(e);
            return;
        }
        case K::YieldFrom:
            out += "YieldFrom(value=";
            expr(static_cast<ast::YieldFrom const*>(e)->value);
            close(e);
            return;
        case K::Compare: {
            auto const* x = static_cast<ast::Compare const*>(e);
            static char const* const names[]
                = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
            out += "Compare(left=";
            expr(x->left);
            out += ", ops=[";
            for (size_t i = 0; i < x->ops.size(); ++i) {
                if (i)
                    out += ", ";
                out += names[static_cast<int>(x->ops[i])];
                out += "()";
            }
            out += "], comparators=";
            list(x->comparators);
            close(e);
            return;
        }
        case K::Call: {
            auto const* x = static_cast<ast::Call const*>(e);
            out += "Call(func=";
            expr(x->func);
            out += ", args=";
            list(x->args);
            out += ", keywords=";
            keywords(x->keywords);
            close(e);
            return;
        }
        case K::FormattedValue: {
            auto const* x = static_cast<ast::FormattedValue const*>(e);
            out += "FormattedValue(value=";
            expr(x->value);
            out += ", conversion=";
            out += std::to_string(x->conversion);
            if (x->format_spec) {
                out += ", format_spec=";
                expr(x->format_spec);
            }
            close(e);
            return;
        }
        case K::JoinedStr:
            out += "JoinedStr(values=";
            list(static_cast<ast::JoinedStr const*>(e)->values);
            close(e);
            return;
        case K::Constant: {
            auto const* x = static_cast<ast::Constant const*>(e);
            out += "Constant(value=";
            switch (x->ckind) {
            case ast::ConstKind::None:
                out += "None";
                break;
            case ast::ConstKind::True:
                out += "True";
                break;
            case ast::ConstKind::False:
                out += "False";
                break;
            case ast::ConstKind::Ellipsis:
                out += "Ellipsis";
                break;
            case ast::ConstKind::Int:
                out += std::to_string(x->int_value);
                break;
            case ast::ConstKind::BigInt:
                out += x->text;
                break;
            case ast::ConstKind::Float:
                float_repr(x->float_value);
                break;
            case ast::ConstKind::Complex: {
                std::string before = out;
                out.clear();
                float_repr(x->float_value);
                std::string text = out;
                if (text.size() > 2 && text.ends_with(".0"))
                    text.resize(text.size() - 2);
                out = before + text + "j";
                break;
            }
            case ast::ConstKind::Str:
                str_repr(x->text, false);
                break;
            case ast::ConstKind::Bytes:
                str_repr(x->text, true);
                break;
            }
            close(e);
            return;
        }
        case K::Attribute: {
            auto const* x = static_cast<ast::Attribute const*>(e);
            out += "Attribute(value=";
            expr(x->value);
            out += ", attr=";
            str_repr(x->attr, false);
            out += ", ctx=";
            ctx(x->ctx);
            close(e);
            return;
        }
        case K::Subscript: {
            auto const* x = static_cast<ast::Subscript const*>(e);
            out += "Subscript(value=";
            expr(x->value);
            out += ", slice=";
            expr(x->slice);
            out += ", ctx=";
            ctx(x->ctx);
            close(e);
            return;
        }
        case K::Starred: {
            auto const* x = static_cast<ast::Starred const*>(e);
            out += "Starred(value=";
            expr(x->value);
            out += ", ctx=";
            ctx(x->ctx);
            close(e);
            return;
        }
        case K::Name: {
            auto const* x = static_cast<ast::Name const*>(e);
            out += "Name(id=";
            str_repr(x->id, false);
            out += ", ctx=";
            ctx(x->ctx);
            close(e);
            return;
        }
        case K::List:
        case K::Tuple: {
            bool is_list = e->kind == K::List;
            out += is_list ? "List(elts=" : "Tuple(elts=";
            list(is_list ? static_cast<ast::List const*>(e)->elts
                         : static_cast<ast::Tuple const*>(e)->elts);
            out += ", ctx=";
            ctx(is_list ? static_cast<ast::List const*>(e)->ctx
                        : static_cast<ast::Tuple const*>(e)->ctx);
            close(e);
            return;
        }
        case K::Slice: {
            auto const* x = static_cast<ast::Slice const*>(e);
            out += "Slice(";
            bool first = true;
            opt(first, "lower", x->lower);
            opt(first, "upper", x->upper);
            opt(first, "step", x->step);
            close(e);
            return;
        }
        }
    }

    void body_and_orelse(std::vector<ast::Stmt*> const& body, std::vector<ast::Stmt*> const& orelse)
    {
        out += ", body=";
        stmts(body);
        out += ", orelse=";
        stmts(orelse);
    }

    void stmt(ast::Stmt const* s)
    {
        using K = ast::StmtKind;
        switch (s->kind) {
        case K::FunctionDef: {
            auto const* x = static_cast<ast::FunctionDef const*>(s);
            out += "FunctionDef(name=";
            str_repr(x->name, false);
            out += ", args=";
            arguments(x->args);
            out += ", body=";
            stmts(x->body);
            out += ", decorator_list=";
            list(x->decorator_list);
            if (x->returns) {
                out += ", returns=";
                expr(x->returns);
            }
            close(s);
            return;
        }
        case K::ClassDef: {
            auto const* x = static_cast<ast::ClassDef const*>(s);
            out += "ClassDef(name=";
            str_repr(x->name, false);
            out += ", bases=";
            list(x->bases);
            out += ", keywords=";
            keywords(x->keywords);
            out += ", body=";
            stmts(x->body);
            out += ", decorator_list=";
            list(x->decorator_list);
            close(s);
            return;
        }
        case K::Return: {
            auto const* x = static_cast<ast::Return const*>(s);
            out += "Return(";
            if (x->value) {
                out += "value=";
                expr(x->value);
            }
            close(s);
            return;
        }
        case K::Delete:
            out += "Delete(targets=";
            list(static_cast<ast::Delete const*>(s)->targets);
            close(s);
            return;
        case K::Assign: {
            auto const* x = static_cast<ast::Assign const*>(s);
            out += "Assign(targets=";
            list(x->targets);
            out += ", value=";
            expr(x->value);
            close(s);
            return;
        }
        case K::AugAssign: {
            auto const* x = static_cast<ast::AugAssign const*>(s);
            out += "AugAssign(target=";
            expr(x->target);
            out += ", op=";
            out += binop(x->op);
            out += "(), value=";
            expr(x->value);
            close(s);
            return;
        }
        case K::AnnAssign: {
            auto const* x = static_cast<ast::AnnAssign const*>(s);
            out += "AnnAssign(target=";
            expr(x->target);
            out += ", annotation=";
            expr(x->annotation);
            if (x->value) {
                out += ", value=";
                expr(x->value);
            }
            out += x->simple ? ", simple=1" : ", simple=0";
            close(s);
            return;
        }
        case K::For: {
            auto const* x = static_cast<ast::For const*>(s);
            out += "For(target=";
            expr(x->target);
            out += ", iter=";
            expr(x->iter);
            body_and_orelse(x->body, x->orelse);
            close(s);
            return;
        }
        case K::While: {
            auto const* x = static_cast<ast::While const*>(s);
            out += "While(test=";
            expr(x->test);
            body_and_orelse(x->body, x->orelse);
            close(s);
            return;
        }
        case K::If: {
            auto const* x = static_cast<ast::If const*>(s);
            out += "If(test=";
            expr(x->test);
            body_and_orelse(x->body, x->orelse);
            close(s);
            return;
        }
        case K::With: {
            auto const* x = static_cast<ast::With const*>(s);
            out += "With(items=";
            list_of(x->items, [&](ast::WithItem* w) {
                out += "withitem(context_expr=";
                expr(w->context_expr);
                if (w->optional_vars) {
                    out += ", optional_vars=";
                    expr(w->optional_vars);
                }
                out += ')';
            });
            out += ", body=";
            stmts(x->body);
            close(s);
            return;
        }
        case K::Raise: {
            auto const* x = static_cast<ast::Raise const*>(s);
            out += "Raise(";
            bool first = true;
            opt(first, "exc", x->exc);
            opt(first, "cause", x->cause);
            close(s);
            return;
        }
        case K::Try: {
            auto const* x = static_cast<ast::Try const*>(s);
            out += "Try(body=";
            stmts(x->body);
            out += ", handlers=";
            list_of(x->handlers, [&](ast::ExceptHandler* h) {
                out += "ExceptHandler(";
                if (h->type) {
                    out += "type=";
                    expr(h->type);
                    out += ", ";
                }
                if (!h->name.empty()) {
                    out += "name=";
                    str_repr(h->name, false);
                    out += ", ";
                }
                out += "body=";
                stmts(h->body);
                close(h);
            });
            out += ", orelse=";
            stmts(x->orelse);
            out += ", finalbody=";
            stmts(x->finalbody);
            close(s);
            return;
        }
        case K::Assert: {
            auto const* x = static_cast<ast::Assert const*>(s);
            out += "Assert(test=";
            expr(x->test);
            if (x->msg) {
                out += ", msg=";
                expr(x->msg);
            }
            close(s);
            return;
        }
        case K::Import:
            out += "Import(names=";
            aliases(static_cast<ast::Import const*>(s)->names);
            close(s);
            return;
        case K::ImportFrom: {
            auto const* x = static_cast<ast::ImportFrom const*>(s);
            out += "ImportFrom(";
            if (!x->module.empty()) {
                out += "module=";
                str_repr(x->module, false);
                out += ", ";
            }
            out += "names=";
            aliases(x->names);
            out += ", level=" + std::to_string(x->level);
            close(s);
            return;
        }
        case K::Global:
            out += "Global(names=";
            names(static_cast<ast::Global const*>(s)->names);
            close(s);
            return;
        case K::Nonlocal:
            out += "Nonlocal(names=";
            names(static_cast<ast::Nonlocal const*>(s)->names);
            close(s);
            return;
        case K::Expr:
            out += "Expr(value=";
            expr(static_cast<ast::ExprStmt const*>(s)->value);
            close(s);
            return;
        case K::Pass:
            out += "Pass(";
            close(s);
            return;
        case K::Break:
            out += "Break(";
            close(s);
            return;
        case K::Continue:
            out += "Continue(";
            close(s);
            return;
        }
    }
};

} // namespace

std::string dump_ast(ast::Module const& module, DumpAttributes attributes)
{
    Dumper d;
    d.attributes = attributes == DumpAttributes::Yes;
    d.out += "Module(body=";
    d.stmts(module.body);
    d.out += ", type_ignores=[])";
    return d.out;
}

std::string dump_expr(ast::Expr const* expr, DumpAttributes attributes)
{
    Dumper d;
    d.attributes = attributes == DumpAttributes::Yes;
    d.expr(expr);
    return d.out;
}

} // namespace minipy
