// The mark-and-sweep collector's two phases, and the small-object pools behind allocation.
#include "vm/heap.hpp"

#include <algorithm>

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

Heap::Heap()
{
    m_objects.reserve(1 << 16);
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

void Heap::destroy(uintptr_t entry)
{
    Object* object = entry_object(entry);
    size_t const size_class = entry & class_mask;
    if (size_class == 0) {
        delete object;
        return;
    }
    object->~Object();
    pool_give(object, size_class);
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
    for (size_t i = 0; i < count; ++i) {
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
    // Grow the budget with the live heap so that collection work stays proportional to allocation.
    m_threshold = std::max<size_t>(8 * 1024 * 1024, live_bytes);
}

} // namespace minipy
