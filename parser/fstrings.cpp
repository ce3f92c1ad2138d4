// String literal atoms: implicit concatenation, bytes/str mixing, and f-strings with CPython
// 3.11 semantics (the lexer delivers the whole literal; replacement fields are parsed here).
#include "lexer/literals.hpp"
#include "parser/parser_impl.hpp"

namespace minipy::detail {

namespace {

// CPython 3.11 gives the literal pieces and FormattedValues of an f-string the span of the whole
// (concatenated) string.
ast::Constant* make_str_constant(ast::Arena& arena, std::string text, ast::Span const& whole)
{
    auto* c = arena.make<ast::Constant>();
    c->span = whole;
    c->ckind = ast::ConstKind::Str;
    c->text = std::move(text);
    return c;
}

void flush_pending(ast::Arena& arena, std::vector<ast::Expr*>& values, std::string& pending,
    ast::Span const& whole)
{
    if (pending.empty())
        return;
    values.push_back(make_str_constant(arena, std::move(pending), whole));
    pending.clear();
}

} // namespace

ast::Expr* Parser::parse_strings()
{
    size_t first_index = m_pos;
    bool any_bytes = false;
    bool any_text = false;
    bool any_f = false;
    while (at(TokenKind::String)) {
        StringParts parts = split_string_token(advance().text);
        (parts.prefix.bytes ? any_bytes : any_text) = true;
        any_f = any_f || parts.prefix.fstring;
    }
    size_t end_index = m_pos;
    Token const& first = m_tokens[first_index];
    Token const& last = m_tokens[end_index - 1];
    Token const& after = peek();
    ast::Span whole {first.line, first.col, last.end_line, last.end_col};
    if (any_bytes && any_text)
        fail_token(after, "cannot mix bytes and nonbytes literals");
    if (!any_f) {
        auto* c = m_arena.make<ast::Constant>();
        c->span = whole;
        c->ckind = any_bytes ? ast::ConstKind::Bytes : ast::ConstKind::Str;
        for (size_t i = first_index; i < end_index; ++i) {
            Token const& token = m_tokens[i];
            StringParts parts = split_string_token(token.text);
            EscapeError error;
            if (!decode_string_body(parts.body, parts.prefix, c->text, error))
                fail_token(error.kind == EscapeError::Kind::NonAscii ? token : after, error.msg);
        }
        return c;
    }
    auto* joined = m_arena.make<ast::JoinedStr>();
    joined->span = whole;
    std::string pending;
    for (size_t i = first_index; i < end_index; ++i) {
        Token const& token = m_tokens[i];
        StringParts parts = split_string_token(token.text);
        if (!parts.prefix.fstring) {
            EscapeError error;
            if (!decode_string_body(parts.body, parts.prefix, pending, error))
                fail_token(after, error.msg);
            continue;
        }
        // Position of the body's first byte: the token start plus prefix and quotes.
        m_fstring_token_span = {token.line, token.col, token.end_line, token.end_col};
        parse_fstring_body(after, parts.body, token.line, token.col + parts.body_offset,
            parts.prefix.raw, joined->values, pending, 0, whole);
    }
    flush_pending(m_arena, joined->values, pending, whole);
    return joined;
}

// Literal text and replacement fields of one f-string body. Errors are reported at `after`, the
// token following the string atom, as CPython 3.11 does.
void Parser::parse_fstring_body(Token const& after, std::string_view body, int body_line,
    int body_col, bool raw, std::vector<ast::Expr*>& values, std::string& pending, int nesting,
    ast::Span const& whole)
{
    size_t i = 0;
    size_t n = body.size();
    while (i < n) {
        char c = body[i];
        if (c == '{') {
            if (i + 1 < n && body[i + 1] == '{') {
                pending.push_back('{');
                i += 2;
                continue;
            }
            i = parse_fstring_field(
                after, body, i, body_line, body_col, raw, values, pending, nesting, whole);
            continue;
        }
        if (c == '}') {
            if (i + 1 < n && body[i + 1] == '}') {
                pending.push_back('}');
                i += 2;
                continue;
            }
            fail_token(after, "f-string: single '}' is not allowed");
        }
        size_t j = i;
        while (j < n && body[j] != '{' && body[j] != '}') {
            if (!raw && body[j] == '\\' && j + 1 < n) {
                if (body[j + 1] == 'N' && j + 2 < n && body[j + 2] == '{') {
                    while (j < n && body[j] != '}')
                        ++j;
                    if (j < n)
                        ++j;
                    continue;
                }
                j += 2;
                continue;
            }
            ++j;
        }
        if (j > n)
            j = n;
        EscapeError error;
        StringPrefix prefix;
        prefix.raw = raw;
        if (!decode_string_body(body.substr(i, j - i), prefix, pending, error))
            fail_token(after, error.msg);
        i = j;
    }
}

size_t Parser::parse_fstring_field(Token const& after, std::string_view body, size_t i,
    int body_line, int body_col, bool raw, std::vector<ast::Expr*>& values, std::string& pending,
    int nesting, ast::Span const& whole)
{
    if (nesting >= 2)
        fail_token(after, "f-string: expressions nested too deeply");
    size_t n = body.size();
    size_t j = i + 1;
    std::vector<char> brackets;
    char quote = 0;
    int quote_len = 0;
    while (j < n) {
        char c = body[j];
        if (c == '\\')
            fail_token(after, "f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote) {
                if (quote_len == 3) {
                    if (j + 2 < n && body[j + 1] == quote && body[j + 2] == quote) {
                        j += 3;
                        quote = 0;
                        continue;
                    }
                } else {
                    quote = 0;
                }
            }
            ++j;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            quote_len = (j + 2 < n && body[j + 1] == c && body[j + 2] == c) ? 3 : 1;
            j += static_cast<size_t>(quote_len);
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (brackets.size() >= 200)
                fail_token(after, "f-string: too many nested parenthesis");
            brackets.push_back(c);
        } else if (c == ')' || c == ']' || c == '}') {
            if (brackets.empty()) {
                if (c == '}')
                    break;
                fail_token(after, std::string("f-string: unmatched '") + c + "'");
            }
            char open = brackets.back();
            brackets.pop_back();
            if (!((open == '(' && c == ')') || (open == '[' && c == ']')
                    || (open == '{' && c == '}')))
                fail_token(after,
                    std::string("f-string: closing parenthesis '") + c
                        + "' does not match opening parenthesis '" + open + "'");
        } else if (c == '#') {
            fail_token(after, "f-string expression part cannot include '#'");
        } else if (brackets.empty()) {
            char next = j + 1 < n ? body[j + 1] : '\0';
            if (c == '!' && next != '=')
                break;
            if (c == ':')
                break;
            if (c == '=' && next != '=') {
                char prev = body[j - 1];
                if (prev != '=' && prev != '!' && prev != '<' && prev != '>')
                    break;
            }
            if ((c == '=' || c == '!' || c == '<' || c == '>') && next == '=') {
                j += 2;
                continue;
            }
        }
        ++j;
    }
    if (quote)
        fail_token(after, "f-string: unterminated string");
    if (j >= n) {
        if (!brackets.empty())
            fail_token(after, std::string("f-string: unmatched '") + brackets.back() + "'");
        fail_token(after, "f-string: expecting '}'");
    }
    std::string_view expr_text = body.substr(i + 1, j - i - 1);
    if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
        if (body[j] == '!')
            fail_token(after, "f-string: expression required before '!'");
        fail_token(after, "f-string: empty expression not allowed");
    }

    // Where the '{' is in the source: the '(' that replaces it in the sub-parse goes there.
    SubParseOrigin origin;
    origin.line = body_line;
    origin.col = body_col + static_cast<int>(i);
    for (size_t k = 0; k < i; ++k) {
        if (body[k] == '\n') {
            ++origin.line;
            origin.col = static_cast<int>(i - k - 1);
        }
    }
    origin.depth = m_depth;
    origin.fstring_nesting = nesting;
    std::string sub_source = "(";
    sub_source.append(expr_text);
    sub_source.append(")");
    std::string buffer = prepare_source(sub_source);
    Parser sub(buffer, m_arena, ParseMode::Eval);
    ast::Expr* expr = sub.parse_fstring_expression(origin);
    if (!expr)
        fail_raw(*sub.error());

    int conversion = -1;
    bool self_documenting = false;
    if (body[j] == '=') {
        self_documenting = true;
        ++j;
        while (j < n && (body[j] == ' ' || body[j] == '\t' || body[j] == '\n' || body[j] == '\f'))
            ++j;
        pending.append(body.substr(i + 1, j - i - 1));
        if (j >= n)
            fail_token(after, "f-string: expecting '}'");
    }
    if (body[j] == '!') {
        ++j;
        if (j >= n)
            fail_token(after, "f-string: expecting '}'");
        char conv = body[j];
        if (conv != 's' && conv != 'r' && conv != 'a')
            fail_token(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = conv;
        ++j;
        if (j >= n || (body[j] != ':' && body[j] != '}'))
            fail_token(after, "f-string: expecting '}'");
    }
    ast::Expr* format_spec = nullptr;
    if (j < n && body[j] == ':') {
        ++j;
        // CPython 3.11 locates a format spec (and its literal parts) at its own string token.
        auto* spec = m_arena.make<ast::JoinedStr>();
        spec->span = m_fstring_token_span;
        std::string spec_pending;
        while (j < n && body[j] != '}') {
            if (body[j] == '{') {
                j = parse_fstring_field(after, body, j, body_line, body_col, raw, spec->values,
                    spec_pending, nesting + 1, whole);
                continue;
            }
            size_t k = j;
            while (k < n && body[k] != '{' && body[k] != '}')
                ++k;
            EscapeError error;
            StringPrefix prefix;
            prefix.raw = raw;
            if (!decode_string_body(body.substr(j, k - j), prefix, spec_pending, error))
                fail_token(after, error.msg);
            j = k;
        }
        flush_pending(m_arena, spec->values, spec_pending, m_fstring_token_span);
        format_spec = spec;
    }
    if (j >= n || body[j] != '}')
        fail_token(after, "f-string: expecting '}'");
    ++j;
    if (self_documenting && conversion == -1 && !format_spec)
        conversion = 'r';
    flush_pending(m_arena, values, pending, whole);
    auto* field = m_arena.make<ast::FormattedValue>();
    field->span = whole;
    field->value = expr;
    field->conversion = conversion;
    field->format_spec = format_spec;
    values.push_back(field);
    return j;
}

ast::Expr* Parser::parse_fstring_expression(SubParseOrigin const& origin)
{
    m_sub_parse = true;
    m_origin = origin;
    m_depth = origin.depth;
    m_fstring_nesting = origin.fstring_nesting;
    try {
        DepthGuard guard(*this);
        Token const& open = expect(TokenKind::LPar);
        if (at(TokenKind::Star)) {
            ast::Expr* e = parse_star_named_expression();
            if (at(TokenKind::RPar))
                fail_node(e, "cannot use starred expression here");
        }
        (void)open;
        m_pos = 0;
        ast::Expr* e = parse_atom();
        if (!at(TokenKind::Newline) && !at(TokenKind::EndMarker))
            fail_invalid_syntax();
        return e;
    } catch (ParseFailure const&) {
        return nullptr;
    }
}

} // namespace minipy::detail
