// str's type object: construction, repr, the operators and sequence protocol, iteration,
// __format__, join and encode. The other methods live in str_search.cpp (searching, splitting,
// stripping), str_case.cpp (case mapping, predicates, padding) and str_format.cpp (% and format).
#include "vm/format_spec.hpp"
#include "vm/init.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/bytes_object.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/slice_object.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/unicode_tables.hpp"

#include <cstring>
#include <vector>

namespace minipy {

namespace types {
Type* str_iterator = nullptr;
Type* str_ascii_iterator = nullptr;
} // namespace types

// -- shared helpers -------------------------------------------------------------------------------

size_t utf8_length(std::string_view text)
{
    size_t n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool is_printable_code_point(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp != 0x7F;
    if (cp > 0x10FFFF)
        return false;
    return unicode::has(cp, unicode::PRINTABLE);
}

namespace {

char const hex_digits[] = "0123456789abcdef";

void append_escape(std::string& out, uint32_t cp)
{
    if (cp <= 0xFF) {
        out += "\\x";
        out.push_back(hex_digits[cp >> 4]);
        out.push_back(hex_digits[cp & 15]);
    } else if (cp <= 0xFFFF) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out.push_back(hex_digits[(cp >> shift) & 15]);
    } else {
        out += "\\U";
        for (int shift = 28; shift >= 0; shift -= 4)
            out.push_back(hex_digits[(cp >> shift) & 15]);
    }
}

} // namespace

// Objects/unicodeobject.c unicode_repr: single quotes unless the text contains ' and no ".
void append_str_repr(std::string& out, std::string_view text, bool ascii_only)
{
    bool has_single = false;
    bool has_double = false;
    for (char c : text) {
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    char const quote = has_single && !has_double ? '"' : '\'';
    out.reserve(out.size() + text.size() + 2);
    out.push_back(quote);
    char const* p = text.data();
    char const* const end = p + text.size();
    while (p < end) {
        auto const c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            ++p;
            if (c == static_cast<unsigned char>(quote) || c == '\\') {
                out.push_back('\\');
                out.push_back(static_cast<char>(c));
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < 0x20 || c == 0x7F) {
                append_escape(out, c);
            } else {
                out.push_back(static_cast<char>(c));
            }
            continue;
        }
        char const* start = p;
        uint32_t const cp = utf8_decode(p);
        if (!ascii_only && is_printable_code_point(cp))
            out.append(start, p);
        else
            append_escape(out, cp);
    }
    out.push_back(quote);
}

Error raise_descriptor_error(
    VM& vm, CallArgs const& args, char const* method, char const* type_name)
{
    if (args.count == 0)
        return vm.raise_type_error(
            std::string("unbound method ") + type_name + "." + method + "() needs an argument");
    return vm.raise_type_error(std::string("descriptor '") + method + "' for '" + type_name
        + "' objects doesn't apply to a '" + minipy::type_name(args.args[0]) + "' object");
}

Result<int64_t> index_arg(VM& vm, Value v)
{
    if (v.is_small_int())
        return v.as_small_int();
    return vm.to_index(v);
}

void adjust_indices(int64_t& start, int64_t& end, int64_t length)
{
    if (end > length)
        end = length;
    else if (end < 0) {
        end += length;
        if (end < 0)
            end = 0;
    }
    if (start < 0) {
        start += length;
        if (start < 0)
            start = 0;
    }
}

namespace {

/// A slice bound or find() start/end: an int clamped to int64, None, or an __index__ object.
Result<bool> clamped_index(VM& vm, Value v, int64_t& out)
{
    if (v.is_small_int()) {
        out = v.as_small_int();
        return true;
    }
    if (v.is(py_none))
        return false;
    if (is_int(v)) {
        if (!int_fits_int64(v, out))
            out = int_sign(v) < 0 ? INT64_MIN + 1 : INT64_MAX;
        return true;
    }
    if (!vm.lookup_special(v, vm.names.__index__).is_empty()) {
        Value r = TRY(vm.call_method(v, vm.names.__index__, {}));
        if (!int_fits_int64(r, out))
            out = int_sign(r) < 0 ? INT64_MIN + 1 : INT64_MAX;
        return true;
    }
    return vm.raise_type_error(
        "slice indices must be integers or None or have an __index__ method");
}

} // namespace

Result<void> parse_start_end(VM& vm, Value start_arg, Value end_arg, int64_t& start, int64_t& end)
{
    if (!start_arg.is_empty())
        TRY(clamped_index(vm, start_arg, start));
    if (!end_arg.is_empty())
        TRY(clamped_index(vm, end_arg, end));
    return {};
}

namespace {

Value new_str_value(VM& vm, std::string&& s)
{
    return vm.new_str(std::move(s))->value();
}

/// The largest str minipy agrees to build; beyond it "repeated string is too long" style
/// errors are raised instead of attempting a huge allocation.
constexpr uint64_t max_str_bytes = uint64_t(1) << 34;

// -- construction --------------------------------------------------------------------------------

Result<Value> str_new(VM& vm, CallArgs const& args)
{
    Value bound[3];
    TRY(bind_args(vm, args, "str", {"object", "encoding", "errors"}, 0, 0, bound, true));
    auto* type = static_cast<Type*>(args.args[0].as_object());
    StrObject* result;
    if (bound[1].is_empty() && bound[2].is_empty()) {
        if (bound[0].is_empty())
            result = vm.new_str(std::string_view());
        else
            result = TRY(vm.str(bound[0]));
    } else {
        std::string_view encoding = "utf-8";
        std::string_view errors = "strict";
        if (!bound[1].is_empty()) {
            if (!is_str(bound[1]))
                return vm.raise_type_error(
                    "str() argument 'encoding' must be str, not " + type_name(bound[1]));
            encoding = as_str(bound[1])->view();
        }
        if (!bound[2].is_empty()) {
            if (!is_str(bound[2]))
                return vm.raise_type_error(
                    "str() argument 'errors' must be str, not " + type_name(bound[2]));
            errors = as_str(bound[2])->view();
        }
        Value object = bound[0];
        if (object.is_empty())
            result = vm.new_str(std::string_view());
        else if (is_bytes(object))
            result = TRY(decode_bytes(
                vm, static_cast<BytesObject*>(object.as_object())->view(), encoding, errors));
        else if (is_str(object))
            return vm.raise_type_error("decoding str is not supported");
        else
            return vm.raise_type_error(
                "decoding to str: need a bytes-like object, " + type_name(object) + " found");
    }
    if (type == types::str)
        return result->value();
    // A subclass instance: same layout, the subclass as its type.
    auto* instance = vm.make<StrObject>(result->data());
    instance->set_type(type);
    return instance->value();
}

// -- conversions ---------------------------------------------------------------------------------

Result<Value> str_repr(VM& vm, CallArgs const& args)
{
    STR_SELF("__repr__");
    TRY(check_arg_count(vm, args, "str.__repr__", 0, 0, true));
    std::string out;
    append_str_repr(out, self->view(), false);
    return new_str_value(vm, std::move(out));
}

Result<Value> str_str(VM& vm, CallArgs const& args)
{
    STR_SELF("__str__");
    TRY(check_arg_count(vm, args, "str.__str__", 0, 0, true));
    return exact_str(vm, self);
}

Result<Value> str_hash(VM& vm, CallArgs const& args)
{
    STR_SELF("__hash__");
    TRY(check_arg_count(vm, args, "str.__hash__", 0, 0, true));
    return vm.new_int(self->hash());
}

Result<Value> str_len(VM& vm, CallArgs const& args)
{
    STR_SELF("__len__");
    TRY(check_arg_count(vm, args, "str.__len__", 0, 0, true));
    return vm.new_int(static_cast<int64_t>(self->length()));
}

Result<Value> str_format_dunder(VM& vm, CallArgs const& args)
{
    STR_SELF("__format__");
    TRY(check_arg_count(vm, args, "__format__", 1, 1, true));
    Value spec_value = args.args[1];
    if (!is_str(spec_value))
        return vm.raise_type_error(
            "__format__() argument must be str, not " + type_name(spec_value));
    std::string_view spec_text = as_str(spec_value)->view();
    if (spec_text.empty())
        return exact_str(vm, self);
    FormatSpec spec = TRY(parse_format_spec(vm, spec_text));
    if (spec.type != 0 && spec.type != 's') {
        std::string message = "Unknown format code '";
        utf8_append(message, static_cast<unsigned char>(spec.type));
        return vm.raise_value_error(message + "' for object of type 'str'");
    }
    if (spec.sign != 0)
        return vm.raise_value_error("Sign not allowed in string format specifier");
    if (spec.alternate)
        return vm.raise_value_error("Alternate form (#) not allowed in string format specifier");
    if (spec.grouping != 0)
        return vm.raise_value_error(
            std::string("Cannot specify '") + spec.grouping + "' with 's'.");
    if (spec.align == '=')
        return vm.raise_value_error("'=' alignment not allowed in string format specifier");
    std::string_view body = self->view();
    size_t length = self->length();
    if (spec.precision >= 0 && static_cast<uint64_t>(spec.precision) < length) {
        length = static_cast<size_t>(spec.precision);
        body = body.substr(0, self->byte_offset(length));
    }
    if (spec.width < 0 || static_cast<uint64_t>(spec.width) <= length) {
        if (body.size() == self->byte_length())
            return exact_str(vm, self);
        return vm.new_str(body)->value();
    }
    return new_str_value(vm, apply_padding(body, length, spec, '<'));
}

// -- comparison and operators --------------------------------------------------------------------

template<CompareOp op>
Result<Value> str_compare(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[]
        = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    STR_SELF(names[static_cast<int>(op)]);
    TRY(check_arg_count(vm, args, names[static_cast<int>(op)], 1, 1, true));
    Value other = args.args[1];
    if (!is_str(other))
        return py_not_implemented;
    StrObject* rhs = as_str(other);
    if constexpr (op == CompareOp::Eq)
        return py_bool(self->equals(rhs));
    if constexpr (op == CompareOp::Ne)
        return py_bool(!self->equals(rhs));
    // UTF-8 byte order is code-point order.
    int const c = self->view().compare(rhs->view());
    switch (op) {
    case CompareOp::Lt:
        return py_bool(c < 0);
    case CompareOp::Le:
        return py_bool(c <= 0);
    case CompareOp::Gt:
        return py_bool(c > 0);
    default:
        return py_bool(c >= 0);
    }
}

Result<Value> str_add(VM& vm, CallArgs const& args)
{
    STR_SELF("__add__");
    TRY(check_arg_count(vm, args, "__add__", 1, 1, true));
    Value other = args.args[1];
    if (!is_str(other))
        return py_not_implemented;
    StrObject* rhs = as_str(other);
    if (rhs->byte_length() == 0)
        return exact_str(vm, self);
    if (self->byte_length() == 0)
        return exact_str(vm, rhs);
    return str_concat(vm, self, rhs);
}

/// str * n: the repetition count follows sequence rules (NotImplemented only for user objects
/// with __rmul__, "can't multiply sequence by non-int of type 'float'" otherwise).
Result<Value> str_repeat(VM& vm, StrObject* self, Value other)
{
    bool handled = true;
    int64_t const count = TRY(repeat_count(vm, other, handled));
    if (!handled)
        return py_not_implemented;
    return str_repeat_n(vm, self, count);
}

} // namespace

Result<Value> str_repeat_n(VM& vm, StrObject* self, int64_t count)
{
    if (count <= 0 || self->byte_length() == 0)
        return vm.new_str(std::string_view())->value();
    if (count == 1)
        return exact_str(vm, self);
    uint64_t const unit = self->byte_length();
    if (static_cast<uint64_t>(count) > (uint64_t(INT64_MAX) / unit))
        return vm.raise(types::overflow_error, "repeated string is too long");
    if (unit * static_cast<uint64_t>(count) > max_str_bytes)
        return vm.raise_memory_error();
    std::string out;
    out.reserve(unit * static_cast<size_t>(count));
    if (unit == 1) {
        out.assign(static_cast<size_t>(count), self->view()[0]);
    } else {
        out += self->view();
        // Doubling keeps the number of appends logarithmic.
        while (out.size() * 2 <= unit * static_cast<size_t>(count))
            out.append(out.data(), out.size());
        out.append(out.data(), unit * static_cast<size_t>(count) - out.size());
    }
    return new_measured_str(
        vm, std::move(out), self->length() * static_cast<size_t>(count), self->is_ascii())
        ->value();
}

namespace {

Result<Value> str_mul(VM& vm, CallArgs const& args)
{
    STR_SELF("__mul__");
    TRY(check_arg_count(vm, args, "__mul__", 1, 1, true));
    return str_repeat(vm, self, args.args[1]);
}

Result<Value> str_rmul(VM& vm, CallArgs const& args)
{
    STR_SELF("__rmul__");
    TRY(check_arg_count(vm, args, "__rmul__", 1, 1, true));
    return str_repeat(vm, self, args.args[1]);
}

Result<Value> str_mod(VM& vm, CallArgs const& args)
{
    STR_SELF("__mod__");
    TRY(check_arg_count(vm, args, "__mod__", 1, 1, true));
    return str_percent_format(vm, self, args.args[1]);
}

Result<Value> str_rmod(VM& vm, CallArgs const& args)
{
    STR_SELF("__rmod__");
    TRY(check_arg_count(vm, args, "__rmod__", 1, 1, true));
    (void)self; // str % x is str.__mod__'s job; x % str never formats the str.
    return py_not_implemented;
}

// -- sequence protocol
// -----------------------------------------------------------------------------

/// The one-code-point str at byte offset `p` of `self`.
Value char_at_offset(VM& vm, char const* p)
{
    char const* start = p;
    utf8_decode(p);
    return vm.new_str(std::string_view(start, static_cast<size_t>(p - start)))->value();
}

Result<Value> str_getitem(VM& vm, CallArgs const& args)
{
    STR_SELF("__getitem__");
    TRY(check_arg_count(vm, args, "__getitem__", 1, 1, true));
    Value key = args.args[1];
    auto const length = static_cast<int64_t>(self->length());
    if (key.is_small_int() || is_int(key)
        || (!is_slice(key) && !vm.lookup_special(key, vm.names.__index__).is_empty())) {
        int64_t index;
        if (key.is_small_int())
            index = key.as_small_int();
        else
            index = TRY(vm.to_index(key));
        if (index < 0)
            index += length;
        if (index < 0 || index >= length)
            return vm.raise(types::index_error, "string index out of range");
        if (self->is_ascii())
            return vm.new_str(self->view().substr(static_cast<size_t>(index), 1))->value();
        return char_at_offset(
            vm, self->data().data() + self->byte_offset(static_cast<size_t>(index)));
    }
    if (!is_slice(key))
        return vm.raise_type_error("string indices must be integers, not '" + type_name(key) + "'");
    int64_t start, stop, step, count;
    TRY(slice_indices(
        vm, static_cast<SliceObject*>(key.as_object()), length, start, stop, step, count));
    if (count <= 0)
        return vm.new_str(std::string_view())->value();
    if (step == 1) {
        if (count == length)
            return exact_str(vm, self);
        size_t const from = self->byte_offset(static_cast<size_t>(start));
        size_t const to = self->byte_offset(static_cast<size_t>(stop));
        return new_str_part(vm, self, self->view().substr(from, to - from))->value();
    }
    std::string out;
    std::string_view const data = self->view();
    if (self->is_ascii()) {
        out.resize(static_cast<size_t>(count));
        int64_t i = start;
        for (int64_t k = 0; k < count; ++k, i += step)
            out[static_cast<size_t>(k)] = data[static_cast<size_t>(i)];
    } else {
        // Record where each code point starts once, then pick.
        std::vector<uint32_t> offsets;
        offsets.reserve(static_cast<size_t>(length) + 1);
        for (size_t b = 0; b < data.size(); ++b) {
            if ((static_cast<unsigned char>(data[b]) & 0xC0) != 0x80)
                offsets.push_back(static_cast<uint32_t>(b));
        }
        offsets.push_back(static_cast<uint32_t>(data.size()));
        int64_t i = start;
        for (int64_t k = 0; k < count; ++k, i += step) {
            auto const b = offsets[static_cast<size_t>(i)];
            out.append(data.substr(b, offsets[static_cast<size_t>(i) + 1] - b));
        }
    }
    return new_str_value(vm, std::move(out));
}

Result<Value> str_contains(VM& vm, CallArgs const& args)
{
    STR_SELF("__contains__");
    TRY(check_arg_count(vm, args, "__contains__", 1, 1, true));
    Value item = args.args[1];
    if (!is_str(item))
        return vm.raise_type_error(
            "'in <string>' requires string as left operand, not " + type_name(item));
    std::string_view needle = as_str(item)->view();
    return py_bool(find_bytes(self->view(), needle, 0) != std::string_view::npos);
}

// -- iteration
// -------------------------------------------------------------------------------------

class StrIteratorObject final : public Object {
public:
    StrIteratorObject(Type* type, StrObject* str)
        : Object(type)
        , m_str(str)
    {
    }
    StrObject* m_str; ///< null once exhausted
    size_t m_offset = 0;
    void visit_edges(Visitor& v) override { v.visit(m_str); }
};

Result<Value> str_iternext(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<StrIteratorObject*>(object);
    if (!it->m_str || it->m_offset >= it->m_str->byte_length()) {
        it->m_str = nullptr;
        exhausted = true;
        // None rather than the empty Value, so that callers which TRY() the result before
        // looking at `exhausted` still see success.
        return py_none;
    }
    exhausted = false;
    char const* data = it->m_str->data().data();
    char const* p = data + it->m_offset;
    if (static_cast<unsigned char>(*p) < 0x80) {
        ++it->m_offset;
        return vm.new_str(std::string_view(p, 1))->value();
    }
    char const* start = p;
    utf8_decode(p);
    it->m_offset = static_cast<size_t>(p - data);
    return vm.new_str(std::string_view(start, static_cast<size_t>(p - start)))->value();
}

Result<Value> str_iter(VM& vm, CallArgs const& args)
{
    STR_SELF("__iter__");
    TRY(check_arg_count(vm, args, "__iter__", 0, 0, true));
    Type* type = self->is_ascii() ? types::str_ascii_iterator : types::str_iterator;
    return vm.make<StrIteratorObject>(type, self)->value();
}

Result<Value> str_iterator_iter(VM& vm, CallArgs const& args)
{
    if (args.count == 0
        || (!VM::is_instance_of(args.args[0], types::str_iterator)
            && !VM::is_instance_of(args.args[0], types::str_ascii_iterator)))
        return raise_descriptor_error(vm, args, "__iter__", "str_iterator");
    TRY(check_arg_count(vm, args, "__iter__", 0, 0, true));
    return args.args[0];
}

Result<Value> str_iterator_next(VM& vm, CallArgs const& args)
{
    if (args.count == 0
        || (!VM::is_instance_of(args.args[0], types::str_iterator)
            && !VM::is_instance_of(args.args[0], types::str_ascii_iterator)))
        return raise_descriptor_error(vm, args, "__next__", "str_iterator");
    TRY(check_arg_count(vm, args, "__next__", 0, 0, true));
    bool exhausted = false;
    // An exhausted iterator yields the empty Value (which is also Result's error state).
    Result<Value> next = str_iternext(vm, args.args[0].as_object(), exhausted);
    if (exhausted)
        return vm.raise_with_args(types::stop_iteration, {});
    return next;
}

Result<Value> str_iterator_length_hint(VM& vm, CallArgs const& args)
{
    if (args.count == 0
        || (!VM::is_instance_of(args.args[0], types::str_iterator)
            && !VM::is_instance_of(args.args[0], types::str_ascii_iterator)))
        return raise_descriptor_error(vm, args, "__length_hint__", "str_iterator");
    auto* it = static_cast<StrIteratorObject*>(args.args[0].as_object());
    if (!it->m_str)
        return Value::small_int(0);
    std::string_view rest = it->m_str->view().substr(it->m_offset);
    return vm.new_int(static_cast<int64_t>(utf8_length(rest)));
}

// -- join and encode
// -------------------------------------------------------------------------------

Result<Value> str_join(VM& vm, CallArgs const& args)
{
    STR_SELF("join");
    TRY(check_arg_count(vm, args, "str.join", 1, 1, true));
    Value iterable = args.args[1];
    // Lists and tuples are joined in place; anything else is collected into a list first
    // (which keeps every item alive while we read it).
    Value const* items;
    size_t count;
    Root keep(vm);
    if (VM::type_of(iterable) == types::list) {
        auto* list = static_cast<ListObject*>(iterable.as_object());
        items = list->items().data();
        count = list->size();
    } else if (VM::type_of(iterable) == types::tuple) {
        auto* tuple = static_cast<TupleObject*>(iterable.as_object());
        items = tuple->data();
        count = tuple->size();
    } else {
        if (vm.lookup_special(iterable, vm.names.__iter__).is_empty()
            && vm.lookup_special(iterable, vm.names.__getitem__).is_empty())
            return vm.raise_type_error("can only join an iterable");
        ListObject* list = TRY(vm.to_list(iterable));
        keep.set(list->value());
        items = list->items().data();
        count = list->size();
    }
    if (count == 1 && VM::type_of(items[0]) == types::str)
        return items[0];
    size_t total = 0;
    size_t length = 0;
    bool ascii = self->is_ascii();
    for (size_t i = 0; i < count; ++i) {
        if (!is_str(items[i]))
            return vm.raise_type_error("sequence item " + std::to_string(i)
                + ": expected str instance, " + type_name(items[i]) + " found");
        StrObject const* item = as_str(items[i]);
        total += item->byte_length();
        length += item->length();
        ascii = ascii && item->is_ascii();
    }
    std::string_view sep = self->view();
    if (count > 1) {
        total += sep.size() * (count - 1);
        length += self->length() * (count - 1);
    }
    if (total > max_str_bytes)
        return vm.raise_memory_error();
    std::string out;
    out.reserve(total);
    for (size_t i = 0; i < count; ++i) {
        if (i)
            out += sep;
        out += as_str(items[i])->view();
    }
    return new_measured_str(vm, std::move(out), length, ascii)->value();
}

Result<Value> str_encode(VM& vm, CallArgs const& args)
{
    STR_SELF("encode");
    Value bound[2];
    TRY(bind_args(vm, args, "encode", {"encoding", "errors"}, 0, 0, bound, true));
    std::string_view encoding = "utf-8";
    std::string_view errors = "strict";
    if (!bound[0].is_empty()) {
        if (!is_str(bound[0]))
            return vm.raise_type_error(
                "encode() argument 'encoding' must be str, not " + type_name(bound[0]));
        encoding = as_str(bound[0])->view();
    }
    if (!bound[1].is_empty()) {
        if (!is_str(bound[1]))
            return vm.raise_type_error(
                "encode() argument 'errors' must be str, not " + type_name(bound[1]));
        errors = as_str(bound[1])->view();
    }
    std::string out = TRY(encode_str(vm, self, encoding, errors));
    return vm.new_bytes(out);
}

Result<Value> str_getnewargs(VM& vm, CallArgs const& args)
{
    STR_SELF("__getnewargs__");
    TRY(check_arg_count(vm, args, "str.__getnewargs__", 0, 0, true));
    Value copy = vm.new_str(self->view())->value();
    return vm.new_tuple({copy})->value();
}

Result<Value> str_sizeof(VM& vm, CallArgs const& args)
{
    STR_SELF("__sizeof__");
    TRY(check_arg_count(vm, args, "str.__sizeof__", 0, 0, true));
    // CPython's compact strings: a 48/72-byte header, one NUL, and 1, 2 or 4 bytes per
    // character depending on the widest code point.
    if (self->is_ascii())
        return vm.new_int(static_cast<int64_t>(49 + self->length()));
    uint32_t widest = 0;
    char const* p = self->data().data();
    char const* const end = p + self->byte_length();
    while (p < end)
        widest = std::max(widest, utf8_decode(p));
    size_t const unit = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    return vm.new_int(static_cast<int64_t>(72 + unit * (self->length() + 1)));
}

} // namespace

void init_string_types(VM& vm)
{
    DictObject* dict = types::str->m_dict;
    vm.define_native(dict, "__new__", &str_new, types::str);
    vm.define_native(dict, "__repr__", &str_repr, types::str);
    vm.define_native(dict, "__str__", &str_str, types::str);
    vm.define_native(dict, "__hash__", &str_hash, types::str);
    vm.define_native(dict, "__len__", &str_len, types::str);
    vm.define_native(dict, "__format__", &str_format_dunder, types::str);
    vm.define_native(dict, "__eq__", &str_compare<CompareOp::Eq>, types::str);
    vm.define_native(dict, "__ne__", &str_compare<CompareOp::Ne>, types::str);
    vm.define_native(dict, "__lt__", &str_compare<CompareOp::Lt>, types::str);
    vm.define_native(dict, "__le__", &str_compare<CompareOp::Le>, types::str);
    vm.define_native(dict, "__gt__", &str_compare<CompareOp::Gt>, types::str);
    vm.define_native(dict, "__ge__", &str_compare<CompareOp::Ge>, types::str);
    vm.define_native(dict, "__add__", &str_add, types::str);
    vm.define_native(dict, "__mul__", &str_mul, types::str);
    vm.define_native(dict, "__rmul__", &str_rmul, types::str);
    vm.define_native(dict, "__mod__", &str_mod, types::str);
    vm.define_native(dict, "__rmod__", &str_rmod, types::str);
    vm.define_native(dict, "__getitem__", &str_getitem, types::str);
    vm.define_native(dict, "__contains__", &str_contains, types::str);
    vm.define_native(dict, "__iter__", &str_iter, types::str);
    vm.define_native(dict, "__getnewargs__", &str_getnewargs, types::str);
    vm.define_native(dict, "__sizeof__", &str_sizeof, types::str);
    vm.define_native(dict, "join", &str_join, types::str);
    vm.define_native(dict, "encode", &str_encode, types::str);
    init_str_search_methods(vm, dict);
    init_str_case_methods(vm, dict);
    init_str_format_methods(vm, dict);

    for (auto [slot, name] : {std::pair {&types::str_iterator, "str_iterator"},
             std::pair {&types::str_ascii_iterator, "str_ascii_iterator"}}) {
        Type* type = vm.new_builtin_type(name, types::object, Layout::Other);
        type->m_is_basetype = false;
        type->m_iternext = &str_iternext;
        vm.define_native(type->m_dict, "__iter__", &str_iterator_iter, type);
        vm.define_native(type->m_dict, "__next__", &str_iterator_next, type);
        vm.define_native(type->m_dict, "__length_hint__", &str_iterator_length_hint, type);
        vm.m_extra_roots.push_back(type);
        *slot = type;
    }

    init_bytes_type(vm);
}

} // namespace minipy
