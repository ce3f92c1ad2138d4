// The garbage collector: a precise, non-moving mark-and-sweep heap.
//
// Allocation never collects. It only counts bytes and, past a threshold, asks for a collection;
// the eval loop honours the request at a safepoint (a call or a backward jump), when every live
// value is in a frame, on the value stack, in a module, or in a native Root. Marking uses an
// explicit work list, so arbitrarily deep object graphs cannot overflow the C++ stack.
//
// Small objects (floats, ints, strs, tuples, ...) come from per-size free lists carved out of
// large chunks, so that the allocation and the sweep of a short-lived object cost a few
// instructions instead of a malloc/free pair. Each entry of the object list records the object's
// size class in the low bits of its pointer, which is how the sweep knows where to return it.
// Under AddressSanitizer every object is a separate `new` so that use-after-free stays visible.
#pragma once

#include "vm/object.hpp"

#include <boost/container/vector.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <new>
#include <utility>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define MINIPY_HEAP_POOLING 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MINIPY_HEAP_POOLING 0
#endif
#endif
#ifndef MINIPY_HEAP_POOLING
#define MINIPY_HEAP_POOLING 1
#endif

namespace minipy {

class Heap {
public:
    Heap();
    ~Heap();
    Heap(Heap const&) = delete;
    Heap& operator=(Heap const&) = delete;

    template<typename T, typename... Args>
    T* allocate(Args&&... args)
    {
        static_assert(alignof(T) <= pool_granule);
        constexpr size_t size_class = class_of(sizeof(T));
        if constexpr (MINIPY_HEAP_POOLING && size_class != 0) {
            void* memory = pool_take(size_class);
            T* object;
            try {
                object = new (memory) T(std::forward<Args>(args)...);
            } catch (...) {
                pool_give(memory, size_class);
                throw;
            }
            m_objects.push_back(
                reinterpret_cast<uintptr_t>(static_cast<Object*>(object)) | size_class);
            note_allocation(sizeof(T));
            return object;
        } else {
            T* object = new T(std::forward<Args>(args)...);
            m_objects.push_back(reinterpret_cast<uintptr_t>(static_cast<Object*>(object)));
            note_allocation(sizeof(T));
            return object;
        }
    }

    /// Account for memory an object grew outside its own allocation (container buffers).
    void note_allocation(size_t bytes)
    {
        m_allocated_since_gc += bytes;
        if (m_allocated_since_gc > m_threshold)
            m_collection_requested = true;
    }

    bool collection_requested() const { return m_collection_requested; }

    /// Runs a full collection. `mark_roots` must visit every root.
    void collect(std::function<void(Visitor&)> const& mark_roots);

    size_t object_count() const { return m_objects.size(); }
    /// Bytes allocated since the last collection (garbage included).
    size_t allocated_since_gc() const { return m_allocated_since_gc; }

private:
    // Pooled slots are multiples of 16 bytes up to 15 * 16; class 0 means "allocated with new".
    static constexpr size_t pool_granule = 16;
    static constexpr size_t pool_classes = 16;
    static constexpr uintptr_t class_mask = pool_granule - 1;

    static constexpr size_t class_of(size_t size)
    {
        size_t c = (size + pool_granule - 1) / pool_granule;
        return c < pool_classes ? c : 0;
    }

    struct FreeSlot {
        FreeSlot* next;
    };

    void* pool_take(size_t size_class)
    {
        FreeSlot* slot = m_free[size_class];
        if (!slot) [[unlikely]]
            slot = refill(size_class);
        FreeSlot* next = slot->next;
        m_free[size_class] = next;
        // The next allocation of this class will write to `next`: start fetching it now, so
        // that a free list threaded through cold memory does not stall every allocation.
        __builtin_prefetch(next, 1);
        return slot;
    }

    void pool_give(void* memory, size_t size_class)
    {
        auto* slot = static_cast<FreeSlot*>(memory);
        slot->next = m_free[size_class];
        m_free[size_class] = slot;
    }

    FreeSlot* refill(size_t size_class);
    void destroy(uintptr_t entry);

    boost::container::vector<uintptr_t> m_objects; ///< Object* | size class
    FreeSlot* m_free[pool_classes] = {};
    std::vector<void*> m_chunks;
    std::vector<Object*> m_mark_stack;
    size_t m_allocated_since_gc = 0;
    size_t m_threshold = 8 * 1024 * 1024;
    bool m_collection_requested = false;
    bool m_stress = false; ///< MINIPY_GC_STRESS: collect at every safepoint
};

} // namespace minipy
