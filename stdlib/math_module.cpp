// The `math` module: constants and the floating-point functions, with the error rules of
// CPython's mathmodule.c (math_1, math_2, loghelper, vector_norm).
#include "stdlib/math_internal.hpp"
#include "stdlib/native_modules.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_object.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/vm.hpp"

#include <cfloat>
#include <climits>
#include <cmath>
#include <numbers>
#include <vector>

namespace minipy {

Error math_domain_error(VM& vm)
{
    return vm.raise_value_error("math domain error");
}
Error math_range_error(VM& vm)
{
    return vm.raise(types::overflow_error, "math range error");
}

namespace {

/// PyFloat_AsDouble with the exact-float fast path.
Result<double> as_double(VM& vm, Value v)
{
    if (v.is_small_int())
        return static_cast<double>(v.as_small_int());
    if (v.as_object()->type() == types::float_)
        return float_value(v);
    return to_double(vm, v);
}

/// math_1: a one-argument libm function with CPython's error classification.
Result<Value> math_1(
    VM& vm, CallArgs const& args, char const* name, double (*func)(double), bool can_overflow)
{
    TRY(check_arg_count(vm, args, name, 1, 1));
    double x = TRY(as_double(vm, args.args[0]));
    double r = func(x);
    if (std::isnan(r) && !std::isnan(x))
        return math_domain_error(vm);
    if (std::isinf(r) && std::isfinite(x))
        return can_overflow ? math_range_error(vm) : math_domain_error(vm);
    return vm.new_float(r);
}

/// math_2: a two-argument libm function with CPython's error classification.
Result<Value> math_2(VM& vm, CallArgs const& args, char const* name, double (*func)(double, double))
{
    TRY(check_arg_count(vm, args, name, 2, 2));
    double x = TRY(as_double(vm, args.args[0]));
    double y = TRY(as_double(vm, args.args[1]));
    double r = func(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return math_domain_error(vm);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return math_range_error(vm);
    return vm.new_float(r);
}

#define MATH_1(pyname, func, overflow)                                                             \
    Result<Value> math_##pyname(VM& vm, CallArgs const& args)                                      \
    {                                                                                              \
        return math_1(                                                                             \
            vm, args, "math." #pyname, [](double x) { return func(x); }, overflow);                \
    }

MATH_1(acos, std::acos, false)
MATH_1(acosh, std::acosh, false)
MATH_1(asin, std::asin, false)
MATH_1(asinh, std::asinh, false)
MATH_1(atan, std::atan, false)
MATH_1(atanh, std::atanh, false)
MATH_1(cos, std::cos, false)
MATH_1(cosh, std::cosh, true)
MATH_1(sin, std::sin, false)
MATH_1(sinh, std::sinh, true)
MATH_1(tan, std::tan, false)
MATH_1(tanh, std::tanh, false)
MATH_1(exp, std::exp, true)
MATH_1(exp2, std::exp2, true)
MATH_1(expm1, std::expm1, true)
MATH_1(fabs, std::fabs, false)
MATH_1(sqrt, std::sqrt, false)
MATH_1(cbrt, std::cbrt, false)
MATH_1(erf, std::erf, false)
MATH_1(erfc, std::erfc, false)
MATH_1(log1p, std::log1p, false)
#undef MATH_1

Result<Value> math_atan2(VM& vm, CallArgs const& args)
{
    return math_2(vm, args, "math.atan2", [](double y, double x) { return std::atan2(y, x); });
}

Result<Value> math_copysign(VM& vm, CallArgs const& args)
{
    return math_2(
        vm, args, "math.copysign", [](double x, double y) { return std::copysign(x, y); });
}

Result<Value> math_remainder(VM& vm, CallArgs const& args)
{
    return math_2(
        vm, args, "math.remainder", [](double x, double y) { return std::remainder(x, y); });
}

Result<Value> math_degrees(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.degrees", 1, 1));
    double x = TRY(as_double(vm, args.args[0]));
    return vm.new_float(x * (180.0 / std::numbers::pi));
}

Result<Value> math_radians(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.radians", 1, 1));
    double x = TRY(as_double(vm, args.args[0]));
    return vm.new_float(x * (std::numbers::pi / 180.0));
}

/// The libm-style log functions of loghelper: domain errors for x <= 0.
double m_log(double x)
{
    return x > 0 ? std::log(x) : (x == 0 ? -HUGE_VAL : NAN);
}
double m_log2(double x)
{
    return x > 0 ? std::log2(x) : (x == 0 ? -HUGE_VAL : NAN);
}
double m_log10(double x)
{
    return x > 0 ? std::log10(x) : (x == 0 ? -HUGE_VAL : NAN);
}

/// _PyLong_Frexp for a positive int too large for a double: x = m * 2**e, 0.5 <= m < 1, m
/// correctly rounded to 53 bits.
double big_frexp(Value v, int64_t& e)
{
    BigInt x = abs(int_to_big(v));
    int64_t bits = static_cast<int64_t>(boost::multiprecision::msb(x)) + 1;
    int64_t shift = bits - 64;
    BigInt top = x >> shift;
    uint64_t word = top.convert_to<uint64_t>();
    if (x != (top << shift))
        word |= 1; // sticky bit, so the conversion below rounds once, correctly
    double m = std::ldexp(static_cast<double>(word), -64);
    e = bits;
    if (m == 1.0) {
        m = 0.5;
        ++e;
    }
    return m;
}

/// loghelper: log of ints of any size, otherwise of the float value.
Result<double> loghelper(VM& vm, Value arg, double (*func)(double))
{
    if (is_int(arg)) {
        if (int_sign(arg) <= 0)
            return math_domain_error(vm);
        auto x = int_to_double(vm, arg);
        if (!x.is_error())
            return func(x.value());
        if (!vm.exception_matches(types::overflow_error))
            return Error {};
        vm.take_exception();
        int64_t e;
        double m = big_frexp(arg, e);
        return func(m) + func(2.0) * static_cast<double>(e);
    }
    double x = TRY(as_double(vm, arg));
    double r = func(x);
    if (std::isnan(r) && !std::isnan(x))
        return math_domain_error(vm);
    if (std::isinf(r) && std::isfinite(x))
        return math_domain_error(vm);
    return r;
}

// log(x[, base])
Result<Value> math_log(VM& vm, CallArgs const& args)
{
    if (args.kwnames && args.kwnames->size() != 0)
        return vm.raise_type_error("math.log() takes no keyword arguments");
    if (args.count < 1 || args.count > 2)
        return vm.raise_type_error("math.log requires 1 to 2 arguments");
    double num = TRY(loghelper(vm, args.args[0], &m_log));
    if (args.count == 1)
        return vm.new_float(num);
    double den = TRY(loghelper(vm, args.args[1], &m_log));
    if (den == 0)
        return vm.raise(types::zero_division_error, "float division by zero");
    return vm.new_float(num / den);
}

Result<Value> math_log2(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.log2", 1, 1));
    return vm.new_float(TRY(loghelper(vm, args.args[0], &m_log2)));
}

Result<Value> math_log10(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.log10", 1, 1));
    return vm.new_float(TRY(loghelper(vm, args.args[0], &m_log10)));
}

// pow(x, y): IEEE specials first, then libm (math_pow_impl).
Result<Value> math_pow(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.pow", 2, 2));
    double x = TRY(as_double(vm, args.args[0]));
    double y = TRY(as_double(vm, args.args[1]));
    double r;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (std::isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (std::isinf(x)) {
            bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : std::fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? std::copysign(0.0, x) : 0.0;
        } else {
            if (std::fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && std::fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && std::fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
        return vm.new_float(r);
    }
    r = std::pow(x, y);
    if (std::isnan(r))
        return math_domain_error(vm);
    if (std::isinf(r))
        return x == 0.0 ? math_domain_error(vm) : math_range_error(vm);
    return vm.new_float(r);
}

Result<Value> math_fmod(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.fmod", 2, 2));
    double x = TRY(as_double(vm, args.args[0]));
    double y = TRY(as_double(vm, args.args[1]));
    if (std::isinf(y) && std::isfinite(x))
        return vm.new_float(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return math_domain_error(vm);
    return vm.new_float(r);
}

Result<Value> math_modf(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.modf", 1, 1));
    double x = TRY(as_double(vm, args.args[0]));
    if (std::isinf(x))
        return vm.new_tuple({vm.new_float(std::copysign(0.0, x)), vm.new_float(x)})->value();
    double integral;
    double fractional = std::modf(x, &integral);
    return vm.new_tuple({vm.new_float(fractional), vm.new_float(integral)})->value();
}

Result<Value> math_frexp(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.frexp", 1, 1));
    double x = TRY(as_double(vm, args.args[0]));
    int e = 0;
    if (!std::isnan(x) && !std::isinf(x) && x != 0.0)
        x = std::frexp(x, &e);
    return vm.new_tuple({vm.new_float(x), vm.new_int(e)})->value();
}

Result<Value> math_ldexp(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.ldexp", 2, 2));
    double x = TRY(as_double(vm, args.args[0]));
    Value i = args.args[1];
    if (!is_int(i))
        return vm.raise_type_error("Expected an int as second argument to ldexp.");
    int64_t exp;
    if (!int_fits_int64(i, exp))
        exp = int_sign(i) > 0 ? INT64_MAX : INT64_MIN;
    double r;
    if (x == 0.0 || !std::isfinite(x))
        r = x;
    else if (exp > INT_MAX)
        return math_range_error(vm);
    else if (exp < INT_MIN)
        r = std::copysign(0.0, x);
    else {
        r = std::ldexp(x, static_cast<int>(exp));
        if (std::isinf(r))
            return math_range_error(vm);
    }
    return vm.new_float(r);
}

Result<Value> math_isnan(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.isnan", 1, 1));
    return py_bool(std::isnan(TRY(as_double(vm, args.args[0]))));
}

Result<Value> math_isinf(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.isinf", 1, 1));
    return py_bool(std::isinf(TRY(as_double(vm, args.args[0]))));
}

Result<Value> math_isfinite(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.isfinite", 1, 1));
    return py_bool(std::isfinite(TRY(as_double(vm, args.args[0]))));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Result<Value> math_isclose(VM& vm, CallArgs const& args)
{
    Value bound[4];
    TRY(bind_args_kwonly(vm, args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2, bound));
    double a = TRY(as_double(vm, bound[0]));
    double b = TRY(as_double(vm, bound[1]));
    double rel_tol = bound[2].is_empty() ? 1e-09 : TRY(as_double(vm, bound[2]));
    double abs_tol = bound[3].is_empty() ? 0.0 : TRY(as_double(vm, bound[3]));
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return vm.raise_value_error("tolerances must be non-negative");
    if (a == b)
        return py_true;
    if (std::isinf(a) || std::isinf(b))
        return py_false;
    double diff = std::fabs(b - a);
    return py_bool(
        diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

Result<Value> math_nextafter(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.nextafter", 2, 2));
    double x = TRY(as_double(vm, args.args[0]));
    double y = TRY(as_double(vm, args.args[1]));
    return vm.new_float(std::nextafter(x, y));
}

Result<Value> math_ulp(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.ulp", 1, 1));
    double x = TRY(as_double(vm, args.args[0]));
    if (std::isnan(x))
        return vm.new_float(x);
    x = std::fabs(x);
    if (std::isinf(x))
        return vm.new_float(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next))
        return vm.new_float(x - std::nextafter(x, -INFINITY));
    return vm.new_float(next - x);
}

/// vector_norm of CPython 3.11: an accurately rounded Euclidean norm of non-negative finite
/// components (scaled to avoid overflow, with compensated summation of exact squares).
double vector_norm(std::vector<double>& vec, double max, bool found_nan)
{
    if (std::isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || vec.size() <= 1)
        return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        for (double& x : vec)
            x /= DBL_MIN;
        return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    auto fast_sum = [](double a, double b, double& lo) {
        double x = a + b;
        lo = (a - x) + b;
        return x;
    };
    for (double x : vec) {
        x *= scale;
        double hi = x * x;
        double lo = std::fma(x, x, -hi);
        double sum_lo;
        csum = fast_sum(csum, hi, sum_lo);
        frac1 += lo;
        frac2 += sum_lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    double hi = -h * h;
    double lo = std::fma(-h, h, -hi);
    double sum_lo;
    csum = fast_sum(csum, hi, sum_lo);
    frac1 += lo;
    frac2 += sum_lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

Result<Value> math_hypot(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "hypot"));
    std::vector<double> coordinates;
    coordinates.reserve(args.count);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < args.count; ++i) {
        double x = std::fabs(TRY(as_double(vm, args.args[i])));
        coordinates.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max)
            max = x;
    }
    return vm.new_float(vector_norm(coordinates, max, found_nan));
}

/// A point argument of dist(): a tuple, or any iterable converted to one.
Result<TupleObject*> as_point(VM& vm, Value v)
{
    if (VM::is_instance_of(v, types::tuple))
        return static_cast<TupleObject*>(v.as_object());
    ListObject* list = TRY(vm.to_list(v));
    return vm.new_tuple(list->items().data(), list->size());
}

Result<Value> math_dist(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "math.dist", 2, 2));
    TupleObject* p = TRY(as_point(vm, args.args[0]));
    Root p_root(vm, p->value());
    TupleObject* q = TRY(as_point(vm, args.args[1]));
    if (p->size() != q->size())
        return vm.raise_value_error("both points must have the same number of dimensions");
    std::vector<double> diffs;
    diffs.reserve(p->size());
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < p->size(); ++i) {
        double px = TRY(as_double(vm, p->at(i)));
        double qx = TRY(as_double(vm, q->at(i)));
        double x = std::fabs(px - qx);
        diffs.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max)
            max = x;
    }
    return vm.new_float(vector_norm(diffs, max, found_nan));
}

} // namespace

Result<ModuleObject*> init_math_module(VM& vm)
{
    ModuleObject* module = vm.new_module(vm.intern("math"));
    DictObject* d = module->m_dict;
    d->set_str(vm, vm.intern("pi"), vm.new_float(std::numbers::pi));
    d->set_str(vm, vm.intern("e"), vm.new_float(std::numbers::e));
    d->set_str(vm, vm.intern("tau"), vm.new_float(2 * std::numbers::pi));
    d->set_str(vm, vm.intern("inf"), vm.new_float(INFINITY));
    d->set_str(vm, vm.intern("nan"), vm.new_float(NAN));

    struct Entry {
        char const* name;
        NativeFn fn;
    };
    static constexpr Entry functions[] = {
        {"acos", &math_acos},
        {"acosh", &math_acosh},
        {"asin", &math_asin},
        {"asinh", &math_asinh},
        {"atan", &math_atan},
        {"atan2", &math_atan2},
        {"atanh", &math_atanh},
        {"cbrt", &math_cbrt},
        {"copysign", &math_copysign},
        {"cos", &math_cos},
        {"cosh", &math_cosh},
        {"degrees", &math_degrees},
        {"dist", &math_dist},
        {"erf", &math_erf},
        {"erfc", &math_erfc},
        {"exp", &math_exp},
        {"exp2", &math_exp2},
        {"expm1", &math_expm1},
        {"fabs", &math_fabs},
        {"fmod", &math_fmod},
        {"frexp", &math_frexp},
        {"hypot", &math_hypot},
        {"isclose", &math_isclose},
        {"isfinite", &math_isfinite},
        {"isinf", &math_isinf},
        {"isnan", &math_isnan},
        {"ldexp", &math_ldexp},
        {"log", &math_log},
        {"log10", &math_log10},
        {"log1p", &math_log1p},
        {"log2", &math_log2},
        {"modf", &math_modf},
        {"nextafter", &math_nextafter},
        {"pow", &math_pow},
        {"radians", &math_radians},
        {"remainder", &math_remainder},
        {"sin", &math_sin},
        {"sinh", &math_sinh},
        {"sqrt", &math_sqrt},
        {"tan", &math_tan},
        {"tanh", &math_tanh},
        {"ulp", &math_ulp},
    };
    for (auto const& entry : functions)
        vm.define_native(d, entry.name, entry.fn);
    register_math_integer_functions(vm, d);
    return module;
}

} // namespace minipy
