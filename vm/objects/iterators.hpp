// The built-in iterator types: sequence iterators (tuple, list, reversed, the __getitem__
// protocol), dict and range iterators, and the iterator classes of builtins (enumerate, zip,
// map, filter, reversed, callable_iterator).
//
// Every type here sets Type::m_iternext, the native fast path the eval loop's FOR_ITER uses, and
// also gets `__iter__` (returning self) and `__next__` (m_iternext, raising StopIteration) in its
// dict so that Python code sees ordinary iterators.
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <cstdint>

namespace minipy {

class VM;
class Type;
class DictObject;
class TupleObject;

namespace types {
extern Type* tuple_iterator;
extern Type* list_iterator;
extern Type* list_reverseiterator;
extern Type* dict_keyiterator;
extern Type* dict_valueiterator;
extern Type* dict_itemiterator;
extern Type* dict_reversekeyiterator;
extern Type* dict_reversevalueiterator;
extern Type* dict_reverseitemiterator;
extern Type* set_iterator;
extern Type* range_iterator;
extern Type* enumerate;
extern Type* zip;
extern Type* map;
extern Type* filter;
extern Type* reversed;
extern Type* seq_iterator; ///< Python name "iterator": iter() of an object with only __getitem__
extern Type* callable_iterator;
} // namespace types

/// Walks an indexable object by position. Its type says how: tuple_iterator and list_iterator
/// go forwards over a TupleObject/ListObject, list_reverseiterator backwards over a list,
/// reversed backwards through __getitem__, seq_iterator forwards through __getitem__.
class SeqIterObject final : public Object {
public:
    SeqIterObject(Type* type, Value seq, int64_t index)
        : Object(type)
        , m_seq(seq)
        , m_index(index)
    {
    }
    Value m_seq; ///< empty once exhausted, so the sequence can be collected
    int64_t m_index;
    void visit_edges(Visitor& v) override { v.visit(m_seq); }
};

/// Iterates a dict's entries in order (or reverse order) yielding keys, values or (key, value).
class DictIterObject final : public Object {
public:
    DictIterObject(Type* type, DictObject* dict, int64_t pos, size_t used)
        : Object(type)
        , m_dict(dict)
        , m_pos(pos)
        , m_used(used)
    {
    }
    DictObject* m_dict; ///< null once exhausted
    int64_t m_pos; ///< next entry index
    size_t m_used; ///< size at creation: a change raises "dictionary changed size during iteration"
    void visit_edges(Visitor& v) override;
};

/// Iterates an int64 arithmetic progression without allocating for small ints.
class RangeIterObject final : public Object {
public:
    RangeIterObject(Type* type, int64_t start, int64_t step, uint64_t remaining)
        : Object(type)
        , m_next(start)
        , m_step(step)
        , m_remaining(remaining)
    {
    }
    int64_t m_next;
    int64_t m_step;
    uint64_t m_remaining;
};

/// enumerate(iterable, start=0).
class EnumerateObject final : public Object {
public:
    EnumerateObject(Type* type, Value iterator, Value count)
        : Object(type)
        , m_iterator(iterator)
        , m_count(count)
    {
    }
    Value m_iterator;
    Value m_count; ///< the next index (any int)
    DictObject* m_dict = nullptr;
    void visit_edges(Visitor& v) override;
    DictObject* instance_dict() const override { return m_dict; }
};

/// zip(*iterables), map(func, *iterables) and filter(func, iterable): a function (or empty for
/// zip) and a tuple of iterators.
class FunctionalIterObject final : public Object {
public:
    FunctionalIterObject(Type* type, Value function, TupleObject* iterators)
        : Object(type)
        , m_function(function)
        , m_iterators(iterators)
    {
    }
    Value m_function; ///< map's/filter's function (None for filter(None, ...)); empty for zip
    TupleObject* m_iterators; ///< null once exhausted
    bool m_strict = false; ///< zip(..., strict=True)
    DictObject* m_dict = nullptr;
    void visit_edges(Visitor& v) override;
    DictObject* instance_dict() const override { return m_dict; }
};

/// iter(callable, sentinel).
class CallableIterObject final : public Object {
public:
    CallableIterObject(Type* type, Value callable, Value sentinel)
        : Object(type)
        , m_callable(callable)
        , m_sentinel(sentinel)
    {
    }
    Value m_callable; ///< empty once exhausted
    Value m_sentinel;
    void visit_edges(Visitor& v) override
    {
        v.visit(m_callable);
        v.visit(m_sentinel);
    }
};

/// Gives `type` `__iter__` (returns self) and `__next__` (calls type->m_iternext).
void define_iterator_protocol(VM&, Type* type);

/// The `__next__` of every native iterator type: m_iternext, StopIteration when exhausted.
Result<Value> native_iterator_next(VM&, Value iterator);

/// iter(obj) for an object with __getitem__ but no __iter__: the sequence protocol iterator.
Value make_seq_iterator(VM&, Value sequence);
/// iter(callable, sentinel).
Value make_callable_iterator(VM&, Value callable, Value sentinel);

/// Creates the iterator types and registers enumerate, zip, map, filter and reversed in builtins.
void init_iterator_types(VM&);

} // namespace minipy
