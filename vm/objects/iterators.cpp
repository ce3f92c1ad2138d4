// The built-in iterator types and the iterator classes of builtins (enumerate, zip, map, filter,
// reversed), each with a native m_iternext so that `for` loops never go through a Python call.
#include "vm/objects/iterators.hpp"

#include "vm/native_args.hpp"
#include "vm/objects/dict_object.hpp"
#include "vm/objects/int_api.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

namespace types {
Type* tuple_iterator;
Type* list_iterator;
Type* list_reverseiterator;
Type* dict_keyiterator;
Type* dict_valueiterator;
Type* dict_itemiterator;
Type* dict_reversekeyiterator;
Type* dict_reversevalueiterator;
Type* dict_reverseitemiterator;
Type* set_iterator;
Type* range_iterator;
Type* enumerate;
Type* zip;
Type* map;
Type* filter;
Type* reversed;
Type* seq_iterator;
Type* callable_iterator;
} // namespace types

void DictIterObject::visit_edges(Visitor& v)
{
    v.visit(reinterpret_cast<Object*>(m_dict));
}

void EnumerateObject::visit_edges(Visitor& v)
{
    v.visit(m_iterator);
    v.visit(m_count);
    v.visit(reinterpret_cast<Object*>(m_dict));
}

void FunctionalIterObject::visit_edges(Visitor& v)
{
    v.visit(m_function);
    v.visit(reinterpret_cast<Object*>(m_iterators));
    v.visit(reinterpret_cast<Object*>(m_dict));
}

namespace {

/// The next item of any iterator (VM::next takes the native fast path when there is one).
inline Result<Value> next_of(VM& vm, Value iterator, bool& exhausted)
{
    return vm.next(iterator, exhausted);
}

/// True (and the exception cleared) if the pending exception ends a __getitem__ iteration.
bool ends_sequence(VM& vm)
{
    if (vm.exception_matches(types::index_error) || vm.exception_matches(types::stop_iteration)) {
        vm.take_exception();
        return true;
    }
    return false;
}

// -- sequence iterators ----------------------------------------------------------------------

Result<Value> tuple_iter_next(VM&, Object* object, bool& exhausted)
{
    auto* it = static_cast<SeqIterObject*>(object);
    if (!it->m_seq.is_empty()) {
        auto* tuple = static_cast<TupleObject*>(it->m_seq.as_object());
        if (static_cast<uint64_t>(it->m_index) < tuple->size())
            return tuple->at(static_cast<size_t>(it->m_index++));
        it->m_seq = Value {};
    }
    exhausted = true;
    return Value {};
}

Result<Value> list_iter_next(VM&, Object* object, bool& exhausted)
{
    auto* it = static_cast<SeqIterObject*>(object);
    if (!it->m_seq.is_empty()) {
        auto* list = static_cast<ListObject*>(it->m_seq.as_object());
        if (static_cast<uint64_t>(it->m_index) < list->size())
            return list->at(static_cast<size_t>(it->m_index++));
        it->m_seq = Value {};
    }
    exhausted = true;
    return Value {};
}

Result<Value> list_reverse_iter_next(VM&, Object* object, bool& exhausted)
{
    auto* it = static_cast<SeqIterObject*>(object);
    if (!it->m_seq.is_empty()) {
        auto* list = static_cast<ListObject*>(it->m_seq.as_object());
        if (it->m_index >= 0 && static_cast<uint64_t>(it->m_index) < list->size())
            return list->at(static_cast<size_t>(it->m_index--));
        it->m_seq = Value {};
    }
    exhausted = true;
    return Value {};
}

/// The __getitem__ protocol: seq[0], seq[1], ... until IndexError or StopIteration.
Result<Value> seq_iter_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<SeqIterObject*>(object);
    if (!it->m_seq.is_empty()) {
        Result<Value> item = vm.getitem(it->m_seq, vm.new_int(it->m_index));
        if (!item.is_error()) {
            ++it->m_index;
            return item;
        }
        if (!ends_sequence(vm))
            return Error {};
        it->m_seq = Value {};
    }
    exhausted = true;
    return Value {};
}

/// reversed() over __len__/__getitem__: seq[n-1], ..., seq[0].
Result<Value> reversed_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<SeqIterObject*>(object);
    if (!it->m_seq.is_empty() && it->m_index >= 0) {
        Result<Value> item = vm.getitem(it->m_seq, vm.new_int(it->m_index));
        if (!item.is_error()) {
            --it->m_index;
            return item;
        }
        if (!ends_sequence(vm))
            return Error {};
    }
    it->m_seq = Value {};
    exhausted = true;
    return Value {};
}

// -- dict iterators --------------------------------------------------------------------------

