// DictObject: Python's insertion-ordered dict, used for every namespace in the VM.
//
// The layout is CPython's compact dict: a sparse index array (open addressing with CPython's
// perturbed probe sequence) pointing into a dense, insertion-ordered entry array. Deleting leaves
// a hole (empty key) in the entry array that is squeezed out on the next resize. Keys are compared
// by identity first, then with Python's __eq__ (which may run user code and raise); a str key
// takes a fast path that never calls user code. `version()` changes on every mutation, which
// lets inline caches on module globals validate with one compare.
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <cstdint>
#include <vector>

namespace minipy {

class VM;
class StrObject;

class DictObject final : public Object {
public:
    struct Entry {
        int64_t hash;
        Value key; ///< empty for a deleted entry
        Value value;
    };

    explicit DictObject(Type* type);

    size_t size() const { return m_used; }
    uint64_t version() const { return m_version; }

    /// Lookup with Python semantics; the empty Value (and no exception) when absent.
    Result<Value> get(VM&, Value key);
    Result<void> set(VM&, Value key, Value value);
    /// Returns false (no exception) when the key is absent.
    Result<bool> remove(VM&, Value key);
    /// Removes and returns the value, or the empty Value when absent.
    Result<Value> pop(VM&, Value key);

    /// Fast paths for str keys; never run user code, never fail.
    Value get_str(StrObject* key) const;
    void set_str(VM&, StrObject* key, Value value);
    bool remove_str(StrObject* key);
    Value get(char const* key) const; ///< convenience for native code; slowish

    void clear();

    /// Dense entries in insertion order, including holes (entry.key.is_empty()).
    std::vector<Entry> const& entries() const { return m_entries; }

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
    size_t external_size() const override;

    DictObject* m_dict = nullptr; ///< only for instances of user subclasses

private:
    /// Index into m_entries for `key`, or -1; `slot` receives the index-array slot to insert at.
    Result<int64_t> find(VM&, Value key, int64_t hash, size_t& slot);
    int64_t find_str(StrObject* key, int64_t hash, size_t& slot) const;
    /// The first unused (empty or dummy) index slot on `hash`'s probe sequence.
    size_t find_empty_slot(int64_t hash) const;
    void insert_new(size_t slot, int64_t hash, Value key, Value value, VM* vm);
    void resize(size_t min_used, VM* vm);
    /// Leaves small mode: builds the index array over the current entries.
    void build_index(VM* vm);

    /// -1 empty, -2 deleted (dummy), else entry index. Empty in small mode (at most small_limit
    /// entries, str lookups scan m_entries); the general find() builds it first.
    std::vector<int32_t> m_indices;
    std::vector<Entry> m_entries;
    size_t m_used = 0;
    uint64_t m_version = 0;
};

} // namespace minipy
