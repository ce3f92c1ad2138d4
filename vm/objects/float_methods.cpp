// The methods of float: constructor, arithmetic dunders, rounding, conversions and the
// float-specific methods (is_integer, as_integer_ratio, hex, fromhex).
#include "vm/builtin_types.hpp"
#include "vm/native_args.hpp"
#include "vm/objects/bytes_object.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/float_object.hpp"
#include "vm/objects/int_object.hpp"
#include "vm/objects/number_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"

#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

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

#define FLOAT_SELF(name)                                                                           \
    if (args.count == 0 || !is_float(args.args[0]))                                                \
        return raise_number_self_error(vm, args, name, "float");

Result<void> expect_args(VM& vm, CallArgs const& args, size_t n)
{
    if (args.kwnames && args.keyword_count() > 0)
        return vm.raise_type_error(
            std::string(VM::type_of(args.args[0])->name()) + " takes no keyword arguments");
    if (args.count - 1 != n) {
        return vm.raise_type_error("expected " + std::to_string(n) + " argument"
            + (n == 1 ? "" : "s") + ", got " + std::to_string(args.count - 1));
    }
    return {};
}

bool is_number(Value v)
{
    return is_float(v) || is_int(v);
}

// -- construction -----------------------------------------------------------------------------

Value float_of_type(VM& vm, Type* cls, double d)
{
    auto* o = vm.make<FloatObject>(cls, d);
    if (cls != types::float_ && cls->m_is_heap_type)
        o->m_dict = vm.new_dict();
    return o->value();
}

bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

Result<double> float_from_text(VM& vm, Value source, std::string_view text)
{
    std::string_view s = text;
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    double d;
    if (parse_float_text(s, d))
        return d;
    StrObject* r = TRY(vm.repr(source));
    return vm.raise(
        types::value_error, "could not convert string to float: " + std::string(r->view()));
}

Result<double> float_from_object(VM& vm, Value x)
{
    if (is_float(x))
        return float_value(x);
    if (is_int(x))
        return int_to_double(vm, x);
    if (VM::is_instance_of(x, types::str))
        return float_from_text(vm, x, static_cast<StrObject*>(x.as_object())->view());
    if (VM::type_of(x)->m_layout == Layout::Bytes)
        return float_from_text(vm, x, static_cast<BytesObject*>(x.as_object())->view());
    if (vm.lookup_special(x, vm.names.__float__).is_empty()
        && vm.lookup_special(x, vm.names.__index__).is_empty())
        return vm.raise_type_error("float() argument must be a string or a real number, not '"
            + VM::type_of(x)->name() + "'");
    return to_double(vm, x);
}

