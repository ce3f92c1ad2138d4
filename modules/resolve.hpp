// Relative-import name resolution: importlib._bootstrap's _calc___package__, _sanity_check and
// _resolve_name, and their C twins in Python/import.c (spec/main-modes.md §4).
//
// The `import` statement and builtins.__import__ run CPython's C code, whose messages differ in a
// few places from the pure-Python importlib.__import__; `Wording` selects which to reproduce.
#pragma once

#include "vm/vm.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace minipy {

enum class Wording : uint8_t {
    Statement, ///< the import statement and builtins.__import__ (Python/import.c)
    Importlib, ///< importlib.__import__ and importlib.import_module (_bootstrap.py)
};

/// _resolve_name: "bits = package.rsplit('.', level - 1); if len(bits) < level: beyond
/// top-level; base = bits[0]; return f'{base}.{name}' if name else base". nullopt means
/// "attempted relative import beyond top-level package".
std::optional<std::string> resolve_name(std::string_view name, std::string_view package, int level);

/// _calc___package__: the package a relative import in a module with `globals` is relative to:
/// __package__, else __spec__.parent, else __name__ (minus its last part unless __path__ is
/// present). `globals` may be null (no globals given). Returns the package text.
Result<std::string> calc___package__(VM&, DictObject* globals, Wording);

/// _sanity_check for a relative import (level > 0): "attempted relative import with no known
/// parent package" when the package is empty.
Result<void> sanity_check_package(VM&, std::string_view package);

/// The whole of Python/import.c's resolve_name: calc___package__, the checks, and the
/// resolution, with the statement's messages.
Result<std::string> resolve_relative_name(
    VM&, StrObject* name, DictObject* globals, int level, Wording);

} // namespace minipy
