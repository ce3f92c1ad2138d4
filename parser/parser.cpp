// The parser's entry point, token handling and statement grammar (CPython 3.11 python.gram,
// "STATEMENTS" and "COMPOUND STATEMENTS").
#include "parser/parser.hpp"

#include "parser/parser_impl.hpp"

#include <cstdio>
#include <cstring>

namespace minipy {

namespace detail {

Parser::Parser(std::string_view buffer, ast::Arena& arena, ParseMode mode)
    : m_buffer(buffer)
    , m_lexer(buffer)
    , m_arena(arena)
    , m_mode(mode)
{
}

Parser::DepthGuard::DepthGuard(Parser& parser)
    : m_parser(parser)
{
    if (++m_parser.m_depth > max_recursion) {
        SyntaxErrorInfo info;
        info.kind = SyntaxErrorKind::MemoryError;
        m_parser.fail_raw(std::move(info));
    }
    if (m_parser.m_depth > m_parser.m_max_depth_seen)
        m_parser.m_max_depth_seen = m_parser.m_depth;
}

Token const& Parser::peek(size_t ahead)
{
    while (m_pos + ahead >= m_tokens.size()) {
        if (!m_tokens.empty()) {
            TokenKind last = m_tokens.back().kind;
            if (last == TokenKind::EndMarker || (last == TokenKind::Error && m_lexer.error())) {
                // Past the end: keep answering with the final token.
                return m_tokens.back();
            }
        }
        Token token = m_lexer.next();
        if (m_sub_parse) {
            if (token.line == 1) {
                token.col += m_origin.col;
                if (token.end_line == 1)
                    token.end_col += m_origin.col;
            } else if (token.end_line == 1) {
                token.end_col += m_origin.col;
            }
            token.line += m_origin.line - 1;
            token.end_line += m_origin.line - 1;
        }
        m_tokens.push_back(token);
        if (token.kind == TokenKind::Error && m_lexer.error()) {
            // CPython raises tokenizer errors as soon as the parser fetches the token.
            m_pos = m_tokens.size() - 1;
            fail_invalid_syntax();
        }
    }
    if (m_pos + ahead > m_furthest)
        m_furthest = m_pos + ahead;
    return m_tokens[m_pos + ahead];
}

Token const& Parser::advance()
{
    Token const& token = peek();
    if (token.kind == TokenKind::Error && m_lexer.error())
        fail_invalid_syntax();
    if (token.kind != TokenKind::EndMarker)
        ++m_pos;
    return m_tokens[m_pos - (token.kind != TokenKind::EndMarker ? 1 : 0)];
}

bool Parser::accept(TokenKind kind)
{
    if (peek().kind != kind)
        return false;
    advance();
    return true;
}

Token const& Parser::expect(TokenKind kind)
{
    if (peek().kind != kind)
        fail_invalid_syntax();
    return advance();
}

bool Parser::at_soft_keyword_name(std::string_view word)
{
    Token const& token = peek();
    return token.kind == TokenKind::Name && token.text == word;
}

void Parser::expect_colon()
{
    if (!at(TokenKind::Colon)) {
        // invalid_*_stmt: `if x NEWLINE` gives "expected ':'" at the newline.
        if (at(TokenKind::Newline))
            fail_token(peek(), "expected ':'");
        fail_invalid_syntax();
    }
    advance();
}

ast::Module* Parser::parse_module()
{
    try {
        auto* module = m_arena.make<ast::Module>();
        if (m_mode == ParseMode::Eval) {
            while (at(TokenKind::Newline))
                advance();
            ast::Expr* value
                = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
            auto* stmt = make<ast::ExprStmt>(value->span);
            stmt->value = value;
            end_at(stmt, value);
            while (at(TokenKind::Newline))
                advance();
            if (!at(TokenKind::EndMarker))
                fail_invalid_syntax();
            check_depth(stmt);
            module->body.push_back(stmt);
            return module;
        }
        if (m_mode == ParseMode::Single) {
            if (at(TokenKind::Newline)) {
                advance();
                return module;
            }
            parse_statement(module->body);
            while (at(TokenKind::Newline))
                advance();
            if (!at(TokenKind::EndMarker)) {
                if (at(TokenKind::Indent) || at(TokenKind::Dedent))
                    fail_invalid_syntax();
                fail_token(peek(), "multiple statements found while compiling a single statement");
            }
            return module;
        }
        module->body = parse_statement_list_until_end();
        return module;
    } catch (ParseFailure const&) {
        finish_error();
        return nullptr;
    }
}

std::vector<ast::Stmt*> Parser::parse_statement_list_until_end()
{
    std::vector<ast::Stmt*> body;
    while (!at(TokenKind::EndMarker)) {
        if (at(TokenKind::Newline)) {
            advance();
            continue;
        }
        size_t before = body.size();
        parse_statement(body);
        for (size_t i = before; i < body.size(); ++i)
            check_depth(body[i]);
    }
    return body;
}

void Parser::parse_statement(std::vector<ast::Stmt*>& out)
{
    m_chain_nodes = 0;
    m_max_depth_seen = m_depth;
    Token const& token = peek();
    switch (token.kind) {
    case TokenKind::At: {
        std::vector<ast::Expr*> decorators;
        Token const* first = &token;
        while (at(TokenKind::At)) {
            advance();
            decorators.push_back(parse_named_expression());
            expect(TokenKind::Newline);
        }
        out.push_back(parse_compound(std::move(decorators), first));
        return;
    }
    case TokenKind::KwDef:
    case TokenKind::KwClass:
    case TokenKind::KwIf:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWith:
        out.push_back(parse_compound({}, nullptr));
        return;
    case TokenKind::KwAsync:
        // FIXME: async def / async for / async with are outside minipy's subset.
        fail_invalid_syntax();
    case TokenKind::Indent:
        fail_invalid_syntax();
    default:
        parse_simple_statements(out);
    }
}

void Parser::parse_simple_statements(std::vector<ast::Stmt*>& out)
{
    for (;;) {
        out.push_back(parse_simple_statement());
        if (accept(TokenKind::Semi)) {
            if (at(TokenKind::Newline))
                break;
            continue;
        }
        break;
    }
    if (!at(TokenKind::Newline))
        fail_invalid_syntax();
    advance();
}

ast::Stmt* Parser::parse_simple_statement()
{
    Token const& token = peek();
    switch (token.kind) {
    case TokenKind::KwPass: {
        advance();
        auto* s = make<ast::Pass>(token);
        end_at(s, token);
        return s;
    }
    case TokenKind::KwBreak: {
        advance();
        auto* s = make<ast::Break>(token);
        end_at(s, token);
        return s;
    }
    case TokenKind::KwContinue: {
        advance();
        auto* s = make<ast::Continue>(token);
        end_at(s, token);
        return s;
    }
    case TokenKind::KwReturn: {
        advance();
        auto* s = make<ast::Return>(token);
        if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
            s->value = parse_star_expressions();
            end_at(s, s->value);
        } else {
            end_at(s, token);
        }
        return s;
    }
    case TokenKind::KwRaise: {
        advance();
        auto* s = make<ast::Raise>(token);
        end_at(s, token);
        if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
            s->exc = parse_expression();
            end_at(s, s->exc);
            if (accept(TokenKind::KwFrom)) {
                s->cause = parse_expression();
                end_at(s, s->cause);
            }
        }
        return s;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
        advance();
        std::vector<std::string> names;
        Token const* last = nullptr;
        do {
            last = &expect(TokenKind::Name);
            names.emplace_back(last->text);
        } while (accept(TokenKind::Comma));
        if (token.kind == TokenKind::KwGlobal) {
            auto* s = make<ast::Global>(token);
            s->names = std::move(names);
            end_at(s, *last);
            return s;
        }
        auto* s = make<ast::Nonlocal>(token);
        s->names = std::move(names);
        end_at(s, *last);
        return s;
    }
    case TokenKind::KwDel: {
        advance();
        auto* s = make<ast::Delete>(token);
        do {
            if (at(TokenKind::Newline) || at(TokenKind::Semi))
                break;
            ast::Expr* target = parse_bitwise_or();
            set_context(target, ast::Ctx::Del, TargetKind::Del);
            s->targets.push_back(target);
            end_at(s, target);
        } while (accept(TokenKind::Comma));
        if (s->targets.empty())
            fail_invalid_syntax();
        end_at(s, previous());
        return s;
    }
    case TokenKind::KwAssert: {
        advance();
        auto* s = make<ast::Assert>(token);
        s->test = parse_expression();
        end_at(s, s->test);
        if (accept(TokenKind::Comma)) {
            s->msg = parse_expression();
            end_at(s, s->msg);
        }
        return s;
    }
    case TokenKind::KwImport:
        return parse_import();
    case TokenKind::KwFrom:
        return parse_from_import();
    default:
        return parse_expression_statement();
    }
}