Result<Value> float_new(VM& vm, CallArgs const& args)
{
    if (args.count < 1 || !VM::is_instance_of(args.args[0], types::type))
        return vm.raise_type_error("float.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.args[0].as_object());
    if (!cls->is_subtype_of(types::float_))
        return vm.raise_type_error(
            "float.__new__(" + cls->name() + "): " + cls->name() + " is not a subtype of float");
    if (args.keyword_count() > 0)
        return vm.raise_type_error("float() takes no keyword arguments");
    if (args.count > 2)
        return vm.raise_type_error(
            "float expected at most 1 argument, got " + std::to_string(args.count - 1));
    if (args.count == 1)
        return float_of_type(vm, cls, 0.0);
    Value x = args.args[1];
    if (cls == types::float_ && x.is_object() && x.as_object()->type() == types::float_)
        return x;
    return float_of_type(vm, cls, TRY(float_from_object(vm, x)));
}

Result<Value> float_alloc(VM& vm, Type* cls, Value const* args, size_t nargs)
{
    double d = nargs >= 1 ? TRY(float_from_object(vm, args[0])) : 0.0;
    return float_of_type(vm, cls, d);
}

// -- arithmetic -------------------------------------------------------------------------------

template<uint32_t Op, bool Reflected>
Result<Value> float_binary(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[2][13] = {
        {"__add__", "__sub__", "__mul__", "", "__truediv__", "__mod__", "__pow__", "", "", "", "",
            "", "__floordiv__"},
        {"__radd__", "__rsub__", "__rmul__", "", "__rtruediv__", "__rmod__", "__rpow__", "", "", "",
            "", "", "__rfloordiv__"},
    };
    FLOAT_SELF(names[Reflected][Op]);
    TRY(expect_args(vm, args, 1));
    Value self = args.args[0];
    Value other = args.args[1];
    if (!is_number(other))
        return py_not_implemented;
    bool handled;
    return Reflected ? number_binary_op(vm, other, self, Op, handled, true)
                     : number_binary_op(vm, self, other, Op, handled, true);
}

template<bool Reflected>
Result<Value> float_pow_method(VM& vm, CallArgs const& args)
{
    FLOAT_SELF(Reflected ? "__rpow__" : "__pow__");
    if (args.count < 2)
        return vm.raise_type_error("expected at least 1 argument, got 0");
    if (args.count > 3 || args.keyword_count() > 0)
        return vm.raise_type_error(
            "expected at most 2 arguments, got " + std::to_string(args.count - 1));
    if (args.count == 3 && !args.args[2].is(py_none))
        return vm.raise_type_error(
            "pow() 3rd argument not allowed unless all arguments are integers");
    Value other = args.args[1];
    if (!is_number(other))
        return py_not_implemented;
    bool handled;
    return Reflected ? number_binary_op(vm, other, args.args[0], Pow, handled, true)
                     : number_binary_op(vm, args.args[0], other, Pow, handled, true);
}

template<bool Reflected>
Result<Value> float_divmod_method(VM& vm, CallArgs const& args)
{
    FLOAT_SELF(Reflected ? "__rdivmod__" : "__divmod__");
    TRY(expect_args(vm, args, 1));
    Value other = args.args[1];
    if (!is_number(other))
        return py_not_implemented;
    double x = TRY(to_double(vm, Reflected ? other : args.args[0]));
    double y = TRY(to_double(vm, Reflected ? args.args[0] : other));
    if (y == 0)
        return vm.raise(types::zero_division_error, "float divmod()");
    double q, m;
    float_divmod(x, y, q, m);
    Value qv = make_float(vm, q);
    Value mv = make_float(vm, m);
    return vm.new_tuple({qv, mv})->value();
}

template<CompareOp Op>
Result<Value> float_compare(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[]
        = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    FLOAT_SELF(names[int(Op)]);
    TRY(expect_args(vm, args, 1));
    if (!is_number(args.args[1]))
        return py_not_implemented;
    bool handled;
    return number_compare(vm, args.args[0], args.args[1], Op, handled, true);
}

Result<Value> float_neg(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__neg__");
    TRY(expect_args(vm, args, 0));
    return make_float(vm, -float_value(args.args[0]));
}

Result<Value> float_pos(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__pos__");
    TRY(expect_args(vm, args, 0));
    Value self = args.args[0];
    if (self.as_object()->type() == types::float_)
        return self;
    return make_float(vm, float_value(self));
}

Result<Value> float_abs(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__abs__");
    TRY(expect_args(vm, args, 0));
    return make_float(vm, std::fabs(float_value(args.args[0])));
}

Result<Value> float_bool(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__bool__");
    TRY(expect_args(vm, args, 0));
    return py_bool(float_value(args.args[0]) != 0.0);
}

Result<Value> float_hash_method(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__hash__");
    TRY(expect_args(vm, args, 0));
    double d = float_value(args.args[0]);
    if (std::isnan(d)) {
        // CPython 3.10+: NaN hashes by identity (_Py_HashPointer).
        uintptr_t y = args.args[0].bits();
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        int64_t h = int64_t(y);
        return make_int(vm, h == -1 ? -2 : h);
    }
    return make_int(vm, float_hash(d));
}

Result<Value> float_repr_method(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__repr__");
    TRY(expect_args(vm, args, 0));
    return vm.new_str(float_repr(float_value(args.args[0])))->value();
}

Result<Value> float_int(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__int__");
    TRY(expect_args(vm, args, 0));
    return double_to_int(vm, float_value(args.args[0]));
}

Result<Value> float_trunc(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__trunc__");
    TRY(expect_args(vm, args, 0));
    return double_to_int(vm, float_value(args.args[0]));
}

Result<Value> float_floor(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__floor__");
    TRY(expect_args(vm, args, 0));
    return double_to_int(vm, std::floor(float_value(args.args[0])));
}

Result<Value> float_ceil(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__ceil__");
    TRY(expect_args(vm, args, 0));
    return double_to_int(vm, std::ceil(float_value(args.args[0])));
}

Result<Value> float_float(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__float__");
    TRY(expect_args(vm, args, 0));
    Value self = args.args[0];
    if (self.as_object()->type() == types::float_)
        return self;
    return make_float(vm, float_value(self));
}

Result<Value> float_round(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__round__");
    if (args.keyword_count() > 0)
        return vm.raise_type_error("__round__() takes no keyword arguments");
    if (args.count > 2)
        return vm.raise_type_error(
            "__round__ expected at most 1 argument, got " + std::to_string(args.count - 1));
    double x = float_value(args.args[0]);
    if (args.count == 1 || args.args[1].is(py_none)) {
        // round(x): nearest int, ties to even.
        double rounded = std::round(x);
        if (std::fabs(x - rounded) == 0.5)
            rounded = 2.0 * std::round(x / 2.0);
        return double_to_int(vm, rounded);
    }
    int64_t ndigits = TRY(vm.to_index(args.args[1]));
    if (!std::isfinite(x) || x == 0.0)
        return make_float(vm, x);
    // CPython: NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103, NDIGITS_MIN = -(DBL_MAX_EXP +
    // 1) * 0.30103.
    if (ndigits > 323)
        return make_float(vm, x);
    if (ndigits < -308)
        return make_float(vm, 0.0 * x);
    double r = round_double(x, ndigits);
    if (std::isinf(r))
        return vm.raise(types::overflow_error, "rounded value too large to represent");
    return make_float(vm, r);
}

Result<Value> float_format(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("__format__");
    TRY(expect_args(vm, args, 1));
    if (!VM::is_instance_of(args.args[1], types::str))
        return vm.raise_type_error(
            "format() argument 2 must be str, not " + VM::type_of(args.args[1])->name());
    std::string_view text = static_cast<StrObject*>(args.args[1].as_object())->view();
    if (text.empty())
        return TRY(vm.str(args.args[0]))->value();
    FormatSpec spec = TRY(parse_format_spec(vm, text, VM::type_of(args.args[0])->name()));
    std::string out = TRY(format_float_spec(vm, float_value(args.args[0]), spec));
    return vm.new_str(std::move(out))->value();
}

Result<Value> float_is_integer(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("is_integer");
    TRY(expect_args(vm, args, 0));
    double x = float_value(args.args[0]);
    return py_bool(std::isfinite(x) && std::floor(x) == x);
}

Result<Value> float_as_integer_ratio(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("as_integer_ratio");
    TRY(expect_args(vm, args, 0));
    double x = float_value(args.args[0]);
    if (std::isinf(x))
        return vm.raise(types::overflow_error, "cannot convert Infinity to integer ratio");
    if (std::isnan(x))
        return vm.raise(types::value_error, "cannot convert NaN to integer ratio");
    int exponent;
    double mantissa = std::frexp(x, &exponent);
    for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
        mantissa *= 2.0;
        exponent--;
    }
    BigInt numerator = integral_double_to_big(mantissa);
    BigInt denominator = 1;
    if (exponent > 0)
        numerator <<= exponent;
    else
        denominator <<= -exponent;
    Value n = make_int(vm, numerator);
    Root rn(vm, n);
    Value d = make_int(vm, denominator);
    return vm.new_tuple({n, d})->value();
}

