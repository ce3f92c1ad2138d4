// The range type and its iterator.
#include "vm/objects/range_object.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/container_types.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/slice_object.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

uint64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    // Unsigned differences cannot overflow: |stop - start| < 2**64.
    if (step > 0) {
        if (start >= stop)
            return 0;
        uint64_t const span = static_cast<uint64_t>(stop) - static_cast<uint64_t>(start);
        return (span - 1) / static_cast<uint64_t>(step) + 1;
    }
    if (start <= stop)
        return 0;
    uint64_t const span = static_cast<uint64_t>(start) - static_cast<uint64_t>(stop);
    uint64_t const magnitude = 0 - static_cast<uint64_t>(step);
    return (span - 1) / magnitude + 1;
}

RangeObject::RangeObject(Type* type, int64_t start, int64_t stop, int64_t step)
    : Object(type)
    , m_start(start)
    , m_stop(stop)
    , m_step(step)
    , m_length(range_length(start, stop, step))
{
}

namespace {

RangeObject* self_range(CallArgs const& args)
{
    return static_cast<RangeObject*>(args.args[0].as_object());
}
RangeObject* as_range(Value v)
{
    return object_type(v) == types::range ? static_cast<RangeObject*>(v.as_object()) : nullptr;
}

Result<int64_t> range_arg(VM& vm, Value v)
{
    if (v.is_small_int())
        return v.as_small_int();
    Value index = TRY(index_value(vm, v));
    int64_t out;
    if (!int_fits_int64(index, out))
        return vm.raise(types::overflow_error, "Python int too large to convert to C ssize_t");
    return out;
}

Result<Value> range_new(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "range"));
    TRY(check_arg_count(vm, args, "range", 1, 3, true));
    size_t const n = args.count - 1;
    Value const* a = args.args + 1;
    int64_t start = 0, stop, step = 1;
    if (n == 1) {
        stop = TRY(range_arg(vm, a[0]));
    } else {
        start = TRY(range_arg(vm, a[0]));
        stop = TRY(range_arg(vm, a[1]));
        if (n == 3) {
            step = TRY(range_arg(vm, a[2]));
            if (step == 0)
                return vm.raise_value_error("range() arg 3 must not be zero");
        }
    }
    return vm.make<RangeObject>(types::range, start, stop, step)->value();
}

Result<Value> range_repr(VM& vm, CallArgs const& args)
{
    RangeObject* self = self_range(args);
    std::string out
        = "range(" + std::to_string(self->m_start) + ", " + std::to_string(self->m_stop);
    if (self->m_step != 1)
        out += ", " + std::to_string(self->m_step);
    out += ")";
    return vm.new_str(std::move(out))->value();
}

Result<Value> range_len(VM& vm, CallArgs const& args)
{
    RangeObject* self = self_range(args);
    if (self->m_length > static_cast<uint64_t>(INT64_MAX))
        return vm.raise(types::overflow_error, "Python int too large to convert to C ssize_t");
    return vm.new_int(static_cast<int64_t>(self->m_length));
}

Result<Value> range_bool(VM&, CallArgs const& args)
{
    return py_bool(self_range(args)->m_length != 0);
}

/// Position of the int `v` in the range, or -1.
int64_t position_of(RangeObject* r, int64_t v)
{
    if (r->m_length == 0)
        return -1;
    if (r->m_step > 0 ? (v < r->m_start || v >= r->m_stop) : (v > r->m_start || v <= r->m_stop))
        return -1;
    uint64_t const offset = r->m_step > 0
        ? static_cast<uint64_t>(v) - static_cast<uint64_t>(r->m_start)
        : static_cast<uint64_t>(r->m_start) - static_cast<uint64_t>(v);
    uint64_t const magnitude
        = r->m_step > 0 ? static_cast<uint64_t>(r->m_step) : 0 - static_cast<uint64_t>(r->m_step);
    if (offset % magnitude != 0)
        return -1;
    return static_cast<int64_t>(offset / magnitude);
}

/// True for the values CPython's range tests arithmetically (exact ints and bools).
bool is_plain_int(Value v)
{
    if (v.is_small_int())
        return true;
    Type* t = object_type(v);
    return t == types::int_ || t == types::bool_;
}

/// Position of an arbitrary value: arithmetic for ints, linear equality search otherwise.
Result<int64_t> find_in_range(VM& vm, RangeObject* r, Value v, int64_t& count)
{
    count = 0;
    if (is_plain_int(v)) {
        int64_t value;
        if (!int_fits_int64(v, value))
            return int64_t(-1);
        int64_t const pos = position_of(r, value);
        count = pos >= 0 ? 1 : 0;
        return pos;
    }
    int64_t first = -1;
    for (uint64_t i = 0; i < r->m_length; ++i) {
        Value item = vm.new_int(r->at(i));
        if (TRY(vm.equals(item, v))) {
            if (first < 0)
                first = static_cast<int64_t>(i);
            ++count;
        }
    }
    return first;
}

Result<Value> range_contains(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "range.__contains__", 1, 1, true));
    Value v = args.args[1];
    RangeObject* self = self_range(args);
    if (is_plain_int(v)) {
        int64_t value;
        if (!int_fits_int64(v, value))
            return py_false;
        return py_bool(position_of(self, value) >= 0);
    }
    for (uint64_t i = 0; i < self->m_length; ++i) {
        if (TRY(vm.equals(vm.new_int(self->at(i)), v)))
            return py_true;
    }
    return py_false;
}

