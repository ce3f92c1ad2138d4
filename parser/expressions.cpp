// Expression grammar (CPython 3.11 python.gram, "EXPRESSIONS"): precedence climbing for the
// binary operators, one function per rule for the rest.
#include "parser/parser_impl.hpp"

namespace minipy::detail {

namespace {

// Binary operator precedence, lowest first: | ^ & << >> + - * / // % @ (Language Reference 6.17).
int binary_precedence(TokenKind kind, ast::BinOpKind& op)
{
    switch (kind) {
    case TokenKind::VBar:
        op = ast::BinOpKind::BitOr;
        return 1;
    case TokenKind::Circumflex:
        op = ast::BinOpKind::BitXor;
        return 2;
    case TokenKind::Amper:
        op = ast::BinOpKind::BitAnd;
        return 3;
    case TokenKind::LeftShift:
        op = ast::BinOpKind::LShift;
        return 4;
    case TokenKind::RightShift:
        op = ast::BinOpKind::RShift;
        return 4;
    case TokenKind::Plus:
        op = ast::BinOpKind::Add;
        return 5;
    case TokenKind::Minus:
        op = ast::BinOpKind::Sub;
        return 5;
    case TokenKind::Star:
        op = ast::BinOpKind::Mult;
        return 6;
    case TokenKind::Slash:
        op = ast::BinOpKind::Div;
        return 6;
    case TokenKind::DoubleSlash:
        op = ast::BinOpKind::FloorDiv;
        return 6;
    case TokenKind::Percent:
        op = ast::BinOpKind::Mod;
        return 6;
    case TokenKind::At:
        op = ast::BinOpKind::MatMult;
        return 6;
    default:
        return 0;
    }
}

} // namespace

bool Parser::starts_expression(Token const& token)
{
    switch (token.kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis:
    case TokenKind::KwAwait:
        return true;
    default:
        return false;
    }
}

// invalid_expression: inside brackets, `a b` where both are expressions is a missing comma.
void Parser::check_missing_comma(ast::Expr* element)
{
    Token const& next = peek();
    if (!starts_expression(next) || m_tokens[m_pos - 1].kind == TokenKind::Comma)
        return;
    if (element->kind == ast::ExprKind::IfExp || element->kind == ast::ExprKind::Lambda
        || element->kind == ast::ExprKind::NamedExpr || element->kind == ast::ExprKind::Starred)
        return;
    if (element->kind == ast::ExprKind::Name && next.kind == TokenKind::String)
        return;
    size_t saved = m_pos;
    ast::Expr* b = nullptr;
    try {
        b = parse_expression();
    } catch (ParseFailure const&) {
        if (m_error_from_lexer)
            throw;
        m_error.reset();
        m_pos = saved;
        return;
    }
    fail_span(element->span, b->span, "invalid syntax. Perhaps you forgot a comma?");
}

ast::Expr* Parser::parse_star_expressions()
{
    size_t start = m_pos;
    ast::Expr* first = parse_star_expression();
    if (!at(TokenKind::Comma))
        return first;
    auto* tuple = make<ast::Tuple>(m_tokens[start]);
    tuple->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        end_at(tuple, previous());
        if (!starts_expression(peek()) && !at(TokenKind::Star))
            break;
        ast::Expr* e = parse_star_expression();
        tuple->elts.push_back(e);
        end_at(tuple, e);
    }
    return tuple;
}

ast::Expr* Parser::parse_star_expression()
{
    if (at(TokenKind::Star)) {
        Token const& star = advance();
        auto* starred = make<ast::Starred>(star);
        starred->value = parse_bitwise_or();
        end_at(starred, starred->value);
        return starred;
    }
    return parse_expression();
}

ast::Expr* Parser::parse_star_named_expression()
{
    if (at(TokenKind::Star)) {
        Token const& star = advance();
        auto* starred = make<ast::Starred>(star);
        starred->value = parse_bitwise_or();
        end_at(starred, starred->value);
        return starred;
    }
    return parse_named_expression();
}