ast::Stmt* Parser::parse_import()
{
    Token const& keyword = advance();
    auto* s = make<ast::Import>(keyword);
    do {
        Token const& first = expect(TokenKind::Name);
        auto* alias = make<ast::Alias>(first);
        alias->name = std::string(first.text);
        Token const* last = &first;
        while (accept(TokenKind::Dot)) {
            last = &expect(TokenKind::Name);
            alias->name += '.';
            alias->name += last->text;
        }
        if (accept(TokenKind::KwAs)) {
            last = &expect(TokenKind::Name);
            alias->asname = std::string(last->text);
        }
        end_at(alias, *last);
        s->names.push_back(alias);
        end_at(s, alias);
    } while (accept(TokenKind::Comma));
    return s;
}

ast::Stmt* Parser::parse_from_import()
{
    Token const& keyword = advance();
    auto* s = make<ast::ImportFrom>(keyword);
    for (;;) {
        if (accept(TokenKind::Dot))
            s->level += 1;
        else if (accept(TokenKind::Ellipsis))
            s->level += 3;
        else
            break;
    }
    if (at(TokenKind::Name)) {
        s->module = std::string(advance().text);
        while (accept(TokenKind::Dot)) {
            s->module += '.';
            s->module += expect(TokenKind::Name).text;
        }
    } else if (s->level == 0) {
        fail_invalid_syntax();
    }
    expect(TokenKind::KwImport);
    if (at(TokenKind::Star)) {
        Token const& star = advance();
        auto* alias = make<ast::Alias>(star);
        alias->name.assign(1, '*');
        end_at(alias, star);
        s->names.push_back(alias);
        end_at(s, star);
        return s;
    }
    bool parenthesised = accept(TokenKind::LPar);
    for (;;) {
        Token const& name = expect(TokenKind::Name);
        auto* alias = make<ast::Alias>(name);
        alias->name = std::string(name.text);
        end_at(alias, name);
        if (accept(TokenKind::KwAs)) {
            Token const& asname = expect(TokenKind::Name);
            alias->asname = std::string(asname.text);
            end_at(alias, asname);
        }
        s->names.push_back(alias);
        end_at(s, alias);
        if (!accept(TokenKind::Comma))
            break;
        if (parenthesised && at(TokenKind::RPar))
            break;
        if (!parenthesised && !at(TokenKind::Name)) {
            // `from x import a,` without parentheses.
            fail_token(peek(), "trailing comma not allowed without surrounding parentheses");
        }
    }
    if (parenthesised)
        end_at(s, expect(TokenKind::RPar));
    return s;
}

