// Scope analysis: which names of each function, class, lambda, comprehension and module scope
// are local, global, free or cell variables.
//
// This is CPython's Python/symtable.c in C++ (MicroPython's scope.c plays the same role). A first
// walk over the AST records, per scope, how each name is used (assigned, used, declared global
// or nonlocal, a parameter). A second pass (`analyze`) resolves each name to a scope from the
// inside out, following the rules of the Language Reference §4.2.2 "Resolution of names":
// a name bound in a function is local unless declared global/nonlocal; a free name refers to the
// nearest enclosing function that binds it (class scopes are skipped), or is global; a local
// captured by an inner scope becomes a cell. Class bodies that contain a method using `super` or
// `__class__` get the implicit `__class__` cell (§3.3.3.6 "Creating the class object").
#pragma once

#include "parser/ast.hpp"
#include "parser/syntax_error.hpp"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace minipy::compiler {

enum class BlockType : uint8_t { Module, Function, Class };

/// Where a name lives once analysis is done (CPython's LOCAL, GLOBAL_EXPLICIT, ...).
enum class SymbolScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

/// How a name is used in one scope (CPython's DEF_* flags).
enum SymbolFlag : uint32_t {
    DEF_GLOBAL = 1, ///< `global x`
    DEF_LOCAL = 2, ///< assigned
    DEF_PARAM = 4, ///< a parameter
    DEF_NONLOCAL = 8, ///< `nonlocal x`
    USE = 16, ///< read
    DEF_FREE_CLASS = 32, ///< free in a method and bound in the class body
    DEF_IMPORT = 64, ///< bound by an import
    DEF_ANNOT = 128, ///< annotated (`x: int`)
    DEF_COMP_ITER = 256, ///< a comprehension iteration variable
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

struct Symbol {
    uint32_t flags = 0;
    SymbolScope scope = SymbolScope::Unknown;
};

/// One scope (CPython's PySTEntryObject).
struct Scope {
    BlockType type = BlockType::Module;
    std::string name; ///< "top", the function/class name, "lambda", "listcomp", ...
    ast::Node const* node = nullptr;
    Scope* parent = nullptr;
    std::unordered_map<std::string, Symbol> symbols;
    std::vector<std::string> symbol_order; ///< names in order of first appearance
    std::vector<std::string> params; ///< parameter names in co_varnames order
    std::vector<Scope*> children;
    /// The location of the first global/nonlocal statement naming each name (for errors).
    std::unordered_map<std::string, ast::Span> directives;
    bool is_generator = false;
    bool is_comprehension = false;
    bool is_nested = false; ///< inside a function
    bool needs_class_closure = false; ///< a class that must create the `__class__` cell
    bool has_varargs = false;
    bool has_varkeywords = false;
    int comp_iter_expr = 0; ///< > 0 while visiting a comprehension's iterable in this scope
    bool comp_iter_target = false;

    SymbolScope scope_of(std::string const& name) const
    {
        auto it = symbols.find(name);
        return it == symbols.end() ? SymbolScope::Unknown : it->second.scope;
    }
    uint32_t flags_of(std::string const& name) const
    {
        auto it = symbols.find(name);
        return it == symbols.end() ? 0 : it->second.flags;
    }
};

/// The scopes of one module, built and analysed by `build_symtable`.
class SymbolTable {
public:
    Scope* top() const { return m_top; }
    /// The scope created for a FunctionDef, ClassDef, Lambda or comprehension node.
    Scope* scope_for(ast::Node const* node) const
    {
        auto it = m_by_node.find(node);
        return it == m_by_node.end() ? nullptr : it->second;
    }

    Scope* m_top = nullptr;
    std::vector<std::unique_ptr<Scope>> m_scopes;
    std::unordered_map<ast::Node const*, Scope*> m_by_node;
};

/// Why a symbol-table build failed.
struct SymtableError {
    bool recursion = false; ///< "maximum recursion depth exceeded during compilation"
    SyntaxErrorInfo info; ///< msg and location (text is filled by the caller)
};

/// Builds and analyses the scopes of `module`. On failure returns null and sets `error`.
std::unique_ptr<SymbolTable> build_symtable(
    ast::Module const* module, std::optional<SymtableError>& error);

/// CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x` (Language Reference §6.2.1).
std::string mangle(std::string const& private_name, std::string const& name);

} // namespace minipy::compiler
