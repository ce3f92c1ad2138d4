// str's case mappings (upper, lower, casefold, title, capitalize, swapcase), character-class
// predicates (isalpha, isdigit, ..., isidentifier), padding (center, ljust, rjust, zfill,
// expandtabs) and translation (maketrans, translate).
//
// Case mapping follows Objects/unicodeobject.c: full mappings from SpecialCasing (ß -> SS),
// and the final-sigma rule of lower_ucs4 (Σ at the end of a word lowers to ς).
#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/str_util.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/unicode_tables.hpp"

#include <vector>

namespace minipy {

namespace {

enum class CaseKind : uint8_t { Upper, Lower, Title, Fold };

inline uint16_t flags_of(uint32_t cp)
{
    return unicode::record(cp).flags;
}

/// Appends the full case mapping of `cp`.
void append_mapped(std::string& out, uint32_t cp, CaseKind kind)
{
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (kind == CaseKind::Upper || kind == CaseKind::Title) {
            if (c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 32);
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c + 32);
        }
        out.push_back(c);
        return;
    }
    unicode::CharRecord const& r = unicode::record(cp);
    if (r.flags & unicode::SPECIAL) {
        unicode::SpecialCasing const* special = unicode::find_special(cp);
        switch (kind) {
        case CaseKind::Upper:
            out += special->upper;
            return;
        case CaseKind::Lower:
            out += special->lower;
            return;
        case CaseKind::Title:
            out += special->title;
            return;
        case CaseKind::Fold:
            out += special->fold;
            return;
        }
    }
    int32_t const delta = kind == CaseKind::Upper ? r.upper
        : kind == CaseKind::Title                 ? r.title
                                                  : r.lower;
    utf8_append(out, static_cast<uint32_t>(static_cast<int32_t>(cp) + delta));
}

std::vector<uint32_t> decode_all(std::string_view s)
{
    std::vector<uint32_t> cps;
    cps.reserve(s.size());
    char const* p = s.data();
    char const* const end = p + s.size();
    while (p < end)
        cps.push_back(utf8_decode(p));
    return cps;
}

/// lower_ucs4: the lowercase of cps[i], with the final-sigma rule for U+03A3.
void append_lower(std::string& out, std::vector<uint32_t> const& cps, size_t i)
{
    if (cps[i] != 0x3A3) {
        append_mapped(out, cps[i], CaseKind::Lower);
        return;
    }
    // handle_capital_sigma: final if preceded by a cased letter and not followed by one
    // (case-ignorable characters are skipped in both directions).
    size_t j = i;
    while (j > 0 && (flags_of(cps[j - 1]) & unicode::CASE_IGNORABLE))
        --j;
    bool final_sigma = j > 0 && (flags_of(cps[j - 1]) & unicode::CASED);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < cps.size() && (flags_of(cps[k]) & unicode::CASE_IGNORABLE))
            ++k;
        final_sigma = k == cps.size() || !(flags_of(cps[k]) & unicode::CASED);
    }
    utf8_append(out, final_sigma ? 0x3C2 : 0x3C3);
}

Result<Value> simple_case(VM& vm, CallArgs const& args, char const* name, CaseKind kind)
{
    StrObject* self = as_str(args.args[0]);
    TRY(check_arg_count(vm, args, (std::string("str.") + name).c_str(), 0, 0, true));
    std::string_view const s = self->view();
    std::string out;
    out.reserve(s.size());
    if (self->is_ascii()) {
        out.assign(s);
        for (char& c : out) {
            if (kind == CaseKind::Upper) {
                if (c >= 'a' && c <= 'z')
                    c = static_cast<char>(c - 32);
            } else if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c + 32);
            }
        }
        return str_result(vm, self, std::move(out));
    }
    std::vector<uint32_t> const cps = decode_all(s);
    for (size_t i = 0; i < cps.size(); ++i) {
        if (kind == CaseKind::Lower)
            append_lower(out, cps, i);
        else
            append_mapped(out, cps[i], kind);
    }
    return str_result(vm, self, std::move(out));
}

Result<Value> str_upper(VM& vm, CallArgs const& args)
{
    STR_SELF("upper");
    (void)self;
    return simple_case(vm, args, "upper", CaseKind::Upper);
}

Result<Value> str_lower(VM& vm, CallArgs const& args)
{
    STR_SELF("lower");
    (void)self;
    return simple_case(vm, args, "lower", CaseKind::Lower);
}