namespace {

bool is_augassign(TokenKind kind, ast::BinOpKind& op)
{
    switch (kind) {
    case TokenKind::PlusEqual:
        op = ast::BinOpKind::Add;
        return true;
    case TokenKind::MinEqual:
        op = ast::BinOpKind::Sub;
        return true;
    case TokenKind::StarEqual:
        op = ast::BinOpKind::Mult;
        return true;
    case TokenKind::AtEqual:
        op = ast::BinOpKind::MatMult;
        return true;
    case TokenKind::SlashEqual:
        op = ast::BinOpKind::Div;
        return true;
    case TokenKind::PercentEqual:
        op = ast::BinOpKind::Mod;
        return true;
    case TokenKind::AmperEqual:
        op = ast::BinOpKind::BitAnd;
        return true;
    case TokenKind::VBarEqual:
        op = ast::BinOpKind::BitOr;
        return true;
    case TokenKind::CircumflexEqual:
        op = ast::BinOpKind::BitXor;
        return true;
    case TokenKind::LeftShiftEqual:
        op = ast::BinOpKind::LShift;
        return true;
    case TokenKind::RightShiftEqual:
        op = ast::BinOpKind::RShift;
        return true;
    case TokenKind::DoubleStarEqual:
        op = ast::BinOpKind::Pow;
        return true;
    case TokenKind::DoubleSlashEqual:
        op = ast::BinOpKind::FloorDiv;
        return true;
    default:
        return false;
    }
}

// Whether `e` is at most a bitwise_or in CPython's grammar (what invalid_named_expression's
// "Maybe you meant '=='" alternative can see on both sides of the '=').
bool is_bitwise_or_level(ast::Expr const* e, bool parenthesised)
{
    if (parenthesised)
        return true;
    switch (e->kind) {
    case ast::ExprKind::BoolOp:
    case ast::ExprKind::Compare:
    case ast::ExprKind::IfExp:
    case ast::ExprKind::Lambda:
    case ast::ExprKind::NamedExpr:
    case ast::ExprKind::Starred:
    case ast::ExprKind::Yield:
    case ast::ExprKind::YieldFrom:
        return false;
    case ast::ExprKind::UnaryOp:
        return static_cast<ast::UnaryOp const*>(e)->op != ast::UnaryOpKind::Not;
    case ast::ExprKind::Tuple:
        return false;
    default:
        return true;
    }
}

} // namespace

