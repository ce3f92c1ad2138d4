// Arithmetic and comparisons on int, bool and float: the eval loop's numeric fast path and the
// semantics every numeric dunder shares (Python Language Reference 6.6-6.10).
//
// Values that fit int64 are computed with overflow-checked machine arithmetic; only on overflow
// (or for operands already big) does the code switch to cpp_int. Results are normalised, so a
// value that fits a small int is never boxed.
#include "vm/builtin_types.hpp"
#include "vm/objects/float_object.hpp"
#include "vm/objects/int_object.hpp"
#include "vm/objects/number_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"

#include <cfloat>
#include <charconv>
#include <cmath>

namespace minipy {

namespace {

enum BinOp : uint32_t {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv
};

enum class Kind { Small, Big, Float, Other };

/// Classifies a numeric operand: Small (value in `s`), Big (IntObject beyond int64), Float
/// (value in `d`) or Other.
inline Kind classify(Value v, int64_t& s, double& d, bool allow_subclass)
{
    if (v.is_small_int()) {
        s = v.as_small_int();
        return Kind::Small;
    }
    if (!v.is_object())
        return Kind::Other;
    Object* o = v.as_object();
    Type* type = o->type();
    // Instances of user subclasses may override any dunder: the VM's generic protocol must see
    // them (their inherited natives call back here with allow_subclass).
    if (type->m_is_heap_type && !allow_subclass)
        return Kind::Other;
    Layout layout = type->m_layout;
    if (layout == Layout::Int) {
        auto* i = static_cast<IntObject*>(o);
        if (i->is_big())
            return Kind::Big;
        s = i->small();
        return Kind::Small;
    }
    if (layout == Layout::Float) {
        d = static_cast<FloatObject*>(o)->as_double();
        return Kind::Float;
    }
    return Kind::Other;
}

constexpr int64_t exact_double_limit = int64_t(1) << 53;

Error zero_division(VM& vm, char const* message)
{
    return vm.raise(types::zero_division_error, message);
}

// -- big-int operations -----------------------------------------------------------------------

/// Correctly rounded a / b for ints (CPython's long_true_divide).
Result<Value> int_true_divide(VM& vm, BigInt a, BigInt b)
{
    if (b.is_zero())
        return zero_division(vm, "division by zero");
    bool negate = (a.sign() < 0) != (b.sign() < 0);
    if (a.is_zero())
        return make_float(vm, negate ? -0.0 : 0.0);
    a = boost::multiprecision::abs(a);
    b = boost::multiprecision::abs(b);
    int64_t a_bits = int64_t(boost::multiprecision::msb(a)) + 1;
    int64_t b_bits = int64_t(boost::multiprecision::msb(b)) + 1;
    int64_t diff = a_bits - b_bits;
    if (diff > DBL_MAX_EXP)
        return vm.raise(types::overflow_error, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return make_float(vm, negate ? -0.0 : 0.0);
    int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    BigInt x;
    if (shift <= 0) {
        x = a << unsigned(-shift);
    } else {
        x = a >> unsigned(shift);
        if (int64_t(boost::multiprecision::lsb(a)) < shift)
            inexact = true;
    }
    BigInt remainder;
    boost::multiprecision::divide_qr(x, b, x, remainder);
    if (!remainder.is_zero())
        inexact = true;
    uint64_t q = x.convert_to<uint64_t>();
    int64_t x_bits = 64 - __builtin_clzll(q);
    int64_t extra_bits = std::max<int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = uint64_t(1) << (extra_bits - 1);
    uint64_t low = q | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    q = low & ~(2 * mask - 1);
    double dx = double(q);
    if (shift + x_bits >= DBL_MAX_EXP
        && (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, int(x_bits))))
        return vm.raise(types::overflow_error, "integer division result too large for a float");
    double result = std::ldexp(dx, int(shift));
    return make_float(vm, negate ? -result : result);
}

Result<Value> big_binary_op(VM& vm, BigInt const& a, BigInt const& b, uint32_t op)
{
    switch (op) {
    case Add:
        return make_int(vm, BigInt(a + b));
    case Sub:
        return make_int(vm, BigInt(a - b));
    case Mult:
        return make_int(vm, BigInt(a * b));
    case Div:
        return int_true_divide(vm, a, b);
    case Mod:
    case FloorDiv: {
        if (b.is_zero())
            return zero_division(
                vm, op == Mod ? "integer modulo by zero" : "integer division or modulo by zero");
        BigInt q, r;
        boost::multiprecision::divide_qr(a, b, q, r);
        if (!r.is_zero() && (r.sign() < 0) != (b.sign() < 0)) {
            r += b;
            q -= 1;
        }
        return make_int(vm, op == Mod ? r : q);
    }
    case Pow: {
        if (b.sign() < 0) {
            double x = TRY(int_to_double(vm, make_int(vm, a)));
            double y = TRY(int_to_double(vm, make_int(vm, b)));
            return make_float(vm, TRY(float_pow(vm, x, y)));
        }
        if (a.is_zero() || a == 1)
            return make_int(vm, b.is_zero() ? BigInt(1) : a);
        if (a == -1)
            return Value::small_int(bit_test(b, 0) ? -1 : 1);
        if (b > BigInt(std::numeric_limits<uint32_t>::max()))
            return vm.raise_memory_error();
        return make_int(vm, BigInt(boost::multiprecision::pow(a, b.convert_to<unsigned>())));
    }
    case LShift: {
        if (b.sign() < 0)
            return vm.raise(types::value_error, "negative shift count");
        if (a.is_zero())
            return Value::small_int(0);
        if (b > BigInt(std::numeric_limits<int64_t>::max()))
            return vm.raise(types::overflow_error, "too many digits in integer");
        if (b > BigInt(uint64_t(1) << 36))
            return vm.raise_memory_error();
        return make_int(vm, BigInt(a << b.convert_to<unsigned>()));
    }
    case RShift: {
        if (b.sign() < 0)
            return vm.raise(types::value_error, "negative shift count");
        if (a.is_zero())
            return Value::small_int(0);
        uint64_t bits = boost::multiprecision::msb(boost::multiprecision::abs(a)) + 1;
        if (b >= bits)
            return Value::small_int(a.sign() < 0 ? -1 : 0);
        return make_int(vm, BigInt(a >> b.convert_to<unsigned>()));
    }
    case BitOr:
        return make_int(vm, BigInt(a | b));
    case BitXor:
        return make_int(vm, BigInt(a ^ b));
    case BitAnd:
        return make_int(vm, BigInt(a & b));
    default:
        return py_not_implemented;
    }
}

Result<Value> small_pow(VM& vm, int64_t x, int64_t y)
{
    if (y < 0) {
        if (x == 0)
            return zero_division(vm, "0.0 cannot be raised to a negative power");
        return make_float(vm, TRY(float_pow(vm, double(x), double(y))));
    }
    int64_t result = 1;
    int64_t base = x;
    int64_t exponent = y;
    bool overflow = false;
    while (exponent > 0) {
        if (exponent & 1) {
            if (__builtin_mul_overflow(result, base, &result)) {
                overflow = true;
                break;
            }
        }
        exponent >>= 1;
        if (exponent > 0 && __builtin_mul_overflow(base, base, &base)) {
            overflow = true;
            break;
        }
    }
    if (!overflow)
        return make_int(vm, result);
    return big_binary_op(vm, BigInt(x), BigInt(y), Pow);
}

/// Both operands fit int64.
Result<Value> small_binary_op(VM& vm, int64_t x, int64_t y, uint32_t op)
{
    int64_t r;
    switch (op) {
    case Add:
        if (!__builtin_add_overflow(x, y, &r))
            return make_int(vm, r);
        break;
    case Sub:
        if (!__builtin_sub_overflow(x, y, &r))
            return make_int(vm, r);
        break;
    case Mult:
        if (!__builtin_mul_overflow(x, y, &r))
            return make_int(vm, r);
        break;
    case Div:
        if (y == 0)
            return zero_division(vm, "division by zero");
        if (x >= -exact_double_limit && x <= exact_double_limit && y >= -exact_double_limit
            && y <= exact_double_limit)
            return make_float(vm, double(x) / double(y));
        break;
    case Mod:
    case FloorDiv: {
        if (y == 0)
            return zero_division(
                vm, op == Mod ? "integer modulo by zero" : "integer division or modulo by zero");
        if (x == std::numeric_limits<int64_t>::min() && y == -1)
            break;
        int64_t q = x / y;
        int64_t m = x % y;
        if (m != 0 && ((m ^ y) < 0)) {
            m += y;
            q -= 1;
        }
        return make_int(vm, op == Mod ? m : q);
    }
    case Pow:
        return small_pow(vm, x, y);
    case LShift:
        if (y < 0)
            return vm.raise(types::value_error, "negative shift count");
        if (x == 0)
            return Value::small_int(0);
        if (y < 63) {
            int64_t shifted = int64_t(uint64_t(x) << y);
            if ((shifted >> y) == x)
                return make_int(vm, shifted);
        }
        break;
    case RShift:
        if (y < 0)
            return vm.raise(types::value_error, "negative shift count");
        return make_int(vm, y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
    case BitOr:
        return make_int(vm, x | y);
    case BitXor:
        return make_int(vm, x ^ y);
    case BitAnd:
        return make_int(vm, x & y);
    default:
        return py_not_implemented;
    }
    return big_binary_op(vm, BigInt(x), BigInt(y), op);
}

Result<Value> float_binary_op(VM& vm, double x, double y, uint32_t op)
{
    switch (op) {
    case Add:
        return make_float(vm, x + y);
    case Sub:
        return make_float(vm, x - y);
    case Mult:
        return make_float(vm, x * y);
    case Div:
        if (y == 0)
            return zero_division(vm, "float division by zero");
        return make_float(vm, x / y);
    case Mod: {
        if (y == 0)
            return zero_division(vm, "float modulo");
        double q, m;
        float_divmod(x, y, q, m);
        return make_float(vm, m);
    }
    case FloorDiv: {
        if (y == 0)
            return zero_division(vm, "float floor division by zero");
        double q, m;
        float_divmod(x, y, q, m);
        return make_float(vm, q);
    }
    case Pow:
        return make_float(vm, TRY(float_pow(vm, x, y)));
    default:
        return py_not_implemented;
    }
}

BigInt operand_big(Value v, Kind kind, int64_t s)
{
    return kind == Kind::Small ? BigInt(s) : as_int_object(v)->big();
}

} // namespace

/// The exact integer value of an integral double.
BigInt integral_double_to_big(double d)
{
    int e;
    double m = std::frexp(d, &e);
    int64_t mantissa = int64_t(std::ldexp(m, 53));
    e -= 53;
    BigInt r = mantissa;
    if (e > 0)
        r <<= e;
    else if (e < 0)
        r >>= -e; // exact: the low bits of an integral value's mantissa are zero
    return r;
}

Result<Value> double_to_int(VM& vm, double d)
{
    if (std::isinf(d))
        return vm.raise(types::overflow_error, "cannot convert float infinity to integer");
    if (std::isnan(d))
        return vm.raise(types::value_error, "cannot convert float NaN to integer");
    d = std::trunc(d);
    if (std::fabs(d) < 9.2e18)
        return make_int(vm, int64_t(d));
    return make_int(vm, integral_double_to_big(d));
}

// -- float helpers ------------------------------------------------------------------------------

void float_divmod(double vx, double wx, double& floor_quotient, double& modulo)
{
    // CPython's float_divmod: fmod is exact; the quotient is then corrected to the floor.
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    floor_quotient = floordiv;
    modulo = mod;
}

static bool is_odd_integer(double x)
{
    return std::fmod(std::fabs(x), 2.0) == 1.0;
}

Result<double> float_pow(VM& vm, double iv, double iw)
{
    // CPython's float_pow, case by case (C99 Annex F plus Python's choices).
    if (iw == 0)
        return 1.0;
    if (std::isnan(iv))
        return iv;
    if (std::isnan(iw))
        return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0)
            return 1.0;
        if ((iw > 0) == (iv > 1.0))
            return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0)
            return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            vm.raise(types::zero_division_error, "0.0 cannot be raised to a negative power");
            return Error {};
        }
        return odd ? iv : 0.0;
    }
    bool negate_result = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) {
            // FIXME: CPython returns a complex number here; minipy has no complex type.
            vm.raise(types::value_error, "negative number cannot be raised to a fractional power");
            return Error {};
        }
        iv = -iv;
        negate_result = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return negate_result ? -1.0 : 1.0;
    double ix = std::pow(iv, iw);
    if (negate_result)
        ix = -ix;
    if (std::isinf(ix)) {
        vm.raise_with_args(types::overflow_error,
            {Value::small_int(34),
                vm.new_str(std::string_view("Numerical result out of range"))->value()});
        return Error {};
    }
    return ix;
}