Result<Value> str_casefold(VM& vm, CallArgs const& args)
{
    STR_SELF("casefold");
    (void)self;
    return simple_case(vm, args, "casefold", CaseKind::Fold);
}

Result<Value> str_title(VM& vm, CallArgs const& args)
{
    STR_SELF("title");
    TRY(check_arg_count(vm, args, "str.title", 0, 0, true));
    std::vector<uint32_t> const cps = decode_all(self->view());
    std::string out;
    out.reserve(self->byte_length());
    bool previous_is_cased = false;
    for (size_t i = 0; i < cps.size(); ++i) {
        if (previous_is_cased)
            append_lower(out, cps, i);
        else
            append_mapped(out, cps[i], CaseKind::Title);
        previous_is_cased = (flags_of(cps[i]) & unicode::CASED) != 0;
    }
    return str_result(vm, self, std::move(out));
}

Result<Value> str_capitalize(VM& vm, CallArgs const& args)
{
    STR_SELF("capitalize");
    TRY(check_arg_count(vm, args, "str.capitalize", 0, 0, true));
    std::vector<uint32_t> const cps = decode_all(self->view());
    std::string out;
    out.reserve(self->byte_length());
    for (size_t i = 0; i < cps.size(); ++i) {
        if (i == 0)
            append_mapped(out, cps[i], CaseKind::Title);
        else
            append_lower(out, cps, i);
    }
    return str_result(vm, self, std::move(out));
}

Result<Value> str_swapcase(VM& vm, CallArgs const& args)
{
    STR_SELF("swapcase");
    TRY(check_arg_count(vm, args, "str.swapcase", 0, 0, true));
    std::vector<uint32_t> const cps = decode_all(self->view());
    std::string out;
    out.reserve(self->byte_length());
    for (size_t i = 0; i < cps.size(); ++i) {
        uint16_t const flags = flags_of(cps[i]);
        if (flags & unicode::UPPER)
            append_lower(out, cps, i);
        else if (flags & unicode::LOWER)
            append_mapped(out, cps[i], CaseKind::Upper);
        else
            utf8_append(out, cps[i]);
    }
    return str_result(vm, self, std::move(out));
}

// -- predicates ----------------------------------------------------------------------------------

/// True if every code point has one of `mask`'s flags (and the string is not empty).
Result<Value> all_have(VM& vm, CallArgs const& args, char const* name, uint16_t mask)
{
    StrObject* self = as_str(args.args[0]);
    TRY(check_arg_count(vm, args, (std::string("str.") + name).c_str(), 0, 0, true));
    std::string_view const s = self->view();
    if (s.empty())
        return py_false;
    char const* p = s.data();
    char const* const end = p + s.size();
    while (p < end) {
        if (!(flags_of(utf8_decode(p)) & mask))
            return py_false;
    }
    return py_true;
}

#define DEFINE_PREDICATE(fn, pyname, mask)                                                         \
    Result<Value> fn(VM& vm, CallArgs const& args)                                                 \
    {                                                                                              \
        STR_SELF(pyname);                                                                          \
        (void)self;                                                                                \
        return all_have(vm, args, pyname, (mask));                                                 \
    }

DEFINE_PREDICATE(str_isalpha, "isalpha", unicode::ALPHA)
DEFINE_PREDICATE(str_isdecimal, "isdecimal", unicode::DECIMAL)
DEFINE_PREDICATE(str_isdigit, "isdigit", unicode::DIGIT)
DEFINE_PREDICATE(str_isnumeric, "isnumeric", unicode::NUMERIC)
DEFINE_PREDICATE(
    str_isalnum, "isalnum", unicode::ALPHA | unicode::DECIMAL | unicode::DIGIT | unicode::NUMERIC)
DEFINE_PREDICATE(str_isspace, "isspace", unicode::SPACE)
#undef DEFINE_PREDICATE

Result<Value> str_isprintable(VM& vm, CallArgs const& args)
{
    STR_SELF("isprintable");
    TRY(check_arg_count(vm, args, "str.isprintable", 0, 0, true));
    char const* p = self->data().data();
    char const* const end = p + self->byte_length();
    while (p < end) {
        if (!is_printable_code_point(utf8_decode(p)))
            return py_false;
    }
    return py_true;
}