Result<Value> float_conjugate(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("conjugate");
    TRY(expect_args(vm, args, 0));
    return make_float(vm, float_value(args.args[0]));
}

Result<Value> float_hex(VM& vm, CallArgs const& args)
{
    FLOAT_SELF("hex");
    TRY(expect_args(vm, args, 0));
    double x = float_value(args.args[0]);
    if (!std::isfinite(x) || x == 0.0) {
        if (std::isnan(x))
            return vm.new_str(std::string_view("nan"))->value();
        if (std::isinf(x))
            return vm.new_str(std::string_view(x > 0 ? "inf" : "-inf"))->value();
        return vm.new_str(std::string_view(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0"))->value();
    }
    // CPython: 13 hex digits after the point; subnormals keep a leading 0 and exponent -1022.
    int exponent;
    double m = std::frexp(std::fabs(x), &exponent);
    int shift = 1 - std::max(DBL_MIN_EXP - exponent, 0);
    m = std::ldexp(m, shift);
    exponent -= shift;
    std::string out = std::signbit(x) ? "-0x" : "0x";
    char const* hex = "0123456789abcdef";
    out.push_back(hex[int(m)]);
    m -= int(m);
    out.push_back('.');
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        out.push_back(hex[int(m)]);
        m -= int(m);
    }
    out += "p";
    out += exponent < 0 ? "-" : "+";
    out += std::to_string(std::abs(exponent));
    return vm.new_str(std::move(out))->value();
}

Result<Value> float_get_self(VM& vm, Value self)
{
    return make_float(vm, float_value(self));
}
Result<Value> float_get_zero(VM& vm, Value)
{
    return make_float(vm, 0.0);
}

void define_new(VM& vm, Type* type, NativeFn fn)
{
    Value native = vm.make<NativeFunctionObject>(
                         types::builtin_function, fn, vm.names.__new__, Value {}, type)
                       ->value();
    type->m_dict->set_str(vm, vm.names.__new__, make_staticmethod(vm, native));
}

} // namespace

