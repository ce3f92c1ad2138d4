// The warnings machinery (CPython's _warnings): the filter list, the once/module/default
// registries, and printing "file:line: Category: message" to sys.stderr.
#pragma once

#include "vm/result.hpp"
#include "vm/value.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace minipy {

class VM;
class Type;
class ListObject;
class DictObject;

/// warnings.filters (created with CPython's default filters on first use).
ListObject* warning_filters(VM&);
/// warnings._onceregistry.
DictObject* warning_once_registry(VM&);

/// PyErr_WarnEx: warns with `category` and `message` attributed to the Python frame
/// `stacklevel` levels up (1 = the running Python code). Fails only when a filter says "error"
/// or printing fails.
Result<void> warn(VM&, Type* category, std::string_view message, int stacklevel = 1);
/// A warning attributed to a fixed location, for code that CPython runs as Python and minipy
/// natively (e.g. `<frozen importlib._bootstrap>`, line 1063).
Result<void> warn_at(VM&, Type* category, std::string_view message, std::string_view filename,
    int lineno, std::string_view module);
/// warnings.warn with a message object (a str or a Warning instance) and a category class.
Result<void> warn_object(VM&, Value message, Value category, int stacklevel);
/// warnings.warn_explicit.
Result<void> warn_explicit(
    VM&, Value message, Value category, Value filename, int lineno, Value module, Value registry);

/// Installs the -W options (sys.warnoptions order: later options take precedence), as
/// warnings._processoptions does; reports invalid ones on stderr ("Invalid -W option ignored").
void apply_warning_options(VM&, std::vector<std::string> const& options);

/// The filters changed: every warning registry starts afresh (warnings._filters_mutated).
void warning_filters_changed(VM&);

/// Adds a filter tuple (action, message, category, module, lineno) at the front or the end,
/// removing an equal one first (warnings._add_filter).
Result<void> add_warning_filter(VM&, Value filter, bool append);

} // namespace minipy
