// The methods of int and bool: constructors, arithmetic dunders, conversions and the
// int-specific methods (bit_length, to_bytes, ...). init_number_types lives here.
#include "vm/builtin_types.hpp"
#include "vm/init.hpp"
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

#include <cmath>

namespace minipy {

void init_float_type(VM&);

Error raise_number_self_error(
    VM& vm, CallArgs const& args, char const* method, char const* type_name)
{
    if (args.count == 0)
        return vm.raise_type_error(
            std::string("unbound method ") + type_name + "." + method + "() needs an argument");
    std::string received = VM::type_of(args.args[0])->name();
    if (method[0] == '_' && method[1] == '_') {
        return vm.raise_type_error(std::string("descriptor '") + method + "' requires a '"
            + type_name + "' object but received a '" + received + "'");
    }
    return vm.raise_type_error(std::string("descriptor '") + method + "' for '" + type_name
        + "' objects doesn't apply to a '" + received + "' object");
}

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

/// An int value of exact type int (subclass instances and bools are unwrapped).
Value exact_int(VM& vm, Value v)
{
    if (v.is_small_int() || v.as_object()->type() == types::int_)
        return v;
    auto* o = as_int_object(v);
    return o->is_big() ? make_int(vm, o->big()) : make_int(vm, o->small());
}

/// An instance of `cls` (int or a subclass of int) holding the int value `v`.
Value int_of_type(VM& vm, Type* cls, Value v)
{
    if (cls == types::int_)
        return exact_int(vm, v);
    IntObject* o;
    int64_t small;
    if (int_fits_int64(v, small))
        o = vm.make<IntObject>(cls, small);
    else
        o = vm.make<IntObject>(cls, as_int_object(v)->big());
    if (cls->m_layout == Layout::Int && cls->m_is_heap_type)
        o->m_dict = vm.new_dict();
    return o->value();
}

Result<void> expect_args(VM& vm, CallArgs const& args, size_t n)
{
    if (args.kwnames && args.keyword_count() > 0) {
        return vm.raise_type_error(
            std::string(VM::type_of(args.args[0])->name()) + " takes no keyword arguments");
    }
    if (args.count - 1 != n) {
        return vm.raise_type_error("expected " + std::to_string(n) + " argument"
            + (n == 1 ? "" : "s") + ", got " + std::to_string(args.count - 1));
    }
    return {};
}

#define INT_SELF(name)                                                                             \
    if (args.count == 0 || !is_int(args.args[0]))                                                  \
        return raise_number_self_error(vm, args, name, "int");

// -- construction -----------------------------------------------------------------------------

Result<Value> int_from_text_value(VM& vm, Value x, int base)
{
    if (VM::is_instance_of(x, types::str))
        return int_from_string(vm, static_cast<StrObject*>(x.as_object())->view(), base);
    Type* t = VM::type_of(x);
    if (t->m_layout == Layout::Bytes) {
        std::string_view data = static_cast<BytesObject*>(x.as_object())->view();
        // Parse as Latin-1 text; report the bytes' repr on failure.
        bool ascii = true;
        for (unsigned char c : data)
            ascii &= c < 0x80;
        if (ascii) {
            if (base != 0 && (base < 2 || base > 36))
                return vm.raise(types::value_error, "int() base must be >= 2 and <= 36, or 0");
            Result<Value> r = int_from_string(vm, data, base);
            if (!r.is_error())
                return r;
            if (!vm.exception_matches(types::value_error))
                return Error {};
            std::string message
                = std::string(static_cast<StrObject*>(TRY(vm.str(vm.exception())))->view());
            if (message.rfind("invalid literal", 0) != 0) {
                return Error {};
            }
        }
        vm.take_exception();
        StrObject* r = TRY(vm.repr(x));
        return vm.raise(types::value_error,
            "invalid literal for int() with base " + std::to_string(base) + ": "
                + std::string(r->view()));
    }
    return Value {};
}

/// int(x) for one argument (CPython's PyNumber_Long).
Result<Value> int_from_object(VM& vm, Value x)
{
    if (is_int(x))
        return exact_int(vm, x);
    if (is_float(x))
        return double_to_int(vm, float_value(x));
    Value method = vm.lookup_special(x, vm.names.__int__);
    if (!method.is_empty()) {
        Value r = TRY(vm.call(method, {x}));
        if (!is_int(r))
            return vm.raise_type_error(
                "__int__ returned non-int (type " + VM::type_of(r)->name() + ")");
        return exact_int(vm, r);
    }
    method = vm.lookup_special(x, vm.names.__index__);
    if (!method.is_empty()) {
        Value r = TRY(vm.call(method, {x}));
        if (!is_int(r))
            return vm.raise_type_error(
                "__index__ returned non-int (type " + VM::type_of(r)->name() + ")");
        return exact_int(vm, r);
    }
    method = vm.lookup_special(x, vm.names.__trunc__);
    if (!method.is_empty()) {
        Value r = TRY(vm.call(method, {x}));
        if (is_int(r))
            return exact_int(vm, r);
        Value index = vm.lookup_special(r, vm.names.__index__);
        if (index.is_empty())
            return vm.raise_type_error(
                "__trunc__ returned non-Integral (type " + VM::type_of(r)->name() + ")");
        Value i = TRY(vm.call(index, {r}));
        if (!is_int(i))
            return vm.raise_type_error(
                "__index__ returned non-int (type " + VM::type_of(i)->name() + ")");
        return exact_int(vm, i);
    }
    Value parsed = TRY(int_from_text_value(vm, x, 10));
    if (!parsed.is_empty())
        return parsed;
    return vm.raise_type_error(
        "int() argument must be a string, a bytes-like object or a real number, not '"
        + VM::type_of(x)->name() + "'");
}

/// int(x, base).
Result<Value> int_with_base(VM& vm, Value x, Value base_value)
{
    int64_t base = TRY(vm.to_index(base_value));
    if (base != 0 && (base < 2 || base > 36))
        return vm.raise(types::value_error, "int() base must be >= 2 and <= 36, or 0");
    Value parsed = TRY(int_from_text_value(vm, x, int(base)));
    if (parsed.is_empty())
        return vm.raise_type_error("int() can't convert non-string with explicit base");
    return parsed;
}

Result<Value> int_new(VM& vm, CallArgs const& args)
{
    if (args.count < 1 || !VM::is_instance_of(args.args[0], types::type))
        return vm.raise_type_error("int.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.args[0].as_object());
    if (!cls->is_subtype_of(types::int_))
        return vm.raise_type_error(
            "int.__new__(" + cls->name() + "): " + cls->name() + " is not a subtype of int");
    if (cls == types::bool_)
        return vm.raise_type_error("int.__new__(bool) is not safe, use bool.__new__()");
    size_t nkw = args.keyword_count();
    size_t npos = args.count - 1 - nkw;
    Value x, base;
    if (npos > 2)
        return vm.raise_type_error(
            "int() takes at most 2 arguments (" + std::to_string(npos + nkw) + " given)");
    if (npos >= 1)
        x = args.args[1];
    if (npos == 2)
        base = args.args[2];
    for (size_t i = 0; i < nkw; ++i) {
        auto* name = static_cast<StrObject*>(args.kwnames->at(i).as_object());
        if (name->view() != "base")
            return vm.raise_type_error(
                "'" + std::string(name->view()) + "' is an invalid keyword argument for int()");
        if (!base.is_empty())
            return vm.raise_type_error(
                "argument for int() given by name ('base') and position (2)");
        base = args.args[1 + npos + i];
    }
    Value result;
    if (x.is_empty()) {
        if (!base.is_empty())
            return vm.raise_type_error("int() missing string argument");
        result = Value::small_int(0);
    } else if (base.is_empty()) {
        result = TRY(int_from_object(vm, x));
    } else {
        result = TRY(int_with_base(vm, x, base));
    }
    return int_of_type(vm, cls, result);
}

Result<Value> int_alloc(VM& vm, Type* cls, Value const* args, size_t nargs)
{
    Value result = Value::small_int(0);
    if (nargs >= 2)
        result = TRY(int_with_base(vm, args[0], args[1]));
    else if (nargs == 1)
        result = TRY(int_from_object(vm, args[0]));
    return int_of_type(vm, cls, result);
}

Result<Value> bool_new(VM& vm, CallArgs const& args)
{
    if (args.keyword_count() > 0)
        return vm.raise_type_error("bool() takes no keyword arguments");
    if (args.count > 2)
        return vm.raise_type_error(
            "bool expected at most 1 argument, got " + std::to_string(args.count - 1));
    if (args.count < 2)
        return py_false;
    return py_bool(TRY(vm.truthy(args.args[1])));
}

// -- arithmetic dunders -----------------------------------------------------------------------

template<uint32_t Op, bool Reflected>
Result<Value> int_binary(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[2][13] = {
        {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__",
            "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"},
        {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__",
            "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"},
    };
    INT_SELF(names[Reflected][Op]);
    TRY(expect_args(vm, args, 1));
    Value self = args.args[0];
    Value other = args.args[1];
    if (!is_int(other))
        return py_not_implemented;
    bool handled;
    return Reflected ? number_binary_op(vm, other, self, Op, handled, true)
                     : number_binary_op(vm, self, other, Op, handled, true);
}

/// pow(a, b, m) for ints (modular exponentiation, negative exponents via the inverse).
Result<Value> int_pow_mod(VM& vm, Value a, Value b, Value m)
{
    BigInt modulus = int_to_big(m);
    if (modulus.is_zero())
        return vm.raise(types::value_error, "pow() 3rd argument cannot be 0");
    bool negative_modulus = modulus.sign() < 0;
    BigInt mod_abs = boost::multiprecision::abs(modulus);
    BigInt base = int_to_big(a) % mod_abs;
    if (base.sign() < 0)
        base += mod_abs;
    BigInt exponent = int_to_big(b);
    if (exponent.sign() < 0) {
        // The inverse of base modulo mod_abs by the extended Euclidean algorithm.
        BigInt r0 = mod_abs, r1 = base, t0 = 0, t1 = 1;
        while (!r1.is_zero()) {
            BigInt q = r0 / r1;
            BigInt r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            BigInt t2 = t0 - q * t1;
            t0 = t1;
            t1 = t2;
        }
        if (r0 != 1)
            return vm.raise(types::value_error, "base is not invertible for the given modulus");
        base = t0 % mod_abs;
        if (base.sign() < 0)
            base += mod_abs;
        exponent = -exponent;
    }
    BigInt result
        = mod_abs == 1 ? BigInt(0) : BigInt(boost::multiprecision::powm(base, exponent, mod_abs));
    if (negative_modulus && !result.is_zero())
        result += modulus;
    return make_int(vm, result);
}

template<bool Reflected>
Result<Value> int_pow(VM& vm, CallArgs const& args)
{
    INT_SELF(Reflected ? "__rpow__" : "__pow__");
    if (args.count < 2 || args.count > 3 || args.keyword_count() > 0) {
        if (args.count < 2)
            return vm.raise_type_error("expected at least 1 argument, got 0");
        return vm.raise_type_error(
            "expected at most 2 arguments, got " + std::to_string(args.count - 1));
    }
    Value self = args.args[0];
    Value other = args.args[1];
    Value modulus = args.count == 3 ? args.args[2] : py_none;
    if (!is_int(other))
        return py_not_implemented;
    Value a = Reflected ? other : self;
    Value b = Reflected ? self : other;
    if (modulus.is(py_none)) {
        bool handled;
        return number_binary_op(vm, a, b, Pow, handled, true);
    }
    if (!is_int(modulus))
        return py_not_implemented;
    return int_pow_mod(vm, a, b, modulus);
}

template<bool Reflected>
Result<Value> int_divmod(VM& vm, CallArgs const& args)
{
    INT_SELF(Reflected ? "__rdivmod__" : "__divmod__");
    TRY(expect_args(vm, args, 1));
    Value other = args.args[1];
    if (!is_int(other))
        return py_not_implemented;
    Value a = Reflected ? other : args.args[0];
    Value b = Reflected ? args.args[0] : other;
    bool handled;
    Value q = TRY(number_binary_op(vm, a, b, FloorDiv, handled, true));
    Root rq(vm, q);
    Value r = TRY(number_binary_op(vm, a, b, Mod, handled, true));
    return vm.new_tuple({q, r})->value();
}

template<CompareOp Op>
Result<Value> int_compare(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[]
        = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    INT_SELF(names[int(Op)]);
    TRY(expect_args(vm, args, 1));
    if (!is_int(args.args[1]))
        return py_not_implemented;
    bool handled;
    return number_compare(vm, args.args[0], args.args[1], Op, handled, true);
}

template<uint32_t Kind>
Result<Value> int_unary(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[] = {"__invert__", "", "__pos__", "__neg__"};
    INT_SELF(names[Kind]);
    TRY(expect_args(vm, args, 0));
    bool handled;
    return number_unary_op(vm, args.args[0], Kind, handled, true);
}

Result<Value> int_abs(VM& vm, CallArgs const& args)
{
    INT_SELF("__abs__");
    TRY(expect_args(vm, args, 0));
    bool handled;
    return number_unary_op(vm, args.args[0], int_sign(args.args[0]) < 0 ? 3 : 2, handled, true);
}

Result<Value> int_bool(VM& vm, CallArgs const& args)
{
    INT_SELF("__bool__");
    TRY(expect_args(vm, args, 0));
    return py_bool(int_sign(args.args[0]) != 0);
}

Result<Value> int_hash_method(VM& vm, CallArgs const& args)
{
    INT_SELF("__hash__");
    TRY(expect_args(vm, args, 0));
    return make_int(vm, int_hash(args.args[0]));
}

Result<Value> int_repr_method(VM& vm, CallArgs const& args)
{
    INT_SELF("__repr__");
    TRY(expect_args(vm, args, 0));
    return TRY(int_repr(vm, args.args[0]))->value();
}

/// __int__, __index__, __trunc__, __floor__, __ceil__, conjugate, __pos__-like: the exact int.
Result<Value> int_self_exact(VM& vm, CallArgs const& args)
{
    if (args.count == 0 || !is_int(args.args[0]))
        return raise_number_self_error(vm, args, "__int__", "int");
    TRY(expect_args(vm, args, 0));
    return exact_int(vm, args.args[0]);
}

Result<Value> int_float(VM& vm, CallArgs const& args)
{
    INT_SELF("__float__");
    TRY(expect_args(vm, args, 0));
    return make_float(vm, TRY(int_to_double(vm, args.args[0])));
}

Result<Value> int_round(VM& vm, CallArgs const& args)
{
    INT_SELF("__round__");
    if (args.keyword_count() > 0)
        return vm.raise_type_error("__round__() takes no keyword arguments");
    if (args.count > 2)
        return vm.raise_type_error(
            "__round__ expected at most 1 argument, got " + std::to_string(args.count - 1));
    Value self = args.args[0];
    if (args.count == 1)
        return exact_int(vm, self);
    int64_t ndigits = TRY(vm.to_index(args.args[1]));
    if (ndigits >= 0)
        return exact_int(vm, self);
    // Round half to even at 10**-ndigits.
    // |self| < 10**-ndigits / 2 rounds to zero; decide that without building a huge power.
    if (double(-ndigits) > double(int_bit_length(self)) * 0.30103 + 2)
        return Value::small_int(0);
    BigInt pow10 = boost::multiprecision::pow(BigInt(10), unsigned(-ndigits));
    BigInt value = int_to_big(self);
    BigInt q, r;
    boost::multiprecision::divide_qr(value, pow10, q, r);
    // Floor semantics for the remainder.
    if (!r.is_zero() && r.sign() < 0) {
        r += pow10;
        q -= 1;
    }
    BigInt twice = r * 2;
    if (twice > pow10 || (twice == pow10 && bit_test(boost::multiprecision::abs(q), 0)))
        q += 1;
    return make_int(vm, BigInt(q * pow10));
}

Result<Value> int_format(VM& vm, CallArgs const& args)
{
    INT_SELF("__format__");
    TRY(expect_args(vm, args, 1));
    if (!VM::is_instance_of(args.args[1], types::str))
        return vm.raise_type_error(
            "format() argument 2 must be str, not " + VM::type_of(args.args[1])->name());
    std::string_view text = static_cast<StrObject*>(args.args[1].as_object())->view();
    if (text.empty())
        return TRY(vm.str(args.args[0]))->value();
    FormatSpec spec = TRY(parse_format_spec(vm, text, VM::type_of(args.args[0])->name()));
    std::string out = TRY(format_int_spec(vm, args.args[0], spec));
    return vm.new_str(std::move(out))->value();
}

Result<Value> int_bit_length_method(VM& vm, CallArgs const& args)
{
    INT_SELF("bit_length");
    TRY(expect_args(vm, args, 0));
    return make_int(vm, int64_t(int_bit_length(args.args[0])));
}

Result<Value> int_bit_count(VM& vm, CallArgs const& args)
{
    INT_SELF("bit_count");
    TRY(expect_args(vm, args, 0));
    int64_t small;
    if (int_fits_int64(args.args[0], small)) {
        uint64_t magnitude = small < 0 ? uint64_t(0) - uint64_t(small) : uint64_t(small);
        return Value::small_int(__builtin_popcountll(magnitude));
    }
    BigInt const& big = as_int_object(args.args[0])->big();
    int64_t count = 0;
    for (size_t i = 0; i < big.backend().size(); ++i)
        count += __builtin_popcountll(big.backend().limbs()[i]);
    return make_int(vm, count);
}

Result<Value> int_as_integer_ratio(VM& vm, CallArgs const& args)
{
    INT_SELF("as_integer_ratio");
    TRY(expect_args(vm, args, 0));
    return vm.new_tuple({exact_int(vm, args.args[0]), Value::small_int(1)})->value();
}

Result<Value> int_getnewargs(VM& vm, CallArgs const& args)
{
    INT_SELF("__getnewargs__");
    TRY(expect_args(vm, args, 0));
    return vm.new_tuple({exact_int(vm, args.args[0])})->value();
}

Result<bool> parse_byteorder(VM& vm, Value v)
{
    if (!VM::is_instance_of(v, types::str))
        return vm.raise_type_error(
            "to_bytes() argument 'byteorder' must be str, not " + VM::type_of(v)->name());
    std::string_view s = static_cast<StrObject*>(v.as_object())->view();
    if (s == "little")
        return true;
    if (s == "big")
        return false;
    return vm.raise(types::value_error, "byteorder must be either 'little' or 'big'");
}

Result<Value> int_to_bytes(VM& vm, CallArgs const& args)
{
    INT_SELF("to_bytes");
    Value bound[3];
    TRY(bind_args(vm, args, "to_bytes", {"length", "byteorder", "signed"}, 0, 0, bound, true));
    int64_t length = bound[0].is_empty() ? 1 : TRY(vm.to_index(bound[0]));
    bool little = bound[1].is_empty() ? false : TRY(parse_byteorder(vm, bound[1]));
    bool is_signed = bound[2].is_empty() ? false : TRY(vm.truthy(bound[2]));
    if (length < 0)
        return vm.raise(types::value_error, "length argument must be non-negative");
    BigInt value = int_to_big(args.args[0]);
    if (value.sign() < 0 && !is_signed)
        return vm.raise(types::overflow_error, "can't convert negative int to unsigned");
    // Fits when -2**(8n-1) <= v < 2**(8n-1) (signed) or v < 2**(8n) (unsigned).
    uint64_t bits
        = value.is_zero() ? 0 : boost::multiprecision::msb(boost::multiprecision::abs(value)) + 1;
    bool fits;
    if (!is_signed) {
        fits = bits <= uint64_t(length) * 8;
    } else if (value.sign() >= 0) {
        fits = bits < uint64_t(length) * 8 || (value.is_zero());
    } else {
        // -2**(8n-1) fits exactly.
        BigInt magnitude = -value;
        fits = bits < uint64_t(length) * 8
            || (bits == uint64_t(length) * 8 && boost::multiprecision::lsb(magnitude) == bits - 1);
    }
    if (!fits || (length == 0 && !value.is_zero()))
        return vm.raise(types::overflow_error, "int too big to convert");
    if (length > (int64_t(1) << 32))
        return vm.raise_memory_error();
    if (value.sign() < 0)
        value += BigInt(1) << unsigned(length * 8);
    std::string out(size_t(length), '\0');
    for (int64_t i = 0; i < length; ++i) {
        unsigned byte = static_cast<unsigned>(value & 0xff);
        value >>= 8;
        out[size_t(little ? i : length - 1 - i)] = char(byte);
    }
    return vm.new_bytes(out);
}

Result<Value> int_from_bytes(VM& vm, CallArgs const& args)
{
    // Called as a classmethod: args[0] is the class.
    Value bound[3];
    TRY(bind_args(vm, args, "from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, bound, true));
    Type* cls = static_cast<Type*>(args.args[0].as_object());
    bool little = bound[1].is_empty() ? false : TRY(parse_byteorder(vm, bound[1]));
    bool is_signed = bound[2].is_empty() ? false : TRY(vm.truthy(bound[2]));
    std::string data;
    Value source = bound[0];
    if (VM::type_of(source)->m_layout == Layout::Bytes) {
        data = static_cast<BytesObject*>(source.as_object())->data();
    } else if (VM::is_instance_of(source, types::str)) {
        return vm.raise_type_error("cannot convert 'str' object to bytes");
    } else {
        Value iterator = TRY(vm.iter(source));
        Root root(vm, iterator);
        for (;;) {
            bool exhausted = false;
            Value item = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                break;
            int64_t byte = TRY(vm.to_index(item));
            if (byte < 0 || byte > 255)
                return vm.raise(types::value_error, "bytes must be in range(0, 256)");
            data.push_back(char(byte));
        }
    }
    BigInt value = 0;
    for (size_t i = 0; i < data.size(); ++i) {
        unsigned char byte = static_cast<unsigned char>(data[little ? data.size() - 1 - i : i]);
        value <<= 8;
        value += byte;
    }
    if (is_signed && !data.empty()) {
        unsigned char top = static_cast<unsigned char>(little ? data.back() : data.front());
        if (top & 0x80)
            value -= BigInt(1) << unsigned(data.size() * 8);
    }
    Value result = make_int(vm, value);
    if (cls == types::int_)
        return result;
    return vm.call(cls->value(), {result});
}

Result<Value> int_get_self(VM& vm, Value self)
{
    return exact_int(vm, self);
}
Result<Value> int_get_zero(VM&, Value)
{
    return Value::small_int(0);
}
Result<Value> int_get_one(VM&, Value)
{
    return Value::small_int(1);
}

// -- bool -------------------------------------------------------------------------------------

Result<Value> bool_repr(VM& vm, CallArgs const& args)
{
    if (args.count == 0 || !VM::is_instance_of(args.args[0], types::bool_))
        return raise_number_self_error(vm, args, "__repr__", "bool");
    TRY(expect_args(vm, args, 0));
    return vm.new_str(std::string_view(args.args[0].is(py_true) ? "True" : "False"))->value();
}

template<uint32_t Op, bool Reflected>
Result<Value> bool_bitwise(VM& vm, CallArgs const& args)
{
    static constexpr char const* names[2][3]
        = {{"__or__", "__xor__", "__and__"}, {"__ror__", "__rxor__", "__rand__"}};
    if (args.count == 0 || !VM::is_instance_of(args.args[0], types::bool_))
        return raise_number_self_error(vm, args, names[Reflected][Op - BitOr], "bool");
    TRY(expect_args(vm, args, 1));
    Value other = args.args[1];
    if (!is_int(other))
        return py_not_implemented;
    bool handled;
    return Reflected ? number_binary_op(vm, other, args.args[0], Op, handled, true)
                     : number_binary_op(vm, args.args[0], other, Op, handled, true);
}

void define_new(VM& vm, Type* type, NativeFn fn)
{
    Value native = vm.make<NativeFunctionObject>(
                         types::builtin_function, fn, vm.names.__new__, Value {}, type)
                       ->value();
    type->m_dict->set_str(vm, vm.names.__new__, make_staticmethod(vm, native));
}

} // namespace

void init_int_type(VM& vm)
{
    Type* t = types::int_;
    DictObject* d = t->m_dict;
    define_new(vm, t, &int_new);
    t->m_alloc = &int_alloc;
#define BIN(op, name, rname)                                                                       \
    vm.define_native(d, name, &int_binary<op, false>, t);                                          \
    vm.define_native(d, rname, &int_binary<op, true>, t);
    BIN(Add, "__add__", "__radd__")
    BIN(Sub, "__sub__", "__rsub__")
    BIN(Mult, "__mul__", "__rmul__")
    BIN(Div, "__truediv__", "__rtruediv__")
    BIN(Mod, "__mod__", "__rmod__")
    BIN(LShift, "__lshift__", "__rlshift__")
    BIN(RShift, "__rshift__", "__rrshift__")
    BIN(BitOr, "__or__", "__ror__")
    BIN(BitXor, "__xor__", "__rxor__")
    BIN(BitAnd, "__and__", "__rand__")
    BIN(FloorDiv, "__floordiv__", "__rfloordiv__")
#undef BIN
    vm.define_native(d, "__pow__", &int_pow<false>, t);
    vm.define_native(d, "__rpow__", &int_pow<true>, t);
    vm.define_native(d, "__divmod__", &int_divmod<false>, t);
    vm.define_native(d, "__rdivmod__", &int_divmod<true>, t);
    vm.define_native(d, "__eq__", &int_compare<CompareOp::Eq>, t);
    vm.define_native(d, "__ne__", &int_compare<CompareOp::Ne>, t);
    vm.define_native(d, "__lt__", &int_compare<CompareOp::Lt>, t);
    vm.define_native(d, "__le__", &int_compare<CompareOp::Le>, t);
    vm.define_native(d, "__gt__", &int_compare<CompareOp::Gt>, t);
    vm.define_native(d, "__ge__", &int_compare<CompareOp::Ge>, t);
    vm.define_native(d, "__invert__", &int_unary<0>, t);
    vm.define_native(d, "__pos__", &int_unary<2>, t);
    vm.define_native(d, "__neg__", &int_unary<3>, t);
    vm.define_native(d, "__abs__", &int_abs, t);
    vm.define_native(d, "__bool__", &int_bool, t);
    vm.define_native(d, "__hash__", &int_hash_method, t);
    vm.define_native(d, "__repr__", &int_repr_method, t);
    vm.define_native(d, "__int__", &int_self_exact, t);
    vm.define_native(d, "__index__", &int_self_exact, t);
    vm.define_native(d, "__trunc__", &int_self_exact, t);
    vm.define_native(d, "__floor__", &int_self_exact, t);
    vm.define_native(d, "__ceil__", &int_self_exact, t);
    vm.define_native(d, "conjugate", &int_self_exact, t);
    vm.define_native(d, "__float__", &int_float, t);
    vm.define_native(d, "__round__", &int_round, t);
    vm.define_native(d, "__format__", &int_format, t);
    vm.define_native(d, "__getnewargs__", &int_getnewargs, t);
    vm.define_native(d, "bit_length", &int_bit_length_method, t);
    vm.define_native(d, "bit_count", &int_bit_count, t);
    vm.define_native(d, "as_integer_ratio", &int_as_integer_ratio, t);
    vm.define_native(d, "to_bytes", &int_to_bytes, t);
    Value from_bytes = vm.make<NativeFunctionObject>(types::builtin_function, &int_from_bytes,
                             vm.intern("from_bytes"), Value {}, t)
                           ->value();
    d->set_str(vm, vm.intern("from_bytes"), make_classmethod(vm, from_bytes));
    define_getset(vm, t, "real", &int_get_self);
    define_getset(vm, t, "imag", &int_get_zero);
    define_getset(vm, t, "numerator", &int_get_self);
    define_getset(vm, t, "denominator", &int_get_one);

    Type* b = types::bool_;
    b->m_is_basetype = false;
    define_new(vm, b, &bool_new);
    b->m_alloc = nullptr;
    vm.define_native(b->m_dict, "__repr__", &bool_repr, b);
    vm.define_native(b->m_dict, "__or__", &bool_bitwise<BitOr, false>, b);
    vm.define_native(b->m_dict, "__ror__", &bool_bitwise<BitOr, true>, b);
    vm.define_native(b->m_dict, "__xor__", &bool_bitwise<BitXor, false>, b);
    vm.define_native(b->m_dict, "__rxor__", &bool_bitwise<BitXor, true>, b);
    vm.define_native(b->m_dict, "__and__", &bool_bitwise<BitAnd, false>, b);
    vm.define_native(b->m_dict, "__rand__", &bool_bitwise<BitAnd, true>, b);
}

void init_number_types(VM& vm)
{
    init_int_type(vm);
    init_float_type(vm);
}

} // namespace minipy
