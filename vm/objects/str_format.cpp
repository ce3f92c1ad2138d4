// String formatting: printf-style `str % args` (Library Reference, "printf-style String
// Formatting") and str.format / str.format_map (the "Format String Syntax").
//
// Both follow CPython's implementations step by step (Objects/unicodeobject.c
// PyUnicode_Format, Objects/stringlib/unicode_format.h) so that errors are raised in the same
// order with the same messages. Number conversion is delegated to format() with a synthesized
// format spec, so float text is produced in exactly one place in the VM.
#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"

#include <charconv>
#include <cstdio>

namespace minipy {

namespace {

// -- printf-style formatting ---------------------------------------------------------------------

struct PercentContext {
    Value args;
    Value dict; ///< the mapping for %(key)s, or empty
    TupleObject* tuple = nullptr;
    int64_t arglen = -1; ///< -1: a single non-tuple argument
    int64_t argidx = -2;
};

Result<Value> next_arg(VM& vm, PercentContext& ctx)
{
    int64_t const argidx = ctx.argidx;
    if (argidx < ctx.arglen) {
        ++ctx.argidx;
        if (ctx.arglen < 0)
            return ctx.args;
        return ctx.tuple->at(static_cast<size_t>(argidx));
    }
    return vm.raise_type_error("not enough arguments for format string");
}

struct PercentSpec {
    bool left = false;
    bool plus = false;
    bool space = false;
    bool alternate = false;
    bool zero = false;
    int64_t width = -1;
    int64_t precision = -1;
};

void append_padded_text(
    std::string& out, std::string_view body, size_t length, PercentSpec const& spec)
{
    if (spec.width < 0 || static_cast<uint64_t>(spec.width) <= length) {
        out += body;
        return;
    }
    size_t const fill = static_cast<size_t>(spec.width) - length;
    if (!spec.left)
        out.append(fill, ' ');
    out += body;
    if (spec.left)
        out.append(fill, ' ');
}

/// Lays out a number: sign, prefix, digits (zero-extended to `min_digits`), padded to width.
void append_number(std::string& out, bool negative, std::string_view prefix,
    std::string_view digits, int64_t min_digits, PercentSpec const& spec)
{
    char const sign = negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : 0;
    size_t const zeros = min_digits > static_cast<int64_t>(digits.size())
        ? static_cast<size_t>(min_digits) - digits.size()
        : 0;
    size_t const length = (sign ? 1 : 0) + prefix.size() + zeros + digits.size();
    size_t const fill
        = spec.width > static_cast<int64_t>(length) ? static_cast<size_t>(spec.width) - length : 0;
    if (fill && !spec.left && !spec.zero)
        out.append(fill, ' ');
    if (sign)
        out.push_back(sign);
    out += prefix;
    if (fill && !spec.left && spec.zero)
        out.append(fill, '0');
    out.append(zeros, '0');
    out += digits;
    if (fill && spec.left)
        out.append(fill, ' ');
}

/// Digits of |v| in `conversion`'s base; sets `negative`.
Result<std::string> int_digits(VM& vm, Value v, char conversion, bool& negative)
{
    int64_t small;
    if (int_fits_int64(v, small)) {
        negative = small < 0;
        uint64_t const magnitude
            = negative ? uint64_t(0) - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
        char buf[72];
        int const base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
        auto const r = std::to_chars(buf, buf + sizeof buf, magnitude, base);
        std::string digits(buf, r.ptr);
        if (conversion == 'X') {
            for (char& c : digits)
                c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 32 : c);
        }
        return digits;
    }
    char const spec_text[2] = {conversion == 'i' || conversion == 'u' ? 'd' : conversion, 0};
    StrObject* text = TRY(vm.format(v, vm.new_str(std::string_view(spec_text, 1))));
    std::string digits = text->data();
    negative = !digits.empty() && digits[0] == '-';
    if (negative)
        digits.erase(0, 1);
    return digits;
}

Result<void> format_integer(
    VM& vm, std::string& out, Value v, char conversion, PercentSpec const& spec)
{
    Value number = v;
    if (!is_int(v)) {
        bool const index_only = conversion == 'x' || conversion == 'X' || conversion == 'o';
        bool const has_index = !vm.lookup_special(v, vm.names.__index__).is_empty();
        bool const has_int = !vm.lookup_special(v, vm.names.__int__).is_empty();
        bool const is_number = has_index || has_int || is_float(v)
            || !vm.lookup_special(v, vm.names.__float__).is_empty();
        if (!is_number) {
            if (index_only)
                return vm.raise_type_error(std::string("%") + conversion
                    + " format: an integer is required, not " + type_name(v));
            return vm.raise_type_error(std::string("%") + conversion
                + " format: a real number is required, not " + type_name(v));
        }
        if (index_only) {
            if (!has_index)
                return vm.raise_type_error(std::string("%") + conversion
                    + " format: an integer is required, not " + type_name(v));
            number = TRY(vm.call_method(v, vm.names.__index__, {}));
        } else {
            number = TRY(vm.call(types::int_->value(), {v}));
        }
    }
    bool negative = false;
    std::string digits = TRY(int_digits(vm, number, conversion, negative));
    std::string_view prefix;
    if (spec.alternate) {
        if (conversion == 'x')
            prefix = "0x";
        else if (conversion == 'X')
            prefix = "0X";
        else if (conversion == 'o')
            prefix = "0o";
    }
    append_number(out, negative, prefix, digits, spec.precision, spec);
    return {};
}

Result<void> format_floating(
    VM& vm, std::string& out, Value v, char conversion, PercentSpec const& spec)
{
    double const d = TRY(to_double(vm, v));
    std::string spec_text;
    if (spec.alternate)
        spec_text.push_back('#');
    spec_text.push_back('.');
    spec_text += std::to_string(spec.precision < 0 ? 6 : spec.precision);
    spec_text.push_back(conversion);
    Value number = is_float(v) && VM::type_of(v) == types::float_ ? v : vm.new_float(d);
    StrObject* text = TRY(vm.format(number, vm.new_str(spec_text)));
    std::string_view body = text->view();
    bool const negative = !body.empty() && body[0] == '-';
    if (negative)
        body.remove_prefix(1);
    append_number(out, negative, {}, body, -1, spec);
    return {};
}

Result<void> format_char(VM& vm, std::string& out, Value v, PercentSpec const& spec)
{
    std::string ch;
    if (is_str(v)) {
        if (as_str(v)->length() != 1)
            return vm.raise_type_error("%c requires int or char");
        ch = as_str(v)->data();
    } else if (is_int(v)) {
        int64_t cp;
        if (!int_fits_int64(v, cp) || cp < 0 || cp > 0x10FFFF)
            return vm.raise(types::overflow_error, "%c arg not in range(0x110000)");
        utf8_append(ch, static_cast<uint32_t>(cp));
    } else {
        return vm.raise_type_error("%c requires int or char");
    }
    append_padded_text(out, ch, 1, spec);
    return {};
}

/// Reads a `*` width or precision argument.
Result<int64_t> star_arg(VM& vm, PercentContext& ctx)
{
    Value v = TRY(next_arg(vm, ctx));
    if (!is_int(v))
        return vm.raise_type_error("* wants int");
    int64_t n;
    if (!int_fits_int64(v, n))
        return vm.raise(types::overflow_error, "Python int too large to convert to C ssize_t");
    return n;
}

} // namespace

