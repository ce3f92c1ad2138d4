// The mark-and-sweep collector's two phases.
#include "vm/heap.hpp"

#include <vector>

namespace minipy {

namespace {

class MarkingVisitor final : public Visitor {
public:
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
    std::vector<Object*> m_work;
};

} // namespace

Heap::Heap()
{
    m_objects.reserve(1 << 16);
}

Heap::~Heap()
{
    for (Object* object : m_objects)
        delete object;
}

void Heap::collect(std::function<void(Visitor&)> const& mark_roots)
{
    MarkingVisitor marker;
    mark_roots(marker);
    marker.drain();

    size_t live = 0;
    size_t live_bytes = 0;
    for (Object* object : m_objects) {
        if (object->is_marked()) {
            object->clear_marked();
            m_objects[live++] = object;
            live_bytes += 64 + object->external_size();
        } else {
            delete object;
        }
    }
    m_objects.resize(live);
    m_allocated_since_gc = 0;
    m_collection_requested = false;
    // Grow the budget with the live heap so that collection work stays proportional to allocation.
    m_threshold = std::max<size_t>(8 * 1024 * 1024, live_bytes);
}

} // namespace minipy
