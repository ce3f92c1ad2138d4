// The `math` functions on integers (gcd, lcm, factorial, isqrt, comb, perm), the float-to-int
// roundings (floor, ceil, trunc) and the exact reductions (prod, fsum).
#include "parser/ast.hpp"
#include "stdlib/math_internal.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_object.hpp"
#include "vm/objects/number_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <cmath>
#include <numeric>
#include <vector>

namespace minipy {

namespace {

std::string const& type_name(Value v)
{
    return VM::type_of(v)->name();
}

/// operator.index(v) as an int value of any size.
Result<Value> index_value(VM& vm, Value v)
{
    if (is_int(v))
        return v;
    Value method = vm.lookup_special(v, vm.names.__index__);
    if (method.is_empty())
        return vm.raise_type_error(
            "'" + type_name(v) + "' object cannot be interpreted as an integer");
    Value result = TRY(vm.call(method, {v}));
    if (!is_int(result))
        return vm.raise_type_error("__index__ returned non-int (type " + type_name(result) + ")");
    return result;
}

Result<BigInt> index_big(VM& vm, Value v)
{
    return int_to_big(TRY(index_value(vm, v)));
}

// -- gcd, lcm -------------------------------------------------------------------------------

Result<Value> math_gcd(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "gcd"));
    if (args.count == 0)
        return Value::small_int(0);
    Value first = TRY(index_value(vm, args.args[0]));
    int64_t small;
    if (args.count == 1) {
        if (int_fits_int64(first, small) && small != INT64_MIN)
            return vm.new_int(small < 0 ? -small : small);
        return make_int(vm, BigInt(abs(int_to_big(first))));
    }
    BigInt result = abs(int_to_big(first));
    for (size_t i = 1; i < args.count; ++i) {
        BigInt x = TRY(index_big(vm, args.args[i]));
        if (result != 1)
            result = boost::multiprecision::gcd(result, abs(x));
    }
    return make_int(vm, result);
}

Result<Value> math_lcm(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "lcm"));
    if (args.count == 0)
        return Value::small_int(1);
    BigInt result = abs(TRY(index_big(vm, args.args[0])));
    for (size_t i = 1; i < args.count; ++i) {
        BigInt x = abs(TRY(index_big(vm, args.args[i])));
        if (result == 0 || x == 0)
            result = 0;
        else
            result = result / boost::multiprecision::gcd(result, x) * x;
    }
    return make_int(vm, result);
}

// -- factorial, isqrt, comb, perm -------------------------------------------------------------