enum class DictPart { Keys, Values, Items };

template<DictPart part, bool reverse>
Result<Value> dict_iter_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<DictIterObject*>(object);
    DictObject* dict = it->m_dict;
    if (!dict) {
        exhausted = true;
        return Value {};
    }
    if (dict->size() != it->m_used) {
        it->m_used = SIZE_MAX; // stays broken, as in CPython
        return vm.raise(types::runtime_error, "dictionary changed size during iteration");
    }
    auto const& entries = dict->entries();
    int64_t pos = it->m_pos;
    if constexpr (reverse) {
        if (pos >= static_cast<int64_t>(entries.size()))
            pos = static_cast<int64_t>(entries.size()) - 1;
        while (pos >= 0 && entries[static_cast<size_t>(pos)].key.is_empty())
            --pos;
        if (pos < 0) {
            it->m_dict = nullptr;
            exhausted = true;
            return Value {};
        }
        it->m_pos = pos - 1;
    } else {
        int64_t const n = static_cast<int64_t>(entries.size());
        while (pos < n && entries[static_cast<size_t>(pos)].key.is_empty())
            ++pos;
        if (pos >= n) {
            it->m_dict = nullptr;
            exhausted = true;
            return Value {};
        }
        it->m_pos = pos + 1;
    }
    auto const& entry = entries[static_cast<size_t>(pos)];
    if constexpr (part == DictPart::Keys)
        return entry.key;
    else if constexpr (part == DictPart::Values)
        return entry.value;
    else
        return vm.new_tuple({entry.key, entry.value})->value();
}

// -- range ---------------------------------------------------------------------------------

Result<Value> range_iter_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<RangeIterObject*>(object);
    if (it->m_remaining == 0) {
        exhausted = true;
        return Value {};
    }
    int64_t const value = it->m_next;
    --it->m_remaining;
    // Unsigned arithmetic: the step past the last item may leave the int64 range.
    it->m_next
        = static_cast<int64_t>(static_cast<uint64_t>(value) + static_cast<uint64_t>(it->m_step));
    if (Value::fits_small_int(value)) [[likely]]
        return Value::small_int(value);
    return vm.new_int(value);
}

// -- enumerate, zip, map, filter, callable_iterator ---------------------------------------

Result<Value> enumerate_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<EnumerateObject*>(object);
    Value item = TRY(next_of(vm, it->m_iterator, exhausted));
    if (exhausted)
        return Value {};
    Value index = it->m_count;
    if (index.is_small_int() && index.as_small_int() < Value::small_int_max) {
        it->m_count = Value::small_int(index.as_small_int() + 1);
    } else {
        Root root(vm, item);
        it->m_count = TRY(vm.binary_op(index, Value::small_int(1), 0));
    }
    return vm.new_tuple({index, item})->value();
}

Result<Value> zip_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<FunctionalIterObject*>(object);
    TupleObject* iterators = it->m_iterators;
    if (!iterators || iterators->size() == 0) {
        exhausted = true;
        return Value {};
    }
    size_t const n = iterators->size();
    TupleObject* result = vm.new_tuple(n);
    Root root(vm, result->value());
    for (size_t i = 0; i < n; ++i) {
        bool done = false;
        Value item = TRY(next_of(vm, iterators->at(i), done));
        if (!done) {
            (*result)[i] = item;
            continue;
        }
        it->m_iterators = nullptr;
        if (it->m_strict) {
            if (i > 0) {
                return vm.raise_value_error("zip() argument " + std::to_string(i + 1)
                    + " is shorter than argument" + (i == 1 ? " " : "s 1-") + std::to_string(i));
            }
            for (size_t j = 1; j < n; ++j) {
                bool later_done = false;
                TRY(next_of(vm, iterators->at(j), later_done));
                if (!later_done) {
                    return vm.raise_value_error("zip() argument " + std::to_string(j + 1)
                        + " is longer than argument" + (j == 1 ? " " : "s 1-") + std::to_string(j));
                }
            }
        }
        exhausted = true;
        return Value {};
    }
    return result->value();
}

Result<Value> map_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<FunctionalIterObject*>(object);
    TupleObject* iterators = it->m_iterators;
    if (!iterators) {
        exhausted = true;
        return Value {};
    }
    size_t const n = iterators->size();
    TupleObject* arguments = vm.new_tuple(n);
    Root root(vm, arguments->value());
    for (size_t i = 0; i < n; ++i) {
        bool done = false;
        Value item = TRY(next_of(vm, iterators->at(i), done));
        if (done) {
            it->m_iterators = nullptr;
            exhausted = true;
            return Value {};
        }
        (*arguments)[i] = item;
    }
    return vm.call(it->m_function, CallArgs {arguments->data(), n, nullptr});
}

