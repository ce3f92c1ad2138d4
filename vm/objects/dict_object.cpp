// DictObject's hash table: CPython's compact dict (sparse index array + dense entry array).
//
// The probe sequence is CPython's (`i = 5*i + perturb + 1`, perturb shifted right by 5 each
// step), so every slot is eventually visited. Insertion order lives in the entry array; deletion
// leaves a hole there and a dummy (-2) in the index array, both squeezed out by the next resize.
// A lookup may run user `__eq__`, which may mutate this very dict; like CPython we restart the
// lookup whenever the table changed underneath us, so a stale slot or entry is never used.
#include "vm/objects/dict_object.hpp"

#include "vm/builtin_types.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"

#include <cstring>

namespace minipy {

namespace {

constexpr int32_t ix_empty = -1;
constexpr int32_t ix_dummy = -2;
constexpr size_t min_table_size = 8;
/// A dict of at most this many entries (holes included) may have no index array at all: str-key
/// lookups then scan the entries. Instance and small namespace dicts stay in this mode, which
/// saves the index allocation and the probing.
constexpr size_t small_limit = 8;
constexpr size_t small_initial_capacity = 4;

/// Versions come from one global counter so that two dicts never share a version: an inline
/// cache keyed on a version can then never be fooled by a different dict.
uint64_t g_dict_version = 0;

/// CPython's USABLE_FRACTION: a table of `n` index slots holds at most 2n/3 entries.
constexpr size_t usable_fraction(size_t n)
{
    return (n << 1) / 3;
}

inline bool is_exact_str(Value v)
{
    return v.is_object() && v.as_object()->type() == types::str;
}

/// Equality that provably runs no user code: identical words, two exact strs, or two small ints.
/// Sets `decided` to false when Python's __eq__ is needed.
inline bool fast_equal(Value a, Value b, bool& decided)
{
    decided = true;
    if (a.is(b))
        return true;
    if (a.is_small_int() && b.is_small_int())
        return false;
    if (is_exact_str(a) && is_exact_str(b))
        return static_cast<StrObject*>(a.as_object())
            ->equals(static_cast<StrObject*>(b.as_object()));
    decided = false;
    return false;
}

} // namespace

DictObject::DictObject(Type* type)
    : Object(type)
    , m_version(++g_dict_version)
{
}

Result<int64_t> DictObject::find(VM& vm, Value key, int64_t hash, size_t& slot)
{
    // The general lookup (which may call __eq__) always probes the index, exactly as before the
    // small mode existed: a small dict gets its index array here.
    if (m_indices.empty() && !m_entries.empty())
        build_index(&vm);
restart:
    if (m_indices.empty()) {
        slot = 0;
        return int64_t(-1);
    }
    size_t const mask = m_indices.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    size_t free_slot = SIZE_MAX;
    for (;;) {
        int32_t const ix = m_indices[i];
        if (ix == ix_empty) {
            slot = free_slot != SIZE_MAX ? free_slot : i;
            return int64_t(-1);
        }
        if (ix == ix_dummy) {
            if (free_slot == SIZE_MAX)
                free_slot = i;
        } else {
            Entry const& entry = m_entries[static_cast<size_t>(ix)];
            if (entry.key.is(key)) {
                slot = i;
                return int64_t(ix);
            }
            if (entry.hash == hash) {
                bool decided;
                bool equal = fast_equal(entry.key, key, decided);
                if (!decided) {
                    // User __eq__ may add, delete or clear entries here. The compared key stays
                    // alive during the call because it is one of the call's arguments.
                    uint64_t const version = m_version;
                    Value const start_key = entry.key;
                    equal = TRY(vm.equals(start_key, key));
                    if (m_version != version)
                        goto restart;
                }
                if (equal) {
                    slot = i;
                    return int64_t(ix);
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int64_t DictObject::find_str(StrObject* key, int64_t hash, size_t& slot) const
{
    if (m_indices.empty()) {
        // Small mode: scan the entries in insertion order (holes have an empty key, which
        // matches neither test below). Two exact strs never both appear as keys when equal,
        // so the first match is the only one.
        slot = 0;
        Value const key_value = key->value();
        Entry const* entries = m_entries.data();
        size_t const n = m_entries.size();
        for (size_t k = 0; k < n; ++k) {
            Entry const& entry = entries[k];
            if (entry.key.is(key_value)
                || (entry.hash == hash && is_exact_str(entry.key)
                    && static_cast<StrObject*>(entry.key.as_object())->equals(key)))
                return static_cast<int64_t>(k);
        }
        return -1;
    }
    size_t const mask = m_indices.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    size_t free_slot = SIZE_MAX;
    Value const key_value = key->value();
    for (;;) {
        int32_t const ix = m_indices[i];
        if (ix == ix_empty) {
            slot = free_slot != SIZE_MAX ? free_slot : i;
            return -1;
        }
        if (ix == ix_dummy) {
            if (free_slot == SIZE_MAX)
                free_slot = i;
        } else {
            Entry const& entry = m_entries[static_cast<size_t>(ix)];
            if (entry.key.is(key_value)
                || (entry.hash == hash && is_exact_str(entry.key)
                    && static_cast<StrObject*>(entry.key.as_object())->equals(key))) {
                slot = i;
                return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

size_t DictObject::find_empty_slot(int64_t hash) const
{
    size_t const mask = m_indices.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    while (m_indices[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

void DictObject::resize(size_t min_used, VM* vm)
{
    size_t size = min_table_size;
    while (usable_fraction(size) < min_used || usable_fraction(size) <= m_used)
        size <<= 1;

    // Squeeze the holes out of the entry array, keeping insertion order.
    std::vector<Entry> entries;
    entries.reserve(usable_fraction(size));
    for (Entry const& entry : m_entries) {
        if (!entry.key.is_empty())
            entries.push_back(entry);
    }
    m_entries.swap(entries);

    m_indices.assign(size, ix_empty);
    for (size_t n = 0; n < m_entries.size(); ++n)
        m_indices[find_empty_slot(m_entries[n].hash)] = static_cast<int32_t>(n);
    m_version = ++g_dict_version;
    if (vm)
        vm->heap().note_allocation(size * sizeof(int32_t) + m_entries.capacity() * sizeof(Entry));
}

void DictObject::build_index(VM* vm)
{
    // Indexes the entries where they are (holes included): no entry moves and the version stays,
    // since the dict's contents do not change.
    size_t size = min_table_size;
    while (usable_fraction(size) <= m_entries.size())
        size <<= 1;
    m_indices.assign(size, ix_empty);
    for (size_t n = 0; n < m_entries.size(); ++n) {
        if (!m_entries[n].key.is_empty())
            m_indices[find_empty_slot(m_entries[n].hash)] = static_cast<int32_t>(n);
    }
    if (vm)
        vm->heap().note_allocation(size * sizeof(int32_t));
}

void DictObject::insert_new(size_t slot, int64_t hash, Value key, Value value, VM* vm)
{
    (void)vm;
    m_indices[slot] = static_cast<int32_t>(m_entries.size());
    m_entries.push_back(Entry {hash, key, value});
    ++m_used;
    m_version = ++g_dict_version;
}

Result<Value> DictObject::get(VM& vm, Value key)
{
    int64_t hash;
    if (is_exact_str(key))
        hash = static_cast<StrObject*>(key.as_object())->hash();
    else
        hash = TRY(vm.hash(key));
    size_t slot;
    int64_t const ix = TRY(find(vm, key, hash, slot));
    if (ix < 0)
        return Value {};
    return m_entries[static_cast<size_t>(ix)].value;
}

Result<void> DictObject::set(VM& vm, Value key, Value value)
{
    int64_t hash;
    if (is_exact_str(key))
        hash = static_cast<StrObject*>(key.as_object())->hash();
    else
        hash = TRY(vm.hash(key));
    size_t slot;
    int64_t const ix = TRY(find(vm, key, hash, slot));
    if (ix >= 0) {
        m_entries[static_cast<size_t>(ix)].value = value;
        m_version = ++g_dict_version;
        return {};
    }
    if (m_entries.size() >= usable_fraction(m_indices.size())) {
        // CPython's GROWTH_RATE: a table three times the live entries.
        resize(m_used * 2, &vm);
        slot = find_empty_slot(hash);
    }
    insert_new(slot, hash, key, value, &vm);
    return {};
}

Result<bool> DictObject::remove(VM& vm, Value key)
{
    Value const value = TRY(pop(vm, key));
    return !value.is_empty();
}

Result<Value> DictObject::pop(VM& vm, Value key)
{
    int64_t hash;
    if (is_exact_str(key))
        hash = static_cast<StrObject*>(key.as_object())->hash();
    else
        hash = TRY(vm.hash(key));
    size_t slot;
    int64_t const ix = TRY(find(vm, key, hash, slot));
    if (ix < 0)
        return Value {};
    Entry& entry = m_entries[static_cast<size_t>(ix)];
    Value const value = entry.value;
    entry.key = Value {};
    entry.value = Value {};
    m_indices[slot] = ix_dummy;
    --m_used;
    m_version = ++g_dict_version;
    return value;
}

Value DictObject::get_str(StrObject* key) const
{
    if (m_indices.empty()) {
        // Small mode, inline: most lookups find the very same (interned) str object.
        Value const key_value = key->value();
        for (Entry const& entry : m_entries)
            if (entry.key.is(key_value))
                return entry.value;
    }
    size_t slot;
    int64_t const ix = find_str(key, key->hash(), slot);
    if (ix < 0)
        return Value {};
    return m_entries[static_cast<size_t>(ix)].value;
}

void DictObject::set_str(VM& vm, StrObject* key, Value value)
{
    int64_t const hash = key->hash();
    size_t slot;
    int64_t const ix = find_str(key, hash, slot);
    if (ix >= 0) {
        m_entries[static_cast<size_t>(ix)].value = value;
        m_version = ++g_dict_version;
        return;
    }
    if (m_indices.empty() && m_entries.size() < small_limit) {
        if (m_entries.capacity() == 0) {
            m_entries.reserve(small_initial_capacity);
            vm.heap().note_allocation(small_initial_capacity * sizeof(Entry));
        }
        m_entries.push_back(Entry {hash, key->value(), value});
        ++m_used;
        m_version = ++g_dict_version;
        return;
    }
    if (m_indices.empty() || m_entries.size() >= usable_fraction(m_indices.size())) {
        resize(m_used * 2, &vm);
        slot = find_empty_slot(hash);
    }
    insert_new(slot, hash, key->value(), value, &vm);
}

bool DictObject::remove_str(StrObject* key)
{
    size_t slot;
    int64_t const ix = find_str(key, key->hash(), slot);
    if (ix < 0)
        return false;
    Entry& entry = m_entries[static_cast<size_t>(ix)];
    entry.key = Value {};
    entry.value = Value {};
    if (!m_indices.empty())
        m_indices[slot] = ix_dummy;
    --m_used;
    m_version = ++g_dict_version;
    return true;
}

Value DictObject::get(char const* key) const
{
    size_t const length = std::strlen(key);
    for (Entry const& entry : m_entries) {
        if (!is_exact_str(entry.key))
            continue;
        auto const* str = static_cast<StrObject const*>(entry.key.as_object());
        if (str->byte_length() == length && std::memcmp(str->data().data(), key, length) == 0)
            return entry.value;
    }
    return Value {};
}

void DictObject::clear()
{
    std::vector<int32_t>().swap(m_indices);
    std::vector<Entry>().swap(m_entries);
    m_used = 0;
    m_version = ++g_dict_version;
}

void DictObject::visit_edges(Visitor& visitor)
{
    for (Entry const& entry : m_entries) {
        visitor.visit(entry.key);
        visitor.visit(entry.value);
    }
    visitor.visit(reinterpret_cast<Object*>(m_dict));
}

size_t DictObject::external_size() const
{
    return m_indices.capacity() * sizeof(int32_t) + m_entries.capacity() * sizeof(Entry);
}

} // namespace minipy