void init_float_type(VM& vm)
{
    Type* t = types::float_;
    DictObject* d = t->m_dict;
    define_new(vm, t, &float_new);
    t->m_alloc = &float_alloc;
#define BIN(op, name, rname)                                                                       \
    vm.define_native(d, name, &float_binary<op, false>, t);                                        \
    vm.define_native(d, rname, &float_binary<op, true>, t);
    BIN(Add, "__add__", "__radd__")
    BIN(Sub, "__sub__", "__rsub__")
    BIN(Mult, "__mul__", "__rmul__")
    BIN(Div, "__truediv__", "__rtruediv__")
    BIN(Mod, "__mod__", "__rmod__")
    BIN(FloorDiv, "__floordiv__", "__rfloordiv__")
#undef BIN
    vm.define_native(d, "__pow__", &float_pow_method<false>, t);
    vm.define_native(d, "__rpow__", &float_pow_method<true>, t);
    vm.define_native(d, "__divmod__", &float_divmod_method<false>, t);
    vm.define_native(d, "__rdivmod__", &float_divmod_method<true>, t);
    vm.define_native(d, "__eq__", &float_compare<CompareOp::Eq>, t);
    vm.define_native(d, "__ne__", &float_compare<CompareOp::Ne>, t);
    vm.define_native(d, "__lt__", &float_compare<CompareOp::Lt>, t);
    vm.define_native(d, "__le__", &float_compare<CompareOp::Le>, t);
    vm.define_native(d, "__gt__", &float_compare<CompareOp::Gt>, t);
    vm.define_native(d, "__ge__", &float_compare<CompareOp::Ge>, t);
    vm.define_native(d, "__neg__", &float_neg, t);
    vm.define_native(d, "__pos__", &float_pos, t);
    vm.define_native(d, "__abs__", &float_abs, t);
    vm.define_native(d, "__bool__", &float_bool, t);
    vm.define_native(d, "__hash__", &float_hash_method, t);
    vm.define_native(d, "__repr__", &float_repr_method, t);
    vm.define_native(d, "__int__", &float_int, t);
    vm.define_native(d, "__float__", &float_float, t);
    vm.define_native(d, "__trunc__", &float_trunc, t);
    vm.define_native(d, "__floor__", &float_floor, t);
    vm.define_native(d, "__ceil__", &float_ceil, t);
    vm.define_native(d, "__round__", &float_round, t);
    vm.define_native(d, "__format__", &float_format, t);
    vm.define_native(d, "is_integer", &float_is_integer, t);
    vm.define_native(d, "as_integer_ratio", &float_as_integer_ratio, t);
    vm.define_native(d, "conjugate", &float_conjugate, t);
    vm.define_native(d, "hex", &float_hex, t);
    define_getset(vm, t, "real", &float_get_self);
    define_getset(vm, t, "imag", &float_get_zero);
}

} // namespace minipy
