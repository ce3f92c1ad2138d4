// The slice type and CPython's slice index arithmetic (PySlice_Unpack, PySlice_AdjustIndices).
#include "vm/objects/slice_object.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/descriptors.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

SliceObject* make_slice(VM& vm, Value start, Value stop, Value step)
{
    return vm.make<SliceObject>(types::slice, start.is_empty() ? py_none : start,
        stop.is_empty() ? py_none : stop, step.is_empty() ? py_none : step);
}

bool is_slice(Value v)
{
    return object_type(v) == types::slice;
}

Result<void> slice_indices(VM& vm, SliceObject* slice, int64_t length, int64_t& start,
    int64_t& stop, int64_t& step, int64_t& slicelength)
{
    // PySlice_Unpack: bounds are clamped to the int64 range; the step may not be zero.
    if (slice->m_step.is(py_none)) {
        step = 1;
    } else {
        step = TRY(clamp_slice_bound(vm, slice->m_step));
        if (step == 0)
            return vm.raise_value_error("slice step cannot be zero");
        if (step < -INT64_MAX)
            step = -INT64_MAX; // so that -step cannot overflow
    }
    if (slice->m_start.is(py_none))
        start = step < 0 ? INT64_MAX : 0;
    else
        start = TRY(clamp_slice_bound(vm, slice->m_start));
    if (slice->m_stop.is(py_none))
        stop = step < 0 ? INT64_MIN : INT64_MAX;
    else
        stop = TRY(clamp_slice_bound(vm, slice->m_stop));

    // PySlice_AdjustIndices.
    if (start < 0) {
        start += length;
        if (start < 0)
            start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0)
            stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    if (step < 0)
        slicelength = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    else
        slicelength = start < stop ? (stop - start - 1) / step + 1 : 0;
    return {};
}

namespace {

SliceObject* self_slice(CallArgs const& args)
{
    return static_cast<SliceObject*>(args.args[0].as_object());
}

Result<Value> slice_new(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "slice", 1, 3, true));
    size_t const n = args.count - 1;
    Value const* a = args.args + 1;
    if (n == 1)
        return make_slice(vm, py_none, a[0], py_none)->value();
    return make_slice(vm, a[0], a[1], n == 3 ? a[2] : py_none)->value();
}

Result<Value> slice_repr(VM& vm, CallArgs const& args)
{
    SliceObject* self = self_slice(args);
    std::string out = "slice(";
    out += TRY(vm.repr(self->m_start))->view();
    out += ", ";
    out += TRY(vm.repr(self->m_stop))->view();
    out += ", ";
    out += TRY(vm.repr(self->m_step))->view();
    out += ")";
    return vm.new_str(std::move(out))->value();
}

template<CompareOp op>
Result<Value> slice_compare(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "slice.__eq__", 1, 1, true));
    if (!is_slice(args.args[1]))
        return py_not_implemented;
    SliceObject* a = self_slice(args);
    auto* b = static_cast<SliceObject*>(args.args[1].as_object());
    Value const left[3] = {a->m_start, a->m_stop, a->m_step};
    Value const right[3] = {b->m_start, b->m_stop, b->m_step};
    return sequence_compare(vm, std::span<Value const>(left), std::span<Value const>(right), op);
}

Result<Value> slice_indices_method(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "slice.indices", 1, 1, true));
    SliceObject* self = self_slice(args);
    Value length_value = TRY(index_value(vm, args.args[1]));
    int64_t length;
    if (!int_fits_int64(length_value, length))
        return vm.raise(types::overflow_error, "Python int too large to convert to C ssize_t");
    if (length < 0)
        return vm.raise_value_error("length should not be negative");
    // _PySlice_GetLongIndices: like AdjustIndices, but the bounds are not clamped to a sequence.
    int64_t step = 1;
    if (!self->m_step.is(py_none)) {
        step = TRY(clamp_slice_bound(vm, self->m_step));
        if (step == 0)
            return vm.raise_value_error("slice step cannot be zero");
    }
    int64_t const lower = step < 0 ? -1 : 0;
    int64_t const upper = step < 0 ? length - 1 : length;
    auto adjust = [&](Value bound, int64_t fallback) -> Result<int64_t> {
        if (bound.is(py_none))
            return fallback;
        int64_t value = TRY(clamp_slice_bound(vm, bound));
        if (value < 0) {
            value += length;
            if (value < lower)
                value = lower;
        } else if (value > upper) {
            value = upper;
        }
        return value;
    };
    int64_t start = TRY(adjust(self->m_start, step < 0 ? upper : lower));
    int64_t stop = TRY(adjust(self->m_stop, step < 0 ? lower : upper));
    return vm.new_tuple({vm.new_int(start), vm.new_int(stop), vm.new_int(step)})->value();
}

Result<Value> slice_start(VM&, Value self)
{
    return static_cast<SliceObject*>(self.as_object())->m_start;
}
Result<Value> slice_stop(VM&, Value self)
{
    return static_cast<SliceObject*>(self.as_object())->m_stop;
}
Result<Value> slice_step(VM&, Value self)
{
    return static_cast<SliceObject*>(self.as_object())->m_step;
}

} // namespace

void init_slice_type(VM& vm)
{
    Type* t = types::slice;
    DictObject* d = t->m_dict;
    vm.define_native(d, "__new__", &slice_new, t);
    vm.define_native(d, "__repr__", &slice_repr, t);
    vm.define_native(d, "__eq__", &slice_compare<CompareOp::Eq>, t);
    vm.define_native(d, "__ne__", &slice_compare<CompareOp::Ne>, t);
    vm.define_native(d, "__lt__", &slice_compare<CompareOp::Lt>, t);
    vm.define_native(d, "__le__", &slice_compare<CompareOp::Le>, t);
    vm.define_native(d, "__gt__", &slice_compare<CompareOp::Gt>, t);
    vm.define_native(d, "__ge__", &slice_compare<CompareOp::Ge>, t);
    vm.define_native(d, "indices", &slice_indices_method, t);
    d->set_str(vm, vm.names.__hash__, py_none);
    define_getset(vm, t, "start", &slice_start);
    define_getset(vm, t, "stop", &slice_stop);
    define_getset(vm, t, "step", &slice_step);
}

} // namespace minipy