Result<Value> str_isascii(VM& vm, CallArgs const& args)
{
    STR_SELF("isascii");
    TRY(check_arg_count(vm, args, "str.isascii", 0, 0, true));
    return py_bool(self->is_ascii());
}

Result<Value> str_isupper(VM& vm, CallArgs const& args)
{
    STR_SELF("isupper");
    TRY(check_arg_count(vm, args, "str.isupper", 0, 0, true));
    char const* p = self->data().data();
    char const* const end = p + self->byte_length();
    bool cased = false;
    while (p < end) {
        uint16_t const flags = flags_of(utf8_decode(p));
        if (flags & (unicode::LOWER | unicode::TITLE))
            return py_false;
        cased |= (flags & unicode::UPPER) != 0;
    }
    return py_bool(cased);
}

Result<Value> str_islower(VM& vm, CallArgs const& args)
{
    STR_SELF("islower");
    TRY(check_arg_count(vm, args, "str.islower", 0, 0, true));
    char const* p = self->data().data();
    char const* const end = p + self->byte_length();
    bool cased = false;
    while (p < end) {
        uint16_t const flags = flags_of(utf8_decode(p));
        if (flags & (unicode::UPPER | unicode::TITLE))
            return py_false;
        cased |= (flags & unicode::LOWER) != 0;
    }
    return py_bool(cased);
}

Result<Value> str_istitle(VM& vm, CallArgs const& args)
{
    STR_SELF("istitle");
    TRY(check_arg_count(vm, args, "str.istitle", 0, 0, true));
    char const* p = self->data().data();
    char const* const end = p + self->byte_length();
    bool cased = false;
    bool previous_is_cased = false;
    while (p < end) {
        uint16_t const flags = flags_of(utf8_decode(p));
        if (flags & (unicode::UPPER | unicode::TITLE)) {
            if (previous_is_cased)
                return py_false;
            previous_is_cased = cased = true;
        } else if (flags & unicode::LOWER) {
            if (!previous_is_cased)
                return py_false;
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return py_bool(cased);
}

Result<Value> str_isidentifier(VM& vm, CallArgs const& args)
{
    STR_SELF("isidentifier");
    TRY(check_arg_count(vm, args, "str.isidentifier", 0, 0, true));
    char const* p = self->data().data();
    char const* const end = p + self->byte_length();
    if (p == end)
        return py_false;
    uint32_t const first = utf8_decode(p);
    if (first != '_' && !(flags_of(first) & unicode::XID_START))
        return py_false;
    while (p < end) {
        if (!(flags_of(utf8_decode(p)) & unicode::XID_CONTINUE))
            return py_false;
    }
    return py_true;
}

// -- padding -------------------------------------------------------------------------------------

/// Parses (width[, fillchar]) for center/ljust/rjust.
Result<void> pad_args(
    VM& vm, CallArgs const& args, char const* name, int64_t& width, std::string_view& fill)
{
    TRY(check_arg_count(vm, args, (std::string("str.") + name).c_str(), 1, 2, true));
    width = TRY(index_arg(vm, args.args[1]));
    fill = " ";
    if (args.count > 2) {
        if (!is_str(args.args[2]))
            return vm.raise_type_error(
                std::string(name) + "() argument 2 must be str, not " + type_name(args.args[2]));
        StrObject* f = as_str(args.args[2]);
        if (f->length() != 1)
            return vm.raise_type_error("The fill character must be exactly one character long");
        fill = f->view();
    }
    return {};
}

Result<Value> pad(VM& vm, StrObject* self, int64_t left, int64_t right, std::string_view fill)
{
    if (left <= 0 && right <= 0)
        return exact_str(vm, self);
    if (static_cast<uint64_t>(left + right) * fill.size() > (uint64_t(1) << 34))
        return vm.raise_memory_error();
    std::string out;
    out.reserve(self->byte_length() + static_cast<size_t>(left + right) * fill.size());
    for (int64_t i = 0; i < left; ++i)
        out += fill;
    out += self->view();
    for (int64_t i = 0; i < right; ++i)
        out += fill;
    return vm.new_str(std::move(out))->value();
}

Result<Value> str_center(VM& vm, CallArgs const& args)
{
    STR_SELF("center");
    int64_t width;
    std::string_view fill;
    TRY(pad_args(vm, args, "center", width, fill));
    auto const length = static_cast<int64_t>(self->length());
    if (width <= length)
        return exact_str(vm, self);
    int64_t const margin = width - length;
    // Objects/unicodeobject.c unicode_center_impl: odd margins favour the left when width is odd.
    int64_t const left = margin / 2 + (margin & width & 1);
    return pad(vm, self, left, margin - left, fill);
}

Result<Value> str_ljust(VM& vm, CallArgs const& args)
{
    STR_SELF("ljust");
    int64_t width;
    std::string_view fill;
    TRY(pad_args(vm, args, "ljust", width, fill));
    return pad(vm, self, 0, width - static_cast<int64_t>(self->length()), fill);
}

Result<Value> str_rjust(VM& vm, CallArgs const& args)
{
    STR_SELF("rjust");
    int64_t width;
    std::string_view fill;
    TRY(pad_args(vm, args, "rjust", width, fill));
    return pad(vm, self, width - static_cast<int64_t>(self->length()), 0, fill);
}

Result<Value> str_zfill(VM& vm, CallArgs const& args)
{
    STR_SELF("zfill");
    TRY(check_arg_count(vm, args, "str.zfill", 1, 1, true));
    int64_t const width = TRY(index_arg(vm, args.args[1]));
    auto const length = static_cast<int64_t>(self->length());
    if (width <= length)
        return exact_str(vm, self);
    std::string_view const s = self->view();
    std::string out;
    out.reserve(static_cast<size_t>(width - length) + s.size());
    size_t body = 0;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        out.push_back(s[0]);
        body = 1;
    }
    out.append(static_cast<size_t>(width - length), '0');
    out.append(s.substr(body));
    return vm.new_str(std::move(out))->value();
}

Result<Value> str_expandtabs(VM& vm, CallArgs const& args)
{
    STR_SELF("expandtabs");
    Value bound[1];
    TRY(bind_args(vm, args, "expandtabs", {"tabsize"}, 0, 0, bound, true));
    int64_t tabsize = 8;
    if (!bound[0].is_empty())
        tabsize = TRY(index_arg(vm, bound[0]));
    std::string_view const s = self->view();
    if (s.find('\t') == std::string_view::npos)
        return exact_str(vm, self);
    std::string out;
    out.reserve(s.size() + 16);
    int64_t column = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        char const c = s[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t const spaces = tabsize - column % tabsize;
                if (out.size() + static_cast<uint64_t>(spaces) > (uint64_t(1) << 34))
                    return vm.raise(types::overflow_error, "new string is too long");
                out.append(static_cast<size_t>(spaces), ' ');
                column += spaces;
            }
            continue;
        }
        out.push_back(c);
        if (c == '\n' || c == '\r')
            column = 0;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++column;
    }
    return vm.new_str(std::move(out))->value();
}

