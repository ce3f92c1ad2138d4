// str's searching, splitting and stripping methods: find/rfind/index/rindex/count, replace,
// startswith/endswith, split/rsplit/splitlines, partition/rpartition, strip/lstrip/rstrip,
// removeprefix/removesuffix, plus the byte-level search primitives bytes shares.
//
// Everything works on the UTF-8 bytes directly: a valid UTF-8 needle can only match at code
// point boundaries, so byte offsets are converted to code-point indices only at the edges
// (start/end arguments in, found positions out).
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/unicode_tables.hpp"

#include <boost/container/small_vector.hpp>

#include <cstring>
#include <vector>

namespace minipy {

// -- byte search primitives ----------------------------------------------------------------------

size_t find_bytes(std::string_view haystack, std::string_view needle, size_t from)
{
    if (from > haystack.size())
        return std::string_view::npos;
    if (needle.empty())
        return from;
    if (needle.size() == 1) {
        void const* hit = std::memchr(haystack.data() + from, needle[0], haystack.size() - from);
        return hit ? static_cast<size_t>(static_cast<char const*>(hit) - haystack.data())
                   : std::string_view::npos;
    }
    void const* hit
        = memmem(haystack.data() + from, haystack.size() - from, needle.data(), needle.size());
    return hit ? static_cast<size_t>(static_cast<char const*>(hit) - haystack.data())
               : std::string_view::npos;
}

size_t rfind_bytes(std::string_view haystack, std::string_view needle, size_t to)
{
    if (to > haystack.size())
        to = haystack.size();
    if (needle.size() > to)
        return std::string_view::npos;
    return haystack.substr(0, to).rfind(needle);
}

size_t count_bytes(std::string_view haystack, std::string_view needle, size_t max_count)
{
    if (needle.empty())
        return std::min(max_count, haystack.size() + 1);
    size_t count = 0;
    size_t pos = 0;
    while (count < max_count) {
        pos = find_bytes(haystack, needle, pos);
        if (pos == std::string_view::npos)
            break;
        ++count;
        pos += needle.size();
    }
    return count;
}

namespace {

Value new_str_value(VM& vm, std::string_view s)
{
    return vm.new_str(s)->value();
}

/// Whitespace in the sense of str.isspace / str.split().
inline bool is_space_cp(uint32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    return unicode::has(cp, unicode::SPACE);
}

/// Decodes the code point at byte `i`, storing its byte length in `len`.
inline uint32_t cp_at(std::string_view s, size_t i, size_t& len)
{
    auto const c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    char const* p = s.data() + i;
    uint32_t const cp = utf8_decode(p);
    len = static_cast<size_t>(p - (s.data() + i));
    return cp;
}

/// Byte index of the start of the code point that ends at byte `i` (i > 0).
inline size_t prev_start(std::string_view s, size_t i)
{
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        --i;
    return i;
}

/// Code-point index of byte offset `byte` in `self`.
inline int64_t cp_index(StrObject* self, size_t byte)
{
    if (self->is_ascii())
        return static_cast<int64_t>(byte);
    return static_cast<int64_t>(utf8_length(self->view().substr(0, byte)));
}

/// Byte offset of code-point index `index` (0 <= index <= length).
inline size_t byte_at(StrObject* self, int64_t index)
{
    return self->byte_offset(static_cast<size_t>(index));
}

/// Requires a str argument: TypeError "<prefix>must be str, not int".
Result<StrObject*> require_str(VM& vm, Value v, std::string_view prefix = {})
{
    if (!is_str(v))
        return vm.raise_type_error(std::string(prefix) + "must be str, not " + type_name(v));
    return as_str(v);
}

/// PyArg_ParseTuple-style count check: "find() takes at least 1 argument (0 given)".
Result<void> check_positional(
    VM& vm, CallArgs const& args, char const* name, size_t min, size_t max)
{
    TRY(reject_keywords(vm, args, (std::string("str.") + name).c_str()));
    size_t const given = args.count - 1;
    if (given < min)
        return vm.raise_type_error(std::string(name) + "() takes at least " + std::to_string(min)
            + " argument" + (min == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
    if (given > max)
        return vm.raise_type_error(std::string(name) + "() takes at most " + std::to_string(max)
            + " argument" + (max == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
    return {};
}

// -- find family ---------------------------------------------------------------------------------

enum class Direction : uint8_t { Forward, Backward };

/// The code-point index of `sub` within self[start:end] (or -1): the core of
/// find/index/rfind/rindex.
Result<int64_t> find_impl(VM& vm, CallArgs const& args, char const* name, Direction direction)
{
    TRY(check_positional(vm, args, name, 1, 3));
    StrObject* self = as_str(args.args[0]);
    StrObject* sub = TRY(require_str(vm, args.args[1]));
    int64_t start = 0;
    int64_t end = INT64_MAX;
    TRY(parse_start_end(vm, args.count > 2 ? args.args[2] : Value(),
        args.count > 3 ? args.args[3] : Value(), start, end));
    auto const length = static_cast<int64_t>(self->length());
    adjust_indices(start, end, length);
    if (end - start < static_cast<int64_t>(sub->length()))
        return int64_t(-1);
    size_t const from = byte_at(self, start);
    size_t const to = byte_at(self, end);
    std::string_view window = self->view().substr(0, to);
    size_t const pos = direction == Direction::Forward ? find_bytes(window, sub->view(), from)
                                                       : rfind_bytes(window, sub->view(), to);
    if (pos == std::string_view::npos || pos < from)
        return int64_t(-1);
    return cp_index(self, pos);
}

Result<Value> str_find(VM& vm, CallArgs const& args)
{
    STR_SELF("find");
    (void)self;
    return vm.new_int(TRY(find_impl(vm, args, "find", Direction::Forward)));
}

Result<Value> str_rfind(VM& vm, CallArgs const& args)
{
    STR_SELF("rfind");
    (void)self;
    return vm.new_int(TRY(find_impl(vm, args, "rfind", Direction::Backward)));
}

Result<Value> str_index(VM& vm, CallArgs const& args)
{
    STR_SELF("index");
    (void)self;
    int64_t const r = TRY(find_impl(vm, args, "index", Direction::Forward));
    if (r < 0)
        return vm.raise_value_error("substring not found");
    return vm.new_int(r);
}

Result<Value> str_rindex(VM& vm, CallArgs const& args)
{
    STR_SELF("rindex");
    (void)self;
    int64_t const r = TRY(find_impl(vm, args, "rindex", Direction::Backward));
    if (r < 0)
        return vm.raise_value_error("substring not found");
    return vm.new_int(r);
}

Result<Value> str_count(VM& vm, CallArgs const& args)
{
    STR_SELF("count");
    TRY(check_positional(vm, args, "count", 1, 3));
    StrObject* sub = TRY(require_str(vm, args.args[1]));
    int64_t start = 0;
    int64_t end = INT64_MAX;
    TRY(parse_start_end(vm, args.count > 2 ? args.args[2] : Value(),
        args.count > 3 ? args.args[3] : Value(), start, end));
    adjust_indices(start, end, static_cast<int64_t>(self->length()));
    if (end < start)
        return Value::small_int(0);
    if (sub->byte_length() == 0)
        return vm.new_int(end - start + 1);
    size_t const from = byte_at(self, start);
    size_t const to = byte_at(self, end);
    return vm.new_int(static_cast<int64_t>(
        count_bytes(self->view().substr(from, to - from), sub->view(), SIZE_MAX)));
}

// -- replace -------------------------------------------------------------------------------------

Result<Value> str_replace(VM& vm, CallArgs const& args)
{
    STR_SELF("replace");
    TRY(reject_keywords(vm, args, "str.replace"));
    if (args.count < 3 || args.count > 4)
        TRY(check_arg_count(vm, args, "replace", 2, 3, true));
    if (!is_str(args.args[1]))
        return vm.raise_type_error(
            "replace() argument 1 must be str, not " + type_name(args.args[1]));
    if (!is_str(args.args[2]))
        return vm.raise_type_error(
            "replace() argument 2 must be str, not " + type_name(args.args[2]));
    std::string_view const old_s = as_str(args.args[1])->view();
    std::string_view const new_s = as_str(args.args[2])->view();
    int64_t max_count = -1;
    if (args.count == 4)
        max_count = TRY(index_arg(vm, args.args[3]));
    size_t const limit = max_count < 0 ? SIZE_MAX : static_cast<size_t>(max_count);
    std::string_view const data = self->view();
    if (limit == 0)
        return exact_str(vm, self);
    std::string out;
    if (old_s.empty()) {
        // Insert `new` before every code point and at the end, up to `limit` times.
        size_t done = 0;
        size_t i = 0;
        out.reserve(data.size() + new_s.size() * std::min<size_t>(limit, self->length() + 1));
        while (i < data.size()) {
            if (done < limit) {
                out += new_s;
                ++done;
            }
            size_t len;
            cp_at(data, i, len);
            out.append(data.substr(i, len));
            i += len;
        }
        if (done < limit)
            out += new_s;
        return vm.new_str(std::move(out))->value();
    }
    size_t pos = find_bytes(data, old_s, 0);
    if (pos == std::string_view::npos)
        return exact_str(vm, self);
    size_t last = 0;
    size_t done = 0;
    out.reserve(data.size());
    while (pos != std::string_view::npos && done < limit) {
        out.append(data.substr(last, pos - last));
        out += new_s;
        last = pos + old_s.size();
        ++done;
        pos = find_bytes(data, old_s, last);
    }
    out.append(data.substr(last));
    return vm.new_str(std::move(out))->value();
}

// -- startswith / endswith -----------------------------------------------------------------------

Result<Value> starts_ends_with(VM& vm, CallArgs const& args, char const* name, bool ends)
{
    TRY(check_positional(vm, args, name, 1, 3));
    StrObject* self = as_str(args.args[0]);
    int64_t start = 0;
    int64_t end = INT64_MAX;
    TRY(parse_start_end(vm, args.count > 2 ? args.args[2] : Value(),
        args.count > 3 ? args.args[3] : Value(), start, end));
    auto const length = static_cast<int64_t>(self->length());
    adjust_indices(start, end, length);
    auto matches = [&](StrObject* affix) {
        auto const n = static_cast<int64_t>(affix->length());
        if (start > length || end - start < n)
            return false;
        size_t const from = byte_at(self, start);
        size_t const to = byte_at(self, end);
        std::string_view window = self->view().substr(from, to - from);
        return ends ? window.ends_with(affix->view()) : window.starts_with(affix->view());
    };
    Value arg = args.args[1];
    if (VM::is_instance_of(arg, types::tuple)) {
        auto* tuple = static_cast<TupleObject*>(arg.as_object());
        for (size_t i = 0; i < tuple->size(); ++i) {
            if (!is_str(tuple->at(i)))
                return vm.raise_type_error(std::string("tuple for ") + name
                    + " must only contain str, not " + type_name(tuple->at(i)));
            if (matches(as_str(tuple->at(i))))
                return py_true;
        }
        return py_false;
    }
    if (!is_str(arg))
        return vm.raise_type_error(
            std::string(name) + " first arg must be str or a tuple of str, not " + type_name(arg));
    return py_bool(matches(as_str(arg)));
}

Result<Value> str_startswith(VM& vm, CallArgs const& args)
{
    STR_SELF("startswith");
    (void)self;
    return starts_ends_with(vm, args, "startswith", false);
}

Result<Value> str_endswith(VM& vm, CallArgs const& args)
{
    STR_SELF("endswith");
    (void)self;
    return starts_ends_with(vm, args, "endswith", true);
}

// -- split family --------------------------------------------------------------------------------

/// Binds (sep=None, maxsplit=-1) for split/rsplit.
Result<void> split_args(
    VM& vm, CallArgs const& args, char const* name, StrObject*& sep, int64_t& maxsplit)
{
    Value bound[2];
    if (!args.kwnames && args.count <= 3) {
        // Positional arguments only (the usual call): nothing to bind by name.
        for (size_t i = 1; i < args.count; ++i)
            bound[i - 1] = args.args[i];
    } else {
        TRY(bind_args(vm, args, name, {"sep", "maxsplit"}, 0, 0, bound, true));
    }
    sep = nullptr;
    if (!bound[0].is_empty() && !bound[0].is(py_none)) {
        if (!is_str(bound[0]))
            return vm.raise_type_error("must be str or None, not " + type_name(bound[0]));
        sep = as_str(bound[0]);
        if (sep->byte_length() == 0)
            return vm.raise_value_error("empty separator");
    }
    maxsplit = -1;
    if (!bound[1].is_empty())
        maxsplit = TRY(index_arg(vm, bound[1]));
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    return {};
}

Result<Value> str_split(VM& vm, CallArgs const& args)
{
    STR_SELF("split");
    StrObject* sep;
    int64_t maxsplit;
    TRY(split_args(vm, args, "split", sep, maxsplit));
    std::string_view const s = self->view();
    ListObject* list = vm.new_list();
    size_t const n = s.size();
    if (!sep && self->is_ascii()) {
        // split_whitespace over bytes: for ASCII text every byte is a code point.
        size_t i = 0;
        while (maxsplit-- > 0) {
            while (i < n && is_space_cp(uint8_t(s[i])))
                ++i;
            if (i == n)
                break;
            size_t const j = i;
            while (i < n && !is_space_cp(uint8_t(s[i])))
                ++i;
            if (j == 0 && i == n && self->type() == types::str) {
                list->append(self->value());
                return list->value();
            }
            list->append(new_str_part(vm, self, s.substr(j, i - j))->value());
        }
        if (i < n) {
            while (i < n && is_space_cp(uint8_t(s[i])))
                ++i;
            if (i != n)
                list->append(new_str_part(vm, self, s.substr(i))->value());
        }
        return list->value();
    }
    if (!sep) {
        // Objects/stringlib/split.h split_whitespace.
        size_t i = 0;
        size_t len = 0;
        while (maxsplit-- > 0) {
            while (i < n && is_space_cp(cp_at(s, i, len)))
                i += len;
            if (i == n)
                break;
            size_t const j = i;
            while (i < n && !is_space_cp(cp_at(s, i, len)))
                i += len;
            if (j == 0 && i == n && self->type() == types::str) {
                list->append(self->value());
                return list->value();
            }
            list->append(new_str_part(vm, self, s.substr(j, i - j))->value());
        }
        if (i < n) {
            while (i < n && is_space_cp(cp_at(s, i, len)))
                i += len;
            if (i != n)
                list->append(new_str_part(vm, self, s.substr(i))->value());
        }
        return list->value();
    }
    std::string_view const needle = sep->view();
    size_t i = 0;
    while (maxsplit-- > 0) {
        size_t const pos = find_bytes(s, needle, i);
        if (pos == std::string_view::npos)
            break;
        list->append(new_str_part(vm, self, s.substr(i, pos - i))->value());
        i = pos + needle.size();
    }
    if (i == 0 && self->type() == types::str)
        list->append(self->value());
    else
        list->append(new_str_part(vm, self, s.substr(i))->value());
    return list->value();
}

Result<Value> str_rsplit(VM& vm, CallArgs const& args)
{
    STR_SELF("rsplit");
    StrObject* sep;
    int64_t maxsplit;
    TRY(split_args(vm, args, "rsplit", sep, maxsplit));
    std::string_view const s = self->view();
    std::vector<std::string_view> parts;
    if (!sep) {
        // Objects/stringlib/split.h rsplit_whitespace, walking code points backwards.
        size_t i = s.size();
        size_t len = 0;
        auto space_before = [&](size_t at) {
            size_t const p = prev_start(s, at);
            return is_space_cp(cp_at(s, p, len));
        };
        while (maxsplit-- > 0) {
            while (i > 0 && space_before(i))
                i = prev_start(s, i);
            if (i == 0)
                break;
            size_t const j = i;
            while (i > 0 && !space_before(i))
                i = prev_start(s, i);
            parts.push_back(s.substr(i, j - i));
        }
        if (i > 0) {
            while (i > 0 && space_before(i))
                i = prev_start(s, i);
            if (i > 0)
                parts.push_back(s.substr(0, i));
        }
    } else {
        std::string_view const needle = sep->view();
        size_t j = s.size();
        while (maxsplit-- > 0) {
            size_t const pos = rfind_bytes(s, needle, j);
            if (pos == std::string_view::npos)
                break;
            parts.push_back(s.substr(pos + needle.size(), j - pos - needle.size()));
            j = pos;
        }
        parts.push_back(s.substr(0, j));
    }
    ListObject* list = vm.new_list(parts.size());
    for (size_t k = parts.size(); k-- > 0;) {
        if (parts[k].size() == s.size() && self->type() == types::str)
            list->append(self->value());
        else
            list->append(new_str_value(vm, parts[k]));
    }
    return list->value();
}

/// Length in bytes of the line break starting at byte `i` (0 if none): \n \r \r\n \v \f \x1c
/// \x1d \x1e \x85 \u2028 \u2029 (Py_UNICODE_ISLINEBREAK).
inline size_t line_break_at(std::string_view s, size_t i)
{
    auto const c = static_cast<unsigned char>(s[i]);
    switch (c) {
    case '\n':
    case 0x0B:
    case 0x0C:
    case 0x1C:
    case 0x1D:
    case 0x1E:
        return 1;
    case '\r':
        return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    case 0xC2:
        return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85 ? 2 : 0;
    case 0xE2:
        return i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80
                && (static_cast<unsigned char>(s[i + 2]) == 0xA8
                    || static_cast<unsigned char>(s[i + 2]) == 0xA9)
            ? 3
            : 0;
    default:
        return 0;
    }
}

Result<Value> str_splitlines(VM& vm, CallArgs const& args)
{
    STR_SELF("splitlines");
    Value bound[1];
    TRY(bind_args(vm, args, "splitlines", {"keepends"}, 0, 0, bound, true));
    bool keepends = false;
    if (!bound[0].is_empty())
        keepends = TRY(index_arg(vm, bound[0])) != 0;
    std::string_view const s = self->view();
    ListObject* list = vm.new_list();
    size_t i = 0;
    size_t const n = s.size();
    while (i < n) {
        size_t const start = i;
        size_t brk = 0;
        while (i < n && (brk = line_break_at(s, i)) == 0)
            ++i;
        size_t const eol = i;
        if (i < n)
            i += brk;
        size_t const stop = keepends ? i : eol;
        if (start == 0 && stop == n && self->type() == types::str)
            list->append(self->value());
        else
            list->append(new_str_value(vm, s.substr(start, stop - start)));
    }
    return list->value();
}

Result<Value> partition_impl(VM& vm, CallArgs const& args, char const* name, Direction direction)
{
    StrObject* self = as_str(args.args[0]);
    TRY(check_arg_count(vm, args, (std::string("str.") + name).c_str(), 1, 1, true));
    StrObject* sep = TRY(require_str(vm, args.args[1]));
    if (sep->byte_length() == 0)
        return vm.raise_value_error("empty separator");
    std::string_view const s = self->view();
    size_t const pos = direction == Direction::Forward ? find_bytes(s, sep->view(), 0)
                                                       : rfind_bytes(s, sep->view(), s.size());
    Value empty = vm.new_str(std::string_view())->value();
    Value whole = exact_str(vm, self);
    if (pos == std::string_view::npos) {
        if (direction == Direction::Forward)
            return vm.new_tuple({whole, empty, empty})->value();
        return vm.new_tuple({empty, empty, whole})->value();
    }
    Value head = new_str_value(vm, s.substr(0, pos));
    Value tail = new_str_value(vm, s.substr(pos + sep->byte_length()));
    return vm.new_tuple({head, exact_str(vm, sep), tail})->value();
}

Result<Value> str_partition(VM& vm, CallArgs const& args)
{
    STR_SELF("partition");
    (void)self;
    return partition_impl(vm, args, "partition", Direction::Forward);
}

Result<Value> str_rpartition(VM& vm, CallArgs const& args)
{
    STR_SELF("rpartition");
    (void)self;
    return partition_impl(vm, args, "rpartition", Direction::Backward);
}

// -- strip ---------------------------------------------------------------------------------------

enum StripSides : uint8_t { Left = 1, Right = 2, Both = 3 };

Result<Value> strip_impl(VM& vm, CallArgs const& args, char const* name, StripSides sides)
{
    StrObject* self = as_str(args.args[0]);
    if (args.kwnames || args.count > 2)
        TRY(check_arg_count(vm, args, (std::string("str.") + name).c_str(), 0, 1, true));
    std::string_view const s = self->view();
    boost::container::small_vector<uint32_t, 8> chars;
    bool whitespace = true;
    if (args.count > 1 && !args.args[1].is(py_none)) {
        if (!is_str(args.args[1]))
            return vm.raise_type_error(std::string(name) + " arg must be None or str");
        whitespace = false;
        std::string_view set = as_str(args.args[1])->view();
        for (size_t i = 0, len = 0; i < set.size(); i += len)
            chars.push_back(cp_at(set, i, len));
    }
    auto strip_it = [&](uint32_t cp) {
        if (whitespace)
            return is_space_cp(cp);
        for (uint32_t c : chars) {
            if (c == cp)
                return true;
        }
        return false;
    };
    size_t begin = 0;
    size_t end = s.size();
    size_t len = 0;
    if (sides & Left) {
        while (begin < end && strip_it(cp_at(s, begin, len)))
            begin += len;
    }
    if (sides & Right) {
        while (end > begin) {
            size_t const p = prev_start(s, end);
            if (!strip_it(cp_at(s, p, len)))
                break;
            end = p;
        }
    }
    if (begin == 0 && end == s.size())
        return exact_str(vm, self);
    return new_str_value(vm, s.substr(begin, end - begin));
}

Result<Value> str_strip(VM& vm, CallArgs const& args)
{
    STR_SELF("strip");
    (void)self;
    return strip_impl(vm, args, "strip", Both);
}

Result<Value> str_lstrip(VM& vm, CallArgs const& args)
{
    STR_SELF("lstrip");
    (void)self;
    return strip_impl(vm, args, "lstrip", Left);
}

Result<Value> str_rstrip(VM& vm, CallArgs const& args)
{
    STR_SELF("rstrip");
    (void)self;
    return strip_impl(vm, args, "rstrip", Right);
}

Result<Value> str_removeprefix(VM& vm, CallArgs const& args)
{
    STR_SELF("removeprefix");
    TRY(check_arg_count(vm, args, "str.removeprefix", 1, 1, true));
    if (!is_str(args.args[1]))
        return vm.raise_type_error(
            "removeprefix() argument must be str, not " + type_name(args.args[1]));
    std::string_view prefix = as_str(args.args[1])->view();
    if (!prefix.empty() && self->view().starts_with(prefix))
        return new_str_value(vm, self->view().substr(prefix.size()));
    return exact_str(vm, self);
}

Result<Value> str_removesuffix(VM& vm, CallArgs const& args)
{
    STR_SELF("removesuffix");
    TRY(check_arg_count(vm, args, "str.removesuffix", 1, 1, true));
    if (!is_str(args.args[1]))
        return vm.raise_type_error(
            "removesuffix() argument must be str, not " + type_name(args.args[1]));
    std::string_view suffix = as_str(args.args[1])->view();
    if (!suffix.empty() && self->view().ends_with(suffix))
        return new_str_value(vm, self->view().substr(0, self->byte_length() - suffix.size()));
    return exact_str(vm, self);
}

} // namespace

void init_str_search_methods(VM& vm, DictObject* dict)
{
    vm.define_native(dict, "find", &str_find, types::str);
    vm.define_native(dict, "rfind", &str_rfind, types::str);
    vm.define_native(dict, "index", &str_index, types::str);
    vm.define_native(dict, "rindex", &str_rindex, types::str);
    vm.define_native(dict, "count", &str_count, types::str);
    vm.define_native(dict, "replace", &str_replace, types::str);
    vm.define_native(dict, "startswith", &str_startswith, types::str);
    vm.define_native(dict, "endswith", &str_endswith, types::str);
    vm.define_native(dict, "split", &str_split, types::str);
    vm.define_native(dict, "rsplit", &str_rsplit, types::str);
    vm.define_native(dict, "splitlines", &str_splitlines, types::str);
    vm.define_native(dict, "partition", &str_partition, types::str);
    vm.define_native(dict, "rpartition", &str_rpartition, types::str);
    vm.define_native(dict, "strip", &str_strip, types::str);
    vm.define_native(dict, "lstrip", &str_lstrip, types::str);
    vm.define_native(dict, "rstrip", &str_rstrip, types::str);
    vm.define_native(dict, "removeprefix", &str_removeprefix, types::str);
    vm.define_native(dict, "removesuffix", &str_removesuffix, types::str);
}

} // namespace minipy