ast::Stmt* Parser::parse_expression_statement()
{
    Token const& first = peek();
    size_t first_pos = m_pos;
    size_t start = m_pos;
    ast::Expr* e = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
    bool first_parenthesised = m_tokens[first_pos].kind == TokenKind::LPar;
    ast::BinOpKind op {};
    Token const& next = peek();
    if (next.kind == TokenKind::Colon) {
        // annotated assignment: `x: int = 1`
        if (e->kind == ast::ExprKind::Tuple) {
            auto* t = static_cast<ast::Tuple*>(e);
            if (first.kind != TokenKind::LPar && !t->elts.empty())
                fail_node(t->elts[0], "only single target (not tuple) can be annotated");
            fail_node(e, "only single target (not tuple) can be annotated");
        }
        if (e->kind == ast::ExprKind::List)
            fail_node(e, "only single target (not list) can be annotated");
        if (e->kind != ast::ExprKind::Name && e->kind != ast::ExprKind::Attribute
            && e->kind != ast::ExprKind::Subscript)
            fail_node(e, "illegal target for annotation");
        advance();
        auto* s = make<ast::AnnAssign>(m_tokens[start]);
        set_context(e, ast::Ctx::Store, TargetKind::Star);
        s->target = e;
        s->simple = e->kind == ast::ExprKind::Name && !first_parenthesised;
        s->annotation = parse_expression();
        end_at(s, s->annotation);
        if (accept(TokenKind::Equal)) {
            s->value = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
            end_at(s, s->value);
        }
        return s;
    }
    if (is_augassign(next.kind, op)) {
        if (e->kind != ast::ExprKind::Name && e->kind != ast::ExprKind::Attribute
            && e->kind != ast::ExprKind::Subscript)
            fail_node(e,
                std::string("'") + expr_name(e)
                    + "' is an illegal expression for augmented assignment");
        advance();
        auto* s = make<ast::AugAssign>(m_tokens[start]);
        set_context(e, ast::Ctx::Store, TargetKind::Star);
        s->target = e;
        s->op = op;
        s->value = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
        end_at(s, s->value);
        return s;
    }
    if (next.kind == TokenKind::Equal) {
        std::vector<ast::Expr*> parts {e};
        std::vector<bool> parenthesised {first_parenthesised};
        while (accept(TokenKind::Equal)) {
            bool paren = at(TokenKind::LPar);
            parts.push_back(
                at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions());
            parenthesised.push_back(paren);
        }
        // invalid_named_expression: `a = b` where a is not a valid target and there is exactly
        // one '=' gets the "Maybe you meant '=='" hint.
        if (parts.size() == 2) {
            ast::Expr* target = parts[0];
            bool excluded = target->kind == ast::ExprKind::List
                || target->kind == ast::ExprKind::Tuple
                || target->kind == ast::ExprKind::GeneratorExp
                || (target->kind == ast::ExprKind::Constant
                    && (static_cast<ast::Constant*>(target)->ckind == ast::ConstKind::True
                        || static_cast<ast::Constant*>(target)->ckind == ast::ConstKind::False
                        || static_cast<ast::Constant*>(target)->ckind == ast::ConstKind::None));
            if (!excluded && is_bitwise_or_level(target, parenthesised[0])
                && is_bitwise_or_level(parts[1], parenthesised[1])
                && invalid_target(target, TargetKind::Star))
                fail_node(target,
                    std::string("cannot assign to ") + expr_name(target)
                        + " here. Maybe you meant '==' instead of '='?");
        }
        for (size_t i = 0; i + 1 < parts.size(); ++i) {
            if ((parts[i]->kind == ast::ExprKind::Yield
                    || parts[i]->kind == ast::ExprKind::YieldFrom)
                && !parenthesised[i])
                fail_node(parts[i], "assignment to yield expression not possible");
            set_context(parts[i], ast::Ctx::Store, TargetKind::Star);
        }
        auto* s = make<ast::Assign>(m_tokens[start]);
        s->value = parts.back();
        parts.pop_back();
        s->targets = std::move(parts);
        end_at(s, s->value);
        return s;
    }
    if (next.kind != TokenKind::Newline && next.kind != TokenKind::Semi) {
        // invalid_legacy_expression: `print "x"`.
        if (e->kind == ast::ExprKind::Name && starts_expression(next)) {
            auto* name = static_cast<ast::Name*>(e);
            if (name->id == "print" || name->id == "exec") {
                size_t saved = m_pos;
                ast::Expr* rest = nullptr;
                try {
                    rest = parse_star_expressions();
                } catch (ParseFailure const&) {
                    if (m_error_from_lexer)
                        throw;
                    m_error.reset();
                    m_pos = saved;
                }
                if (rest)
                    fail_span(e->span, rest->span,
                        "Missing parentheses in call to '" + name->id + "'. Did you mean "
                            + name->id + "(...)?");
            }
        }
        fail_invalid_syntax();
    }
    auto* s = make<ast::ExprStmt>(m_tokens[start]);
    s->value = e;
    end_at(s, e);
    return s;
}