Result<Value> range_getitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "range.__getitem__", 1, 1, true));
    RangeObject* self = self_range(args);
    Value key = args.args[1];
    if (is_slice(key)) {
        if (self->m_length > static_cast<uint64_t>(INT64_MAX))
            return vm.raise(types::overflow_error, "Python int too large to convert to C ssize_t");
        int64_t start, stop, step, length;
        TRY(slice_indices(vm, static_cast<SliceObject*>(key.as_object()),
            static_cast<int64_t>(self->m_length), start, stop, step, length));
        __int128 const new_start
            = static_cast<__int128>(self->m_start) + static_cast<__int128>(start) * self->m_step;
        __int128 const new_stop
            = static_cast<__int128>(self->m_start) + static_cast<__int128>(stop) * self->m_step;
        __int128 const new_step = static_cast<__int128>(step) * self->m_step;
        auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
        if (!fits(new_start) || !fits(new_stop) || !fits(new_step))
            return vm.raise(types::overflow_error, "Python int too large to convert to C ssize_t");
        return vm
            .make<RangeObject>(types::range, static_cast<int64_t>(new_start),
                static_cast<int64_t>(new_stop), static_cast<int64_t>(new_step))
            ->value();
    }
    int64_t index = TRY(sequence_index(vm, key, "range"));
    if (index < 0)
        index += static_cast<int64_t>(self->m_length);
    if (index < 0 || static_cast<uint64_t>(index) >= self->m_length)
        return vm.raise(types::index_error, "range object index out of range");
    return vm.new_int(self->at(static_cast<uint64_t>(index)));
}

Result<Value> range_iter(VM& vm, CallArgs const& args)
{
    RangeObject* self = self_range(args);
    return vm
        .make<RangeIterObject>(types::range_iterator, self->m_start, self->m_step, self->m_length)
        ->value();
}

Result<Value> range_reversed(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "range.__reversed__", 0, 0, true));
    RangeObject* self = self_range(args);
    int64_t const last = self->m_length ? self->at(self->m_length - 1) : self->m_start;
    int64_t const step = static_cast<int64_t>(0 - static_cast<uint64_t>(self->m_step));
    return vm.make<RangeIterObject>(types::range_iterator, last, step, self->m_length)->value();
}

/// range_equals: equal as sequences (same length, and same start/step where they matter).
bool ranges_equal(RangeObject* a, RangeObject* b)
{
    if (a == b)
        return true;
    if (a->m_length != b->m_length)
        return false;
    if (a->m_length == 0)
        return true;
    if (a->m_start != b->m_start)
        return false;
    if (a->m_length == 1)
        return true;
    return a->m_step == b->m_step;
}

template<bool negate>
Result<Value> range_eq(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "range.__eq__", 1, 1, true));
    RangeObject* other = as_range(args.args[1]);
    if (!other)
        return py_not_implemented;
    return py_bool(ranges_equal(self_range(args), other) != negate);
}

Result<Value> range_hash(VM& vm, CallArgs const& args)
{
    RangeObject* self = self_range(args);
    Value length = self->m_length > static_cast<uint64_t>(INT64_MAX)
        ? vm.new_int_from_decimal(std::to_string(self->m_length))
        : vm.new_int(static_cast<int64_t>(self->m_length));
    Root root(vm, length);
    TupleObject* key;
    if (self->m_length == 0)
        key = vm.new_tuple({length, py_none, py_none});
    else if (self->m_length == 1)
        key = vm.new_tuple({length, vm.new_int(self->m_start), py_none});
    else
        key = vm.new_tuple({length, vm.new_int(self->m_start), vm.new_int(self->m_step)});
    Root key_root(vm, key->value());
    return vm.new_int(TRY(vm.hash(key->value())));
}

Result<Value> range_count(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "range.count", 1, 1, true));
    int64_t count = 0;
    TRY(find_in_range(vm, self_range(args), args.args[1], count));
    return vm.new_int(count);
}

Result<Value> range_index(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "range.index", 1, 1, true));
    int64_t count = 0;
    int64_t const pos = TRY(find_in_range(vm, self_range(args), args.args[1], count));
    if (pos >= 0)
        return vm.new_int(pos);
    if (is_plain_int(args.args[1])) {
        StrObject* repr = TRY(vm.repr(args.args[1]));
        return vm.raise_value_error(std::string(repr->view()) + " is not in range");
    }
    return vm.raise_value_error("sequence.index(x): x not in sequence");
}

Result<Value> range_start(VM& vm, Value self)
{
    return vm.new_int(static_cast<RangeObject*>(self.as_object())->m_start);
}
Result<Value> range_stop(VM& vm, Value self)
{
    return vm.new_int(static_cast<RangeObject*>(self.as_object())->m_stop);
}
Result<Value> range_step(VM& vm, Value self)
{
    return vm.new_int(static_cast<RangeObject*>(self.as_object())->m_step);
}

} // namespace

void init_range_type(VM& vm)
{
    Type* t = types::range;
    DictObject* d = t->m_dict;
    vm.define_native(d, "__new__", &range_new, t);
    vm.define_native(d, "__repr__", &range_repr, t);
    vm.define_native(d, "__len__", &range_len, t);
    vm.define_native(d, "__bool__", &range_bool, t);
    vm.define_native(d, "__contains__", &range_contains, t);
    vm.define_native(d, "__getitem__", &range_getitem, t);
    vm.define_native(d, "__iter__", &range_iter, t);
    vm.define_native(d, "__reversed__", &range_reversed, t);
    vm.define_native(d, "__eq__", &range_eq<false>, t);
    vm.define_native(d, "__ne__", &range_eq<true>, t);
    vm.define_native(d, "__hash__", &range_hash, t);
    vm.define_native(d, "count", &range_count, t);
    vm.define_native(d, "index", &range_index, t);
    define_getset(vm, t, "start", &range_start);
    define_getset(vm, t, "stop", &range_stop);
    define_getset(vm, t, "step", &range_step);
}

} // namespace minipy