ast::Expr* Parser::parse_named_expression()
{
    if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) {
        DepthGuard guard(*this);
        Token const& name = advance();
        advance();
        auto* target = make<ast::Name>(name);
        target->id = std::string(name.text);
        target->ctx = ast::Ctx::Store;
        end_at(target, name);
        auto* named = make<ast::NamedExpr>(name);
        named->target = target;
        named->value = parse_expression();
        end_at(named, named->value);
        return named;
    }
    ast::Expr* e = parse_expression();
    if (at(TokenKind::ColonEqual))
        fail_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
    return e;
}

ast::Expr* Parser::parse_expression()
{
    size_t start = m_pos;
    DepthGuard guard(*this);
    if (at(TokenKind::KwLambda))
        return parse_lambda();
    ast::Expr* body = parse_disjunction();
    if (!at(TokenKind::KwIf))
        return body;
    advance();
    auto* e = make<ast::IfExp>(m_tokens[start]);
    e->body = body;
    e->test = parse_disjunction();
    if (!accept(TokenKind::KwElse))
        fail_span(body->span, e->test->span, "expected 'else' after 'if' expression");
    e->orelse = parse_expression();
    end_at(e, e->orelse);
    return e;
}

ast::Expr* Parser::parse_expression_no_cond()
{
    return parse_disjunction();
}

ast::Expr* Parser::parse_disjunction()
{
    size_t start = m_pos;
    ast::Expr* first = parse_conjunction();
    if (!at(TokenKind::KwOr))
        return first;
    auto* e = make<ast::BoolOp>(m_tokens[start]);
    e->op = ast::BoolOpKind::Or;
    e->values.push_back(first);
    while (accept(TokenKind::KwOr))
        e->values.push_back(parse_conjunction());
    end_at(e, e->values.back());
    return e;
}

ast::Expr* Parser::parse_conjunction()
{
    size_t start = m_pos;
    ast::Expr* first = parse_inversion();
    if (!at(TokenKind::KwAnd))
        return first;
    auto* e = make<ast::BoolOp>(m_tokens[start]);
    e->op = ast::BoolOpKind::And;
    e->values.push_back(first);
    while (accept(TokenKind::KwAnd))
        e->values.push_back(parse_inversion());
    end_at(e, e->values.back());
    return e;
}

ast::Expr* Parser::parse_inversion()
{
    if (!at(TokenKind::KwNot))
        return parse_comparison();
    DepthGuard guard(*this);
    Token const& keyword = advance();
    auto* e = make<ast::UnaryOp>(keyword);
    e->op = ast::UnaryOpKind::Not;
    e->operand = parse_inversion();
    end_at(e, e->operand);
    return e;
}

ast::Expr* Parser::parse_comparison()
{
    size_t start = m_pos;
    ast::Expr* left = parse_bitwise_or();
    ast::Compare* cmp = nullptr;
    for (;;) {
        ast::CmpOpKind op;
        switch (peek().kind) {
        case TokenKind::EqEqual:
            op = ast::CmpOpKind::Eq;
            break;
        case TokenKind::NotEqual:
            op = ast::CmpOpKind::NotEq;
            break;
        case TokenKind::Less:
            op = ast::CmpOpKind::Lt;
            break;
        case TokenKind::LessEqual:
            op = ast::CmpOpKind::LtE;
            break;
        case TokenKind::Greater:
            op = ast::CmpOpKind::Gt;
            break;
        case TokenKind::GreaterEqual:
            op = ast::CmpOpKind::GtE;
            break;
        case TokenKind::KwIn:
            op = ast::CmpOpKind::In;
            break;
        case TokenKind::KwIs:
            op = peek(1).kind == TokenKind::KwNot ? ast::CmpOpKind::IsNot : ast::CmpOpKind::Is;
            break;
        case TokenKind::KwNot:
            if (peek(1).kind != TokenKind::KwIn)
                return cmp ? cmp : left;
            op = ast::CmpOpKind::NotIn;
            break;
        default:
            return cmp ? cmp : left;
        }
        advance();
        if (op == ast::CmpOpKind::IsNot || op == ast::CmpOpKind::NotIn)
            advance();
        if (!cmp) {
            cmp = make<ast::Compare>(m_tokens[start]);
            cmp->left = left;
        }
        cmp->ops.push_back(op);
        ast::Expr* right = parse_bitwise_or();
        cmp->comparators.push_back(right);
        end_at(cmp, right);
    }
}

ast::Expr* Parser::parse_bitwise_or()
{
    return parse_binary(1);
}

