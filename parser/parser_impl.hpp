// The recursive-descent parser's internal class, shared by the files that implement its grammar
// areas (parser.cpp: statements, expressions.cpp, fstrings.cpp, errors.cpp).
//
// The grammar is CPython 3.11's (Grammar/python.gram) restricted to minipy's subset. Binary
// operators use precedence climbing; everything else is one function per grammar rule. Errors
// reproduce CPython's wording and locations: generic failures report "invalid syntax" at the
// token where parsing stopped, and the specific messages of CPython's second ("invalid_*") pass
// are produced directly where the first pass would have failed.
//
// Recursion is bounded: every rule that can nest without consuming a bracket counts against
// `max_recursion`, and the finished AST of each statement is checked against CPython's
// compile-time depth limit, so that the compiler (which walks the AST recursively) is safe too.
#pragma once

#include "lexer/lexer.hpp"
#include "lexer/literals.hpp"
#include "parser/ast.hpp"
#include "parser/parser.hpp"

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace minipy::detail {

/// Thrown internally to unwind after the first error (never escapes `parse`).
struct ParseFailure { };

/// Where a parse is anchored when it parses an f-string replacement field's expression.
struct SubParseOrigin {
    int line = 0; ///< absolute line of the '(' that wraps the expression
    int col = 0; ///< absolute byte column of that '('
    int depth = 0; ///< recursion already used by the enclosing parse
    int fstring_nesting = 0;
};

/// What a target is being validated for (CPython's TARGETS_TYPE).
enum class TargetKind { Star, Del, For };

/// How a comma-separated expression list is parsed.
enum class AllowStar { No, Yes };

class Parser {
public:
    Parser(std::string_view buffer, ast::Arena& arena, ParseMode mode);

    /// Parses the whole input. On failure `error()` is set and null is returned.
    ast::Module* parse_module();
    /// Parses `( expr )` as an f-string replacement field (the buffer holds the parenthesised
    /// text); returns the expression or null on failure.
    ast::Expr* parse_fstring_expression(SubParseOrigin const& origin);

    std::optional<SyntaxErrorInfo> const& error() const { return m_error; }
    bool incomplete() const { return m_incomplete; }

    // ----- tokens (parser.cpp)
    Token const& peek(size_t ahead = 0);
    Token const& advance();
    bool at(TokenKind kind) { return peek().kind == kind; }
    bool accept(TokenKind kind);
    Token const& expect(TokenKind kind);
    bool at_soft_keyword_name(std::string_view word);

    // ----- statements (parser.cpp)
    std::vector<ast::Stmt*> parse_statement_list_until_end();
    void parse_statement(std::vector<ast::Stmt*>& out);
    void parse_simple_statements(std::vector<ast::Stmt*>& out);
    ast::Stmt* parse_simple_statement();
    ast::Stmt* parse_expression_statement();
    std::vector<ast::Stmt*> parse_block(char const* what, int header_line);
    ast::Stmt* parse_compound(std::vector<ast::Expr*> decorators, Token const* decorator_start);
    ast::Stmt* parse_if(Token const& keyword);
    ast::Stmt* parse_while();
    ast::Stmt* parse_for();
    ast::Stmt* parse_with();
    ast::Stmt* parse_try();
    ast::Stmt* parse_def(std::vector<ast::Expr*> decorators);
    ast::Stmt* parse_class(std::vector<ast::Expr*> decorators);
    ast::Stmt* parse_import();
    ast::Stmt* parse_from_import();
    ast::Arguments* parse_parameters(TokenKind closer, bool annotations);
    void expect_colon();
    [[noreturn]] void fail_at_block_end(std::string msg, SyntaxErrorKind kind);

    // ----- expressions (expressions.cpp)
    ast::Expr* parse_star_expressions();
    ast::Expr* parse_star_expression();
    ast::Expr* parse_star_named_expression();
    ast::Expr* parse_named_expression();
    ast::Expr* parse_expression();
    ast::Expr* parse_expression_no_cond();
    ast::Expr* parse_disjunction();
    ast::Expr* parse_conjunction();
    ast::Expr* parse_inversion();
    ast::Expr* parse_comparison();
    ast::Expr* parse_bitwise_or();
    ast::Expr* parse_binary(int min_prec);
    ast::Expr* parse_factor();
    ast::Expr* parse_power();
    ast::Expr* parse_primary();
    ast::Expr* parse_atom();
    ast::Expr* parse_paren_atom();
    ast::Expr* parse_list_atom();
    ast::Expr* parse_brace_atom();
    ast::Expr* parse_lambda();
    ast::Expr* parse_yield_expression();
    ast::Expr* parse_slices();
    ast::Expr* parse_slice();
    void parse_call_arguments(ast::Call* call, Token const& open);
    std::vector<ast::Comprehension*> parse_comprehension_clauses();
    ast::Expr* parse_target_list(TokenKind stop);
    bool starts_expression(Token const& token);
    void check_missing_comma(ast::Expr* element);

    // ----- strings and f-strings (fstrings.cpp)
    ast::Expr* parse_strings();
    void parse_fstring_body(Token const& token, std::string_view body, int body_line, int body_col,
        bool raw, std::vector<ast::Expr*>& values, std::string& pending, int nesting,
        ast::Span const& whole);
    size_t parse_fstring_field(Token const& token, std::string_view body, size_t i, int body_line,
        int body_col, bool raw, std::vector<ast::Expr*>& values, std::string& pending, int nesting,
        ast::Span const& whole);

    // ----- targets and errors (errors.cpp)
    void set_context(ast::Expr* target, ast::Ctx ctx, TargetKind kind);
    ast::Expr* invalid_target(ast::Expr* e, TargetKind kind);
    static char const* expr_name(ast::Expr const* e);
    [[noreturn]] void fail_token(
        Token const& token, std::string msg, SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
    [[noreturn]] void fail_span(ast::Span const& start, ast::Span const& end, std::string msg,
        SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
    [[noreturn]] void fail_node(ast::Node const* node, std::string msg)
    {
        fail_span(node->span, node->span, std::move(msg));
    }
    [[noreturn]] void fail_invalid_syntax();
    [[noreturn]] void fail_raw(SyntaxErrorInfo info);
    void finish_error();
    void check_depth(ast::Stmt* stmt);

    // ----- helpers
    template<typename T>
    T* make(Token const& start)
    {
        T* node = m_arena.make<T>();
        node->span.line = start.line;
        node->span.col = start.col;
        return node;
    }
    template<typename T>
    T* make(ast::Span const& start)
    {
        T* node = m_arena.make<T>();
        node->span.line = start.line;
        node->span.col = start.col;
        return node;
    }
    void end_at(ast::Node* node, Token const& last)
    {
        node->span.end_line = last.end_line;
        node->span.end_col = last.end_col;
    }
    /// Ends `node` where `last` ends, or at the last consumed token when `last` was just parsed
    /// (so that a parenthesised last operand includes its closing parenthesis).
    void end_at(ast::Node* node, ast::Node const* last)
    {
        node->span.end_line = last->span.end_line;
        node->span.end_col = last->span.end_col;
        if (m_pos > 0) {
            Token const& prev = m_tokens[m_pos - 1];
            if (prev.kind != TokenKind::Newline && prev.kind != TokenKind::Dedent
                && prev.kind != TokenKind::Indent
                && (prev.end_line > last->span.end_line
                    || (prev.end_line == last->span.end_line
                        && prev.end_col > last->span.end_col))) {
                node->span.end_line = prev.end_line;
                node->span.end_col = prev.end_col;
            }
        }
    }
    Token const& previous() const { return m_tokens[m_pos - 1]; }
    std::string line_for_error(int lineno);

    /// RAII recursion counter; fails with MemoryError like CPython's parser stack check.
    class DepthGuard {
    public:
        explicit DepthGuard(Parser& parser);
        ~DepthGuard() { --m_parser.m_depth; }
        DepthGuard(DepthGuard const&) = delete;
        DepthGuard& operator=(DepthGuard const&) = delete;

    private:
        Parser& m_parser;
    };

    std::string_view m_buffer;
    Lexer m_lexer;
    ast::Arena& m_arena;
    ParseMode m_mode;
    std::deque<Token> m_tokens; ///< a deque: references stay valid as tokens are added
    size_t m_pos = 0;
    size_t m_furthest = 0;
    int m_depth = 0;
    int m_chain_nodes = 0; ///< nodes built by iterative loops in the current statement
    int m_max_depth_seen = 0;
    int m_fstring_nesting = 0;
    ast::Span m_fstring_token_span; ///< the f-string token whose fields are being parsed
    bool m_sub_parse = false;
    SubParseOrigin m_origin;
    std::optional<SyntaxErrorInfo> m_error;
    bool m_incomplete = false;
    bool m_error_from_lexer = false;
};

/// Pushes the children of `node` (at AST depth `depth`) onto `stack`, for iterative walks.
void push_children(
    ast::Node const* node, int depth, std::vector<std::pair<ast::Node const*, int>>& stack);

/// CPython's limits: the parser's own stack (MAXSTACK, 6000 rule frames: MemoryError) and the
/// compiler's AST recursion limit (RecursionError "maximum recursion depth exceeded during
/// compilation"), measured with CPython 3.11 (`'-' * 2989 + '1'` compiles, 2990 does not).
constexpr int max_recursion = 3000;
constexpr int max_ast_depth = 2990;

} // namespace minipy::detail
