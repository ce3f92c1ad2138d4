// Helpers shared by the files that implement str's methods (str_methods.cpp, str_search.cpp,
// str_case.cpp, str_format.cpp) and bytes; internal to vm/objects.
#pragma once

#include "vm/objects/sequence_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/result.hpp"
#include "vm/vm.hpp"

#include <string>
#include <string_view>

namespace minipy {

class DictObject;

/// True for str and instances of its subclasses.
inline bool is_str(Value v)
{
    return v.is_object()
        && (v.as_object()->type() == types::str || VM::is_instance_of(v, types::str));
}

/// The StrObject behind `v`. Precondition: is_str(v).
inline StrObject* as_str(Value v)
{
    return static_cast<StrObject*>(v.as_object());
}

/// The hash of a byte string (str and bytes share it); never -1.
int64_t hash_bytes(std::string_view data);

/// The number of code points in UTF-8 text.
size_t utf8_length(std::string_view text);

/// True if `cp` is printable in the sense of str.isprintable / repr.
bool is_printable_code_point(uint32_t cp);

/// Appends repr(text) (quotes included) to `out`; `ascii_only` escapes every non-ASCII code
/// point as ascii() does.
void append_str_repr(std::string& out, std::string_view text, bool ascii_only);

/// Python's adjustment of (start, end) arguments against a sequence of `length` items, as
/// `slice(start, end).indices(length)` with step 1 but without clamping start > end.
void adjust_indices(int64_t& start, int64_t& end, int64_t length);

/// Parses the optional `start`/`end` arguments of find/count/startswith... (None = default).
Result<void> parse_start_end(VM&, Value start_arg, Value end_arg, int64_t& start, int64_t& end);

/// str.__mod__ (printf-style formatting).
Result<Value> str_percent_format(VM&, StrObject* format, Value args);
/// The printf-style engine: the text of `format % args`.
Result<std::string> percent_format(VM&, std::string_view format, Value args);

/// Registers the methods of each str implementation file in str's dict.
void init_str_search_methods(VM&, DictObject* dict);
void init_str_case_methods(VM&, DictObject* dict);
void init_str_format_methods(VM&, DictObject* dict);
void init_bytes_type(VM&);

/// Byte-string search primitives (memmem-based) shared by str and bytes.
size_t find_bytes(std::string_view haystack, std::string_view needle, size_t from);
size_t rfind_bytes(std::string_view haystack, std::string_view needle, size_t to);
size_t count_bytes(std::string_view haystack, std::string_view needle, size_t max_count);

} // namespace minipy

namespace minipy {

namespace types {
extern Type* str_iterator; ///< iterator over a non-ASCII str
extern Type* str_ascii_iterator; ///< iterator over an all-ASCII str (CPython 3.11's name)
extern Type* bytes_iterator;
} // namespace types

/// TypeError "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object" (or
/// "unbound method str.upper() needs an argument" when called with no arguments at all).
Error raise_descriptor_error(VM&, CallArgs const&, char const* method, char const* type_name);

/// A str result: `self` itself when `text` is unchanged and self is an exact str, else a new str.
inline Value str_result(VM& vm, StrObject* self, std::string&& text)
{
    if (self->type() == types::str && text.size() == self->byte_length() && text == self->view())
        return self->value();
    return vm.new_str(std::move(text))->value();
}

/// Returns `self` if it is an exact str, otherwise an exact-str copy of it.
inline Value exact_str(VM& vm, StrObject* self)
{
    if (self->type() == types::str)
        return self->value();
    return vm.new_str(self->view())->value();
}

/// Converts an integer argument (with __index__) to int64, as CPython's "n" format does:
/// TypeError "'float' object cannot be interpreted as an integer", OverflowError for huge ints.
Result<int64_t> index_arg(VM&, Value v);

} // namespace minipy

/// Checks that args[0] is a str and binds it to `self` (StrObject*).
#define STR_SELF(method)                                                                           \
    if (args.count == 0 || !::minipy::is_str(args.args[0])) [[unlikely]]                           \
        return ::minipy::raise_descriptor_error(vm, args, method, "str");                          \
    ::minipy::StrObject* self = ::minipy::as_str(args.args[0])