ast::Expr* Parser::parse_binary(int min_prec)
{
    size_t start = m_pos;
    ast::Expr* left = parse_factor();
    for (;;) {
        ast::BinOpKind op {};
        int prec = binary_precedence(peek().kind, op);
        if (prec == 0 || prec < min_prec)
            return left;
        advance();
        ast::Expr* right = parse_binary(prec + 1);
        auto* e = make<ast::BinOp>(m_tokens[start]);
        e->left = left;
        e->op = op;
        e->right = right;
        end_at(e, right);
        ++m_chain_nodes;
        left = e;
    }
}

ast::Expr* Parser::parse_factor()
{
    ast::UnaryOpKind op;
    switch (peek().kind) {
    case TokenKind::Plus:
        op = ast::UnaryOpKind::UAdd;
        break;
    case TokenKind::Minus:
        op = ast::UnaryOpKind::USub;
        break;
    case TokenKind::Tilde:
        op = ast::UnaryOpKind::Invert;
        break;
    default:
        return parse_power();
    }
    DepthGuard guard(*this);
    Token const& token = advance();
    auto* e = make<ast::UnaryOp>(token);
    e->op = op;
    e->operand = parse_factor();
    end_at(e, e->operand);
    return e;
}

ast::Expr* Parser::parse_power()
{
    size_t start = m_pos;
    if (at(TokenKind::KwAwait))
        fail_invalid_syntax(); // FIXME: await is outside minipy's subset.
    ast::Expr* base = parse_primary();
    if (!at(TokenKind::DoubleStar))
        return base;
    advance();
    DepthGuard guard(*this);
    auto* e = make<ast::BinOp>(m_tokens[start]);
    e->left = base;
    e->op = ast::BinOpKind::Pow;
    e->right = parse_factor();
    end_at(e, e->right);
    return e;
}

ast::Expr* Parser::parse_primary()
{
    size_t start = m_pos;
    ast::Expr* e = parse_atom();
    for (;;) {
        switch (peek().kind) {
        case TokenKind::Dot: {
            advance();
            Token const& name = expect(TokenKind::Name);
            auto* attr = make<ast::Attribute>(m_tokens[start]);
            attr->value = e;
            attr->attr = std::string(name.text);
            end_at(attr, name);
            e = attr;
            break;
        }
        case TokenKind::LPar: {
            Token const& open = advance();
            auto* call = make<ast::Call>(m_tokens[start]);
            call->func = e;
            parse_call_arguments(call, open);
            end_at(call, previous());
            e = call;
            break;
        }
        case TokenKind::LSqb: {
            advance();
            auto* sub = make<ast::Subscript>(m_tokens[start]);
            sub->value = e;
            sub->slice = parse_slices();
            end_at(sub, expect(TokenKind::RSqb));
            e = sub;
            break;
        }
        default:
            return e;
        }
        ++m_chain_nodes;
    }
}

ast::Expr* Parser::parse_slice()
{
    Token const& start = peek();
    ast::Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        lower = at(TokenKind::Star) ? parse_star_expression() : parse_named_expression();
        if (!at(TokenKind::Colon))
            return lower;
    }
    auto* slice = make<ast::Slice>(start);
    slice->lower = lower;
    end_at(slice, advance());
    if (!at(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
        slice->upper = parse_expression();
        end_at(slice, slice->upper);
    }
    if (at(TokenKind::Colon)) {
        end_at(slice, advance());
        if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
            slice->step = parse_expression();
            end_at(slice, slice->step);
        }
    }
    return slice;
}

ast::Expr* Parser::parse_slices()
{
    size_t start = m_pos;
    ast::Expr* first = parse_slice();
    if (!at(TokenKind::Comma) && first->kind != ast::ExprKind::Starred)
        return first;
    auto* tuple = make<ast::Tuple>(m_tokens[start]);
    tuple->elts.push_back(first);
    end_at(tuple, first);
    while (accept(TokenKind::Comma)) {
        end_at(tuple, previous());
        if (at(TokenKind::RSqb))
            break;
        ast::Expr* e = parse_slice();
        tuple->elts.push_back(e);
        end_at(tuple, e);
    }
    return tuple;
}

