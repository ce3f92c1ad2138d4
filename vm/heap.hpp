// The garbage collector: a precise, non-moving mark-and-sweep heap.
//
// Allocation never collects. It only counts bytes and, past a threshold, asks for a collection;
// the eval loop honours the request at a safepoint (a call or a backward jump), when every live
// value is in a frame, on the value stack, in a module, or in a native Root. Marking uses an
// explicit work list, so arbitrarily deep object graphs cannot overflow the C++ stack.
#pragma once

#include "vm/object.hpp"

#include <boost/container/vector.hpp>

#include <cstddef>
#include <functional>
#include <new>
#include <utility>

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
        T* object = new T(std::forward<Args>(args)...);
        m_objects.push_back(object);
        note_allocation(sizeof(T));
        return object;
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

private:
    boost::container::vector<Object*> m_objects;
    size_t m_allocated_since_gc = 0;
    size_t m_threshold = 8 * 1024 * 1024;
    bool m_collection_requested = false;
};

} // namespace minipy