Result<std::string> percent_format(VM& vm, std::string_view fmt, Value args)
{
    PercentContext ctx;
    ctx.args = args;
    if (VM::is_instance_of(args, types::tuple)) {
        ctx.tuple = static_cast<TupleObject*>(args.as_object());
        ctx.arglen = static_cast<int64_t>(ctx.tuple->size());
        ctx.argidx = 0;
    } else if (!is_str(args) && !vm.lookup_special(args, vm.names.__getitem__).is_empty()) {
        ctx.dict = args;
    }
    std::string out;
    out.reserve(fmt.size() + 16);
    size_t i = 0;
    size_t const n = fmt.size();
    while (i < n) {
        size_t const pct = fmt.find('%', i);
        if (pct == std::string_view::npos) {
            out.append(fmt.substr(i));
            break;
        }
        out.append(fmt.substr(i, pct - i));
        i = pct + 1;
        if (i < n && fmt[i] == '%') {
            out.push_back('%');
            ++i;
            continue;
        }
        // A conversion: [(key)][flags][width][.precision][length]type.
        if (i < n && fmt[i] == '(') {
            if (ctx.dict.is_empty())
                return vm.raise_type_error("format requires a mapping");
            size_t const key_start = ++i;
            int depth = 1;
            while (i < n && depth > 0) {
                if (fmt[i] == '(')
                    ++depth;
                else if (fmt[i] == ')')
                    --depth;
                ++i;
            }
            if (depth > 0)
                return vm.raise_value_error("incomplete format key");
            Value key = vm.new_str(fmt.substr(key_start, i - 1 - key_start))->value();
            Value value = TRY(vm.getitem(ctx.dict, key));
            ctx.args = value;
            ctx.tuple = nullptr;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        PercentSpec spec;
        for (; i < n; ++i) {
            char const c = fmt[i];
            if (c == '-')
                spec.left = true;
            else if (c == '+')
                spec.plus = true;
            else if (c == ' ')
                spec.space = true;
            else if (c == '#')
                spec.alternate = true;
            else if (c == '0')
                spec.zero = true;
            else
                break;
        }
        if (i < n && fmt[i] == '*') {
            spec.width = TRY(star_arg(vm, ctx));
            if (spec.width < 0) {
                spec.left = true;
                spec.width = -spec.width;
            }
            ++i;
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                spec.width = (spec.width < 0 ? 0 : spec.width) * 10 + (fmt[i] - '0');
                if (spec.width > INT32_MAX)
                    return vm.raise_value_error("width too big");
                ++i;
            }
        }
        if (i < n && fmt[i] == '.') {
            ++i;
            spec.precision = 0;
            if (i < n && fmt[i] == '*') {
                spec.precision = TRY(star_arg(vm, ctx));
                if (spec.precision < 0)
                    spec.precision = 0;
                ++i;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    spec.precision = spec.precision * 10 + (fmt[i] - '0');
                    if (spec.precision > INT32_MAX)
                        return vm.raise_value_error("precision too big");
                    ++i;
                }
            }
        }
        if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L'))
            ++i;
        if (i >= n)
            return vm.raise_value_error("incomplete format");
        size_t const conversion_index = i;
        char const conversion = fmt[i++];
        if (conversion == '%') {
            // CPython 3.11 rejects '%' after flags or a width ("%5%").
            return vm.raise_value_error("unsupported format character '%' (0x25) at index "
                + std::to_string(utf8_length(fmt.substr(0, conversion_index))));
        }
        Value v;
        switch (conversion) {
        case 's':
        case 'r':
        case 'a': {
            v = TRY(next_arg(vm, ctx));
            StrObject* text = conversion == 's' ? TRY(vm.str(v))
                : conversion == 'r'             ? TRY(vm.repr(v))
                                                : TRY(vm.ascii(v));
            std::string_view body = text->view();
            size_t length = text->length();
            if (spec.precision >= 0 && static_cast<uint64_t>(spec.precision) < length) {
                length = static_cast<size_t>(spec.precision);
                body = body.substr(0, text->byte_offset(length));
            }
            append_padded_text(out, body, length, spec);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            v = TRY(next_arg(vm, ctx));
            TRY(format_integer(vm, out, v, conversion, spec));
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            v = TRY(next_arg(vm, ctx));
            TRY(format_floating(vm, out, v, conversion, spec));
            break;
        case 'c':
            v = TRY(next_arg(vm, ctx));
            TRY(format_char(vm, out, v, spec));
            break;
        default: {
            char const* p = fmt.data() + conversion_index;
            uint32_t const cp = utf8_decode(p);
            char hex[16];
            std::snprintf(hex, sizeof hex, "0x%x", cp);
            std::string message = "unsupported format character '";
            if (cp >= 32 && cp < 127)
                message.push_back(static_cast<char>(cp));
            else
                message += "?";
            return vm.raise_value_error(message + "' (" + hex + ") at index "
                + std::to_string(utf8_length(fmt.substr(0, conversion_index))));
        }
        }
    }
    if (ctx.argidx < ctx.arglen && ctx.dict.is_empty())
        return vm.raise_type_error("not all arguments converted during string formatting");
    return out;
}

