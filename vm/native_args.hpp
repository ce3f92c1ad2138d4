// Helpers for native functions to check and unpack their arguments with CPython's messages.
#pragma once

#include "vm/objects/function_object.hpp"
#include "vm/result.hpp"

#include <initializer_list>

namespace minipy {

class VM;

/// Fails with TypeError "<name>() takes no keyword arguments" if any keyword was passed.
Result<void> reject_keywords(VM&, CallArgs const&, char const* name);

/// Checks min <= positional count <= max (max = SIZE_MAX for unbounded) and no keywords, with
/// CPython's wording for built-ins: "len() takes exactly one argument (2 given)",
/// "pop expected at most 1 argument, got 2", "get expected at least 1 argument, got 0",
/// "f() takes no arguments (1 given)". `name` is what CPython prints for the keyword and
/// one/zero-argument forms: the qualified name for methods ("list.append" gives
/// "list.append() takes exactly one argument (0 given)", "list.pop() takes no keyword
/// arguments"); the "expected" forms drop the qualifier ("pop expected at most 1 argument,
/// got 2"), as CPython does. For methods the self argument counts as positional arg 0 and is
/// excluded from the counts (pass is_method = true).
Result<void> check_arg_count(
    VM&, CallArgs const&, char const* name, size_t min, size_t max, bool is_method = false);

/// Binds positional and keyword arguments to `names` (in order); unbound optional parameters
/// stay empty. `required` leading names must be bound: TypeError
/// "name() missing required argument 'x' (pos 1)", unknown keyword (CPython 3.11's Argument
/// Clinic wording): "'k' is an invalid keyword argument for name()", duplicates:
/// "argument for name() given by name ('x') and position (1)". `positional_only` leading names
/// cannot be passed by keyword. `out` must have names.size() slots.
Result<void> bind_args(VM&, CallArgs const&, char const* name,
    std::initializer_list<char const*> names, size_t required, size_t positional_only, Value* out,
    bool is_method = false);

/// bind_args for signatures with keyword-only parameters: the last `keyword_only` names can
/// only be passed by keyword ("sort() takes no positional arguments",
/// "to_bytes() takes at most 2 positional arguments (3 given)"). Unknown keywords give
/// CPython's "'k' is an invalid keyword argument for name()". `name` may be qualified
/// ("list.sort"); messages print the bare name as Argument Clinic does.
Result<void> bind_args_kwonly(VM&, CallArgs const&, char const* name,
    std::initializer_list<char const*> names, size_t required, size_t positional_only,
    size_t keyword_only, Value* out, bool is_method = false);

} // namespace minipy
