// The list type: ListObject's storage and the methods of `list`.
#include "vm/objects/list_object.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/container_types.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/list_sort.hpp"
#include "vm/objects/repr_guard.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/slice_object.hpp"
#include "vm/objects/str_object.hpp"

#include <algorithm>

namespace minipy {

ListObject::ListObject(Type* type)
    : Object(type)
{
}

void ListObject::visit_edges(Visitor& visitor)
{
    for (Value item : m_items)
        visitor.visit(item);
    visitor.visit(reinterpret_cast<Object*>(m_dict));
}

namespace {

ListObject* self_list(CallArgs const& args)
{
    return static_cast<ListObject*>(args.args[0].as_object());
}

ListObject* new_list_of_type(VM& vm, Type* type)
{
    if (type == types::list)
        return vm.new_list();
    auto* list = vm.make<ListObject>(type);
    list->m_dict = vm.new_dict();
    return list;
}

Result<Value> list_alloc(VM& vm, Type* type, Value const*, size_t)
{
    return new_list_of_type(vm, type)->value();
}

/// PySequence_Fast for slice assignment: the items of `value` as a new list (so `a[:] = a` and
/// generators work); TypeError `message` if it is not iterable.
Result<ListObject*> sequence_copy(VM& vm, Value value, char const* message)
{
    ListObject* copy = vm.new_list();
    Root root(vm, copy->value());
    Type* type = object_type(value);
    if (type == types::list || type == types::tuple) {
        TRY(extend_list(vm, copy, value));
        return copy;
    }
    Result<Value> iterator = vm.iter(value);
    if (iterator.is_error()) {
        if (vm.exception_matches(types::type_error)) {
            vm.take_exception();
            return vm.raise_type_error(message);
        }
        return Error {};
    }
    TRY(extend_list(vm, copy, iterator.value()));
    return copy;
}

/// An index argument as int64 (insert, pop): __index__, OverflowError past int64.
Result<int64_t> int64_arg(VM& vm, Value v)
{
    if (v.is_small_int())
        return v.as_small_int();
    Value index = TRY(index_value(vm, v));
    int64_t out;
    if (!int_fits_int64(index, out))
        return vm.raise(types::overflow_error, "Python int too large to convert to C ssize_t");
    return out;
}

Result<Value> list_new(VM& vm, CallArgs const& args)
{
    // list.__new__ ignores its arguments; __init__ fills the list.
    Type* type = static_cast<Type*>(args.args[0].as_object());
    return new_list_of_type(vm, type)->value();
}

Result<Value> list_init(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list", 0, 1, true));
    ListObject* self = self_list(args);
    self->items().clear();
    if (args.count > 1)
        TRY(extend_list(vm, self, args.args[1]));
    return py_none;
}

Result<Value> list_repr(VM& vm, CallArgs const& args)
{
    ListObject* self = self_list(args);
    if (self->size() == 0)
        return vm.new_str(std::string_view("[]"))->value();
    ReprGuard guard(self);
    if (guard.is_recursive())
        return vm.new_str(std::string_view("[...]"))->value();
    std::string out = "[";
    // An item's __repr__ may shrink the list: re-read the size every time.
    for (size_t i = 0; i < self->size(); ++i) {
        if (i)
            out += ", ";
        StrObject* item = TRY(vm.repr(self->at(i)));
        out += item->view();
    }
    out += "]";
    return vm.new_str(std::move(out))->value();
}

template<CompareOp op>
Result<Value> list_compare(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__eq__", 1, 1, true));
    ListObject* other = as_list(args.args[1]);
    if (!other)
        return py_not_implemented;
    return sequence_compare(vm, self_list(args)->items(), other->items(), op);
}

Result<Value> list_len(VM& vm, CallArgs const& args)
{
    return vm.new_int(static_cast<int64_t>(self_list(args)->size()));
}

Result<Value> list_getitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__getitem__", 1, 1, true));
    ListObject* self = self_list(args);
    Value key = args.args[1];
    if (key.is_small_int()) {
        int64_t index = key.as_small_int();
        int64_t const size = static_cast<int64_t>(self->size());
        if (index < 0)
            index += size;
        if (index < 0 || index >= size)
            return vm.raise(types::index_error, "list index out of range");
        return self->at(static_cast<size_t>(index));
    }
    if (is_slice(key)) {
        int64_t start, stop, step, length;
        TRY(slice_indices(vm, static_cast<SliceObject*>(key.as_object()),
            static_cast<int64_t>(self->size()), start, stop, step, length));
        ListObject* result = vm.new_list(static_cast<size_t>(length));
        auto const& items = self->items();
        if (step == 1)
            result->items().assign(items.begin() + start, items.begin() + start + length);
        else
            for (int64_t i = 0, j = start; i < length; ++i, j += step)
                result->append(items[static_cast<size_t>(j)]);
        return result->value();
    }
    int64_t index = TRY(sequence_index(vm, key, "list"));
    int64_t const size = static_cast<int64_t>(self->size());
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        return vm.raise(types::index_error, "list index out of range");
    return self->at(static_cast<size_t>(index));
}

/// Deletes the extended slice start:stop:step (slicelength items) from `items`.
void delete_extended(std::vector<Value>& items, int64_t start, int64_t step, int64_t length)
{
    if (length <= 0)
        return;
    if (step < 0) {
        start = start + step * (length - 1);
        step = -step;
    }
    size_t write = static_cast<size_t>(start);
    size_t next_deleted = static_cast<size_t>(start);
    int64_t deleted = 0;
    for (size_t read = static_cast<size_t>(start); read < items.size(); ++read) {
        if (deleted < length && read == next_deleted) {
            ++deleted;
            next_deleted += static_cast<size_t>(step);
            continue;
        }
        items[write++] = items[read];
    }
    items.resize(write);
}

Result<Value> list_setitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__setitem__", 2, 2, true));
    ListObject* self = self_list(args);
    Value key = args.args[1];
    Value value = args.args[2];
    if (is_slice(key)) {
        int64_t start, stop, step, length;
        TRY(slice_indices(vm, static_cast<SliceObject*>(key.as_object()),
            static_cast<int64_t>(self->size()), start, stop, step, length));
        ListObject* source = TRY(sequence_copy(vm, value,
            step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice"));
        Root root(vm, source->value());
        auto& items = self->items();
        auto const& src = source->items();
        // The copy above may have run user code that resized the list: recompute the bounds.
        TRY(slice_indices(vm, static_cast<SliceObject*>(key.as_object()),
            static_cast<int64_t>(items.size()), start, stop, step, length));
        if (step == 1) {
            if (stop < start)
                stop = start;
            items.erase(items.begin() + start, items.begin() + stop);
            items.insert(items.begin() + start, src.begin(), src.end());
            return py_none;
        }
        if (static_cast<int64_t>(src.size()) != length) {
            return vm.raise_value_error("attempt to assign sequence of size "
                + std::to_string(src.size()) + " to extended slice of size "
                + std::to_string(length));
        }
        for (int64_t i = 0, j = start; i < length; ++i, j += step)
            items[static_cast<size_t>(j)] = src[static_cast<size_t>(i)];
        return py_none;
    }
    int64_t index = TRY(sequence_index(vm, key, "list"));
    int64_t const size = static_cast<int64_t>(self->size());
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        return vm.raise(types::index_error, "list assignment index out of range");
    self->items()[static_cast<size_t>(index)] = value;
    return py_none;
}

Result<Value> list_delitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__delitem__", 1, 1, true));
    ListObject* self = self_list(args);
    Value key = args.args[1];
    auto& items = self->items();
    if (is_slice(key)) {
        int64_t start, stop, step, length;
        TRY(slice_indices(vm, static_cast<SliceObject*>(key.as_object()),
            static_cast<int64_t>(items.size()), start, stop, step, length));
        if (step == 1) {
            if (stop > start)
                items.erase(items.begin() + start, items.begin() + stop);
        } else {
            delete_extended(items, start, step, length);
        }
        return py_none;
    }
    int64_t index = TRY(sequence_index(vm, key, "list"));
    int64_t const size = static_cast<int64_t>(items.size());
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        return vm.raise(types::index_error, "list assignment index out of range");
    items.erase(items.begin() + index);
    return py_none;
}

Result<Value> list_contains(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__contains__", 1, 1, true));
    ListObject* self = self_list(args);
    for (size_t i = 0; i < self->size(); ++i) {
        if (TRY(items_equal(vm, self->at(i), args.args[1])))
            return py_true;
    }
    return py_false;
}

Result<Value> list_iter(VM& vm, CallArgs const& args)
{
    return vm.make<SeqIterObject>(types::list_iterator, args.args[0], 0)->value();
}

Result<Value> list_reversed(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__reversed__", 0, 0, true));
    int64_t const last = static_cast<int64_t>(self_list(args)->size()) - 1;
    return vm.make<SeqIterObject>(types::list_reverseiterator, args.args[0], last)->value();
}

Result<Value> list_add(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__add__", 1, 1, true));
    ListObject* self = self_list(args);
    ListObject* other = as_list(args.args[1]);
    if (!other)
        return py_not_implemented;
    ListObject* result = vm.new_list(self->size() + other->size());
    result->items().insert(result->items().end(), self->items().begin(), self->items().end());
    result->items().insert(result->items().end(), other->items().begin(), other->items().end());
    return result->value();
}

Result<Value> list_iadd(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__iadd__", 1, 1, true));
    TRY(extend_list(vm, self_list(args), args.args[1]));
    return args.args[0];
}

/// Repeats `items` into `out` `count` times.
Result<void> repeat_into(
    VM& vm, std::vector<Value> const& items, int64_t count, std::vector<Value>& out)
{
    if (count <= 0 || items.empty())
        return {};
    if (static_cast<uint64_t>(count) > (uint64_t(1) << 40) / items.size())
        return vm.raise_memory_error();
    size_t const n = items.size();
    out.reserve(n * static_cast<size_t>(count));
    for (int64_t c = 0; c < count; ++c)
        for (size_t i = 0; i < n; ++i)
            out.push_back(items[i]);
    return {};
}

Result<Value> list_mul(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__mul__", 1, 1, true));
    bool handled = false;
    int64_t count = TRY(repeat_count(vm, args.args[1], handled));
    if (!handled)
        return py_not_implemented;
    ListObject* result = vm.new_list();
    TRY(repeat_into(vm, self_list(args)->items(), count, result->items()));
    return result->value();
}

Result<Value> list_imul(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.__imul__", 1, 1, true));
    bool handled = false;
    int64_t count = TRY(repeat_count(vm, args.args[1], handled));
    if (!handled)
        return py_not_implemented;
    ListObject* self = self_list(args);
    std::vector<Value> out;
    TRY(repeat_into(vm, self->items(), count, out));
    self->items().swap(out);
    return args.args[0];
}

Result<Value> list_append(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.append", 1, 1, true));
    self_list(args)->append(args.args[1]);
    return py_none;
}

Result<Value> list_extend(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.extend", 1, 1, true));
    TRY(extend_list(vm, self_list(args), args.args[1]));
    return py_none;
}

Result<Value> list_insert(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.insert", 2, 2, true));
    ListObject* self = self_list(args);
    int64_t index = TRY(int64_arg(vm, args.args[1]));
    auto& items = self->items();
    int64_t const size = static_cast<int64_t>(items.size());
    if (index < 0) {
        index += size;
        if (index < 0)
            index = 0;
    }
    if (index > size)
        index = size;
    items.insert(items.begin() + index, args.args[2]);
    return py_none;
}

Result<Value> list_pop(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.pop", 0, 1, true));
    ListObject* self = self_list(args);
    int64_t index = -1;
    if (args.count > 1)
        index = TRY(int64_arg(vm, args.args[1]));
    auto& items = self->items();
    if (items.empty())
        return vm.raise(types::index_error, "pop from empty list");
    int64_t const size = static_cast<int64_t>(items.size());
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        return vm.raise(types::index_error, "pop index out of range");
    Value item = items[static_cast<size_t>(index)];
    items.erase(items.begin() + index);
    return item;
}

Result<Value> list_remove(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.remove", 1, 1, true));
    ListObject* self = self_list(args);
    for (size_t i = 0; i < self->size(); ++i) {
        if (TRY(items_equal(vm, self->at(i), args.args[1]))) {
            // __eq__ may have shortened the list.
            if (i < self->size())
                self->items().erase(self->items().begin() + static_cast<std::ptrdiff_t>(i));
            return py_none;
        }
    }
    return vm.raise_value_error("list.remove(x): x not in list");
}

Result<Value> list_index(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.index", 1, 3, true));
    ListObject* self = self_list(args);
    int64_t start, stop;
    TRY(index_bounds(vm, args, static_cast<int64_t>(self->size()), start, stop));
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(self->size()); ++i) {
        if (TRY(items_equal(vm, self->at(static_cast<size_t>(i)), args.args[1])))
            return vm.new_int(i);
    }
    StrObject* repr = TRY(vm.repr(args.args[1]));
    return vm.raise_value_error(std::string(repr->view()) + " is not in list");
}

