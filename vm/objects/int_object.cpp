// IntObject and the int core: construction, normalisation, conversions to text and double,
// hashing, parsing (int(str, base)) and the bool singletons.
#include "vm/objects/int_object.hpp"

#include "vm/builtin_types.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"

#include <charconv>
#include <cmath>

namespace minipy {

int64_t g_int_max_str_digits = 4300;

IntObject::IntObject(Type* type, BigInt big)
    : Object(type)
{
    if (big >= std::numeric_limits<int64_t>::min() && big <= std::numeric_limits<int64_t>::max()) {
        m_small = big.convert_to<int64_t>();
        m_is_big = false;
    } else {
        m_big = std::move(big);
        m_is_big = true;
    }
}

void IntObject::visit_edges(Visitor& v)
{
    v.visit(reinterpret_cast<Object*>(m_dict));
}

size_t IntObject::external_size() const
{
    return m_is_big ? m_big.backend().size() * sizeof(boost::multiprecision::limb_type) : 0;
}

// -- type tests and accessors -----------------------------------------------------------------

bool is_int(Value v)
{
    if (v.is_small_int())
        return true;
    if (!v.is_object())
        return false;
    return v.as_object()->type()->m_layout == Layout::Int;
}

bool is_exact_int(Value v)
{
    return v.is_small_int() || (v.is_object() && v.as_object()->type() == types::int_);
}

bool int_fits_int64(Value v, int64_t& out)
{
    if (v.is_small_int()) {
        out = v.as_small_int();
        return true;
    }
    if (!is_int(v))
        return false;
    auto* o = as_int_object(v);
    if (o->is_big())
        return false;
    out = o->small();
    return true;
}

BigInt int_to_big(Value v)
{
    if (v.is_small_int())
        return BigInt(v.as_small_int());
    return as_int_object(v)->to_big();
}

Value make_int(VM& vm, int64_t v)
{
    if (Value::fits_small_int(v))
        return Value::small_int(v);
    return vm.make<IntObject>(types::int_, v)->value();
}

namespace {

/// The small-int value of `value`, or the empty Value when it needs an object.
inline Value small_int_of(BigInt const& value)
{
    // Most results are small: test the limb count before any comparison.
    if (value.backend().size() == 1) {
        uint64_t magnitude = value.backend().limbs()[0];
        if (magnitude <= uint64_t(Value::small_int_max))
            return Value::small_int(value.sign() < 0 ? -int64_t(magnitude) : int64_t(magnitude));
        if (value.sign() < 0 && magnitude == uint64_t(Value::small_int_max) + 1)
            return Value::small_int(Value::small_int_min);
    }
    return Value();
}

Value new_big_object(VM& vm, BigInt&& value)
{
    auto* object = vm.make<IntObject>(types::int_, std::move(value));
    // The limbs live outside the object: count them, so that collections keep pace with
    // programs that churn through large ints.
    vm.heap().note_allocation(object->external_size());
    return object->value();
}

} // namespace

Value make_int(VM& vm, BigInt const& value)
{
    Value small = small_int_of(value);
    if (!small.is_empty())
        return small;
    return new_big_object(vm, BigInt(value));
}

Value make_int(VM& vm, BigInt&& value)
{
    Value small = small_int_of(value);
    if (!small.is_empty())
        return small;
    return new_big_object(vm, std::move(value));
}

Value make_int_from_decimal(VM& vm, std::string_view digits)
{
    int64_t small = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), small);
    if (ec == std::errc() && ptr == digits.data() + digits.size())
        return make_int(vm, small);
    return make_int(vm, BigInt(std::string(digits)));
}

int int_sign(Value v)
{
    int64_t small;
    if (int_fits_int64(v, small))
        return small < 0 ? -1 : (small > 0 ? 1 : 0);
    return as_int_object(v)->big().sign();
}

uint64_t int_bit_length(Value v)
{
    int64_t small;
    if (int_fits_int64(v, small)) {
        uint64_t magnitude = small < 0 ? uint64_t(0) - uint64_t(small) : uint64_t(small);
        return magnitude == 0 ? 0 : 64 - __builtin_clzll(magnitude);
    }
    BigInt const& big = as_int_object(v)->big();
    return boost::multiprecision::msb(boost::multiprecision::abs(big)) + 1;
}

// -- text -------------------------------------------------------------------------------------

