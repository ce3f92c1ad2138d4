// ListObject: Python's mutable list.
#pragma once

#include "vm/object.hpp"

#include <vector>

namespace minipy {

class DictObject;

class ListObject final : public Object {
public:
    explicit ListObject(Type* type);

    size_t size() const { return m_items.size(); }
    Value at(size_t i) const { return m_items[i]; }
    std::vector<Value>& items() { return m_items; }
    std::vector<Value> const& items() const { return m_items; }
    void append(Value v) { m_items.push_back(v); }

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
    size_t external_size() const override { return m_items.capacity() * sizeof(Value); }

    DictObject* m_dict = nullptr; ///< only for instances of user subclasses

private:
    std::vector<Value> m_items;
};

} // namespace minipy