Result<Value> filter_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<FunctionalIterObject*>(object);
    if (!it->m_iterators) {
        exhausted = true;
        return Value {};
    }
    Value iterator = it->m_iterators->at(0);
    for (;;) {
        Value item = TRY(next_of(vm, iterator, exhausted));
        if (exhausted) {
            it->m_iterators = nullptr;
            return Value {};
        }
        bool keep;
        if (it->m_function.is(py_none) || it->m_function.is(types::bool_->value())) {
            keep = TRY(vm.truthy(item));
        } else {
            Root root(vm, item);
            Value verdict = TRY(vm.call(it->m_function, {item}));
            keep = TRY(vm.truthy(verdict));
        }
        if (keep)
            return item;
    }
}

Result<Value> callable_iter_next(VM& vm, Object* object, bool& exhausted)
{
    auto* it = static_cast<CallableIterObject*>(object);
    if (it->m_callable.is_empty()) {
        exhausted = true;
        return Value {};
    }
    Result<Value> result = vm.call(it->m_callable, CallArgs {nullptr, 0, nullptr});
    if (result.is_error()) {
        if (!vm.exception_matches(types::stop_iteration))
            return Error {};
        vm.take_exception();
        it->m_callable = Value {};
        exhausted = true;
        return Value {};
    }
    Value value = result.value();
    Root root(vm, value);
    if (TRY(items_equal(vm, it->m_sentinel, value))) {
        it->m_callable = Value {};
        exhausted = true;
        return Value {};
    }
    return value;
}

// -- the protocol natives ------------------------------------------------------------------

Result<Value> iterator_iter(VM&, CallArgs const& args)
{
    return args.args[0];
}

Result<Value> iterator_next(VM& vm, CallArgs const& args)
{
    TRY(check_arg_count(vm, args, "__next__", 0, 0, true));
    return native_iterator_next(vm, args.args[0]);
}

// -- constructors ---------------------------------------------------------------------------

Result<Value> enumerate_new(VM& vm, CallArgs const& args)
{
    Value bound[2];
    TRY(bind_args(vm, args, "enumerate", {"iterable", "start"}, 1, 0, bound, true));
    Value start = Value::small_int(0);
    if (!bound[1].is_empty()) {
        if (!is_int(bound[1]) && vm.lookup_special(bound[1], vm.names.__index__).is_empty())
            return vm.raise_type_error(
                "'" + type_name(bound[1]) + "' object cannot be interpreted as an integer");
        start = TRY(index_value(vm, bound[1]));
    }
    Root start_root(vm, start);
    Value iterator = TRY(vm.iter(bound[0]));
    return vm.make<EnumerateObject>(types::enumerate, iterator, start)->value();
}

/// Collects iter(arg) for each of `count` arguments into a tuple.
Result<TupleObject*> iterators_of(VM& vm, Value const* items, size_t count)
{
    TupleObject* iterators = vm.new_tuple(count);
    Root root(vm, iterators->value());
    for (size_t i = 0; i < count; ++i)
        (*iterators)[i] = TRY(vm.iter(items[i]));
    return iterators;
}

Result<Value> zip_new(VM& vm, CallArgs const& args)
{
    size_t const keywords = args.keyword_count();
    size_t const positional = args.count - keywords - 1;
    bool strict = false;
    for (size_t k = 0; k < keywords; ++k) {
        auto* name = static_cast<StrObject*>(args.kwnames->at(k).as_object());
        if (name->view() != "strict")
            return vm.raise_type_error(
                "zip() got an unexpected keyword argument '" + std::string(name->view()) + "'");
        strict = TRY(vm.truthy(args.args[1 + positional + k]));
    }
    TupleObject* iterators = TRY(iterators_of(vm, args.args + 1, positional));
    Root root(vm, iterators->value());
    auto* zip = vm.make<FunctionalIterObject>(types::zip, Value {}, iterators);
    zip->m_strict = strict;
    return zip->value();
}

Result<Value> map_new(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "map"));
    if (args.count < 3)
        return vm.raise_type_error("map() must have at least two arguments.");
    TupleObject* iterators = TRY(iterators_of(vm, args.args + 2, args.count - 2));
    Root root(vm, iterators->value());
    return vm.make<FunctionalIterObject>(types::map, args.args[1], iterators)->value();
}

Result<Value> filter_new(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "filter"));
    TRY(check_arg_count(vm, args, "filter", 2, 2, true));
    TupleObject* iterators = TRY(iterators_of(vm, args.args + 2, 1));
    Root root(vm, iterators->value());
    return vm.make<FunctionalIterObject>(types::filter, args.args[1], iterators)->value();
}