std::string int_to_decimal(Value v)
{
    int64_t small;
    if (int_fits_int64(v, small)) {
        char buffer[24];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, small);
        return std::string(buffer, result.ptr);
    }
    return as_int_object(v)->big().str();
}

static char const* const str_digits_limit_message
    = "Exceeds the limit (%lld digits) for integer string conversion; use "
      "sys.set_int_max_str_digits() to increase the limit";

Result<StrObject*> int_repr(VM& vm, Value v)
{
    int64_t small;
    if (!int_fits_int64(v, small) && g_int_max_str_digits > 0) {
        // CPython refuses before converting when the value is certainly too long:
        // bits * log10(2) > limit.
        uint64_t bits = int_bit_length(v);
        if (double(bits) * 0.30102999566398119521 > double(g_int_max_str_digits) + 1) {
            char message[200];
            std::snprintf(message, sizeof message, str_digits_limit_message,
                static_cast<long long>(g_int_max_str_digits));
            return vm.raise(types::value_error, message);
        }
        std::string text = int_to_decimal(v);
        size_t ndigits = text.size() - (text[0] == '-' ? 1 : 0);
        if (int64_t(ndigits) > g_int_max_str_digits) {
            char message[200];
            std::snprintf(message, sizeof message, str_digits_limit_message,
                static_cast<long long>(g_int_max_str_digits));
            return vm.raise(types::value_error, message);
        }
        return vm.new_str(std::move(text));
    }
    return vm.new_str(int_to_decimal(v));
}

// -- hashing ----------------------------------------------------------------------------------

static constexpr uint64_t hash_modulus = (uint64_t(1) << 61) - 1;

int64_t int_hash(Value v)
{
    int64_t small;
    if (int_fits_int64(v, small)) {
        uint64_t magnitude = small < 0 ? uint64_t(0) - uint64_t(small) : uint64_t(small);
        int64_t h = int64_t(magnitude % hash_modulus);
        if (small < 0)
            h = -h;
        return h == -1 ? -2 : h;
    }
    BigInt const& big = as_int_object(v)->big();
    auto const& backend = big.backend();
    // Horner over the 64-bit limbs, most significant first, reducing modulo 2**61-1.
    unsigned __int128 h = 0;
    for (size_t i = backend.size(); i-- > 0;) {
        h = ((h << 64) | backend.limbs()[i]) % hash_modulus;
    }
    int64_t result = int64_t(uint64_t(h));
    if (big.sign() < 0)
        result = -result;
    return result == -1 ? -2 : result;
}

// -- conversion to double ---------------------------------------------------------------------

/// Correctly rounded |big| as a double: the top 55 bits with a sticky bit for the rest, so the
/// one hardware rounding to 53 bits is exact round-half-even. Returns inf when too large.
static double big_to_double(BigInt const& big)
{
    BigInt magnitude = boost::multiprecision::abs(big);
    uint64_t bits = boost::multiprecision::msb(magnitude) + 1;
    double result;
    if (bits <= 64) {
        result = double(magnitude.convert_to<uint64_t>());
    } else {
        uint64_t shift = bits - 55;
        uint64_t top = static_cast<uint64_t>(magnitude >> shift);
        if (boost::multiprecision::lsb(magnitude) < shift)
            top |= 1;
        if (bits > 1024)
            return big.sign() < 0 ? -HUGE_VAL : HUGE_VAL;
        result = std::ldexp(double(top), int(shift));
    }
    return big.sign() < 0 ? -result : result;
}

Result<double> int_to_double(VM& vm, Value v)
{
    int64_t small;
    if (int_fits_int64(v, small))
        return double(small);
    double d = big_to_double(as_int_object(v)->big());
    if (std::isinf(d))
        return vm.raise(types::overflow_error, "int too large to convert to float");
    return d;
}

// -- parsing ----------------------------------------------------------------------------------

