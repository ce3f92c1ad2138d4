// The mark-and-sweep collector's two phases, and the small-object pools behind allocation.
#include "vm/heap.hpp"

#include <algorithm>
#include <cstdlib>

namespace minipy {

namespace {

class MarkingVisitor final : public Visitor {
public:
    explicit MarkingVisitor(std::vector<Object*>& work)
        : m_work(work)
    {
    }

    void visit_object(Object* object) override
    {
        if (object->is_marked())
            return;
        object->set_marked();
        if (!object->is_leaf())
            m_work.push_back(object);
    }

    void drain()
    {
        while (!m_work.empty()) {
            Object* object = m_work.back();
            m_work.pop_back();
            object->visit_edges(*this);
        }
    }

private:
    std::vector<Object*>& m_work;
};

constexpr size_t chunk_bytes = 256 * 1024;

inline Object* entry_object(uintptr_t entry)
{
    return reinterpret_cast<Object*>(entry & ~uintptr_t(15));
}

} // namespace

/// Bytes allocated between collections while the live heap is small. Small programs then stay
/// within a few megabytes, and the young garbage a collection sweeps is still in the cache.
constexpr size_t min_collection_threshold = 1024 * 1024;

inline void Heap::destroy(uintptr_t entry)
{
    Object* object = entry_object(entry);
    size_t const size_class = entry & class_mask;
    if (size_class == 0) {
        delete object;
        return;
    }
    if (!object->has_trivial_destructor())
        object->~Object();
    pool_give(object, size_class);
}

Heap::Heap()
{
    m_objects.reserve(1 << 16);
    m_threshold = min_collection_threshold;
    // MINIPY_GC_STRESS=1 collects at every safepoint: a test mode that exposes values native
    // code forgot to root (tests run the golden suite this way).
    char const* stress = std::getenv("MINIPY_GC_STRESS");
    m_stress = stress && *stress && *stress != '0';
    if (m_stress)
        m_threshold = 0;
}

Heap::~Heap()
{
    for (uintptr_t entry : m_objects)
        destroy(entry);
    for (void* chunk : m_chunks)
        ::operator delete(chunk, std::align_val_t(pool_granule));
}

Heap::FreeSlot* Heap::refill(size_t size_class)
{
    // Carve a fresh chunk into slots of this class, threaded onto the free list in address
    // order so that consecutive allocations are adjacent in memory.
    size_t const slot_bytes = size_class * pool_granule;
    void* chunk = ::operator new(chunk_bytes, std::align_val_t(pool_granule));
    m_chunks.push_back(chunk);
    auto* base = static_cast<char*>(chunk);
    size_t const count = chunk_bytes / slot_bytes;
    FreeSlot* head = m_free[size_class];
    for (size_t i = count; i-- > 0;) {
        auto* slot = reinterpret_cast<FreeSlot*>(base + i * slot_bytes);
        slot->next = head;
        head = slot;
    }
    m_free[size_class] = head;
    return head;
}

void Heap::collect(std::function<void(Visitor&)> const& mark_roots)
{
    MarkingVisitor marker(m_mark_stack);
    mark_roots(marker);
    marker.drain();

    size_t live = 0;
    size_t live_bytes = 0;
    size_t const count = m_objects.size();
    uintptr_t* entries = m_objects.data();
    constexpr size_t prefetch_distance = 8;
    for (size_t i = 0; i < count; ++i) {
        // The sweep reads every header in allocation order, which is scattered in memory once
        // free slots are reused: fetch a few objects ahead.
        if (i + prefetch_distance < count)
            __builtin_prefetch(entry_object(entries[i + prefetch_distance]), 1);
        uintptr_t const entry = entries[i];
        Object* object = entry_object(entry);
        if (object->is_marked()) {
            object->clear_marked();
            entries[live++] = entry;
            live_bytes += 64 + object->external_size();
        } else {
            destroy(entry);
        }
    }
    m_objects.resize(live);
    m_allocated_since_gc = 0;
    m_collection_requested = false;
    // Grow the budget with the live heap so that collection work stays proportional to allocation,
    // but only by half of it: a program's peak memory stays near its live data (CPython frees
    // garbage at once), at the price of marking the live heap twice per live-heap-size allocated.
    m_threshold = m_stress ? 0 : std::max<size_t>(min_collection_threshold, live_bytes / 2);
}

} // namespace minipy