/// The product lo * (lo+1) * ... * hi by binary splitting (balanced operand sizes).
BigInt range_product(uint64_t lo, uint64_t hi)
{
    if (lo > hi)
        return 1;
    if (hi - lo < 16) {
        BigInt result = lo;
        for (uint64_t k = lo + 1; k <= hi; ++k)
            result *= k;
        return result;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    return range_product(lo, mid) * range_product(mid + 1, hi);
}

Result<Value> math_factorial(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.factorial", 1, 1));
    Value n = TRY(index_value(vm, args.args[0]));
    int64_t value;
    if (!int_fits_int64(n, value)) {
        if (int_sign(n) < 0)
            return vm.raise_value_error("factorial() not defined for negative values");
        return vm.raise(
            types::overflow_error, "factorial() argument should not exceed 9223372036854775807");
    }
    if (value < 0)
        return vm.raise_value_error("factorial() not defined for negative values");
    if (value <= 20) {
        int64_t result = 1;
        for (int64_t k = 2; k <= value; ++k)
            result *= k;
        return vm.new_int(result);
    }
    return make_int(vm, range_product(2, static_cast<uint64_t>(value)));
}

Result<Value> math_isqrt(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.isqrt", 1, 1));
    Value n = TRY(index_value(vm, args.args[0]));
    if (int_sign(n) < 0)
        return vm.raise_value_error("isqrt() argument must be nonnegative");
    int64_t small;
    if (int_fits_int64(n, small)) {
        auto root = static_cast<int64_t>(std::sqrt(static_cast<double>(small)));
        while (root > 0 && (root > small / root))
            --root;
        while ((root + 1) <= small / (root + 1))
            ++root;
        return vm.new_int(root);
    }
    return make_int(vm, BigInt(boost::multiprecision::sqrt(int_to_big(n))));
}

/// The k argument of comb/perm, and n, as non-negative BigInts with CPython's messages.
Result<void> comb_perm_arguments(VM& vm, Value n_arg, Value k_arg, BigInt& n, BigInt& k)
{
    n = TRY(index_big(vm, n_arg));
    k = TRY(index_big(vm, k_arg));
    if (n < 0)
        return vm.raise_value_error("n must be a non-negative integer");
    if (k < 0)
        return vm.raise_value_error("k must be a non-negative integer");
    return {};
}

Result<Value> math_comb(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.comb", 2, 2));
    BigInt n, k;
    TRY(comb_perm_arguments(vm, args.args[0], args.args[1], n, k));
    if (k > n)
        return Value::small_int(0);
    if (n - k < k)
        k = n - k;
    if (k > BigInt(INT64_MAX))
        return vm.raise(types::overflow_error, "min(n - k, k) must not exceed 9223372036854775807");
    auto steps = k.convert_to<int64_t>();
    BigInt result = 1;
    BigInt factor = n - k;
    for (int64_t i = 1; i <= steps; ++i) {
        ++factor;
        result *= factor;
        result /= i;
    }
    return make_int(vm, result);
}

// perm(n, k=None)
Result<Value> math_perm(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.perm", 1, 2));
    if (args.count == 1 || args.args[1].is(py_none)) {
        BigInt n = TRY(index_big(vm, args.args[0]));
        if (n < 0)
            return vm.raise_value_error("n must be a non-negative integer");
        if (n > BigInt(INT64_MAX))
            return vm.raise(types::overflow_error, "n must not exceed 9223372036854775807");
        return make_int(vm, range_product(1, n.convert_to<uint64_t>()));
    }
    BigInt n, k;
    TRY(comb_perm_arguments(vm, args.args[0], args.args[1], n, k));
    if (k > n)
        return Value::small_int(0);
    if (k > BigInt(INT64_MAX))
        return vm.raise(types::overflow_error, "k must not exceed 9223372036854775807");
    auto steps = k.convert_to<int64_t>();
    BigInt result = 1;
    BigInt factor = n;
    for (int64_t i = 0; i < steps; ++i) {
        result *= factor;
        --factor;
    }
    return make_int(vm, result);
}

// -- floor, ceil, trunc ---------------------------------------------------------------------

/// math.floor / math.ceil: an exact float directly, else __floor__/__ceil__, else the float value.
Result<Value> round_to_int(
    VM& vm, CallArgs const& args, char const* name, StrObject* special, double (*func)(double))
{
    TRY(check_arg_count(vm, args, name, 1, 1));
    Value x = args.args[0];
    if (x.is_small_int())
        return x;
    if (x.as_object()->type() != types::float_) {
        Value method = vm.lookup_special(x, special);
        if (!method.is_empty())
            return vm.call(method, {x});
        if (is_int(x)) {
            int64_t small;
            return int_fits_int64(x, small) ? vm.new_int(small) : make_int(vm, int_to_big(x));
        }
    }
    double d = x.as_object()->type() == types::float_ ? float_value(x) : TRY(to_double(vm, x));
    return double_to_int(vm, func(d));
}

Result<Value> math_floor(VM& vm, CallArgs const& args)
{
    return round_to_int(
        vm, args, "math.floor", vm.names.__floor__, [](double d) { return std::floor(d); });
}

Result<Value> math_ceil(VM& vm, CallArgs const& args)
{
    return round_to_int(
        vm, args, "math.ceil", vm.names.__ceil__, [](double d) { return std::ceil(d); });
}

Result<Value> math_trunc(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.trunc", 1, 1));
    Value x = args.args[0];
    if (x.is_small_int())
        return x;
    Value method = vm.lookup_special(x, vm.names.__trunc__);
    if (!method.is_empty())
        return vm.call(method, {x});
    if (x.as_object()->type() == types::float_)
        return double_to_int(vm, std::trunc(float_value(x)));
    return vm.raise_type_error("type " + type_name(x) + " doesn't define __trunc__ method");
}

// -- prod, fsum -------------------------------------------------------------------------------

bool is_exact_float(Value v)
{
    return v.is_object() && v.as_object()->type() == types::float_;
}

// prod(iterable, /, *, start=1), following math_prod_impl: int64 and double fast paths, then `*`.
Result<Value> math_prod(VM& vm, CallArgs const& args)
{
    constexpr uint32_t op_mul = static_cast<uint32_t>(ast::BinOpKind::Mult);
    Value bound[2];
    TRY(bind_args_kwonly(vm, args, "prod", {"iterable", "start"}, 1, 1, 1, bound));
    Value iterator = TRY(vm.iter(bound[0]));
    Root iterator_root(vm, iterator);
    Root result(vm, bound[1].is_empty() ? Value::small_int(1) : bound[1]);
    bool exhausted = false;

    int64_t i_result;
    if (is_exact_int(result.get()) && int_fits_int64(result.get(), i_result)) {
        for (;;) {
            Value item = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                return vm.new_int(i_result);
            int64_t b, product;
            if ((is_exact_int(item) || VM::is_instance_of(item, types::bool_))
                && int_fits_int64(item, b) && !__builtin_mul_overflow(i_result, b, &product)) {
                i_result = product;
                continue;
            }
            Root item_root(vm, item);
            result.set(TRY(vm.binary_op(vm.new_int(i_result), item, op_mul)));
            break;
        }
    }
    if (is_exact_float(result.get())) {
        double f_result = float_value(result.get());
        for (;;) {
            Value item = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                return vm.new_float(f_result);
            int64_t value;
            if (is_exact_float(item)) {
                f_result *= float_value(item);
                continue;
            }
            if (is_exact_int(item) && int_fits_int64(item, value)) {
                f_result *= static_cast<double>(value);
                continue;
            }
            Root item_root(vm, item);
            result.set(TRY(vm.binary_op(vm.new_float(f_result), item, op_mul)));
            break;
        }
    }
    for (;;) {
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return result.get();
        Root item_root(vm, item);
        result.set(TRY(vm.binary_op(result.get(), item, op_mul)));
    }
}

// fsum(seq): Shewchuk's exactly rounded sum, as CPython's math_fsum (msum with half-even
// correction across partials and separate handling of infinities and NaNs).
Result<Value> math_fsum(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.fsum", 1, 1));
    Value iterator = TRY(vm.iter(args.args[0]));
    Root iterator_root(vm, iterator);
    std::vector<double> partials;
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            break;
        double x = is_exact_float(item) ? float_value(item) : TRY(to_double(vm, item));
        double xsave = x;
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0)
                partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave))
                    return vm.raise(types::overflow_error, "intermediate overflow in fsum");
                if (std::isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum))
            return vm.raise_value_error("-inf + inf in fsum");
        return vm.new_float(special_sum);
    }
    double hi = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        double lo = 0.0;
        hi = partials[--n];
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    return vm.new_float(hi);
}

} // namespace

void register_math_integer_functions(VM& vm, DictObject* d)
{
    vm.define_native(d, "gcd", &math_gcd);
    vm.define_native(d, "lcm", &math_lcm);
    vm.define_native(d, "factorial", &math_factorial);
    vm.define_native(d, "isqrt", &math_isqrt);
    vm.define_native(d, "comb", &math_comb);
    vm.define_native(d, "perm", &math_perm);
    vm.define_native(d, "floor", &math_floor);
    vm.define_native(d, "ceil", &math_ceil);
    vm.define_native(d, "trunc", &math_trunc);
    vm.define_native(d, "prod", &math_prod);
    vm.define_native(d, "fsum", &math_fsum);
}

} // namespace minipy
