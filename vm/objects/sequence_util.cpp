// Index conversion and list extension shared by the container types.
#include "vm/objects/sequence_util.hpp"

#include "vm/objects/int_api.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

Result<Value> index_value(VM& vm, Value v)
{
    if (v.is_small_int())
        return v;
    if (is_int(v)) {
        if (VM::type_of(v) == types::int_)
            return v;
        int64_t small;
        if (int_fits_int64(v, small))
            return vm.new_int(small);
    }
    Value method = vm.lookup_special(v, vm.names.__index__);
    if (method.is_empty() || is_int(v)) {
        if (is_int(v))
            return v;
        return vm.raise_type_error(
            "'" + type_name(v) + "' object cannot be interpreted as an integer");
    }
    Value result = TRY(vm.call(method, {v}));
    if (!is_int(result))
        return vm.raise_type_error("__index__ returned non-int (type " + type_name(result) + ")");
    return result;
}

Result<int64_t> sequence_index(VM& vm, Value key, char const* what)
{
    if (key.is_small_int())
        return key.as_small_int();
    if (!is_int(key) && vm.lookup_special(key, vm.names.__index__).is_empty())
        return vm.raise_type_error(
            std::string(what) + " indices must be integers or slices, not " + type_name(key));
    Value index = TRY(index_value(vm, key));
    int64_t out;
    if (!int_fits_int64(index, out))
        return vm.raise(
            types::index_error, "cannot fit '" + type_name(key) + "' into an index-sized integer");
    return out;
}

Result<int64_t> clamp_slice_bound(VM& vm, Value bound)
{
    if (bound.is_small_int())
        return bound.as_small_int();
    if (!is_int(bound) && vm.lookup_special(bound, vm.names.__index__).is_empty())
        return vm.raise_type_error(
            "slice indices must be integers or None or have an __index__ method");
    Value index = TRY(index_value(vm, bound));
    int64_t out;
    if (int_fits_int64(index, out))
        return out;
    return int_sign(index) < 0 ? INT64_MIN : INT64_MAX;
}

Result<int64_t> repeat_count(VM& vm, Value n, bool& handled)
{
    handled = true;
    if (n.is_small_int())
        return n.as_small_int();
    if (!is_int(n) && vm.lookup_special(n, vm.names.__index__).is_empty()) {
        Type* type = VM::type_of(n);
        if (type->m_is_heap_type && !type->lookup(vm.names.__rmul__).is_empty()) {
            handled = false;
            return int64_t(0);
        }
        return vm.raise_type_error(
            "can't multiply sequence by non-int of type '" + type->name() + "'");
    }
    Value index = TRY(index_value(vm, n));
    int64_t out;
    if (!int_fits_int64(index, out))
        return vm.raise(types::overflow_error, "cannot fit 'int' into an index-sized integer");
    return out;
}

Result<void> index_bounds(VM& vm, CallArgs const& args, int64_t size, int64_t& start, int64_t& stop)
{
    start = 0;
    stop = size;
    for (size_t i = 2; i < 4 && i < args.count; ++i) {
        Value bound = args.args[i];
        if (bound.is(py_none))
            return vm.raise_type_error(
                "slice indices must be integers or have an __index__ method");
        int64_t value = TRY(clamp_slice_bound(vm, bound));
        if (value < 0) {
            value += size;
            if (value < 0)
                value = 0;
        }
        (i == 2 ? start : stop) = value;
    }
    return {};
}

Result<void> extend_list(VM& vm, ListObject* list, Value iterable)
{
    Type* type = object_type(iterable);
    if (type == types::list || type == types::tuple || iterable.is(list->value())) {
        Value const* data;
        size_t size;
        if (TupleObject* tuple = as_tuple(iterable)) {
            data = tuple->data();
            size = tuple->size();
        } else {
            auto& source = static_cast<ListObject*>(iterable.as_object())->items();
            data = source.data();
            size = source.size();
        }
        auto& items = list->items();
        if (iterable.is(list->value())) {
            // `xs.extend(xs)` must not read the items it is appending.
            items.reserve(size * 2);
            for (size_t i = 0; i < size; ++i)
                items.push_back(items[i]);
        } else {
            items.insert(items.end(), data, data + size);
        }
        return {};
    }
    Value iterator = TRY(vm.iter(iterable));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            break;
        list->append(item);
    }
    return {};
}

} // namespace minipy