// -- the public entry points ------------------------------------------------------------------

Result<Value> number_binary_op(
    VM& vm, Value a, Value b, uint32_t op, bool& handled, bool allow_subclass)
{
    if (op >= 13)
        op -= 13;
    int64_t x = 0, y = 0;
    double dx = 0, dy = 0;
    Kind ka = classify(a, x, dx, allow_subclass);
    Kind kb = classify(b, y, dy, allow_subclass);
    handled = true;
    if (ka == Kind::Small && kb == Kind::Small) {
        if (op == MatMult) {
            handled = false;
            return py_not_implemented;
        }
        // bool & | ^ bool stays bool.
        if ((op == BitAnd || op == BitOr || op == BitXor) && (a.is(py_true) || a.is(py_false))
            && (b.is(py_true) || b.is(py_false)))
            return py_bool(op == BitAnd ? (x & y) : op == BitOr ? (x | y) : (x ^ y));
        return small_binary_op(vm, x, y, op);
    }
    if (ka == Kind::Other || kb == Kind::Other) {
        handled = false;
        return py_not_implemented;
    }
    if (ka != Kind::Float && kb != Kind::Float) {
        if (op == MatMult) {
            handled = false;
            return py_not_implemented;
        }
        return big_binary_op(vm, operand_big(a, ka, x), operand_big(b, kb, y), op);
    }
    // At least one float: the int side converts to float.
    if (op == MatMult || op == LShift || op == RShift || op == BitOr || op == BitXor
        || op == BitAnd) {
        handled = false;
        return py_not_implemented;
    }
    if (ka == Kind::Small)
        dx = double(x);
    else if (ka == Kind::Big)
        dx = TRY(int_to_double(vm, a));
    if (kb == Kind::Small)
        dy = double(y);
    else if (kb == Kind::Big)
        dy = TRY(int_to_double(vm, b));
    return float_binary_op(vm, dx, dy, op);
}

