// SyntaxError construction in CPython 3.11's wording and locations, assignment-target validation
// (CPython's _PyPegen_get_invalid_target and _PyPegen_get_expr_name), and the AST depth check.
#include "parser/parser_impl.hpp"

namespace minipy::detail {

char const* Parser::expr_name(ast::Expr const* e)
{
    switch (e->kind) {
    case ast::ExprKind::Attribute:
        return "attribute";
    case ast::ExprKind::Subscript:
        return "subscript";
    case ast::ExprKind::Starred:
        return "starred";
    case ast::ExprKind::Name:
        return "name";
    case ast::ExprKind::List:
        return "list";
    case ast::ExprKind::Tuple:
        return "tuple";
    case ast::ExprKind::Lambda:
        return "lambda";
    case ast::ExprKind::Call:
        return "function call";
    case ast::ExprKind::BoolOp:
    case ast::ExprKind::BinOp:
    case ast::ExprKind::UnaryOp:
        return "expression";
    case ast::ExprKind::GeneratorExp:
        return "generator expression";
    case ast::ExprKind::Yield:
    case ast::ExprKind::YieldFrom:
        return "yield expression";
    case ast::ExprKind::ListComp:
        return "list comprehension";
    case ast::ExprKind::SetComp:
        return "set comprehension";
    case ast::ExprKind::DictComp:
        return "dict comprehension";
    case ast::ExprKind::Dict:
        return "dict literal";
    case ast::ExprKind::Set:
        return "set display";
    case ast::ExprKind::JoinedStr:
    case ast::ExprKind::FormattedValue:
        return "f-string expression";
    case ast::ExprKind::Constant: {
        switch (static_cast<ast::Constant const*>(e)->ckind) {
        case ast::ConstKind::None:
            return "None";
        case ast::ConstKind::True:
            return "True";
        case ast::ConstKind::False:
            return "False";
        case ast::ConstKind::Ellipsis:
            return "ellipsis";
        default:
            return "literal";
        }
    }
    case ast::ExprKind::Compare:
        return "comparison";
    case ast::ExprKind::IfExp:
        return "conditional expression";
    case ast::ExprKind::NamedExpr:
        return "named expression";
    case ast::ExprKind::Slice:
        return "slice";
    }
    return "expression";
}

ast::Expr* Parser::invalid_target(ast::Expr* e, TargetKind kind)
{
    switch (e->kind) {
    case ast::ExprKind::List:
        for (ast::Expr* elt : static_cast<ast::List*>(e)->elts) {
            if (ast::Expr* bad = invalid_target(elt, kind))
                return bad;
        }
        return nullptr;
    case ast::ExprKind::Tuple:
        for (ast::Expr* elt : static_cast<ast::Tuple*>(e)->elts) {
            if (ast::Expr* bad = invalid_target(elt, kind))
                return bad;
        }
        return nullptr;
    case ast::ExprKind::Starred:
        if (kind == TargetKind::Del)
            return e;
        return invalid_target(static_cast<ast::Starred*>(e)->value, kind);
    case ast::ExprKind::Compare:
        if (kind == TargetKind::For) {
            auto* cmp = static_cast<ast::Compare*>(e);
            if (cmp->ops[0] == ast::CmpOpKind::In)
                return invalid_target(cmp->left, kind);
            return nullptr;
        }
        return e;
    case ast::ExprKind::Name:
    case ast::ExprKind::Subscript:
    case ast::ExprKind::Attribute:
        return nullptr;
    default:
        return e;
    }
}

void Parser::set_context(ast::Expr* e, ast::Ctx ctx, TargetKind kind)
{
    if (ast::Expr* bad = invalid_target(e, kind)) {
        fail_node(bad,
            std::string(kind == TargetKind::Del ? "cannot delete " : "cannot assign to ")
                + expr_name(bad));
    }
    // Targets nest only through brackets, which the lexer limits to 200 levels.
    switch (e->kind) {
    case ast::ExprKind::Name:
        static_cast<ast::Name*>(e)->ctx = ctx;
        break;
    case ast::ExprKind::Attribute:
        static_cast<ast::Attribute*>(e)->ctx = ctx;
        break;
    case ast::ExprKind::Subscript:
        static_cast<ast::Subscript*>(e)->ctx = ctx;
        break;
    case ast::ExprKind::Starred: {
        auto* s = static_cast<ast::Starred*>(e);
        s->ctx = ctx;
        set_context(s->value, ctx, kind);
        break;
    }
    case ast::ExprKind::List: {
        auto* l = static_cast<ast::List*>(e);
        l->ctx = ctx;
        for (ast::Expr* elt : l->elts)
            set_context(elt, ctx, kind);
        break;
    }
    case ast::ExprKind::Tuple: {
        auto* t = static_cast<ast::Tuple*>(e);
        t->ctx = ctx;
        for (ast::Expr* elt : t->elts)
            set_context(elt, ctx, kind);
        break;
    }
    default:
        break;
    }
}

// The source line as CPython's SyntaxError.text keeps it: with its newline while the tokenizer is
// still on that line, without it once the tokenizer has moved on to later lines.
std::string Parser::line_for_error(int lineno)
{
    std::string_view line = m_lexer.line_text(lineno);
    std::string text(line);
    if (line.data() != nullptr && lineno >= m_lexer.tokenizer_line())
        text.push_back('\n');
    return text;
}

void Parser::fail_raw(SyntaxErrorInfo info)
{
    if (m_sub_parse && info.kind != SyntaxErrorKind::MemoryError
        && info.kind != SyntaxErrorKind::RecursionError && !info.msg.starts_with("f-string"))
        info.msg = "f-string: " + info.msg;
    m_error = std::move(info);
    throw ParseFailure {};
}

// RAISE_SYNTAX_ERROR_KNOWN_RANGE: 1-based offsets converted to characters on the first line.
void Parser::fail_span(
    ast::Span const& start, ast::Span const& end, std::string msg, SyntaxErrorKind kind)
{
    int line = start.line;
    int col = start.col;
    int end_line = end.end_line;
    int end_col = end.end_col;
    if (m_sub_parse) {
        // CPython 3.11 reports errors in f-string expressions relative to "(expr)".
        if (line == m_origin.line)
            col -= m_origin.col;
        if (end_line == m_origin.line)
            end_col -= m_origin.col;
        line -= m_origin.line - 1;
        end_line -= m_origin.line - 1;
    }
    SyntaxErrorInfo info;
    info.kind = kind;
    info.msg = std::move(msg);
    info.text = line_for_error(line);
    info.lineno = line;
    info.offset = byte_col_to_char_col(info.text, col + 1);
    info.end_lineno = end_line;
    info.end_offset = byte_col_to_char_col(info.text, end_col + 1);
    fail_raw(std::move(info));
}

void Parser::fail_token(Token const& token, std::string msg, SyntaxErrorKind kind)
{
    if (token.kind == TokenKind::Error && m_lexer.error())
        fail_invalid_syntax();
    ast::Span span {token.line, token.col, token.end_line, token.end_col};
    fail_span(span, span, std::move(msg), kind);
}

void Parser::fail_invalid_syntax()
{
    Token const& token = peek();
    if (token.kind == TokenKind::Error && m_lexer.error()) {
        LexError const& lex = *m_lexer.error();
        SyntaxErrorInfo info;
        info.kind = lex.kind == LexErrorKind::TabError   ? SyntaxErrorKind::TabError
            : lex.kind == LexErrorKind::IndentationError ? SyntaxErrorKind::IndentationError
                                                         : SyntaxErrorKind::SyntaxError;
        info.msg = lex.msg;
        info.lineno = lex.lineno;
        info.offset = lex.offset;
        info.end_lineno = lex.end_lineno;
        info.end_offset = lex.end_offset;
        info.text = lex.text;
        m_error_from_lexer = true;
        m_incomplete = lex.incomplete;
        fail_raw(std::move(info));
    }
    if (token.kind == TokenKind::Indent || token.kind == TokenKind::Dedent) {
        SyntaxErrorInfo info;
        info.kind = SyntaxErrorKind::IndentationError;
        info.msg = token.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent";
        info.lineno = info.end_lineno = token.line;
        info.text = line_for_error(token.line);
        info.offset = byte_col_to_char_col(info.text, token.col);
        info.end_offset = -1;
        fail_raw(std::move(info));
    }
    if (token.kind == TokenKind::EndMarker)
        m_incomplete = true;
    fail_token(token, "invalid syntax");
}

// _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, a tokenizer error
// anywhere later in the source wins, and an unclosed bracket wins if it opened on an earlier
// line than the error.
void Parser::finish_error()
{
    if (m_error_from_lexer || m_sub_parse || !m_error)
        return;
    if (m_error->kind == SyntaxErrorKind::MemoryError
        || m_error->kind == SyntaxErrorKind::RecursionError)
        return;
    std::optional<SyntaxErrorInfo> saved = m_error;
    size_t furthest = std::min(m_furthest, m_tokens.size() - 1);
    int error_line = m_tokens.empty() ? 0 : m_tokens[furthest].line;
    for (;;) {
        if (!m_tokens.empty()) {
            Token const& last = m_tokens.back();
            if (last.kind == TokenKind::EndMarker)
                return;
            if (last.kind == TokenKind::Error && m_lexer.error()) {
                LexError const& lex = *m_lexer.error();
                if (lex.severity == LexErrorSeverity::EndOfInput
                    && !(lex.bracket_line > 0 && error_line > lex.bracket_line))
                    return;
                m_pos = m_tokens.size() - 1;
                try {
                    fail_invalid_syntax();
                } catch (ParseFailure const&) {
                }
                return;
            }
        }
        m_pos = m_tokens.size();
        try {
            peek();
        } catch (ParseFailure const&) {
            m_error_from_lexer = false;
            m_error = saved;
            m_pos = m_tokens.size() - 1;
        }
    }
}

// Pushes the child nodes of `node` (at AST depth `depth`) for the iterative depth check.
void push_children(
    ast::Node const* node, int depth, std::vector<std::pair<ast::Node const*, int>>& stack)
{
    auto push = [&](ast::Node const* child) {
        if (child)
            stack.emplace_back(child, depth + 1);
    };
    auto push_all = [&](auto const& list) {
        for (auto const* child : list)
            push(child);
    };
    auto push_args = [&](ast::Arguments const* a) {
        if (!a)
            return;
        push_all(a->posonlyargs);
        push_all(a->args);
        push(a->vararg);
        push_all(a->kwonlyargs);
        push_all(a->kw_defaults);
        push(a->kwarg);
        push_all(a->defaults);
    };
    if (auto const* e = dynamic_cast<ast::Expr const*>(node)) {
        switch (e->kind) {
        case ast::ExprKind::BoolOp:
            push_all(static_cast<ast::BoolOp const*>(e)->values);
            break;
        case ast::ExprKind::NamedExpr:
            push(static_cast<ast::NamedExpr const*>(e)->target);
            push(static_cast<ast::NamedExpr const*>(e)->value);
            break;
        case ast::ExprKind::BinOp:
            push(static_cast<ast::BinOp const*>(e)->left);
            push(static_cast<ast::BinOp const*>(e)->right);
            break;
        case ast::ExprKind::UnaryOp:
            push(static_cast<ast::UnaryOp const*>(e)->operand);
            break;
        case ast::ExprKind::Lambda:
            push_args(static_cast<ast::Lambda const*>(e)->args);
            push(static_cast<ast::Lambda const*>(e)->body);
            break;
        case ast::ExprKind::IfExp: {
            auto const* x = static_cast<ast::IfExp const*>(e);
            push(x->test);
            push(x->body);
            push(x->orelse);
            break;
        }
        case ast::ExprKind::Dict: {
            auto const* x = static_cast<ast::Dict const*>(e);
            push_all(x->keys);
            push_all(x->values);
            break;
        }
        case ast::ExprKind::Set:
            push_all(static_cast<ast::Set const*>(e)->elts);
            break;
        case ast::ExprKind::ListComp:
            push(static_cast<ast::ListComp const*>(e)->elt);
            push_all(static_cast<ast::ListComp const*>(e)->generators);
            break;
        case ast::ExprKind::SetComp:
            push(static_cast<ast::SetComp const*>(e)->elt);
            push_all(static_cast<ast::SetComp const*>(e)->generators);
            break;
        case ast::ExprKind::DictComp: {
            auto const* x = static_cast<ast::DictComp const*>(e);
            push(x->key);
            push(x->value);
            push_all(x->generators);
            break;
        }
        case ast::ExprKind::GeneratorExp:
            push(static_cast<ast::GeneratorExp const*>(e)->elt);
            push_all(static_cast<ast::GeneratorExp const*>(e)->generators);
            break;
        case ast::ExprKind::Yield:
            push(static_cast<ast::Yield const*>(e)->value);
            break;
        case ast::ExprKind::YieldFrom:
            push(static_cast<ast::YieldFrom const*>(e)->value);
            break;
        case ast::ExprKind::Compare:
            push(static_cast<ast::Compare const*>(e)->left);
            push_all(static_cast<ast::Compare const*>(e)->comparators);
            break;
        case ast::ExprKind::Call: {
            auto const* x = static_cast<ast::Call const*>(e);
            push(x->func);
            push_all(x->args);
            push_all(x->keywords);
            break;
        }
        case ast::ExprKind::FormattedValue:
            push(static_cast<ast::FormattedValue const*>(e)->value);
            push(static_cast<ast::FormattedValue const*>(e)->format_spec);
            break;
        case ast::ExprKind::JoinedStr:
            push_all(static_cast<ast::JoinedStr const*>(e)->values);
            break;
        case ast::ExprKind::Constant:
            break;
        case ast::ExprKind::Attribute:
            push(static_cast<ast::Attribute const*>(e)->value);
            break;
        case ast::ExprKind::Subscript:
            push(static_cast<ast::Subscript const*>(e)->value);
            push(static_cast<ast::Subscript const*>(e)->slice);
            break;
        case ast::ExprKind::Starred:
            push(static_cast<ast::Starred const*>(e)->value);
            break;
        case ast::ExprKind::Name:
            break;
        case ast::ExprKind::List:
            push_all(static_cast<ast::List const*>(e)->elts);
            break;
        case ast::ExprKind::Tuple:
            push_all(static_cast<ast::Tuple const*>(e)->elts);
            break;
        case ast::ExprKind::Slice: {
            auto const* x = static_cast<ast::Slice const*>(e);
            push(x->lower);
            push(x->upper);
            push(x->step);
            break;
        }
        }
        return;
    }
    if (auto const* s = dynamic_cast<ast::Stmt const*>(node)) {
        switch (s->kind) {
        case ast::StmtKind::FunctionDef: {
            auto const* x = static_cast<ast::FunctionDef const*>(s);
            push_args(x->args);
            push_all(x->body);
            push_all(x->decorator_list);
            push(x->returns);
            break;
        }
        case ast::StmtKind::ClassDef: {
            auto const* x = static_cast<ast::ClassDef const*>(s);
            push_all(x->bases);
            push_all(x->keywords);
            push_all(x->body);
            push_all(x->decorator_list);
            break;
        }
        case ast::StmtKind::Return:
            push(static_cast<ast::Return const*>(s)->value);
            break;
        case ast::StmtKind::Delete:
            push_all(static_cast<ast::Delete const*>(s)->targets);
            break;
        case ast::StmtKind::Assign:
            push_all(static_cast<ast::Assign const*>(s)->targets);
            push(static_cast<ast::Assign const*>(s)->value);
            break;
        case ast::StmtKind::AugAssign:
            push(static_cast<ast::AugAssign const*>(s)->target);
            push(static_cast<ast::AugAssign const*>(s)->value);
            break;
        case ast::StmtKind::AnnAssign: {
            auto const* x = static_cast<ast::AnnAssign const*>(s);
            push(x->target);
            push(x->annotation);
            push(x->value);
            break;
        }
        case ast::StmtKind::For: {
            auto const* x = static_cast<ast::For const*>(s);
            push(x->target);
            push(x->iter);
            push_all(x->body);
            push_all(x->orelse);
            break;
        }
        case ast::StmtKind::While: {
            auto const* x = static_cast<ast::While const*>(s);
            push(x->test);
            push_all(x->body);
            push_all(x->orelse);
            break;
        }
        case ast::StmtKind::If: {
            auto const* x = static_cast<ast::If const*>(s);
            push(x->test);
            push_all(x->body);
            push_all(x->orelse);
            break;
        }
        case ast::StmtKind::With: {
            auto const* x = static_cast<ast::With const*>(s);
            push_all(x->items);
            push_all(x->body);
            break;
        }
        case ast::StmtKind::Raise:
            push(static_cast<ast::Raise const*>(s)->exc);
            push(static_cast<ast::Raise const*>(s)->cause);
            break;
        case ast::StmtKind::Try: {
            auto const* x = static_cast<ast::Try const*>(s);
            push_all(x->body);
            push_all(x->handlers);
            push_all(x->orelse);
            push_all(x->finalbody);
            break;
        }
        case ast::StmtKind::Assert:
            push(static_cast<ast::Assert const*>(s)->test);
            push(static_cast<ast::Assert const*>(s)->msg);
            break;
        case ast::StmtKind::Expr:
            push(static_cast<ast::ExprStmt const*>(s)->value);
            break;
        default:
            break;
        }
        return;
    }
    if (auto const* c = dynamic_cast<ast::Comprehension const*>(node)) {
        push(c->target);
        push(c->iter);
        push_all(c->ifs);
    } else if (auto const* k = dynamic_cast<ast::Keyword const*>(node)) {
        push(k->value);
    } else if (auto const* a = dynamic_cast<ast::Arg const*>(node)) {
        push(a->annotation);
    } else if (auto const* w = dynamic_cast<ast::WithItem const*>(node)) {
        push(w->context_expr);
        push(w->optional_vars);
    } else if (auto const* h = dynamic_cast<ast::ExceptHandler const*>(node)) {
        push(h->type);
        push_all(h->body);
    }
}

} // namespace minipy::detail