// -- maketrans / translate -----------------------------------------------------------------------

Result<Value> str_maketrans(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "str.maketrans"));
    if (args.count < 1 || args.count > 3)
        TRY(check_arg_count(vm, args, "maketrans", 1, 3));
    DictObject* result = vm.new_dict();
    Root keep(vm, result->value());
    if (args.count == 1) {
        Value x = args.args[0];
        if (!VM::is_instance_of(x, types::dict))
            return vm.raise_type_error(
                "if you give only one argument to maketrans it must be a dict");
        auto* source = static_cast<DictObject*>(x.as_object());
        for (size_t i = 0; i < source->entries().size(); ++i) {
            DictObject::Entry const entry = source->entries()[i];
            if (entry.key.is_empty())
                continue;
            if (is_str(entry.key)) {
                StrObject* key = as_str(entry.key);
                if (key->length() != 1)
                    return vm.raise_value_error(
                        "string keys in translate table must be of length 1");
                TRY(result->set(vm, vm.new_int(key->code_point_at(0)), entry.value));
            } else if (is_int(entry.key)) {
                TRY(result->set(vm, entry.key, entry.value));
            } else {
                return vm.raise_type_error("keys in translate table must be strings or integers");
            }
        }
        return result->value();
    }
    for (size_t i = 0; i < args.count; ++i) {
        if (!is_str(args.args[i]))
            return vm.raise_type_error("maketrans() argument " + std::to_string(i + 1)
                + " must be str, not " + type_name(args.args[i]));
    }
    StrObject* x = as_str(args.args[0]);
    StrObject* y = as_str(args.args[1]);
    if (x->length() != y->length())
        return vm.raise_value_error("the first two maketrans arguments must have equal length");
    char const* px = x->data().data();
    char const* py = y->data().data();
    for (size_t i = 0; i < x->length(); ++i) {
        uint32_t const from = utf8_decode(px);
        uint32_t const to = utf8_decode(py);
        TRY(result->set(vm, vm.new_int(from), vm.new_int(to)));
    }
    if (args.count == 3) {
        StrObject* z = as_str(args.args[2]);
        char const* pz = z->data().data();
        for (size_t i = 0; i < z->length(); ++i)
            TRY(result->set(vm, vm.new_int(utf8_decode(pz)), py_none));
    }
    return result->value();
}