Result<Value> number_unary_op(VM& vm, Value a, uint32_t kind, bool& handled, bool allow_subclass)
{
    // UnaryOpKind order: Invert, Not, UAdd, USub.
    int64_t x = 0;
    double d = 0;
    Kind k = classify(a, x, d, allow_subclass);
    handled = true;
    switch (k) {
    case Kind::Small:
        if (kind == 0)
            return make_int(vm, ~x);
        if (kind == 2)
            return make_int(vm, x);
        if (kind == 3) {
            if (x == std::numeric_limits<int64_t>::min())
                return make_int(vm, BigInt(-BigInt(x)));
            return make_int(vm, -x);
        }
        break;
    case Kind::Big: {
        BigInt const& big = as_int_object(a)->big();
        if (kind == 0)
            return make_int(vm, BigInt(-big - 1));
        if (kind == 2)
            return make_int(vm, big);
        if (kind == 3)
            return make_int(vm, BigInt(-big));
        break;
    }
    case Kind::Float:
        if (kind == 2)
            return make_float(vm, d);
        if (kind == 3)
            return make_float(vm, -d);
        break;
    case Kind::Other:
        break;
    }
    handled = false;
    return py_not_implemented;
}

namespace {

/// -1, 0, 1 comparing two ints.
int compare_ints(Value a, Kind ka, int64_t x, Value b, Kind kb, int64_t y)
{
    if (ka == Kind::Small && kb == Kind::Small)
        return x < y ? -1 : (x > y ? 1 : 0);
    if (ka == Kind::Small)
        return as_int_object(b)->big().sign() > 0 ? -1 : 1;
    if (kb == Kind::Small)
        return as_int_object(a)->big().sign() > 0 ? 1 : -1;
    int c = as_int_object(a)->big().compare(as_int_object(b)->big());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

/// -1, 0, 1 comparing an int with a non-NaN double, exactly.
int compare_int_double(Value a, Kind ka, int64_t x, double d)
{
    if (std::isinf(d))
        return d > 0 ? -1 : 1;
    if (ka == Kind::Small && x >= -exact_double_limit && x <= exact_double_limit) {
        double dx = double(x);
        return dx < d ? -1 : (dx > d ? 1 : 0);
    }
    double floor_d = std::floor(d);
    bool fractional = floor_d != d;
    int c;
    if (ka == Kind::Small && std::fabs(floor_d) < 9.2e18) {
        int64_t f = int64_t(floor_d);
        c = x < f ? -1 : (x > f ? 1 : 0);
    } else {
        BigInt ia = operand_big(a, ka, x);
        BigInt f = integral_double_to_big(floor_d);
        int r = ia.compare(f);
        c = r < 0 ? -1 : (r > 0 ? 1 : 0);
    }
    if (c == 0 && fractional)
        return -1;
    return c;
}

bool compare_result(int c, CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
        return c == 0;
    case CompareOp::Ne:
        return c != 0;
    case CompareOp::Lt:
        return c < 0;
    case CompareOp::Le:
        return c <= 0;
    case CompareOp::Gt:
        return c > 0;
    case CompareOp::Ge:
        return c >= 0;
    }
    return false;
}

/// Compares two numbers: returns false if either is not numeric. `unordered` is set for NaN.
bool compare_numbers(Value a, Value b, int& c, bool& unordered, bool allow_subclass)
{
    int64_t x = 0, y = 0;
    double dx = 0, dy = 0;
    Kind ka = classify(a, x, dx, allow_subclass);
    Kind kb = classify(b, y, dy, allow_subclass);
    unordered = false;
    if (ka == Kind::Other || kb == Kind::Other)
        return false;
    if (ka == Kind::Float && kb == Kind::Float) {
        if (std::isnan(dx) || std::isnan(dy)) {
            unordered = true;
            return true;
        }
        c = dx < dy ? -1 : (dx > dy ? 1 : 0);
        return true;
    }
    if (ka == Kind::Float) {
        if (std::isnan(dx)) {
            unordered = true;
            return true;
        }
        c = -compare_int_double(b, kb, y, dx);
        return true;
    }
    if (kb == Kind::Float) {
        if (std::isnan(dy)) {
            unordered = true;
            return true;
        }
        c = compare_int_double(a, ka, x, dy);
        return true;
    }
    c = compare_ints(a, ka, x, b, kb, y);
    return true;
}

} // namespace

