// The `time` module: clocks and sleep.
#include "stdlib/native_modules.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/module_object.hpp"
#include "vm/vm.hpp"

#include <cerrno>
#include <cmath>
#include <ctime>

namespace minipy {

namespace {

int64_t clock_ns(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clock_seconds(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

#define CLOCK_FUNCTIONS(pyname, clock)                                                             \
    Result<Value> time_##pyname(VM& vm, CallArgs const& args)                                      \
    {                                                                                              \
        TRY(check_arg_count(vm, args, "time." #pyname, 0, 0));                                     \
        return vm.new_float(clock_seconds(clock));                                                 \
    }                                                                                              \
    Result<Value> time_##pyname##_ns(VM& vm, CallArgs const& args)                                 \
    {                                                                                              \
        TRY(check_arg_count(vm, args, "time." #pyname "_ns", 0, 0));                               \
        return vm.new_int(clock_ns(clock));                                                        \
    }

CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
#undef CLOCK_FUNCTIONS

/// _PyTime_FromSecondsObject: a float or an integer number of seconds, as nanoseconds.
Result<int64_t> seconds_argument(VM& vm, Value v)
{
    constexpr char const* out_of_range = "timestamp out of range for platform time_t";
    if (is_float(v)) {
        double d = float_value(v);
        if (std::isnan(d))
            return vm.raise_value_error("Invalid value NaN (not a number)");
        double ns = std::ceil(d * 1e9); // _PyTime_ROUND_TIMEOUT rounds up
        if (!(ns >= -9.2e18 && ns <= 9.2e18))
            return vm.raise(types::overflow_error, out_of_range);
        return static_cast<int64_t>(ns);
    }
    if (!is_int(v)) {
        Value method = vm.lookup_special(v, vm.names.__index__);
        if (method.is_empty())
            return vm.raise_type_error(
                "'" + VM::type_of(v)->name() + "' object cannot be interpreted as an integer");
        v = TRY(vm.call(method, {v}));
    }
    int64_t seconds;
    if (!int_fits_int64(v, seconds) || seconds > INT64_MAX / 1000000000
        || seconds < INT64_MIN / 1000000000)
        return vm.raise(types::overflow_error, out_of_range);
    return seconds * 1000000000;
}

Result<Value> time_sleep(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "time.sleep", 1, 1));
    int64_t ns = TRY(seconds_argument(vm, args.args[0]));
    if (ns < 0)
        return vm.raise_value_error("sleep length must be non-negative");
    timespec remaining {static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
    while (nanosleep(&remaining, &remaining) != 0 && errno == EINTR) { }
    return py_none;
}

} // namespace

Result<ModuleObject*> init_time_module(VM& vm)
{
    ModuleObject* module = vm.new_module(vm.intern("time"));
    DictObject* d = module->m_dict;
    vm.define_native(d, "time", &time_time);
    vm.define_native(d, "time_ns", &time_time_ns);
    vm.define_native(d, "monotonic", &time_monotonic);
    vm.define_native(d, "monotonic_ns", &time_monotonic_ns);
    vm.define_native(d, "perf_counter", &time_perf_counter);
    vm.define_native(d, "perf_counter_ns", &time_perf_counter_ns);
    vm.define_native(d, "process_time", &time_process_time);
    vm.define_native(d, "process_time_ns", &time_process_time_ns);
    vm.define_native(d, "sleep", &time_sleep);
    return module;
}

} // namespace minipy