Result<Value> reversed_new(VM& vm, CallArgs const& args)
{
    TRY(reject_keywords(vm, args, "reversed"));
    TRY(check_arg_count(vm, args, "reversed", 1, 1, true));
    Value seq = args.args[1];
    Value method = vm.lookup_special(seq, vm.names.__reversed__);
    if (!method.is_empty() && !method.is(py_none))
        return vm.call_method(seq, vm.names.__reversed__, {});
    Type* type = VM::type_of(seq);
    bool const is_sequence = !vm.lookup_special(seq, vm.names.__getitem__).is_empty()
        && type->m_layout != Layout::Dict && !vm.lookup_special(seq, vm.names.__len__).is_empty();
    if (method.is(py_none) || !is_sequence)
        return vm.raise_type_error("'" + type->name() + "' object is not reversible");
    Value length = TRY(vm.call_method(seq, vm.names.__len__, {}));
    int64_t n = TRY(vm.to_index(length));
    return vm.make<SeqIterObject>(types::reversed, seq, n - 1)->value();
}

Type* iterator_type(VM& vm, char const* name, IterNextFn next)
{
    Type* type = vm.new_builtin_type(name, types::object, Layout::Other);
    // Only the C++ globals in types:: refer to most of these types: keep them alive.
    vm.m_extra_roots.push_back(type);
    type->m_is_basetype = false;
    type->m_iternext = next;
    define_iterator_protocol(vm, type);
    return type;
}

} // namespace

Result<Value> native_iterator_next(VM& vm, Value iterator)
{
    bool exhausted = false;
    Result<Value> item = VM::type_of(iterator)->m_iternext(vm, iterator.as_object(), exhausted);
    // IterNextFn reports exhaustion through the flag; look at it before the error state.
    if (exhausted)
        return vm.raise_with_args(types::stop_iteration, {});
    return item;
}

void define_iterator_protocol(VM& vm, Type* type)
{
    vm.define_native(type->m_dict, "__iter__", &iterator_iter, type);
    vm.define_native(type->m_dict, "__next__", &iterator_next, type);
}

Value make_seq_iterator(VM& vm, Value sequence)
{
    return vm.make<SeqIterObject>(types::seq_iterator, sequence, 0)->value();
}

Value make_callable_iterator(VM& vm, Value callable, Value sentinel)
{
    return vm.make<CallableIterObject>(types::callable_iterator, callable, sentinel)->value();
}

void init_iterator_types(VM& vm)
{
    using namespace types;
    tuple_iterator = iterator_type(vm, "tuple_iterator", &tuple_iter_next);
    list_iterator = iterator_type(vm, "list_iterator", &list_iter_next);
    list_reverseiterator = iterator_type(vm, "list_reverseiterator", &list_reverse_iter_next);
    dict_keyiterator
        = iterator_type(vm, "dict_keyiterator", &dict_iter_next<DictPart::Keys, false>);
    dict_valueiterator
        = iterator_type(vm, "dict_valueiterator", &dict_iter_next<DictPart::Values, false>);
    dict_itemiterator
        = iterator_type(vm, "dict_itemiterator", &dict_iter_next<DictPart::Items, false>);
    dict_reversekeyiterator
        = iterator_type(vm, "dict_reversekeyiterator", &dict_iter_next<DictPart::Keys, true>);
    dict_reversevalueiterator
        = iterator_type(vm, "dict_reversevalueiterator", &dict_iter_next<DictPart::Values, true>);
    dict_reverseitemiterator
        = iterator_type(vm, "dict_reverseitemiterator", &dict_iter_next<DictPart::Items, true>);
    set_iterator = iterator_type(vm, "set_iterator", nullptr); // m_iternext set by init_set_types
    range_iterator = iterator_type(vm, "range_iterator", &range_iter_next);
    seq_iterator = iterator_type(vm, "iterator", &seq_iter_next);
    callable_iterator = iterator_type(vm, "callable_iterator", &callable_iter_next);

    struct Builtin {
        Type** type;
        char const* name;
        IterNextFn next;
        NativeFn constructor;
    };
    for (Builtin const& b : {Builtin {&enumerate, "enumerate", &enumerate_next, &enumerate_new},
             Builtin {&zip, "zip", &zip_next, &zip_new}, Builtin {&map, "map", &map_next, &map_new},
             Builtin {&filter, "filter", &filter_next, &filter_new},
             Builtin {&reversed, "reversed", &reversed_next, &reversed_new}}) {
        Type* type = iterator_type(vm, b.name, b.next);
        vm.define_native(type->m_dict, "__new__", b.constructor, type);
        vm.builtins_dict()->set_str(vm, type->m_name, type->value());
        *b.type = type;
    }
}

} // namespace minipy