void Parser::parse_call_arguments(ast::Call* call, Token const& open)
{
    bool seen_keyword = false;
    bool seen_double_star = false;
    while (!at(TokenKind::RPar)) {
        Token const& start = peek();
        ast::Expr* last = nullptr;
        if (start.kind == TokenKind::Star) {
            advance();
            if (seen_double_star)
                fail_token(start, "iterable argument unpacking follows keyword argument unpacking");
            auto* starred = make<ast::Starred>(start);
            starred->value = parse_expression();
            end_at(starred, starred->value);
            call->args.push_back(starred);
            last = starred;
        } else if (start.kind == TokenKind::DoubleStar) {
            advance();
            auto* kw = make<ast::Keyword>(start);
            kw->value = parse_expression();
            end_at(kw, kw->value);
            call->keywords.push_back(kw);
            seen_double_star = true;
            last = kw->value;
        } else if (start.kind == TokenKind::Name && peek(1).kind == TokenKind::Equal) {
            advance();
            advance();
            auto* kw = make<ast::Keyword>(start);
            kw->arg = std::string(start.text);
            kw->value = parse_expression();
            end_at(kw, kw->value);
            call->keywords.push_back(kw);
            seen_keyword = true;
            last = kw->value;
        } else {
            size_t start = m_pos;
            ast::Expr* e = parse_named_expression();
            if (at(TokenKind::Equal)) {
                Token const& equal = peek();
                if (e->kind == ast::ExprKind::Constant) {
                    auto* c = static_cast<ast::Constant*>(e);
                    if (c->ckind == ast::ConstKind::True || c->ckind == ast::ConstKind::False
                        || c->ckind == ast::ConstKind::None) {
                        ast::Span end_span {equal.line, equal.col, equal.end_line, equal.end_col};
                        fail_span(
                            e->span, end_span, std::string("cannot assign to ") + expr_name(e));
                    }
                }
                ast::Span end_span {equal.line, equal.col, equal.end_line, equal.end_col};
                fail_span(e->span, end_span,
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (at(TokenKind::KwFor)) {
                auto* gen = make<ast::GeneratorExp>(m_tokens[start]);
                gen->elt = e;
                gen->generators = parse_comprehension_clauses();
                end_at(gen, previous());
                bool sole = call->args.empty() && call->keywords.empty() && at(TokenKind::RPar);
                if (!sole)
                    fail_span(gen->span, gen->span, "Generator expression must be parenthesized");
                gen->span.line = open.line;
                gen->span.col = open.col;
                end_at(gen, peek());
                e = gen;
            } else if (seen_keyword || seen_double_star) {
                if (!at(TokenKind::Comma) && !at(TokenKind::RPar))
                    check_missing_comma(e);
                fail_token(peek(),
                    seen_double_star ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument");
            }
            call->args.push_back(e);
            last = e;
        }
        if (!accept(TokenKind::Comma)) {
            if (!at(TokenKind::RPar)) {
                check_missing_comma(last);
                fail_invalid_syntax();
            }
            break;
        }
    }
    expect(TokenKind::RPar);
}

std::vector<ast::Comprehension*> Parser::parse_comprehension_clauses()
{
    std::vector<ast::Comprehension*> clauses;
    while (at(TokenKind::KwFor)) {
        Token const& keyword = advance();
        auto* comp = make<ast::Comprehension>(keyword);
        comp->target = parse_target_list(TokenKind::KwIn);
        set_context(comp->target, ast::Ctx::Store, TargetKind::For);
        expect(TokenKind::KwIn);
        comp->iter = parse_disjunction();
        end_at(comp, comp->iter);
        while (at(TokenKind::KwIf)) {
            advance();
            comp->ifs.push_back(parse_disjunction());
            end_at(comp, comp->ifs.back());
        }
        clauses.push_back(comp);
        if (at(TokenKind::KwAsync))
            fail_invalid_syntax();
    }
    return clauses;
}

// star_targets for `for`, comprehensions, `with ... as`: bitwise_or-level elements (so that
// `in` is not taken as a comparison), a Tuple when there are commas.
ast::Expr* Parser::parse_target_list(TokenKind stop)
{
    size_t start = m_pos;
    auto element = [&]() -> ast::Expr* {
        if (at(TokenKind::Star)) {
            Token const& star = advance();
            auto* starred = make<ast::Starred>(star);
            starred->value = parse_bitwise_or();
            end_at(starred, starred->value);
            return starred;
        }
        return parse_bitwise_or();
    };
    ast::Expr* first = element();
    if (!at(TokenKind::Comma))
        return first;
    auto* tuple = make<ast::Tuple>(m_tokens[start]);
    tuple->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        end_at(tuple, previous());
        if (at(stop))
            break;
        ast::Expr* e = element();
        tuple->elts.push_back(e);
        end_at(tuple, e);
    }
    return tuple;
}

ast::Expr* Parser::parse_lambda()
{
    Token const& keyword = advance();
    auto* e = make<ast::Lambda>(keyword);
    e->args = parse_parameters(TokenKind::Colon, false);
    expect(TokenKind::Colon);
    e->body = parse_expression();
    end_at(e, e->body);
    return e;
}

ast::Expr* Parser::parse_yield_expression()
{
    DepthGuard guard(*this);
    Token const& keyword = advance();
    if (accept(TokenKind::KwFrom)) {
        auto* e = make<ast::YieldFrom>(keyword);
        e->value = parse_expression();
        end_at(e, e->value);
        return e;
    }
    auto* e = make<ast::Yield>(keyword);
    end_at(e, keyword);
    if (starts_expression(peek()) || at(TokenKind::Star)) {
        e->value = parse_star_expressions();
        end_at(e, e->value);
    }
    return e;
}

ast::Expr* Parser::parse_atom()
{
    Token const& token = peek();
    switch (token.kind) {
    case TokenKind::Name: {
        advance();
        auto* e = make<ast::Name>(token);
        e->id = std::string(token.text);
        end_at(e, token);
        return e;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
        advance();
        auto* e = make<ast::Constant>(token);
        e->ckind = token.kind == TokenKind::KwTrue ? ast::ConstKind::True
            : token.kind == TokenKind::KwFalse     ? ast::ConstKind::False
            : token.kind == TokenKind::KwNone      ? ast::ConstKind::None
                                                   : ast::ConstKind::Ellipsis;
        end_at(e, token);
        return e;
    }
    case TokenKind::Number: {
        advance();
        auto* e = make<ast::Constant>(token);
        NumberValue value = decode_number(token.text);
        switch (value.kind) {
        case NumberValue::Kind::Int:
            e->ckind = ast::ConstKind::Int;
            e->int_value = value.int_value;
            break;
        case NumberValue::Kind::BigInt:
            e->ckind = ast::ConstKind::BigInt;
            e->text = std::move(value.digits);
            break;
        case NumberValue::Kind::Float:
            e->ckind = ast::ConstKind::Float;
            e->float_value = value.float_value;
            break;
        case NumberValue::Kind::Complex:
            e->ckind = ast::ConstKind::Complex;
            e->float_value = value.float_value;
            break;
        }
        end_at(e, token);
        return e;
    }
    case TokenKind::String:
        return parse_strings();
    case TokenKind::LPar:
        return parse_paren_atom();
    case TokenKind::LSqb:
        return parse_list_atom();
    case TokenKind::LBrace:
        return parse_brace_atom();
    default:
        fail_invalid_syntax();
    }
}

ast::Expr* Parser::parse_paren_atom()
{
    DepthGuard guard(*this);
    Token const& open = advance();
    if (at(TokenKind::RPar)) {
        auto* tuple = make<ast::Tuple>(open);
        end_at(tuple, advance());
        return tuple;
    }
    if (at(TokenKind::KwYield)) {
        ast::Expr* e = parse_yield_expression();
        expect(TokenKind::RPar);
        return e;
    }
    ast::Expr* first = parse_star_named_expression();
    if (at(TokenKind::KwFor)) {
        auto* gen = make<ast::GeneratorExp>(open);
        gen->elt = first;
        gen->generators = parse_comprehension_clauses();
        end_at(gen, expect(TokenKind::RPar));
        return gen;
    }
    if (at(TokenKind::RPar)) {
        if (first->kind == ast::ExprKind::Starred)
            fail_node(first, "cannot use starred expression here");
        advance();
        return first;
    }
    if (!at(TokenKind::Comma)) {
        check_missing_comma(first);
        fail_invalid_syntax();
    }
    auto* tuple = make<ast::Tuple>(open);
    tuple->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar))
            break;
        ast::Expr* e = parse_star_named_expression();
        tuple->elts.push_back(e);
        if (!at(TokenKind::Comma) && !at(TokenKind::RPar)) {
            check_missing_comma(e);
            fail_invalid_syntax();
        }
    }
    end_at(tuple, expect(TokenKind::RPar));
    return tuple;
}