Result<Value> str_percent_format(VM& vm, StrObject* format, Value args)
{
    std::string out = TRY(percent_format(vm, format->view(), args));
    return vm.new_str(std::move(out))->value();
}

namespace {

// -- str.format ----------------------------------------------------------------------------------

/// Where str.format finds its arguments: positional values and keywords (or a mapping).
struct FormatArgs {
    Value const* positional = nullptr;
    size_t positional_count = 0;
    Value const* keyword_values = nullptr;
    TupleObject* keyword_names = nullptr;
    Value mapping; ///< format_map's mapping, or empty
    int auto_number = 0; ///< next automatic index
    enum class Numbering : uint8_t { Unknown, Auto, Manual } numbering = Numbering::Unknown;
};

bool all_digits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

/// A decimal index, or -1 if it overflows (CPython treats such names as keywords... then fails).
int64_t parse_index(std::string_view s)
{
    int64_t v = 0;
    for (char c : s) {
        if (v > (INT64_MAX - 9) / 10)
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

/// Resolves a field name ("0", "name", "", "0.attr[key]") to its object.
Result<Value> resolve_field(VM& vm, std::string_view field, FormatArgs& fa)
{
    size_t first_end = 0;
    while (first_end < field.size() && field[first_end] != '.' && field[first_end] != '[')
        ++first_end;
    std::string_view const first = field.substr(0, first_end);
    Value obj;
    if (first.empty() || all_digits(first)) {
        int64_t index;
        if (first.empty()) {
            if (fa.numbering == FormatArgs::Numbering::Manual)
                return vm.raise_value_error(
                    "cannot switch from manual field specification to automatic field numbering");
            fa.numbering = FormatArgs::Numbering::Auto;
            index = fa.auto_number++;
        } else {
            if (fa.numbering == FormatArgs::Numbering::Auto)
                return vm.raise_value_error(
                    "cannot switch from automatic field numbering to manual field specification");
            fa.numbering = FormatArgs::Numbering::Manual;
            index = parse_index(first);
            if (index < 0)
                return vm.raise_value_error("Too many decimal digits in format string");
        }
        if (!fa.mapping.is_empty())
            return vm.raise_value_error("Format string contains positional fields");
        if (static_cast<uint64_t>(index) >= fa.positional_count)
            return vm.raise(types::index_error,
                "Replacement index " + std::to_string(index)
                    + " out of range for positional args tuple");
        obj = fa.positional[index];
    } else if (!fa.mapping.is_empty()) {
        obj = TRY(vm.getitem(fa.mapping, vm.new_str(first)->value()));
    } else {
        size_t const count = fa.keyword_names ? fa.keyword_names->size() : 0;
        for (size_t k = 0; k < count; ++k) {
            if (as_str(fa.keyword_names->at(k))->view() == first) {
                obj = fa.keyword_values[k];
                break;
            }
        }
        if (obj.is_empty())
            return vm.raise_with_args(types::key_error, {vm.new_str(first)->value()});
    }
    // The rest: .attr and [key] accessors.
    size_t i = first_end;
    while (i < field.size()) {
        char const c = field[i++];
        if (c == '.') {
            size_t const start = i;
            while (i < field.size() && field[i] != '.' && field[i] != '[')
                ++i;
            if (i == start)
                return vm.raise_value_error("Empty attribute in format string");
            Root keep(vm, obj);
            obj = TRY(vm.getattr(obj, vm.intern(field.substr(start, i - start))));
        } else if (c == '[') {
            size_t const start = i;
            while (i < field.size() && field[i] != ']')
                ++i;
            if (i >= field.size())
                return vm.raise_value_error("Missing ']' in format string");
            std::string_view const key_text = field.substr(start, i - start);
            ++i;
            if (key_text.empty())
                return vm.raise_value_error("Empty attribute in format string");
            if (i < field.size() && field[i] != '.' && field[i] != '[')
                return vm.raise_value_error(
                    "Only '.' or '[' may follow ']' in format field specifier");
            Root keep(vm, obj);
            Value key = all_digits(key_text) && parse_index(key_text) >= 0
                ? vm.new_int(parse_index(key_text))
                : vm.new_str(key_text)->value();
            obj = TRY(vm.getitem(obj, key));
        } else {
            return vm.raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

Result<void> build_format(
    VM& vm, std::string_view fmt, FormatArgs& fa, int depth, std::string& out);

/// Formats one replacement field (the text between the braces).
Result<void> render_field(
    VM& vm, std::string_view field_text, FormatArgs& fa, int depth, std::string& out)
{
    // parse_field: the name ends at '!' or ':' (brackets may contain them).
    size_t i = 0;
    while (i < field_text.size()) {
        char const c = field_text[i];
        if (c == '[') {
            while (i < field_text.size() && field_text[i] != ']')
                ++i;
            if (i < field_text.size())
                ++i;
            continue;
        }
        if (c == '{')
            return vm.raise_value_error("unexpected '{' in field name");
        if (c == '!' || c == ':')
            break;
        ++i;
    }
    std::string_view const name = field_text.substr(0, i);
    char conversion = 0;
    std::string_view spec;
    if (i < field_text.size()) {
        if (field_text[i] == '!') {
            if (i + 1 >= field_text.size())
                return vm.raise_value_error("end of string while looking for conversion specifier");
            conversion = field_text[i + 1];
            i += 2;
            if (i < field_text.size()) {
                if (field_text[i] != ':')
                    return vm.raise_value_error("expected ':' after conversion specifier");
                ++i;
            }
        } else {
            ++i;
        }
        spec = field_text.substr(std::min(i, field_text.size()));
    }
    Value obj = TRY(resolve_field(vm, name, fa));
    Root keep(vm, obj);
    if (conversion) {
        StrObject* converted;
        switch (conversion) {
        case 'r':
            converted = TRY(vm.repr(obj));
            break;
        case 's':
            converted = TRY(vm.str(obj));
            break;
        case 'a':
            converted = TRY(vm.ascii(obj));
            break;
        default: {
            std::string message = "Unknown conversion specifier ";
            auto const uc = static_cast<unsigned char>(conversion);
            if (uc > 32 && uc < 127) {
                message.push_back(conversion);
            } else {
                // Non-ASCII conversion characters are reported by code point.
                char const* p = field_text.data() + (name.size() + 1);
                uint32_t const cp = utf8_decode(p);
                char hex[16];
                std::snprintf(hex, sizeof hex, "\\x%x", cp);
                message += hex;
            }
            return vm.raise_value_error(message);
        }
        }
        obj = converted->value();
        keep.set(obj);
    }
    // A spec with nested fields is expanded first ("{:{w}}").
    StrObject* spec_str;
    if (spec.find('{') != std::string_view::npos) {
        std::string expanded;
        TRY(build_format(vm, spec, fa, depth - 1, expanded));
        spec_str = vm.new_str(std::move(expanded));
    } else {
        spec_str = vm.new_str(spec);
    }
    if (is_str(obj) && VM::type_of(obj) == types::str && spec_str->byte_length() == 0) {
        out += as_str(obj)->view();
        return {};
    }
    StrObject* formatted = TRY(vm.format(obj, spec_str));
    out += formatted->view();
    return {};
}

// Objects/stringlib/unicode_format.h MarkupIterator_next and output_markup.
Result<void> build_format(VM& vm, std::string_view fmt, FormatArgs& fa, int depth, std::string& out)
{
    if (depth <= 0)
        return vm.raise_value_error("Max string recursion exceeded");
    size_t i = 0;
    size_t const n = fmt.size();
    while (i < n) {
        // Literal text up to the next brace.
        size_t j = i;
        while (j < n && fmt[j] != '{' && fmt[j] != '}')
            ++j;
        out.append(fmt.substr(i, j - i));
        if (j >= n)
            break;
        char const c = fmt[j];
        i = j + 1;
        if (c == '}') {
            if (i < n && fmt[i] == '}') {
                out.push_back('}');
                ++i;
                continue;
            }
            return vm.raise_value_error("Single '}' encountered in format string");
        }
        if (i < n && fmt[i] == '{') {
            out.push_back('{');
            ++i;
            continue;
        }
        if (i >= n)
            return vm.raise_value_error("Single '{' encountered in format string");
        // A replacement field: find the matching '}' (nested braces belong to the spec).
        size_t const start = i;
        int count = 1;
        bool in_name = true;
        while (i < n) {
            char const d = fmt[i++];
            if (in_name && d == '[') {
                while (i < n && fmt[i] != ']')
                    ++i;
                continue;
            }
            if (d == ':' || d == '!')
                in_name = false;
            if (d == '{') {
                ++count;
            } else if (d == '}') {
                if (--count == 0)
                    break;
            }
        }
        if (count != 0)
            return vm.raise_value_error(
                in_name ? "expected '}' before end of string" : "unmatched '{' in format spec");
        std::string_view const field = fmt.substr(start, i - 1 - start);
        // "{0!}" has an empty conversion: CPython reports the unmatched brace of the spec.
        if (!field.empty() && field.back() == '!' && field.find(':') == std::string_view::npos)
            return vm.raise_value_error("unmatched '{' in format spec");
        TRY(render_field(vm, field, fa, depth, out));
    }
    return {};
}

Result<Value> str_format_method(VM& vm, CallArgs const& args)
{
    STR_SELF("format");
    FormatArgs fa;
    size_t const nkw = args.kwnames ? args.kwnames->size() : 0;
    fa.positional = args.args + 1;
    fa.positional_count = args.count - 1 - nkw;
    fa.keyword_values = args.args + (args.count - nkw);
    fa.keyword_names = nkw ? args.kwnames : nullptr;
    std::string out;
    out.reserve(self->byte_length() + 16);
    TRY(build_format(vm, self->view(), fa, 2, out));
    return vm.new_str(std::move(out))->value();
}

Result<Value> str_format_map(VM& vm, CallArgs const& args)
{
    STR_SELF("format_map");
    TRY(check_arg_count(vm, args, "str.format_map", 1, 1, true));
    FormatArgs fa;
    fa.mapping = args.args[1];
    std::string out;
    TRY(build_format(vm, self->view(), fa, 2, out));
    return vm.new_str(std::move(out))->value();
}

} // namespace

void init_str_format_methods(VM& vm, DictObject* dict)
{
    vm.define_native(dict, "format", &str_format_method, types::str);
    vm.define_native(dict, "format_map", &str_format_map, types::str);
}

} // namespace minipy