std::vector<ast::Stmt*> Parser::parse_block(char const* what, int header_line)
{
    std::vector<ast::Stmt*> body;
    if (!at(TokenKind::Newline)) {
        parse_simple_statements(body);
        return body;
    }
    advance();
    if (!at(TokenKind::Indent)) {
        Token const& t = peek();
        char buf[160];
        std::snprintf(
            buf, sizeof buf, "expected an indented block after %s on line %d", what, header_line);
        if (t.kind == TokenKind::Error && m_lexer.error())
            fail_invalid_syntax();
        fail_at_block_end(buf, SyntaxErrorKind::IndentationError);
    }
    advance();
    while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
        if (at(TokenKind::Indent))
            fail_invalid_syntax();
        parse_statement(body);
    }
    accept(TokenKind::Dedent);
    return body;
}

// An error at the token that follows a block. At end of input (DEDENT/ENDMARKER, which CPython
// gives no column) the caret goes just after the last newline, with no end.
void Parser::fail_at_block_end(std::string msg, SyntaxErrorKind kind)
{
    Token const& t = peek();
    if (t.kind != TokenKind::EndMarker && t.kind != TokenKind::Dedent)
        fail_token(t, std::move(msg), kind);
    size_t k = m_pos;
    while (k > 0 && m_tokens[k].kind != TokenKind::Newline)
        --k;
    Token const& newline = m_tokens[k];
    SyntaxErrorInfo info;
    info.kind = kind;
    info.msg = std::move(msg);
    info.lineno = info.end_lineno = newline.line;
    info.text = line_for_error(newline.line);
    info.offset = byte_col_to_char_col(info.text, newline.col + 1);
    info.end_offset = -1;
    m_incomplete = true;
    fail_raw(std::move(info));
}

