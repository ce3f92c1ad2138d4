// The tuple type: TupleObject's storage and the methods of `tuple`.
#include "vm/objects/tuple_object.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/container_types.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/repr_guard.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/slice_object.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

TupleObject::TupleObject(Type* type, size_t size)
    : Object(type)
    , m_items(size)
{
}

TupleObject::TupleObject(Type* type, Value const* items, size_t size)
    : Object(type)
    , m_items(items, items + size)
{
}

void TupleObject::visit_edges(Visitor& visitor)
{
    for (Value item : m_items)
        visitor.visit(item);
    visitor.visit(reinterpret_cast<Object*>(m_dict));
}

namespace {

TupleObject* self_tuple(CallArgs const& args)
{
    return static_cast<TupleObject*>(args.args[0].as_object());
}

/// A tuple of `type` (tuple or a subclass) holding `items`.
TupleObject* new_tuple_of_type(VM& vm, Type* type, Value const* items, size_t size)
{
    if (type == types::tuple)
        return vm.new_tuple(items, size);
    auto* tuple = vm.make<TupleObject>(type, items, size);
    tuple->m_dict = vm.new_dict();
    return tuple;
}

/// tuple(iterable) for `type`: shares an exact tuple argument, as CPython does.
Result<Value> construct_tuple(VM& vm, Type* type, Value const* args, size_t nargs)
{
    if (nargs == 0)
        return new_tuple_of_type(vm, type, nullptr, 0)->value();
    Value iterable = args[0];
    if (type == types::tuple && object_type(iterable) == types::tuple)
        return iterable;
    if (TupleObject* tuple = as_tuple(iterable))
        return new_tuple_of_type(vm, type, tuple->data(), tuple->size())->value();
    if (ListObject* list = as_list(iterable); list && object_type(iterable) == types::list)
        return new_tuple_of_type(vm, type, list->items().data(), list->size())->value();
    ListObject* items = TRY(vm.to_list(iterable));
    Root root(vm, items->value());
    return new_tuple_of_type(vm, type, items->items().data(), items->size())->value();
}

Result<Value> tuple_alloc(VM& vm, Type* type, Value const* args, size_t nargs)
{
    return construct_tuple(vm, type, args, nargs);
}

Result<Value> tuple_new(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple", 0, 1, true));
    Type* type = static_cast<Type*>(args.args[0].as_object());
    return construct_tuple(vm, type, args.args + 1, args.count - 1);
}

Result<Value> tuple_repr(VM& vm, CallArgs const& args)
{
    TupleObject* self = self_tuple(args);
    if (self->size() == 0)
        return vm.new_str(std::string_view("()"))->value();
    ReprGuard guard(self);
    if (guard.is_recursive())
        return vm.new_str(std::string_view("(...)"))->value();
    std::string out = "(";
    for (size_t i = 0; i < self->size(); ++i) {
        if (i)
            out += ", ";
        StrObject* item = TRY(vm.repr(self->at(i)));
        out += item->view();
    }
    out += self->size() == 1 ? ",)" : ")";
    return vm.new_str(std::move(out))->value();
}

Result<Value> tuple_hash(VM& vm, CallArgs const& args)
{
    // CPython 3.11's tuplehash: xxHash's round function over the items' hashes.
    constexpr uint64_t prime1 = 11400714785074694791ULL;
    constexpr uint64_t prime2 = 14029467366897019727ULL;
    constexpr uint64_t prime5 = 2870177450012600261ULL;
    TupleObject* self = self_tuple(args);
    uint64_t acc = prime5;
    for (size_t i = 0; i < self->size(); ++i) {
        uint64_t lane = static_cast<uint64_t>(TRY(vm.hash(self->at(i))));
        acc += lane * prime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= prime1;
    }
    acc += self->size() ^ (prime5 ^ 3527539UL);
    if (acc == static_cast<uint64_t>(-1))
        return vm.new_int(1546275796);
    return vm.new_int(static_cast<int64_t>(acc));
}

template<CompareOp op>
Result<Value> tuple_compare(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple.__eq__", 1, 1, true));
    TupleObject* other = as_tuple(args.args[1]);
    if (!other)
        return py_not_implemented;
    return sequence_compare(vm, self_tuple(args)->items(), other->items(), op);
}

Result<Value> tuple_len(VM& vm, CallArgs const& args)
{
    return vm.new_int(static_cast<int64_t>(self_tuple(args)->size()));
}

Result<Value> tuple_getitem(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple.__getitem__", 1, 1, true));
    TupleObject* self = self_tuple(args);
    Value key = args.args[1];
    int64_t const size = static_cast<int64_t>(self->size());
    if (is_slice(key)) {
        int64_t start, stop, step, length;
        TRY(slice_indices(
            vm, static_cast<SliceObject*>(key.as_object()), size, start, stop, step, length));
        if (step == 1 && length == size && self->type() == types::tuple)
            return self->value();
        if (step == 1)
            return vm.new_tuple(self->data() + start, static_cast<size_t>(length))->value();
        TupleObject* result = vm.new_tuple(static_cast<size_t>(length));
        for (int64_t i = 0, j = start; i < length; ++i, j += step)
            (*result)[static_cast<size_t>(i)] = self->at(static_cast<size_t>(j));
        return result->value();
    }
    int64_t index = TRY(sequence_index(vm, key, "tuple"));
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        return vm.raise(types::index_error, "tuple index out of range");
    return self->at(static_cast<size_t>(index));
}

Result<Value> tuple_contains(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple.__contains__", 1, 1, true));
    TupleObject* self = self_tuple(args);
    for (size_t i = 0; i < self->size(); ++i) {
        if (TRY(items_equal(vm, self->at(i), args.args[1])))
            return py_true;
    }
    return py_false;
}

Result<Value> tuple_iter(VM& vm, CallArgs const& args)
{
    return vm.make<SeqIterObject>(types::tuple_iterator, args.args[0], 0)->value();
}

Result<Value> tuple_add(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple.__add__", 1, 1, true));
    TupleObject* self = self_tuple(args);
    TupleObject* other = as_tuple(args.args[1]);
    if (!other)
        return py_not_implemented;
    if (other->size() == 0 && self->type() == types::tuple)
        return self->value();
    if (self->size() == 0 && other->type() == types::tuple)
        return other->value();
    TupleObject* result = vm.new_tuple(self->size() + other->size());
    for (size_t i = 0; i < self->size(); ++i)
        (*result)[i] = self->at(i);
    for (size_t i = 0; i < other->size(); ++i)
        (*result)[self->size() + i] = other->at(i);
    return result->value();
}

Result<Value> tuple_mul(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple.__mul__", 1, 1, true));
    TupleObject* self = self_tuple(args);
    bool handled = false;
    int64_t count = TRY(repeat_count(vm, args.args[1], handled));
    if (!handled)
        return py_not_implemented;
    if (count <= 0 || self->size() == 0)
        return vm.new_tuple(size_t(0))->value();
    if (count == 1 && self->type() == types::tuple)
        return self->value();
    if (static_cast<uint64_t>(count) > (uint64_t(1) << 40) / self->size())
        return vm.raise_memory_error();
    size_t const n = self->size();
    TupleObject* result = vm.new_tuple(n * static_cast<size_t>(count));
    for (size_t c = 0; c < static_cast<size_t>(count); ++c)
        for (size_t i = 0; i < n; ++i)
            (*result)[c * n + i] = self->at(i);
    return result->value();
}

Result<Value> tuple_count(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple.count", 1, 1, true));
    TupleObject* self = self_tuple(args);
    int64_t count = 0;
    for (size_t i = 0; i < self->size(); ++i) {
        if (TRY(items_equal(vm, self->at(i), args.args[1])))
            ++count;
    }
    return vm.new_int(count);
}

Result<Value> tuple_index(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "tuple.index", 1, 3, true));
    TupleObject* self = self_tuple(args);
    int64_t const size = static_cast<int64_t>(self->size());
    int64_t start = 0, stop = size;
    TRY(index_bounds(vm, args, size, start, stop));
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(self->size()); ++i) {
        if (TRY(items_equal(vm, self->at(static_cast<size_t>(i)), args.args[1])))
            return vm.new_int(i);
    }
    return vm.raise_value_error("tuple.index(x): x not in tuple");
}

} // namespace