Result<Value> list_count(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.count", 1, 1, true));
    ListObject* self = self_list(args);
    int64_t count = 0;
    for (size_t i = 0; i < self->size(); ++i) {
        if (TRY(items_equal(vm, self->at(i), args.args[1])))
            ++count;
    }
    return vm.new_int(count);
}

Result<Value> list_reverse(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.reverse", 0, 0, true));
    auto& items = self_list(args)->items();
    std::reverse(items.begin(), items.end());
    return py_none;
}

Result<Value> list_sort_method(VM& vm, CallArgs const& args)
{
    if (args.positional_count() > 1)
        return vm.raise_type_error("sort() takes no positional arguments");
    Value bound[2];
    TRY(bind_args(vm, args, "sort", {"key", "reverse"}, 0, 0, bound, true));
    bool reverse = false;
    if (!bound[1].is_empty()) {
        Value flag = TRY(index_value(vm, bound[1]));
        reverse = int_sign(flag) != 0;
    }
    TRY(list_sort(vm, self_list(args), bound[0], reverse));
    return py_none;
}

Result<Value> list_copy(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.copy", 0, 0, true));
    ListObject* result = vm.new_list();
    result->items() = self_list(args)->items();
    return result->value();
}

Result<Value> list_clear(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "list.clear", 0, 0, true));
    std::vector<Value>().swap(self_list(args)->items());
    return py_none;
}

} // namespace