ast::Stmt* Parser::parse_compound(std::vector<ast::Expr*> decorators, Token const* decorator_start)
{
    Token const& token = peek();
    switch (token.kind) {
    case TokenKind::KwDef:
        return parse_def(std::move(decorators));
    case TokenKind::KwClass:
        return parse_class(std::move(decorators));
    default:
        break;
    }
    if (decorator_start)
        fail_invalid_syntax();
    switch (token.kind) {
    case TokenKind::KwIf:
        return parse_if(advance());
    case TokenKind::KwWhile:
        return parse_while();
    case TokenKind::KwFor:
        return parse_for();
    case TokenKind::KwTry:
        return parse_try();
    case TokenKind::KwWith:
        return parse_with();
    default:
        fail_invalid_syntax();
    }
}

namespace {

void end_at_body(ast::Node* node, std::vector<ast::Stmt*> const& body)
{
    if (!body.empty()) {
        node->span.end_line = body.back()->span.end_line;
        node->span.end_col = body.back()->span.end_col;
    }
}

} // namespace

ast::Stmt* Parser::parse_if(Token const& keyword)
{
    auto* s = make<ast::If>(keyword);
    s->test = parse_named_expression();
    expect_colon();
    bool elif = keyword.kind == TokenKind::KwElif;
    s->body = parse_block(elif ? "'elif' statement" : "'if' statement", keyword.line);
    end_at_body(s, s->body);
    if (at(TokenKind::KwElif)) {
        Token const& elif_token = advance();
        ast::Stmt* nested = parse_if(elif_token);
        s->orelse.push_back(nested);
        end_at(s, nested);
    } else if (at(TokenKind::KwElse)) {
        Token const& else_token = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", else_token.line);
        end_at_body(s, s->orelse);
    }
    return s;
}

ast::Stmt* Parser::parse_while()
{
    Token const& keyword = advance();
    auto* s = make<ast::While>(keyword);
    s->test = parse_named_expression();
    expect_colon();
    s->body = parse_block("'while' statement", keyword.line);
    end_at_body(s, s->body);
    if (at(TokenKind::KwElse)) {
        Token const& else_token = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", else_token.line);
        end_at_body(s, s->orelse);
    }
    return s;
}

ast::Stmt* Parser::parse_for()
{
    Token const& keyword = advance();
    auto* s = make<ast::For>(keyword);
    s->target = parse_target_list(TokenKind::KwIn);
    set_context(s->target, ast::Ctx::Store, TargetKind::For);
    expect(TokenKind::KwIn);
    s->iter = parse_star_expressions();
    expect_colon();
    s->body = parse_block("'for' statement", keyword.line);
    end_at_body(s, s->body);
    if (at(TokenKind::KwElse)) {
        Token const& else_token = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", else_token.line);
        end_at_body(s, s->orelse);
    }
    return s;
}

ast::Stmt* Parser::parse_with()
{
    Token const& keyword = advance();
    auto* s = make<ast::With>(keyword);
    // The parenthesised form `with (a as b, c):` is tried first, as in CPython: `with (a, b):`
    // has two items.
    auto parse_item = [&]() {
        size_t start = m_pos;
        ast::Expr* e = parse_expression();
        auto* item = make<ast::WithItem>(m_tokens[start]);
        item->context_expr = e;
        end_at(item, e);
        if (accept(TokenKind::KwAs)) {
            if (at(TokenKind::Star))
                fail_invalid_syntax();
            item->optional_vars = parse_bitwise_or();
            set_context(item->optional_vars, ast::Ctx::Store, TargetKind::Star);
            end_at(item, item->optional_vars);
        }
        s->items.push_back(item);
    };
    bool done = false;
    if (at(TokenKind::LPar)) {
        // Look for the matching ')' followed by ':' to recognise the parenthesised item list.
        size_t depth = 0;
        size_t k = 0;
        for (;; ++k) {
            Token const& t = peek(k);
            if (t.kind == TokenKind::LPar || t.kind == TokenKind::LSqb
                || t.kind == TokenKind::LBrace)
                ++depth;
            else if (t.kind == TokenKind::RPar || t.kind == TokenKind::RSqb
                || t.kind == TokenKind::RBrace) {
                if (--depth == 0)
                    break;
            } else if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error
                || t.kind == TokenKind::Newline)
                break;
        }
        if (peek(k).kind == TokenKind::RPar && peek(k + 1).kind == TokenKind::Colon) {
            advance();
            do {
                if (at(TokenKind::RPar))
                    break;
                parse_item();
            } while (accept(TokenKind::Comma));
            expect(TokenKind::RPar);
            done = true;
        }
    }
    if (!done) {
        do {
            parse_item();
        } while (accept(TokenKind::Comma));
    }
    expect_colon();
    s->body = parse_block("'with' statement", keyword.line);
    end_at_body(s, s->body);
    return s;
}