Result<Value> number_compare(
    VM& vm, Value a, Value b, CompareOp op, bool& handled, bool allow_subclass)
{
    int c = 0;
    bool unordered = false;
    handled = compare_numbers(a, b, c, unordered, allow_subclass);
    if (!handled)
        return py_not_implemented;
    if (unordered)
        return py_bool(op == CompareOp::Ne);
    return py_bool(compare_result(c, op));
}

bool numeric_equals(Value a, Value b, bool& handled)
{
    int c = 0;
    bool unordered = false;
    handled = compare_numbers(a, b, c, unordered, false);
    return handled && !unordered && c == 0;
}

Result<Value> numeric_binary_op(VM& vm, Value a, Value b, uint32_t op, bool& handled)
{
    return number_binary_op(vm, a, b, op, handled, false);
}

Result<Value> numeric_unary_op(VM& vm, Value a, uint32_t kind, bool& handled)
{
    return number_unary_op(vm, a, kind, handled, false);
}

Result<Value> numeric_compare(VM& vm, Value a, Value b, CompareOp op, bool& handled)
{
    return number_compare(vm, a, b, op, handled, false);
}

// -- rounding ---------------------------------------------------------------------------------

double round_double(double x, int64_t ndigits)
{
    if (ndigits >= 0) {
        // to_chars with a precision is correctly rounded (round-half-even on the exact binary
        // value), as CPython's dtoa mode 3 is; parsing back gives the nearest double.
        char buffer[1200];
        auto result = std::to_chars(
            buffer, buffer + sizeof buffer, x, std::chars_format::fixed, int(ndigits));
        double back = 0;
        std::from_chars(buffer, result.ptr, back);
        return back;
    }
    // Negative ndigits: round the exact value of x to a multiple of 10**-ndigits, ties to even.
    int exponent;
    double m = std::frexp(x, &exponent);
    BigInt mantissa = integral_double_to_big(std::ldexp(m, 53));
    exponent -= 53;
    BigInt pow10 = boost::multiprecision::pow(BigInt(10), unsigned(-ndigits));
    BigInt numerator = mantissa;
    BigInt denominator = pow10;
    if (exponent >= 0)
        numerator <<= exponent;
    else
        denominator <<= -exponent;
    bool negative = numerator.sign() < 0;
    numerator = boost::multiprecision::abs(numerator);
    BigInt q, r;
    boost::multiprecision::divide_qr(numerator, denominator, q, r);
    BigInt twice = r * 2;
    if (twice > denominator || (twice == denominator && bit_test(q, 0)))
        q += 1;
    BigInt value = q * pow10;
    if (value.is_zero())
        return negative ? -0.0 : 0.0;
    uint64_t bits = boost::multiprecision::msb(value) + 1;
    double result;
    if (bits > 1024) {
        result = HUGE_VAL;
    } else if (bits <= 64) {
        result = double(value.convert_to<uint64_t>());
    } else {
        uint64_t shift = bits - 55;
        uint64_t top = static_cast<uint64_t>(value >> shift);
        if (boost::multiprecision::lsb(value) < shift)
            top |= 1;
        result = std::ldexp(double(top), int(shift));
    }
    return negative ? -result : result;
}

} // namespace minipy