void init_list_type(VM& vm)
{
    Type* t = types::list;
    t->m_alloc = &list_alloc;
    DictObject* d = t->m_dict;
    vm.define_native(d, "__new__", &list_new, t);
    vm.define_native(d, "__init__", &list_init, t);
    vm.define_native(d, "__repr__", &list_repr, t);
    vm.define_native(d, "__eq__", &list_compare<CompareOp::Eq>, t);
    vm.define_native(d, "__ne__", &list_compare<CompareOp::Ne>, t);
    vm.define_native(d, "__lt__", &list_compare<CompareOp::Lt>, t);
    vm.define_native(d, "__le__", &list_compare<CompareOp::Le>, t);
    vm.define_native(d, "__gt__", &list_compare<CompareOp::Gt>, t);
    vm.define_native(d, "__ge__", &list_compare<CompareOp::Ge>, t);
    vm.define_native(d, "__len__", &list_len, t);
    vm.define_native(d, "__getitem__", &list_getitem, t);
    vm.define_native(d, "__setitem__", &list_setitem, t);
    vm.define_native(d, "__delitem__", &list_delitem, t);
    vm.define_native(d, "__contains__", &list_contains, t);
    vm.define_native(d, "__iter__", &list_iter, t);
    vm.define_native(d, "__reversed__", &list_reversed, t);
    vm.define_native(d, "__add__", &list_add, t);
    vm.define_native(d, "__iadd__", &list_iadd, t);
    vm.define_native(d, "__mul__", &list_mul, t);
    vm.define_native(d, "__rmul__", &list_mul, t);
    vm.define_native(d, "__imul__", &list_imul, t);
    vm.define_native(d, "append", &list_append, t);
    vm.define_native(d, "extend", &list_extend, t);
    vm.define_native(d, "insert", &list_insert, t);
    vm.define_native(d, "pop", &list_pop, t);
    vm.define_native(d, "remove", &list_remove, t);
    vm.define_native(d, "index", &list_index, t);
    vm.define_native(d, "count", &list_count, t);
    vm.define_native(d, "reverse", &list_reverse, t);
    vm.define_native(d, "sort", &list_sort_method, t);
    vm.define_native(d, "copy", &list_copy, t);
    vm.define_native(d, "clear", &list_clear, t);
    d->set_str(vm, vm.names.__hash__, py_none);
}

} // namespace minipy
