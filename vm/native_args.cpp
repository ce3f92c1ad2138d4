// Argument checking for native functions, reproducing CPython 3.11's messages word for word.
//
// CPython has three families of argument errors for built-ins, and which one a function shows
// depends on how it is declared in C:
//   METH_O / METH_NOARGS:   "list.append() takes exactly one argument (0 given)" (qualified name)
//   PyArg_UnpackTuple:      "pop expected at most 1 argument, got 2"            (bare name)
//   Argument Clinic (kw):   "round() missing required argument 'number' (pos 1)" (bare name)
// and "list.pop() takes no keyword arguments" always uses the qualified name. Callers therefore
// pass the qualified name ("list.pop") and each message picks the form CPython prints.
#include "vm/native_args.hpp"

#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <cstring>
#include <string>

namespace minipy {

namespace {

size_t keyword_count_of(CallArgs const& args)
{
    return args.kwnames ? args.kwnames->size() : 0;
}

/// The name without its "type." qualifier, as PyArg_UnpackTuple-style messages print it.
std::string_view bare_name(char const* name)
{
    char const* dot = std::strrchr(name, '.');
    return dot ? std::string_view(dot + 1) : std::string_view(name);
}

char const* plural(size_t n)
{
    return n == 1 ? "" : "s";
}

StrObject* keyword_at(CallArgs const& args, size_t i)
{
    return static_cast<StrObject*>(args.kwnames->at(i).as_object());
}

} // namespace

Result<void> reject_keywords(VM& vm, CallArgs const& args, char const* name)
{
    if (keyword_count_of(args) == 0)
        return {};
    return vm.raise_type_error(std::string(name) + "() takes no keyword arguments");
}

Result<void> check_arg_count(
    VM& vm, CallArgs const& args, char const* name, size_t min, size_t max, bool is_method)
{
    size_t keywords = keyword_count_of(args);
    if (keywords != 0) [[unlikely]]
        return reject_keywords(vm, args, name);
    size_t given = args.count - (is_method ? 1 : 0);
    if (given >= min && given <= max) [[likely]]
        return {};

    std::string message;
    if (min == 0 && max == 0) {
        message = std::string(name) + "() takes no arguments (" + std::to_string(given) + " given)";
    } else if (min == 1 && max == 1) {
        message = std::string(name) + "() takes exactly one argument (" + std::to_string(given)
            + " given)";
    } else {
        message = bare_name(name);
        if (min == max)
            message += " expected " + std::to_string(min) + " argument" + plural(min);
        else if (given < min)
            message += " expected at least " + std::to_string(min) + " argument" + plural(min);
        else
            message += " expected at most " + std::to_string(max) + " argument" + plural(max);
        message += ", got " + std::to_string(given);
    }
    return vm.raise_type_error(message);
}

Result<void> bind_args(VM& vm, CallArgs const& args, char const* name,
    std::initializer_list<char const*> names, size_t required, size_t positional_only, Value* out,
    bool is_method)
{
    return bind_args_kwonly(vm, args, name, names, required, positional_only, 0, out, is_method);
}

// Follows _PyArg_UnpackKeywords (Python/getargs.c, 3.11) check by check, so that the first
// error CPython would report is the one reported here.
Result<void> bind_args_kwonly(VM& vm, CallArgs const& args, char const* name,
    std::initializer_list<char const*> names, size_t required, size_t positional_only,
    size_t keyword_only, Value* out, bool is_method)
{
    size_t const skip = is_method ? 1 : 0;
    size_t const nkw = keyword_count_of(args);
    size_t const nargs = args.count - nkw - skip;
    size_t const maxargs = names.size();
    size_t const maxpos = maxargs - keyword_only;
    char const* const* param = names.begin();
    Value const* positional = args.args + skip;
    Value const* keyword_values = args.args + (args.count - nkw);
    std::string fname = std::string(bare_name(name)) + "()";

    // Fast path: positional arguments only, within bounds.
    if (nkw == 0 && nargs >= required && nargs <= maxpos) [[likely]] {
        for (size_t i = 0; i < nargs; ++i)
            out[i] = positional[i];
        for (size_t i = nargs; i < maxargs; ++i)
            out[i] = Value();
        return {};
    }

    if (nargs + nkw > maxargs) {
        return vm.raise_type_error(fname + " takes at most " + std::to_string(maxargs) + " "
            + (nargs == 0 ? "keyword " : "") + "argument" + plural(maxargs) + " ("
            + std::to_string(nargs + nkw) + " given)");
    }
    size_t const minpos = std::min(required, maxpos);
    size_t const minposonly = std::min(positional_only, minpos);
    if (nargs > maxpos) {
        if (maxpos == 0)
            return vm.raise_type_error(fname + " takes no positional arguments");
        return vm.raise_type_error(fname + " takes "
            + (minposonly < maxpos ? "at most " : "exactly ") + std::to_string(maxpos)
            + " positional argument" + plural(maxpos) + " (" + std::to_string(nargs) + " given)");
    }
    if (nargs < minposonly) {
        return vm.raise_type_error(fname + " takes "
            + (minposonly < maxpos ? "at least " : "exactly ") + std::to_string(minposonly)
            + " positional argument" + plural(minposonly) + " (" + std::to_string(nargs)
            + " given)");
    }

    for (size_t i = 0; i < nargs; ++i)
        out[i] = positional[i];
    size_t unused_keywords = nkw;
    for (size_t i = nargs; i < maxargs; ++i) {
        out[i] = Value();
        if (i >= positional_only) {
            for (size_t k = 0; k < nkw; ++k) {
                if (keyword_at(args, k)->view() == param[i]) {
                    out[i] = keyword_values[k];
                    --unused_keywords;
                    break;
                }
            }
        }
        if (out[i].is_empty() && i < required) {
            return vm.raise_type_error(fname + " missing required argument '" + param[i] + "' (pos "
                + std::to_string(i + 1) + ")");
        }
    }
    if (unused_keywords == 0)
        return {};

    for (size_t i = positional_only; i < nargs; ++i) {
        for (size_t k = 0; k < nkw; ++k) {
            if (keyword_at(args, k)->view() == param[i]) {
                return vm.raise_type_error("argument for " + fname + " given by name ('" + param[i]
                    + "') and position (" + std::to_string(i + 1) + ")");
            }
        }
    }
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view keyword = keyword_at(args, k)->view();
        bool known = false;
        for (size_t i = positional_only; i < maxargs && !known; ++i)
            known = keyword == param[i];
        if (!known)
            return vm.raise_type_error(
                "'" + std::string(keyword) + "' is an invalid keyword argument for " + fname);
    }
    // Unreachable in practice (a keyword both known and unused would have been bound).
    return vm.raise_type_error(fname + " got multiple values for a keyword argument");
}

} // namespace minipy
