// SetObject: Python's set and frozenset, an open-addressing table built exactly like CPython
// 3.11's setobject.c.
//
// Matching CPython's table (linear probes of 9 then perturbed jumps, minimum size 8, growth when
// fill*5 >= mask*3 to used*4, or used*2 past 50,000) makes iteration order, and so the printed
// order of a set of small ints, identical to CPython's. Deleted slots keep a dummy marker
// (hash -1) that lookups skip and insertions reuse.
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <cstdint>
#include <vector>

namespace minipy {

class VM;
class DictObject;

class SetObject final : public Object {
public:
    struct Entry {
        Value key; ///< empty: unused (if hash == 0) or dummy (if hash == -1)
        int64_t hash = 0;
    };

    explicit SetObject(Type* type);

    size_t size() const { return m_used; }
    bool is_frozen() const;

    /// The table in slot order, unused and dummy slots included (Entry::key empty).
    std::vector<Entry> const& table() const { return m_table; }

    /// set.add: hashes `key` (may run user code and fail).
    Result<void> add(VM&, Value key);
    Result<void> add_entry(VM&, Value key, int64_t hash);
    Result<bool> contains(VM&, Value key);
    Result<bool> contains_entry(VM&, Value key, int64_t hash);
    /// Removes `key` if present; returns whether it was.
    Result<bool> discard(VM&, Value key);
    Result<bool> discard_entry(VM&, Value key, int64_t hash);
    void clear();
    /// Resizes the table for `min_used` entries (set_table_resize).
    void resize(size_t min_used);
    /// The table's mask; an empty set behaves as CPython's 8-slot small table.
    size_t mask() const { return m_table.empty() ? 7 : m_table.size() - 1; }
    /// Allocates the initial 8-slot table if there is none yet.
    void ensure_table()
    {
        if (m_table.empty())
            m_table.resize(8);
    }

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
    size_t external_size() const override { return m_table.capacity() * sizeof(Entry); }

    DictObject* m_dict = nullptr; ///< only for instances of user subclasses
    int64_t m_hash = -1; ///< cached frozenset hash, -1 until computed
    size_t m_fill = 0; ///< active + dummy slots
    size_t m_used = 0; ///< active slots
    size_t m_finger = 0; ///< where set.pop() resumes its search
    uint64_t m_generation = 0; ///< bumped when the table is replaced (lookups restart)
    std::vector<Entry> m_table; ///< size is a power of two (empty until the first insertion)

private:
    /// set_lookkey: the slot holding `key`, or -1.
    Result<int64_t> lookup(VM&, Value key, int64_t hash);
    void insert_clean(Value key, int64_t hash);
};

/// Iterates a set in table order; RuntimeError "Set changed size during iteration".
class SetIterObject final : public Object {
public:
    SetIterObject(Type* type, SetObject* set)
        : Object(type)
        , m_set(set)
        , m_used(set->size())
    {
    }
    SetObject* m_set; ///< null once exhausted
    size_t m_pos = 0;
    size_t m_used;
    void visit_edges(Visitor& v) override { v.visit(reinterpret_cast<Object*>(m_set)); }
};

/// True for sets, frozensets and instances of their subclasses.
bool is_any_set(Value v);

/// A new empty set of `type` (set, frozenset or a subclass).
SetObject* new_set(VM&, Type* type);

/// set_update_internal: adds every item of `iterable` (sets and dicts take CPython's fast paths).
Result<void> set_update(VM&, SetObject* set, Value iterable);

/// A new set of `type` holding the items of `iterable` (make_new_set).
Result<SetObject*> make_set(VM&, Type* type, Value iterable);

/// set_difference_update_internal and set_symmetric_difference_update.
Result<void> set_difference_update(VM&, SetObject* set, Value other);
Result<void> set_symmetric_difference_update(VM&, SetObject* set, Value other);

} // namespace minipy