ast::Stmt* Parser::parse_try()
{
    Token const& keyword = advance();
    auto* s = make<ast::Try>(keyword);
    expect_colon();
    s->body = parse_block("'try' statement", keyword.line);
    end_at_body(s, s->body);
    while (at(TokenKind::KwExcept)) {
        Token const& except = advance();
        if (at(TokenKind::Star))
            fail_invalid_syntax(); // FIXME: except* is outside minipy's subset.
        auto* handler = make<ast::ExceptHandler>(except);
        if (!at(TokenKind::Colon)) {
            handler->type = parse_expression();
            if (at(TokenKind::Comma)) {
                // `except A, B:` (Python 2 style) - CPython 3.11 wording.
                ast::Expr* first = handler->type;
                advance();
                ast::Expr* rest = parse_expression();
                while (accept(TokenKind::Comma))
                    rest = parse_expression();
                fail_span(
                    first->span, rest->span, "multiple exception types must be parenthesized");
            }
            if (accept(TokenKind::KwAs))
                handler->name = std::string(expect(TokenKind::Name).text);
        }
        expect_colon();
        handler->body = parse_block("'except' statement", except.line);
        end_at_body(handler, handler->body);
        s->handlers.push_back(handler);
        end_at(s, handler);
    }
    if (s->handlers.empty() && !at(TokenKind::KwFinally))
        fail_at_block_end("expected 'except' or 'finally' block", SyntaxErrorKind::SyntaxError);
    if (at(TokenKind::KwElse)) {
        Token const& else_token = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", else_token.line);
        end_at_body(s, s->orelse);
    }
    if (at(TokenKind::KwFinally)) {
        Token const& finally = advance();
        expect_colon();
        s->finalbody = parse_block("'finally' statement", finally.line);
        end_at_body(s, s->finalbody);
    }
    return s;
}

ast::Stmt* Parser::parse_def(std::vector<ast::Expr*> decorators)
{
    Token const& keyword = advance();
    auto* s = make<ast::FunctionDef>(keyword);
    s->decorator_list = std::move(decorators);
    s->name = std::string(expect(TokenKind::Name).text);
    expect(TokenKind::LPar);
    s->args = parse_parameters(TokenKind::RPar, true);
    expect(TokenKind::RPar);
    if (accept(TokenKind::RArrow))
        s->returns = parse_expression();
    expect_colon();
    s->body = parse_block("function definition", keyword.line);
    end_at_body(s, s->body);
    return s;
}

ast::Stmt* Parser::parse_class(std::vector<ast::Expr*> decorators)
{
    Token const& keyword = advance();
    auto* s = make<ast::ClassDef>(keyword);
    s->decorator_list = std::move(decorators);
    s->name = std::string(expect(TokenKind::Name).text);
    if (at(TokenKind::LPar)) {
        Token const& open = advance();
        auto* call = make<ast::Call>(open);
        parse_call_arguments(call, open);
        for (ast::Expr* base : call->args) {
            if (base->kind == ast::ExprKind::GeneratorExp && base->span.col == open.col
                && base->span.line == open.line) {
                // class_def_raw takes `arguments`, which has no bare generator expression.
                auto* gen = static_cast<ast::GeneratorExp*>(base);
                ast::Span after = gen->elt->span;
                for (size_t k = 0; k < m_tokens.size(); ++k) {
                    Token const& t = m_tokens[k];
                    if (t.kind == TokenKind::KwFor
                        && (t.line > after.end_line
                            || (t.line == after.end_line && t.col >= after.end_col))) {
                        fail_token(t, "invalid syntax");
                    }
                }
            }
        }
        s->bases = std::move(call->args);
        s->keywords = std::move(call->keywords);
    }
    expect_colon();
    s->body = parse_block("class definition", keyword.line);
    end_at_body(s, s->body);
    return s;
}

