// bytes: construction, repr, comparison, the sequence protocol, iteration and the common
// methods (decode, hex/fromhex, join, split, strip, find, count, replace, case, predicates).
#include "vm/objects/bytes_object.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/slice_object.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"

#include <vector>

namespace minipy {

namespace types {
Type* bytes_iterator = nullptr;
} // namespace types

int64_t BytesObject::hash() const
{
    if (m_hash == -1)
        m_hash = hash_bytes(m_data);
    return m_hash;
}

void BytesObject::visit_edges(Visitor& visitor)
{
    visitor.visit(reinterpret_cast<Object*>(m_dict));
}

Value make_bytes(VM& vm, std::string_view data)
{
    auto* b = vm.make<BytesObject>(types::bytes, std::string(data));
    vm.heap().note_allocation(data.size());
    return b->value();
}

bool is_bytes(Value v)
{
    return v.is_object()
        && (v.as_object()->type() == types::bytes || VM::is_instance_of(v, types::bytes));
}

std::string bytes_repr(std::string_view data)
{
    bool has_single = false;
    bool has_double = false;
    for (char c : data) {
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    char const quote = has_single && !has_double ? '"' : '\'';
    static char const hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() + 3);
    out += 'b';
    out += quote;
    for (char ch : data) {
        auto const c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

namespace {

#define BYTES_SELF(method)                                                                         \
    if (args.count == 0 || !is_bytes(args.args[0])) [[unlikely]]                                   \
        return raise_descriptor_error(vm, args, method, "bytes");                                  \
    BytesObject* self = static_cast<BytesObject*>(args.args[0].as_object())

BytesObject* as_bytes(Value v)
{
    return static_cast<BytesObject*>(v.as_object());
}

Value new_bytes_value(VM& vm, std::string_view data)
{
    return make_bytes(vm, data);
}

/// A bytes-like argument: TypeError "a bytes-like object is required, not 'str'".
Result<std::string_view> bytes_like(VM& vm, Value v)
{
    if (is_bytes(v))
        return as_bytes(v)->view();
    return vm.raise_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
}

inline bool is_ascii_space(unsigned char c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D);
}

// -- construction --------------------------------------------------------------------------------

Result<std::string> bytes_from_iterable(VM& vm, Value source)
{
    ListObject* list = TRY(vm.to_list(source));
    Root keep(vm, list->value());
    std::string out;
    out.reserve(list->size());
    for (size_t i = 0; i < list->size(); ++i) {
        Value item = list->at(i);
        int64_t v;
        if (item.is_small_int()) {
            v = item.as_small_int();
        } else {
            if (!is_int(item) && vm.lookup_special(item, vm.names.__index__).is_empty())
                return vm.raise_type_error(
                    "'" + type_name(item) + "' object cannot be interpreted as an integer");
            Value index = TRY(index_value(vm, item));
            if (!int_fits_int64(index, v))
                v = -1;
        }
        if (v < 0 || v > 255)
            return vm.raise_value_error("bytes must be in range(0, 256)");
        out.push_back(static_cast<char>(v));
    }
    return out;
}

Result<Value> bytes_new(VM& vm, CallArgs const& args)
{
    Value bound[3];
    TRY(bind_args(vm, args, "bytes", {"source", "encoding", "errors"}, 0, 0, bound, true));
    auto* type = static_cast<Type*>(args.args[0].as_object());
    Value source = bound[0];
    std::string data;
    if (source.is_empty()) {
        if (!bound[1].is_empty() || !bound[2].is_empty())
            return vm.raise_type_error(bound[1].is_empty() ? "errors without a string argument"
                                                           : "encoding without a string argument");
    } else if (is_str(source)) {
        if (bound[1].is_empty())
            return vm.raise_type_error(bound[2].is_empty() ? "string argument without an encoding"
                                                           : "string argument without an encoding");
        if (!is_str(bound[1]))
            return vm.raise_type_error(
                "bytes() argument 'encoding' must be str, not " + type_name(bound[1]));
        std::string_view errors = "strict";
        if (!bound[2].is_empty()) {
            if (!is_str(bound[2]))
                return vm.raise_type_error(
                    "bytes() argument 'errors' must be str, not " + type_name(bound[2]));
            errors = as_str(bound[2])->view();
        }
        data = TRY(encode_str(vm, as_str(source), as_str(bound[1])->view(), errors));
    } else if (!bound[1].is_empty() || !bound[2].is_empty()) {
        return vm.raise_type_error(bound[1].is_empty() ? "errors without a string argument"
                                                       : "encoding without a string argument");
    } else if (is_bytes(source)) {
        if (type == types::bytes && VM::type_of(source) == types::bytes)
            return source;
        data = as_bytes(source)->data();
    } else if (Value method = vm.lookup_special(source, vm.intern("__bytes__"));
               !method.is_empty()) {
        Value result = TRY(vm.call_method(source, vm.intern("__bytes__"), {}));
        if (!is_bytes(result))
            return vm.raise_type_error(
                "__bytes__ returned non-bytes (type " + type_name(result) + ")");
        if (type == types::bytes)
            return result;
        data = as_bytes(result)->data();
    } else if (is_int(source) || !vm.lookup_special(source, vm.names.__index__).is_empty()) {
        Value index = TRY(index_value(vm, source));
        int64_t n;
        if (!int_fits_int64(index, n))
            return vm.raise(types::overflow_error, "cannot fit 'int' into an index-sized integer");
        if (n < 0)
            return vm.raise_value_error("negative count");
        if (static_cast<uint64_t>(n) > (uint64_t(1) << 34))
            return vm.raise_memory_error();
        data.assign(static_cast<size_t>(n), '\0');
    } else {
        if (vm.lookup_special(source, vm.names.__iter__).is_empty()
            && vm.lookup_special(source, vm.names.__getitem__).is_empty())
            return vm.raise_type_error(
                "cannot convert '" + type_name(source) + "' object to bytes");
        data = TRY(bytes_from_iterable(vm, source));
    }
    auto* result = vm.make<BytesObject>(types::bytes, std::move(data));
    if (type != types::bytes)
        result->set_type(type);
    return result->value();
}

// -- protocol ------------------------------------------------------------------------------------

Result<Value> bytes_repr_method(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__repr__");
    TRY(check_arg_count(vm, args, "bytes.__repr__", 0, 0, true));
    return vm.new_str(bytes_repr(self->view()))->value();
}

Result<Value> bytes_hash(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__hash__");
    TRY(check_arg_count(vm, args, "bytes.__hash__", 0, 0, true));
    return vm.new_int(self->hash());
}

Result<Value> bytes_len(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__len__");
    TRY(check_arg_count(vm, args, "bytes.__len__", 0, 0, true));
    return vm.new_int(static_cast<int64_t>(self->size()));
}

template<CompareOp op>
Result<Value> bytes_compare(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[]
        = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    BYTES_SELF(names[static_cast<int>(op)]);
    TRY(check_arg_count(vm, args, names[static_cast<int>(op)], 1, 1, true));
    if (!is_bytes(args.args[1]))
        return py_not_implemented;
    int const c = self->view().compare(as_bytes(args.args[1])->view());
    switch (op) {
    case CompareOp::Eq:
        return py_bool(c == 0);
    case CompareOp::Ne:
        return py_bool(c != 0);
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

Result<Value> bytes_add(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__add__");
    TRY(check_arg_count(vm, args, "__add__", 1, 1, true));
    Value other = args.args[1];
    if (!is_bytes(other)) {
        // bytes has no nb_add: a user type's __radd__ gets its turn, then sq_concat fails.
        Type* type = VM::type_of(other);
        if (type->m_is_heap_type && !type->lookup(vm.names.__radd__).is_empty())
            return py_not_implemented;
        return vm.raise_type_error(
            "can't concat " + type_name(other) + " to " + type_name(args.args[0]));
    }
    std::string out;
    out.reserve(self->size() + as_bytes(other)->size());
    out += self->view();
    out += as_bytes(other)->view();
    return new_bytes_value(vm, out);
}

Result<Value> bytes_repeat(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__mul__");
    TRY(check_arg_count(vm, args, "__mul__", 1, 1, true));
    bool handled = true;
    int64_t const count = TRY(repeat_count(vm, args.args[1], handled));
    if (!handled)
        return py_not_implemented;
    if (count <= 0 || self->size() == 0)
        return new_bytes_value(vm, {});
    if (count == 1 && VM::type_of(args.args[0]) == types::bytes)
        return args.args[0];
    if (static_cast<uint64_t>(count) > (uint64_t(1) << 34) / self->size())
        return vm.raise_memory_error();
    std::string out;
    out.reserve(self->size() * static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i)
        out += self->view();
    return new_bytes_value(vm, out);
}

Result<Value> bytes_getitem(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__getitem__");
    TRY(check_arg_count(vm, args, "__getitem__", 1, 1, true));
    Value key = args.args[1];
    auto const length = static_cast<int64_t>(self->size());
    if (is_slice(key)) {
        int64_t start, stop, step, count;
        TRY(slice_indices(
            vm, static_cast<SliceObject*>(key.as_object()), length, start, stop, step, count));
        if (count <= 0)
            return new_bytes_value(vm, {});
        if (step == 1)
            return new_bytes_value(
                vm, self->view().substr(static_cast<size_t>(start), static_cast<size_t>(count)));
        std::string out(static_cast<size_t>(count), '\0');
        for (int64_t k = 0, i = start; k < count; ++k, i += step)
            out[static_cast<size_t>(k)] = self->view()[static_cast<size_t>(i)];
        return new_bytes_value(vm, out);
    }
    int64_t index = TRY(sequence_index(vm, key, "byte"));
    if (index < 0)
        index += length;
    if (index < 0 || index >= length)
        return vm.raise(types::index_error, "index out of range");
    return Value::small_int(static_cast<unsigned char>(self->view()[static_cast<size_t>(index)]));
}

Result<Value> bytes_contains(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__contains__");
    TRY(check_arg_count(vm, args, "__contains__", 1, 1, true));
    Value item = args.args[1];
    if (is_bytes(item))
        return py_bool(
            find_bytes(self->view(), as_bytes(item)->view(), 0) != std::string_view::npos);
    if (!is_int(item) && vm.lookup_special(item, vm.names.__index__).is_empty())
        return vm.raise_type_error(
            "a bytes-like object is required, not '" + type_name(item) + "'");
    Value index = TRY(index_value(vm, item));
    int64_t v;
    if (!int_fits_int64(index, v) || v < 0 || v > 255)
        return vm.raise_value_error("byte must be in range(0, 256)");
    return py_bool(self->view().find(static_cast<char>(v)) != std::string_view::npos);
}

// -- iteration
// -------------------------------------------------------------------------------------

class BytesIteratorObject final : public Object {
public:
    BytesIteratorObject(Type* type, BytesObject* bytes)
        : Object(type)
        , m_bytes(bytes)
    {
    }
    BytesObject* m_bytes; ///< null once exhausted
    size_t m_index = 0;
    void visit_edges(Visitor& v) override { v.visit(m_bytes); }
};

Result<Value> bytes_iternext(VM&, Object* object, bool& exhausted)
{
    auto* it = static_cast<BytesIteratorObject*>(object);
    if (!it->m_bytes || it->m_index >= it->m_bytes->size()) {
        it->m_bytes = nullptr;
        exhausted = true;
        // None rather than the empty Value, so that callers which TRY() the result before
        // looking at `exhausted` still see success.
        return py_none;
    }
    exhausted = false;
    return Value::small_int(static_cast<unsigned char>(it->m_bytes->view()[it->m_index++]));
}

Result<Value> bytes_iter(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__iter__");
    TRY(check_arg_count(vm, args, "__iter__", 0, 0, true));
    return vm.make<BytesIteratorObject>(types::bytes_iterator, self)->value();
}

Result<Value> bytes_iterator_iter(VM& vm, CallArgs const& args)
{
    if (args.count == 0 || !VM::is_instance_of(args.args[0], types::bytes_iterator))
        return raise_descriptor_error(vm, args, "__iter__", "bytes_iterator");
    return args.args[0];
}

Result<Value> bytes_iterator_next(VM& vm, CallArgs const& args)
{
    if (args.count == 0 || !VM::is_instance_of(args.args[0], types::bytes_iterator))
        return raise_descriptor_error(vm, args, "__next__", "bytes_iterator");
    bool exhausted = false;
    // An exhausted iterator yields the empty Value (which is also Result's error state).
    Result<Value> next = bytes_iternext(vm, args.args[0].as_object(), exhausted);
    if (exhausted)
        return vm.raise_with_args(types::stop_iteration, {});
    return next;
}

// -- methods
// ---------------------------------------------------------------------------------------

Result<Value> bytes_decode(VM& vm, CallArgs const& args)
{
    BYTES_SELF("decode");
    Value bound[2];
    TRY(bind_args(vm, args, "decode", {"encoding", "errors"}, 0, 0, bound, true));
    std::string_view encoding = "utf-8";
    std::string_view errors = "strict";
    if (!bound[0].is_empty()) {
        if (!is_str(bound[0]))
            return vm.raise_type_error(
                "decode() argument 'encoding' must be str, not " + type_name(bound[0]));
        encoding = as_str(bound[0])->view();
    }
    if (!bound[1].is_empty()) {
        if (!is_str(bound[1]))
            return vm.raise_type_error(
                "decode() argument 'errors' must be str, not " + type_name(bound[1]));
        errors = as_str(bound[1])->view();
    }
    StrObject* s = TRY(decode_bytes(vm, self->view(), encoding, errors));
    return s->value();
}

Result<Value> bytes_hex(VM& vm, CallArgs const& args)
{
    BYTES_SELF("hex");
    Value bound[2];
    TRY(bind_args(vm, args, "hex", {"sep", "bytes_per_sep"}, 0, 0, bound, true));
    static char const digits[] = "0123456789abcdef";
    std::string_view sep;
    int64_t per = 1;
    if (!bound[0].is_empty()) {
        if (is_str(bound[0]))
            sep = as_str(bound[0])->view();
        else if (is_bytes(bound[0]))
            sep = as_bytes(bound[0])->view();
        else
            return vm.raise_type_error("sep must be str or bytes.");
        if (utf8_length(sep) != 1)
            return vm.raise_value_error("sep must be length 1.");
        if (!bound[1].is_empty())
            per = TRY(index_arg(vm, bound[1]));
    }
    std::string_view const data = self->view();
    std::string out;
    out.reserve(data.size() * 3);
    size_t const group = per == 0 ? 0 : static_cast<size_t>(per < 0 ? -per : per);
    for (size_t i = 0; i < data.size(); ++i) {
        if (!sep.empty() && group && i > 0) {
            // Positive counts group from the right, negative from the left.
            bool const boundary = per > 0 ? (data.size() - i) % group == 0 : i % group == 0;
            if (boundary)
                out += sep;
        }
        auto const c = static_cast<unsigned char>(data[i]);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return vm.new_str(std::move(out))->value();
}

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Result<Value> bytes_fromhex(VM& vm, CallArgs const& args)
{
    // A classmethod: args[0] is the class.
    TRY(check_arg_count(vm, args, "fromhex", 1, 1, true));
    if (!is_str(args.args[1]))
        return vm.raise_type_error(
            "fromhex() argument must be str, not " + type_name(args.args[1]));
    std::string_view const s = as_str(args.args[1])->view();
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        if (is_ascii_space(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        int const hi = hex_value(s[i]);
        if (hi < 0)
            return vm.raise_value_error("non-hexadecimal number found in fromhex() arg at position "
                + std::to_string(utf8_length(s.substr(0, i))));
        if (i + 1 >= s.size() || hex_value(s[i + 1]) < 0)
            return vm.raise_value_error("non-hexadecimal number found in fromhex() arg at position "
                + std::to_string(utf8_length(s.substr(0, i + 1))));
        out.push_back(static_cast<char>(hi * 16 + hex_value(s[i + 1])));
        i += 2;
    }
    Value result = new_bytes_value(vm, out);
    Value cls = args.args[0];
    if (cls.is(types::bytes->value()))
        return result;
    return vm.call(cls, {result});
}

Result<Value> bytes_join(VM& vm, CallArgs const& args)
{
    BYTES_SELF("join");
    TRY(check_arg_count(vm, args, "bytes.join", 1, 1, true));
    ListObject* list = TRY(vm.to_list(args.args[1]));
    Root keep(vm, list->value());
    std::string out;
    for (size_t i = 0; i < list->size(); ++i) {
        if (!is_bytes(list->at(i)))
            return vm.raise_type_error("sequence item " + std::to_string(i)
                + ": expected a bytes-like object, " + type_name(list->at(i)) + " found");
        if (i)
            out += self->view();
        out += as_bytes(list->at(i))->view();
    }
    return new_bytes_value(vm, out);
}

Result<Value> bytes_split_impl(VM& vm, CallArgs const& args, bool reverse)
{
    BytesObject* self = as_bytes(args.args[0]);
    Value bound[2];
    TRY(bind_args(vm, args, reverse ? "rsplit" : "split", {"sep", "maxsplit"}, 0, 0, bound, true));
    std::string_view sep;
    bool whitespace = true;
    if (!bound[0].is_empty() && !bound[0].is(py_none)) {
        sep = TRY(bytes_like(vm, bound[0]));
        if (sep.empty())
            return vm.raise_value_error("empty separator");
        whitespace = false;
    }
    int64_t maxsplit = -1;
    if (!bound[1].is_empty())
        maxsplit = TRY(index_arg(vm, bound[1]));
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    std::string_view const s = self->view();
    std::vector<std::string_view> parts;
    if (whitespace) {
        if (!reverse) {
            size_t i = 0;
            while (maxsplit-- > 0) {
                while (i < s.size() && is_ascii_space(static_cast<unsigned char>(s[i])))
                    ++i;
                if (i == s.size())
                    break;
                size_t const j = i;
                while (i < s.size() && !is_ascii_space(static_cast<unsigned char>(s[i])))
                    ++i;
                parts.push_back(s.substr(j, i - j));
            }
            while (i < s.size() && is_ascii_space(static_cast<unsigned char>(s[i])))
                ++i;
            if (i < s.size())
                parts.push_back(s.substr(i));
        } else {
            size_t i = s.size();
            while (maxsplit-- > 0) {
                while (i > 0 && is_ascii_space(static_cast<unsigned char>(s[i - 1])))
                    --i;
                if (i == 0)
                    break;
                size_t const j = i;
                while (i > 0 && !is_ascii_space(static_cast<unsigned char>(s[i - 1])))
                    --i;
                parts.push_back(s.substr(i, j - i));
            }
            while (i > 0 && is_ascii_space(static_cast<unsigned char>(s[i - 1])))
                --i;
            if (i > 0)
                parts.push_back(s.substr(0, i));
        }
    } else if (!reverse) {
        size_t i = 0;
        while (maxsplit-- > 0) {
            size_t const pos = find_bytes(s, sep, i);
            if (pos == std::string_view::npos)
                break;
            parts.push_back(s.substr(i, pos - i));
            i = pos + sep.size();
        }
        parts.push_back(s.substr(i));
    } else {
        size_t j = s.size();
        while (maxsplit-- > 0) {
            size_t const pos = rfind_bytes(s, sep, j);
            if (pos == std::string_view::npos)
                break;
            parts.push_back(s.substr(pos + sep.size(), j - pos - sep.size()));
            j = pos;
        }
        parts.push_back(s.substr(0, j));
    }
    ListObject* list = vm.new_list(parts.size());
    if (reverse) {
        for (size_t k = parts.size(); k-- > 0;)
            list->append(new_bytes_value(vm, parts[k]));
    } else {
        for (std::string_view part : parts)
            list->append(new_bytes_value(vm, part));
    }
    return list->value();
}

Result<Value> bytes_split(VM& vm, CallArgs const& args)
{
    BYTES_SELF("split");
    (void)self;
    return bytes_split_impl(vm, args, false);
}

Result<Value> bytes_rsplit(VM& vm, CallArgs const& args)
{
    BYTES_SELF("rsplit");
    (void)self;
    return bytes_split_impl(vm, args, true);
}

Result<Value> bytes_splitlines(VM& vm, CallArgs const& args)
{
    BYTES_SELF("splitlines");
    Value bound[1];
    TRY(bind_args(vm, args, "splitlines", {"keepends"}, 0, 0, bound, true));
    bool keepends = false;
    if (!bound[0].is_empty())
        keepends = TRY(index_arg(vm, bound[0])) != 0;
    std::string_view const s = self->view();
    ListObject* list = vm.new_list();
    size_t i = 0;
    while (i < s.size()) {
        size_t const start = i;
        while (i < s.size() && s[i] != '\n' && s[i] != '\r')
            ++i;
        size_t const eol = i;
        if (i < s.size())
            i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
        list->append(new_bytes_value(vm, s.substr(start, (keepends ? i : eol) - start)));
    }
    return list->value();
}

enum StripSides : uint8_t { Left = 1, Right = 2, Both = 3 };

Result<Value> bytes_strip_impl(VM& vm, CallArgs const& args, char const* name, StripSides sides)
{
    BytesObject* self = as_bytes(args.args[0]);
    TRY(check_arg_count(vm, args, name, 0, 1, true));
    std::string_view chars = " \t\n\r\x0b\x0c";
    if (args.count > 1 && !args.args[1].is(py_none))
        chars = TRY(bytes_like(vm, args.args[1]));
    std::string_view const s = self->view();
    size_t begin = 0;
    size_t end = s.size();
    if (sides & Left) {
        while (begin < end && chars.find(s[begin]) != std::string_view::npos)
            ++begin;
    }
    if (sides & Right) {
        while (end > begin && chars.find(s[end - 1]) != std::string_view::npos)
            --end;
    }
    return new_bytes_value(vm, s.substr(begin, end - begin));
}

Result<Value> bytes_strip(VM& vm, CallArgs const& args)
{
    BYTES_SELF("strip");
    (void)self;
    return bytes_strip_impl(vm, args, "strip", Both);
}

Result<Value> bytes_lstrip(VM& vm, CallArgs const& args)
{
    BYTES_SELF("lstrip");
    (void)self;
    return bytes_strip_impl(vm, args, "lstrip", Left);
}

Result<Value> bytes_rstrip(VM& vm, CallArgs const& args)
{
    BYTES_SELF("rstrip");
    (void)self;
    return bytes_strip_impl(vm, args, "rstrip", Right);
}

/// The sub argument of find/count/index: bytes or an int in range(256).
Result<std::string> sub_arg(VM& vm, Value v)
{
    if (is_bytes(v))
        return std::string(as_bytes(v)->view());
    if (is_int(v) || !vm.lookup_special(v, vm.names.__index__).is_empty()) {
        Value index = TRY(index_value(vm, v));
        int64_t b;
        if (!int_fits_int64(index, b) || b < 0 || b > 255)
            return vm.raise_value_error("byte must be in range(0, 256)");
        return std::string(1, static_cast<char>(b));
    }
    return vm.raise_type_error(
        "argument should be integer or bytes-like object, not '" + type_name(v) + "'");
}

Result<int64_t> bytes_find_impl(VM& vm, CallArgs const& args, char const* name, bool reverse)
{
    BytesObject* self = as_bytes(args.args[0]);
    TRY(check_arg_count(vm, args, name, 1, 3, true));
    std::string const sub = TRY(sub_arg(vm, args.args[1]));
    int64_t start = 0;
    int64_t end = INT64_MAX;
    TRY(parse_start_end(vm, args.count > 2 ? args.args[2] : Value(),
        args.count > 3 ? args.args[3] : Value(), start, end));
    adjust_indices(start, end, static_cast<int64_t>(self->size()));
    if (end - start < static_cast<int64_t>(sub.size()))
        return int64_t(-1);
    std::string_view window = self->view().substr(0, static_cast<size_t>(end));
    size_t const pos = reverse ? rfind_bytes(window, sub, static_cast<size_t>(end))
                               : find_bytes(window, sub, static_cast<size_t>(start));
    if (pos == std::string_view::npos || pos < static_cast<size_t>(start))
        return int64_t(-1);
    return static_cast<int64_t>(pos);
}

Result<Value> bytes_find(VM& vm, CallArgs const& args)
{
    BYTES_SELF("find");
    (void)self;
    return vm.new_int(TRY(bytes_find_impl(vm, args, "find", false)));
}

Result<Value> bytes_rfind(VM& vm, CallArgs const& args)
{
    BYTES_SELF("rfind");
    (void)self;
    return vm.new_int(TRY(bytes_find_impl(vm, args, "rfind", true)));
}

Result<Value> bytes_index(VM& vm, CallArgs const& args)
{
    BYTES_SELF("index");
    (void)self;
    int64_t const r = TRY(bytes_find_impl(vm, args, "index", false));
    if (r < 0)
        return vm.raise_value_error("subsection not found");
    return vm.new_int(r);
}

Result<Value> bytes_count(VM& vm, CallArgs const& args)
{
    BYTES_SELF("count");
    TRY(check_arg_count(vm, args, "count", 1, 3, true));
    std::string const sub = TRY(sub_arg(vm, args.args[1]));
    int64_t start = 0;
    int64_t end = INT64_MAX;
    TRY(parse_start_end(vm, args.count > 2 ? args.args[2] : Value(),
        args.count > 3 ? args.args[3] : Value(), start, end));
    adjust_indices(start, end, static_cast<int64_t>(self->size()));
    if (end < start)
        return Value::small_int(0);
    std::string_view window
        = self->view().substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    return vm.new_int(static_cast<int64_t>(count_bytes(window, sub, SIZE_MAX)));
}

Result<Value> bytes_replace(VM& vm, CallArgs const& args)
{
    BYTES_SELF("replace");
    TRY(check_arg_count(vm, args, "replace", 2, 3, true));
    std::string_view const old_s = TRY(bytes_like(vm, args.args[1]));
    std::string_view const new_s = TRY(bytes_like(vm, args.args[2]));
    int64_t max_count = -1;
    if (args.count == 4)
        max_count = TRY(index_arg(vm, args.args[3]));
    size_t const limit = max_count < 0 ? SIZE_MAX : static_cast<size_t>(max_count);
    std::string_view const s = self->view();
    std::string out;
    size_t done = 0;
    if (old_s.empty()) {
        for (size_t i = 0; i < s.size(); ++i) {
            if (done < limit) {
                out += new_s;
                ++done;
            }
            out += s[i];
        }
        if (done < limit)
            out += new_s;
        return new_bytes_value(vm, out);
    }
    size_t last = 0;
    size_t pos = find_bytes(s, old_s, 0);
    while (pos != std::string_view::npos && done < limit) {
        out.append(s.substr(last, pos - last));
        out += new_s;
        last = pos + old_s.size();
        ++done;
        pos = find_bytes(s, old_s, last);
    }
    out.append(s.substr(last));
    return new_bytes_value(vm, out);
}

Result<Value> bytes_starts_ends(VM& vm, CallArgs const& args, char const* name, bool ends)
{
    BytesObject* self = as_bytes(args.args[0]);
    TRY(check_arg_count(vm, args, name, 1, 3, true));
    int64_t start = 0;
    int64_t end = INT64_MAX;
    TRY(parse_start_end(vm, args.count > 2 ? args.args[2] : Value(),
        args.count > 3 ? args.args[3] : Value(), start, end));
    auto const length = static_cast<int64_t>(self->size());
    adjust_indices(start, end, length);
    auto matches = [&](std::string_view affix) {
        if (start > length || end - start < static_cast<int64_t>(affix.size()))
            return false;
        std::string_view window
            = self->view().substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        return ends ? window.ends_with(affix) : window.starts_with(affix);
    };
    Value arg = args.args[1];
    if (VM::is_instance_of(arg, types::tuple)) {
        auto* tuple = static_cast<TupleObject*>(arg.as_object());
        for (size_t i = 0; i < tuple->size(); ++i) {
            if (!is_bytes(tuple->at(i)))
                return vm.raise_type_error(
                    "a bytes-like object is required, not '" + type_name(tuple->at(i)) + "'");
            if (matches(as_bytes(tuple->at(i))->view()))
                return py_true;
        }
        return py_false;
    }
    if (!is_bytes(arg))
        return vm.raise_type_error(std::string(name)
            + " first arg must be bytes or a tuple of bytes, not " + type_name(arg));
    return py_bool(matches(as_bytes(arg)->view()));
}

Result<Value> bytes_startswith(VM& vm, CallArgs const& args)
{
    BYTES_SELF("startswith");
    (void)self;
    return bytes_starts_ends(vm, args, "startswith", false);
}

Result<Value> bytes_endswith(VM& vm, CallArgs const& args)
{
    BYTES_SELF("endswith");
    (void)self;
    return bytes_starts_ends(vm, args, "endswith", true);
}

Result<Value> bytes_upper(VM& vm, CallArgs const& args)
{
    BYTES_SELF("upper");
    TRY(check_arg_count(vm, args, "bytes.upper", 0, 0, true));
    std::string out(self->view());
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 32);
    }
    return new_bytes_value(vm, out);
}

Result<Value> bytes_lower(VM& vm, CallArgs const& args)
{
    BYTES_SELF("lower");
    TRY(check_arg_count(vm, args, "bytes.lower", 0, 0, true));
    std::string out(self->view());
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    }
    return new_bytes_value(vm, out);
}

template<bool (*Pred)(unsigned char)>
Result<Value> bytes_predicate(VM& vm, CallArgs const& args)
{
    BYTES_SELF("is...");
    TRY(check_arg_count(vm, args, "bytes.is", 0, 0, true));
    if (self->size() == 0)
        return py_false;
    for (char c : self->view()) {
        if (!Pred(static_cast<unsigned char>(c)))
            return py_false;
    }
    return py_true;
}

bool byte_isdigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
bool byte_isalpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool byte_isalnum(unsigned char c)
{
    return byte_isdigit(c) || byte_isalpha(c);
}
bool byte_isspace(unsigned char c)
{
    return is_ascii_space(c);
}

Result<Value> bytes_getnewargs(VM& vm, CallArgs const& args)
{
    BYTES_SELF("__getnewargs__");
    Value copy = new_bytes_value(vm, self->view());
    return vm.new_tuple({copy})->value();
}

} // namespace

void init_bytes_type(VM& vm)
{
    DictObject* dict = types::bytes->m_dict;
    vm.define_native(dict, "__new__", &bytes_new, types::bytes);
    vm.define_native(dict, "__repr__", &bytes_repr_method, types::bytes);
    vm.define_native(dict, "__hash__", &bytes_hash, types::bytes);
    vm.define_native(dict, "__len__", &bytes_len, types::bytes);
    vm.define_native(dict, "__eq__", &bytes_compare<CompareOp::Eq>, types::bytes);
    vm.define_native(dict, "__ne__", &bytes_compare<CompareOp::Ne>, types::bytes);
    vm.define_native(dict, "__lt__", &bytes_compare<CompareOp::Lt>, types::bytes);
    vm.define_native(dict, "__le__", &bytes_compare<CompareOp::Le>, types::bytes);
    vm.define_native(dict, "__gt__", &bytes_compare<CompareOp::Gt>, types::bytes);
    vm.define_native(dict, "__ge__", &bytes_compare<CompareOp::Ge>, types::bytes);
    vm.define_native(dict, "__add__", &bytes_add, types::bytes);
    vm.define_native(dict, "__mul__", &bytes_repeat, types::bytes);
    vm.define_native(dict, "__rmul__", &bytes_repeat, types::bytes);
    vm.define_native(dict, "__getitem__", &bytes_getitem, types::bytes);
    vm.define_native(dict, "__contains__", &bytes_contains, types::bytes);
    vm.define_native(dict, "__iter__", &bytes_iter, types::bytes);
    vm.define_native(dict, "__getnewargs__", &bytes_getnewargs, types::bytes);
    vm.define_native(dict, "decode", &bytes_decode, types::bytes);
    vm.define_native(dict, "hex", &bytes_hex, types::bytes);
    vm.define_native(dict, "join", &bytes_join, types::bytes);
    vm.define_native(dict, "split", &bytes_split, types::bytes);
    vm.define_native(dict, "rsplit", &bytes_rsplit, types::bytes);
    vm.define_native(dict, "splitlines", &bytes_splitlines, types::bytes);
    vm.define_native(dict, "strip", &bytes_strip, types::bytes);
    vm.define_native(dict, "lstrip", &bytes_lstrip, types::bytes);
    vm.define_native(dict, "rstrip", &bytes_rstrip, types::bytes);
    vm.define_native(dict, "find", &bytes_find, types::bytes);
    vm.define_native(dict, "rfind", &bytes_rfind, types::bytes);
    vm.define_native(dict, "index", &bytes_index, types::bytes);
    vm.define_native(dict, "count", &bytes_count, types::bytes);
    vm.define_native(dict, "replace", &bytes_replace, types::bytes);
    vm.define_native(dict, "startswith", &bytes_startswith, types::bytes);
    vm.define_native(dict, "endswith", &bytes_endswith, types::bytes);
    vm.define_native(dict, "upper", &bytes_upper, types::bytes);
    vm.define_native(dict, "lower", &bytes_lower, types::bytes);
    vm.define_native(dict, "isdigit", &bytes_predicate<byte_isdigit>, types::bytes);
    vm.define_native(dict, "isalpha", &bytes_predicate<byte_isalpha>, types::bytes);
    vm.define_native(dict, "isalnum", &bytes_predicate<byte_isalnum>, types::bytes);
    vm.define_native(dict, "isspace", &bytes_predicate<byte_isspace>, types::bytes);
    DictObject* scratch = vm.new_dict();
    NativeFunctionObject* fromhex
        = vm.define_native(scratch, "fromhex", &bytes_fromhex, types::bytes);
    dict->set_str(vm, vm.intern("fromhex"), make_classmethod(vm, fromhex->value()));

    Type* iterator = vm.new_builtin_type("bytes_iterator", types::object, Layout::Other);
    iterator->m_is_basetype = false;
    iterator->m_iternext = &bytes_iternext;
    vm.define_native(iterator->m_dict, "__iter__", &bytes_iterator_iter, iterator);
    vm.define_native(iterator->m_dict, "__next__", &bytes_iterator_next, iterator);
    vm.m_extra_roots.push_back(iterator);
    types::bytes_iterator = iterator;
}

} // namespace minipy
