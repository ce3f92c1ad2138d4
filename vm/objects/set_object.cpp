// SetObject's hash table, a line-by-line model of CPython 3.11's setobject.c (set_lookkey,
// set_add_entry, set_insert_clean, set_table_resize, set_merge and the update algorithms),
// because the table layout decides the iteration order users see.
#include "vm/objects/set_object.hpp"

#include "vm/objects/dict_object.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/str_object.hpp"

namespace minipy {

namespace {

constexpr size_t linear_probes = 9;
constexpr int perturb_shift = 5;

inline bool is_exact_str(Value v)
{
    return object_type(v) == types::str;
}

/// Equality that runs no user code; `decided` is false when __eq__ must be called.
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

inline Result<int64_t> hash_of(VM& vm, Value key)
{
    if (is_exact_str(key))
        return static_cast<StrObject*>(key.as_object())->hash();
    return vm.hash(key);
}

} // namespace

SetObject::SetObject(Type* type)
    : Object(type)
{
}

bool SetObject::is_frozen() const
{
    return type()->is_subtype_of(types::frozenset);
}

void SetObject::visit_edges(Visitor& visitor)
{
    for (Entry const& entry : m_table)
        visitor.visit(entry.key);
    visitor.visit(reinterpret_cast<Object*>(m_dict));
}

Result<int64_t> SetObject::lookup(VM& vm, Value key, int64_t hash)
{
restart:
    if (m_table.empty())
        return int64_t(-1);
    size_t mask = m_table.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        size_t index = i;
        size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (;;) {
            Entry const& entry = m_table[index];
            if (entry.hash == 0 && entry.key.is_empty())
                return int64_t(-1);
            if (entry.hash == hash && !entry.key.is_empty()) {
                Value const start_key = entry.key;
                bool decided;
                bool equal = fast_equal(start_key, key, decided);
                if (!decided) {
                    uint64_t const generation = m_generation;
                    equal = TRY(vm.equals(start_key, key));
                    if (m_generation != generation || !m_table[index].key.is(start_key))
                        goto restart;
                    mask = m_table.size() - 1;
                }
                if (equal)
                    return static_cast<int64_t>(index);
            }
            if (probes-- == 0)
                break;
            ++index;
        }
        perturb >>= perturb_shift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void SetObject::insert_clean(Value key, int64_t hash)
{
    size_t const mask = m_table.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        if (m_table[i].key.is_empty()) {
            m_table[i] = Entry {key, hash};
            return;
        }
        if (i + linear_probes <= mask) {
            for (size_t j = 1; j <= linear_probes; ++j) {
                if (m_table[i + j].key.is_empty()) {
                    m_table[i + j] = Entry {key, hash};
                    return;
                }
            }
        }
        perturb >>= perturb_shift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void SetObject::resize(size_t min_used)
{
    size_t size = 8;
    while (size <= min_used)
        size <<= 1;
    std::vector<Entry> old(size);
    old.swap(m_table);
    m_fill = m_used;
    ++m_generation;
    for (Entry const& entry : old) {
        if (!entry.key.is_empty())
            insert_clean(entry.key, entry.hash);
    }
}

Result<void> SetObject::add_entry(VM& vm, Value key, int64_t hash)
{
restart:
    ensure_table();
    size_t mask = m_table.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    int64_t free_slot = -1;
    size_t index;
    for (;;) {
        index = i;
        size_t probes = (i + linear_probes <= mask) ? linear_probes : 0;
        for (;;) {
            Entry const& entry = m_table[index];
            if (entry.hash == 0 && entry.key.is_empty())
                goto found_unused_or_dummy;
            if (entry.hash == hash && !entry.key.is_empty()) {
                Value const start_key = entry.key;
                bool decided;
                bool equal = fast_equal(start_key, key, decided);
                if (!decided) {
                    uint64_t const generation = m_generation;
                    equal = TRY(vm.equals(start_key, key));
                    if (equal)
                        return {};
                    if (m_generation != generation || !m_table[index].key.is(start_key))
                        goto restart;
                    mask = m_table.size() - 1;
                }
                if (equal)
                    return {};
            } else if (entry.hash == -1 && entry.key.is_empty()) {
                // CPython 3.11 remembers the last dummy slot on the probe path.
                free_slot = static_cast<int64_t>(index);
            }
            if (probes-- == 0)
                break;
            ++index;
        }
        perturb >>= perturb_shift;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (free_slot >= 0) {
        ++m_used;
        m_table[static_cast<size_t>(free_slot)] = Entry {key, hash};
        return {};
    }
    ++m_fill;
    ++m_used;
    m_table[index] = Entry {key, hash};
    if (m_fill * 5 < mask * 3)
        return {};
    resize(m_used > 50000 ? m_used * 2 : m_used * 4);
    return {};
}

Result<void> SetObject::add(VM& vm, Value key)
{
    int64_t const hash = TRY(hash_of(vm, key));
    return add_entry(vm, key, hash);
}

Result<bool> SetObject::contains_entry(VM& vm, Value key, int64_t hash)
{
    int64_t const index = TRY(lookup(vm, key, hash));
    return index >= 0;
}

Result<bool> SetObject::contains(VM& vm, Value key)
{
    int64_t const hash = TRY(hash_of(vm, key));
    return contains_entry(vm, key, hash);
}

Result<bool> SetObject::discard_entry(VM& vm, Value key, int64_t hash)
{
    int64_t const index = TRY(lookup(vm, key, hash));
    if (index < 0)
        return false;
    m_table[static_cast<size_t>(index)] = Entry {Value {}, -1};
    --m_used;
    return true;
}

Result<bool> SetObject::discard(VM& vm, Value key)
{
    int64_t const hash = TRY(hash_of(vm, key));
    return discard_entry(vm, key, hash);
}

void SetObject::clear()
{
    std::vector<Entry>().swap(m_table);
    m_fill = 0;
    m_used = 0;
    ++m_generation;
}

bool is_any_set(Value v)
{
    Type* t = object_type(v);
    return t && t->m_layout == Layout::Set;
}

SetObject* new_set(VM& vm, Type* type)
{
    auto* set = vm.make<SetObject>(type);
    if (type != types::set && type != types::frozenset)
        set->m_dict = vm.new_dict();
    return set;
}

namespace {

/// set_merge: adds the items of another set, copying its layout when we are empty.
Result<void> set_merge(VM& vm, SetObject* so, SetObject* other)
{
    if (so == other || other->size() == 0)
        return {};
    if ((so->m_fill + other->size()) * 5 >= so->mask() * 3)
        so->resize((so->size() + other->size()) * 2);
    so->ensure_table();
    auto const& source = other->table();
    if (so->m_fill == 0 && so->mask() == other->mask() && other->m_fill == other->size()) {
        so->m_table = source;
        so->m_fill = other->m_fill;
        so->m_used = other->size();
        return {};
    }
    if (so->m_fill == 0) {
        so->m_fill = other->size();
        so->m_used = other->size();
        size_t const mask = so->m_table.size() - 1;
        for (auto const& entry : source) {
            if (entry.key.is_empty())
                continue;
            // set_insert_clean into our own (dummy-free) table.
            size_t i = static_cast<size_t>(entry.hash) & mask;
            uint64_t perturb = static_cast<uint64_t>(entry.hash);
            for (;;) {
                if (so->m_table[i].key.is_empty()) {
                    so->m_table[i] = entry;
                    break;
                }
                bool placed = false;
                if (i + linear_probes <= mask) {
                    for (size_t j = 1; j <= linear_probes; ++j) {
                        if (so->m_table[i + j].key.is_empty()) {
                            so->m_table[i + j] = entry;
                            placed = true;
                            break;
                        }
                    }
                }
                if (placed)
                    break;
                perturb >>= perturb_shift;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
        return {};
    }
    for (size_t i = 0; i < other->table().size(); ++i) {
        SetObject::Entry const entry = other->table()[i];
        if (!entry.key.is_empty())
            TRY(so->add_entry(vm, entry.key, entry.hash));
    }
    return {};
}

} // namespace

Result<void> set_update(VM& vm, SetObject* set, Value iterable)
{
    if (is_any_set(iterable))
        return set_merge(vm, set, static_cast<SetObject*>(iterable.as_object()));
    if (object_type(iterable) == types::dict) {
        auto* dict = static_cast<DictObject*>(iterable.as_object());
        if ((set->m_fill + dict->size()) * 5 >= set->mask() * 3)
            set->resize((set->size() + dict->size()) * 2);
        for (size_t i = 0; i < dict->entries().size(); ++i) {
            DictObject::Entry const entry = dict->entries()[i];
            if (!entry.key.is_empty())
                TRY(set->add_entry(vm, entry.key, entry.hash));
        }
        return {};
    }
    Value iterator = TRY(vm.iter(iterable));
    Root root(vm, iterator);
    for (;;) {
        bool exhausted = false;
        Value item = TRY(vm.next(iterator, exhausted));
        if (exhausted)
            return {};
        Root item_root(vm, item);
        TRY(set->add(vm, item));
    }
}

Result<SetObject*> make_set(VM& vm, Type* type, Value iterable)
{
    SetObject* set = new_set(vm, type);
    if (iterable.is_empty())
        return set;
    Root root(vm, set->value());
    TRY(set_update(vm, set, iterable));
    return set;
}

Result<void> set_difference_update(VM& vm, SetObject* so, Value other)
{
    if (other.is(so->value())) {
        so->clear();
        return {};
    }
    if (is_any_set(other)) {
        auto* other_set = static_cast<SetObject*>(other.as_object());
        Root root(vm);
        if ((other_set->size() >> 3) > so->size()) {
            // Much larger other: discard only the common items (set_intersection).
            SetObject* common = new_set(vm, types::set);
            root.set(common->value());
            for (size_t i = 0; i < so->table().size(); ++i) {
                SetObject::Entry const entry = so->table()[i];
                if (!entry.key.is_empty()
                    && TRY(other_set->contains_entry(vm, entry.key, entry.hash)))
                    TRY(common->add_entry(vm, entry.key, entry.hash));
            }
            other_set = common;
        }
        for (size_t i = 0; i < other_set->table().size(); ++i) {
            SetObject::Entry const entry = other_set->table()[i];
            if (!entry.key.is_empty())
                TRY(so->discard_entry(vm, entry.key, entry.hash));
        }
    } else {
        Value iterator = TRY(vm.iter(other));
        Root root(vm, iterator);
        for (;;) {
            bool exhausted = false;
            Value item = TRY(vm.next(iterator, exhausted));
            if (exhausted)
                break;
            Root item_root(vm, item);
            TRY(so->discard(vm, item));
        }
    }
    // More than a quarter dummies: resize them away.
    if (so->m_fill - so->size() <= so->mask() / 4)
        return {};
    so->resize(so->size() > 50000 ? so->size() * 2 : so->size() * 4);
    return {};
}

Result<void> set_symmetric_difference_update(VM& vm, SetObject* so, Value other)
{
    if (other.is(so->value())) {
        so->clear();
        return {};
    }
    if (object_type(other) == types::dict) {
        auto* dict = static_cast<DictObject*>(other.as_object());
        for (size_t i = 0; i < dict->entries().size(); ++i) {
            DictObject::Entry const entry = dict->entries()[i];
            if (entry.key.is_empty())
                continue;
            if (!TRY(so->discard_entry(vm, entry.key, entry.hash)))
                TRY(so->add_entry(vm, entry.key, entry.hash));
        }
        return {};
    }
    SetObject* other_set;
    Root root(vm);
    if (is_any_set(other)) {
        other_set = static_cast<SetObject*>(other.as_object());
    } else {
        Type* base = so->is_frozen() ? types::frozenset : types::set;
        other_set = TRY(make_set(vm, base, other));
        root.set(other_set->value());
    }
    for (size_t i = 0; i < other_set->table().size(); ++i) {
        SetObject::Entry const entry = other_set->table()[i];
        if (entry.key.is_empty())
            continue;
        if (!TRY(so->discard_entry(vm, entry.key, entry.hash)))
            TRY(so->add_entry(vm, entry.key, entry.hash));
    }
    return {};
}

} // namespace minipy