// Parameters of a def (`closer` is ')') or a lambda (`closer` is ':'), CPython's `parameters`
// and `lambda_parameters` rules with the invalid_parameters messages.
ast::Arguments* Parser::parse_parameters(TokenKind closer, bool annotations)
{
    auto* args = m_arena.make<ast::Arguments>();
    bool seen_default = false;
    bool seen_star = false;
    bool seen_slash = false;
    auto parse_arg = [&]() {
        Token const& name = expect(TokenKind::Name);
        auto* arg = make<ast::Arg>(name);
        arg->name = std::string(name.text);
        end_at(arg, name);
        if (annotations && accept(TokenKind::Colon)) {
            arg->annotation = at(TokenKind::Star) ? parse_star_expression() : parse_expression();
            end_at(arg, arg->annotation);
        }
        return arg;
    };
    while (!at(closer)) {
        if (at(TokenKind::Slash)) {
            Token const& slash = advance();
            if (seen_slash)
                fail_token(slash, "/ may appear only once");
            if (seen_star)
                fail_token(slash, "/ must be ahead of *");
            if (args->args.empty())
                fail_token(slash, "at least one argument must precede /");
            seen_slash = true;
            args->posonlyargs = std::move(args->args);
            args->args.clear();
        } else if (at(TokenKind::Star)) {
            Token const& star = advance();
            if (seen_star)
                fail_token(star, "* argument may appear only once");
            seen_star = true;
            if (at(TokenKind::Name)) {
                args->vararg = parse_arg();
            } else if (at(closer) || (at(TokenKind::Comma) && peek(1).kind == closer)) {
                fail_token(star, "named arguments must follow bare *");
            }
        } else if (at(TokenKind::DoubleStar)) {
            advance();
            args->kwarg = parse_arg();
            accept(TokenKind::Comma);
            if (!at(closer)) {
                if (at(TokenKind::Name) || at(TokenKind::Star) || at(TokenKind::DoubleStar)
                    || at(TokenKind::Slash))
                    fail_token(peek(), "arguments cannot follow var-keyword argument");
                fail_invalid_syntax();
            }
            break;
        } else {
            ast::Arg* arg = parse_arg();
            ast::Expr* def = nullptr;
            if (accept(TokenKind::Equal))
                def = parse_expression();
            if (seen_star) {
                args->kwonlyargs.push_back(arg);
                args->kw_defaults.push_back(def);
            } else {
                if (def) {
                    seen_default = true;
                    args->defaults.push_back(def);
                } else if (seen_default) {
                    fail_node(arg, "non-default argument follows default argument");
                }
                args->args.push_back(arg);
            }
        }
        if (!accept(TokenKind::Comma))
            break;
    }
    return args;
}

// CPython's compile-time AST depth limit (see check in `parse_module`). Only statements whose
// parse built long iterative chains can exceed it, so the walk runs rarely.
void Parser::check_depth(ast::Stmt* stmt)
{
    if (m_chain_nodes + m_max_depth_seen * 4 < max_ast_depth / 2)
        return;
    // Iterative walk over expressions with an explicit stack.
    std::vector<std::pair<ast::Node const*, int>> stack;
    push_children(stmt, 0, stack);
    while (!stack.empty()) {
        auto [node, depth] = stack.back();
        stack.pop_back();
        if (depth > max_ast_depth) {
            SyntaxErrorInfo info;
            info.kind = SyntaxErrorKind::RecursionError;
            info.msg = "maximum recursion depth exceeded during compilation";
            fail_raw(std::move(info));
        }
        push_children(node, depth, stack);
    }
}

} // namespace detail

ParseResult parse(std::string_view source, ParseMode mode)
{
    ParseResult result;
    result.arena = std::make_unique<ast::Arena>();
    if (std::memchr(source.data(), '\0', source.size())) {
        SyntaxErrorInfo info;
        info.msg = "source code cannot contain null bytes";
        result.error = std::move(info);
        return result;
    }
    std::string buffer = prepare_source(source);
    detail::Parser parser(buffer, *result.arena, mode);
    ast::Module* module = parser.parse_module();
    if (parser.error()) {
        result.error = parser.error();
        result.incomplete = parser.incomplete();
        return result;
    }
    result.module = module;
    return result;
}

} // namespace minipy