Result<Value> str_translate(VM& vm, CallArgs const& args)
{
    STR_SELF("translate");
    TRY(check_arg_count(vm, args, "str.translate", 1, 1, true));
    Value table = args.args[1];
    std::string out;
    out.reserve(self->byte_length());
    char const* p = self->data().data();
    char const* const end = p + self->byte_length();
    bool const is_dict = VM::type_of(table) == types::dict;
    while (p < end) {
        char const* start = p;
        uint32_t const cp = utf8_decode(p);
        Value key = vm.new_int(cp);
        Value mapped;
        if (is_dict) {
            mapped = TRY(static_cast<DictObject*>(table.as_object())->get(vm, key));
        } else {
            Result<Value> r = vm.getitem(table, key);
            if (r.is_error()) {
                if (!vm.exception_matches(types::lookup_error))
                    return Error {};
                vm.take_exception();
            } else {
                mapped = r.value();
            }
        }
        if (mapped.is_empty()) {
            out.append(start, p);
        } else if (mapped.is(py_none)) {
            // Deleted.
        } else if (is_int(mapped)) {
            int64_t v;
            if (!int_fits_int64(mapped, v) || v < 0 || v > 0x10FFFF)
                return vm.raise_value_error("character mapping must be in range(0x110000)");
            utf8_append(out, static_cast<uint32_t>(v));
        } else if (is_str(mapped)) {
            out += as_str(mapped)->view();
        } else {
            return vm.raise_type_error("character mapping must return integer, None or str");
        }
    }
    return str_result(vm, self, std::move(out));
}

} // namespace

void init_str_case_methods(VM& vm, DictObject* dict)
{
    vm.define_native(dict, "upper", &str_upper, types::str);
    vm.define_native(dict, "lower", &str_lower, types::str);
    vm.define_native(dict, "casefold", &str_casefold, types::str);
    vm.define_native(dict, "title", &str_title, types::str);
    vm.define_native(dict, "capitalize", &str_capitalize, types::str);
    vm.define_native(dict, "swapcase", &str_swapcase, types::str);
    vm.define_native(dict, "isalpha", &str_isalpha, types::str);
    vm.define_native(dict, "isdecimal", &str_isdecimal, types::str);
    vm.define_native(dict, "isdigit", &str_isdigit, types::str);
    vm.define_native(dict, "isnumeric", &str_isnumeric, types::str);
    vm.define_native(dict, "isalnum", &str_isalnum, types::str);
    vm.define_native(dict, "isspace", &str_isspace, types::str);
    vm.define_native(dict, "isprintable", &str_isprintable, types::str);
    vm.define_native(dict, "isascii", &str_isascii, types::str);
    vm.define_native(dict, "isupper", &str_isupper, types::str);
    vm.define_native(dict, "islower", &str_islower, types::str);
    vm.define_native(dict, "istitle", &str_istitle, types::str);
    vm.define_native(dict, "isidentifier", &str_isidentifier, types::str);
    vm.define_native(dict, "center", &str_center, types::str);
    vm.define_native(dict, "ljust", &str_ljust, types::str);
    vm.define_native(dict, "rjust", &str_rjust, types::str);
    vm.define_native(dict, "zfill", &str_zfill, types::str);
    vm.define_native(dict, "expandtabs", &str_expandtabs, types::str);
    vm.define_native(dict, "translate", &str_translate, types::str);
    // maketrans is a staticmethod: it must not bind to an instance ("".maketrans("a", "b")).
    DictObject* scratch = vm.new_dict();
    NativeFunctionObject* maketrans
        = vm.define_native(scratch, "maketrans", &str_maketrans, types::str);
    dict->set_str(vm, vm.intern("maketrans"), make_staticmethod(vm, maketrans->value()));
}

} // namespace minipy