static bool is_python_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/// Strips Python whitespace (ASCII and the Unicode spaces common in text) from both ends.
static std::string_view strip_spaces(std::string_view s)
{
    auto strip_unicode_front = [](std::string_view& t) {
        // U+00A0 (NBSP, C2 A0), U+2000..U+200A, U+3000 are str.isspace() too.
        if (t.size() >= 2 && (unsigned char)t[0] == 0xC2
            && ((unsigned char)t[1] == 0xA0 || (unsigned char)t[1] == 0x85)) {
            t.remove_prefix(2);
            return true;
        }
        return false;
    };
    auto strip_unicode_back = [](std::string_view& t) {
        if (t.size() >= 2 && (unsigned char)t[t.size() - 2] == 0xC2
            && ((unsigned char)t.back() == 0xA0 || (unsigned char)t.back() == 0x85)) {
            t.remove_suffix(2);
            return true;
        }
        return false;
    };
    for (;;) {
        if (!s.empty() && is_python_space(s.front()))
            s.remove_prefix(1);
        else if (!strip_unicode_front(s))
            break;
    }
    for (;;) {
        if (!s.empty() && is_python_space(s.back()))
            s.remove_suffix(1);
        else if (!strip_unicode_back(s))
            break;
    }
    return s;
}

/// Parses the digits of `s` (already without sign and prefix) in `base`, with underscores only
/// between digits (or right after a prefix when `after_prefix`). False on a malformed literal.
static bool parse_digits(std::string_view s, int base, bool after_prefix, BigInt& big,
    uint64_t& small, bool& is_big, size_t& ndigits)
{
    is_big = false;
    small = 0;
    ndigits = 0;
    if (s.empty())
        return false;
    size_t i = 0;
    if (s[0] == '_') {
        if (!after_prefix)
            return false;
        i = 1;
    }
    bool previous_underscore = s[0] == '_';
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c == '_') {
            if (previous_underscore)
                return false;
            previous_underscore = true;
            continue;
        }
        int d = digit_value(c);
        if (d >= base)
            return false;
        previous_underscore = false;
        ++ndigits;
        if (!is_big) {
            uint64_t next;
            if (!__builtin_mul_overflow(small, uint64_t(base), &next)
                && !__builtin_add_overflow(next, uint64_t(d), &next)) {
                small = next;
                continue;
            }
            big = small;
            is_big = true;
        }
        big *= base;
        big += d;
    }
    return !previous_underscore && ndigits > 0;
}

Result<Value> int_from_string(VM& vm, std::string_view text, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return vm.raise(types::value_error, "int() base must be >= 2 and <= 36, or 0");
    int const original_base = base;
    auto fail = [&]() -> Result<Value> {
        Value shown = vm.new_str(text)->value();
        StrObject* r = TRY(vm.repr(shown));
        std::string message
            = "invalid literal for int() with base " + std::to_string(original_base) + ": ";
        // CPython formats the repr with %.200R.
        std::string_view rv = r->view();
        if (r->length() > 200)
            rv = rv.substr(0, r->byte_offset(200));
        message += rv;
        return vm.raise(types::value_error, message);
    };
    std::string_view s = strip_spaces(text);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    bool after_prefix = false;
    if (s.size() >= 2 && s[0] == '0') {
        char p = char(s[1] | 0x20);
        int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
            base = prefix_base;
            s.remove_prefix(2);
            after_prefix = true;
        }
    }
    if (base == 0) {
        // "Leading zeros in a non-zero decimal number are not allowed": "0", "00", "0_0" only.
        if (!s.empty() && s[0] == '0') {
            for (char c : s) {
                if (c != '0' && c != '_')
                    return fail();
            }
        }
        base = 10;
    }
    BigInt big;
    uint64_t small;
    bool is_big;
    size_t ndigits;
    if (!parse_digits(s, base, after_prefix, big, small, is_big, ndigits))
        return fail();
    if ((base & (base - 1)) != 0 && g_int_max_str_digits > 0
        && int64_t(ndigits) > g_int_max_str_digits) {
        return vm.raise(types::value_error,
            "Exceeds the limit (" + std::to_string(g_int_max_str_digits)
                + " digits) for integer string conversion: value has " + std::to_string(ndigits)
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    if (!is_big) {
        if (small <= uint64_t(INT64_MAX))
            return make_int(vm, negative ? -int64_t(small) : int64_t(small));
        big = small;
    }
    if (negative)
        big = -big;
    return make_int(vm, big);
}

// -- bool -------------------------------------------------------------------------------------

void create_bool_singletons(VM& vm)
{
    py_false = vm.make<IntObject>(types::bool_, int64_t(0))->value();
    py_true = vm.make<IntObject>(types::bool_, int64_t(1))->value();
}

} // namespace minipy
