// A debugging view of the AST in the format of CPython's `ast.dump()` (no attributes).
#pragma once

#include "parser/ast.hpp"

#include <string>

namespace minipy {

/// Whether to print node positions, like `ast.dump(..., include_attributes=True)`.
enum class DumpAttributes { No, Yes };

/// `ast.dump(tree)`-like text: `Module(body=[Expr(value=Constant(value=1))], type_ignores=[])`.
/// Fields that are None are left out and empty lists shown, as CPython 3.11 does.
std::string dump_ast(ast::Module const& module, DumpAttributes attributes = DumpAttributes::No);

/// The same format for a single expression (used by tests).
std::string dump_expr(ast::Expr const* expr, DumpAttributes attributes = DumpAttributes::No);

} // namespace minipy
