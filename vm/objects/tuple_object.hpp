// TupleObject: Python's immutable tuple.
#pragma once

#include "vm/object.hpp"

#include <boost/container/small_vector.hpp>
#include <span>

namespace minipy {

class DictObject;

class TupleObject final : public Object {
public:
    TupleObject(Type* type, size_t size);
    TupleObject(Type* type, Value const* items, size_t size);

    size_t size() const { return m_items.size(); }
    Value at(size_t i) const { return m_items[i]; }
    Value& operator[](size_t i) { return m_items[i]; }
    Value const* data() const { return m_items.data(); }
    std::span<Value const> items() const { return {m_items.data(), m_items.size()}; }

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
    size_t external_size() const override { return m_items.capacity() * sizeof(Value); }

    DictObject* m_dict = nullptr; ///< only for instances of user subclasses

private:
    boost::container::small_vector<Value, 3> m_items;
};

} // namespace minipy
