// The parser's public entry point: source text in, AST (or one SyntaxError) out.
#pragma once

#include "parser/ast.hpp"
#include "parser/syntax_error.hpp"

#include <memory>
#include <optional>
#include <string_view>

namespace minipy {

/// What the source is parsed as, like the `mode` argument of CPython's `compile()`.
enum class ParseMode {
    Exec, ///< a module or `exec()` source: a sequence of statements
    Eval, ///< `eval()` source: a single expression (Module::body holds one ExprStmt)
    Single, ///< one interactive statement (the REPL)
};

struct ParseResult {
    std::unique_ptr<ast::Arena> arena;
    ast::Module* module = nullptr; ///< null iff error is set
    std::optional<SyntaxErrorInfo> error; ///< the first error, CPython 3.11 wording
    /// True when the error is only that the input ended inside an open construct (an open
    /// bracket, an unterminated triple-quoted string, a compound statement still waiting for its
    /// block, a trailing backslash): the interactive prompt then reads another line with `... `.
    bool incomplete = false;
};

/// Parses `source` (UTF-8, without a trailing NUL requirement; the parser copies it into a
/// NUL-terminated buffer for the lexer). Never throws and never crashes on any input: deep
/// nesting ends in a SyntaxError ("too many nested parentheses") or the CPython wording for
/// the case.
ParseResult parse(std::string_view source, ParseMode mode);

/// Checks that the bytes of a source *file* are valid UTF-8, as CPython does before tokenizing
/// (PEP 3120). On failure returns CPython's error, which names the file and has no location:
/// "Non-UTF-8 code starting with '\xff' in file f.py on line 2, but no encoding declared; see
/// https://peps.python.org/pep-0263/ for details". decode_source uses it for files without a
/// coding declaration; strings from `compile()`/`exec()` are already text and skip it.
std::optional<SyntaxErrorInfo> check_source_encoding(
    std::string_view source, std::string_view filename);

/// Decodes the bytes of a source file to UTF-8 in place, as CPython's tokenizer does (PEP 263):
/// a coding comment on the first line, or on the second after a blank or comment-only first
/// line, names the encoding (UTF-8, Latin-1, ASCII and cp1252 under their registry spellings);
/// without one the file must be UTF-8 (check_source_encoding). Errors are CPython's:
/// "encoding problem: NAME" for an unknown codec or undecodable bytes, "encoding problem: NAME
/// with BOM" for a UTF-8 byte order mark with another declared encoding.
std::optional<SyntaxErrorInfo> decode_source(std::string& source, std::string_view filename);

} // namespace minipy