void init_tuple_type(VM& vm)
{
    Type* t = types::tuple;
    t->m_alloc = &tuple_alloc;
    DictObject* d = t->m_dict;
    vm.define_native(d, "__new__", &tuple_new, t);
    vm.define_native(d, "__repr__", &tuple_repr, t);
    vm.define_native(d, "__hash__", &tuple_hash, t);
    vm.define_native(d, "__eq__", &tuple_compare<CompareOp::Eq>, t);
    vm.define_native(d, "__ne__", &tuple_compare<CompareOp::Ne>, t);
    vm.define_native(d, "__lt__", &tuple_compare<CompareOp::Lt>, t);
    vm.define_native(d, "__le__", &tuple_compare<CompareOp::Le>, t);
    vm.define_native(d, "__gt__", &tuple_compare<CompareOp::Gt>, t);
    vm.define_native(d, "__ge__", &tuple_compare<CompareOp::Ge>, t);
    vm.define_native(d, "__len__", &tuple_len, t);
    vm.define_native(d, "__getitem__", &tuple_getitem, t);
    vm.define_native(d, "__contains__", &tuple_contains, t);
    vm.define_native(d, "__iter__", &tuple_iter, t);
    vm.define_native(d, "__add__", &tuple_add, t);
    vm.define_native(d, "__mul__", &tuple_mul, t);
    vm.define_native(d, "__rmul__", &tuple_mul, t);
    vm.define_native(d, "count", &tuple_count, t);
    vm.define_native(d, "index", &tuple_index, t);
}

} // namespace minipy