ast::Expr* Parser::parse_list_atom()
{
    DepthGuard guard(*this);
    Token const& open = advance();
    if (at(TokenKind::RSqb)) {
        auto* list = make<ast::List>(open);
        end_at(list, advance());
        return list;
    }
    ast::Expr* first = parse_star_named_expression();
    if (at(TokenKind::KwFor)) {
        auto* comp = make<ast::ListComp>(open);
        comp->elt = first;
        comp->generators = parse_comprehension_clauses();
        end_at(comp, expect(TokenKind::RSqb));
        return comp;
    }
    auto* list = make<ast::List>(open);
    list->elts.push_back(first);
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
        check_missing_comma(first);
        fail_invalid_syntax();
    }
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RSqb))
            break;
        ast::Expr* e = parse_star_named_expression();
        list->elts.push_back(e);
        if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
            check_missing_comma(e);
            fail_invalid_syntax();
        }
    }
    end_at(list, expect(TokenKind::RSqb));
    return list;
}

ast::Expr* Parser::parse_brace_atom()
{
    DepthGuard guard(*this);
    Token const& open = advance();
    if (at(TokenKind::RBrace)) {
        auto* dict = make<ast::Dict>(open);
        end_at(dict, advance());
        return dict;
    }
    // A dict starts with `**x` or `key:`; a set with anything else.
    ast::Expr* first_key = nullptr;
    ast::Expr* first_value = nullptr;
    bool is_dict = false;
    if (at(TokenKind::DoubleStar)) {
        advance();
        first_value = parse_bitwise_or();
        is_dict = true;
    } else {
        first_key = parse_star_named_expression();
        if (at(TokenKind::Colon) && first_key->kind != ast::ExprKind::Starred) {
            advance();
            first_value = parse_expression();
            is_dict = true;
        }
    }
    if (is_dict) {
        if (first_key && at(TokenKind::KwFor)) {
            auto* comp = make<ast::DictComp>(open);
            comp->key = first_key;
            comp->value = first_value;
            comp->generators = parse_comprehension_clauses();
            end_at(comp, expect(TokenKind::RBrace));
            return comp;
        }
        auto* dict = make<ast::Dict>(open);
        dict->keys.push_back(first_key);
        dict->values.push_back(first_value);
        if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) {
            check_missing_comma(first_value);
            fail_invalid_syntax();
        }
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RBrace))
                break;
            if (accept(TokenKind::DoubleStar)) {
                dict->keys.push_back(nullptr);
                dict->values.push_back(parse_bitwise_or());
            } else {
                ast::Expr* key = parse_expression();
                if (!at(TokenKind::Colon)) {
                    if (at(TokenKind::Comma) || at(TokenKind::RBrace))
                        fail_token(peek(), "':' expected after dictionary key");
                    fail_invalid_syntax();
                }
                advance();
                dict->keys.push_back(key);
                dict->values.push_back(parse_expression());
            }
            if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) {
                check_missing_comma(dict->values.back());
                fail_invalid_syntax();
            }
        }
        end_at(dict, expect(TokenKind::RBrace));
        return dict;
    }
    if (at(TokenKind::KwFor)) {
        auto* comp = make<ast::SetComp>(open);
        comp->elt = first_key;
        comp->generators = parse_comprehension_clauses();
        end_at(comp, expect(TokenKind::RBrace));
        return comp;
    }
    auto* set = make<ast::Set>(open);
    set->elts.push_back(first_key);
    if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) {
        check_missing_comma(first_key);
        fail_invalid_syntax();
    }
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace))
            break;
        ast::Expr* e = parse_star_named_expression();
        set->elts.push_back(e);
        if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) {
            check_missing_comma(e);
            fail_invalid_syntax();
        }
    }
    end_at(set, expect(TokenKind::RBrace));
    return set;
}

} // namespace minipy::detail
