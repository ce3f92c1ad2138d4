// InstanceObject: an instance of a user class whose only built-in base is object.
#pragma once

#include "vm/object.hpp"

namespace minipy {

class DictObject;

class InstanceObject final : public Object {
public:
    InstanceObject(Type* type, DictObject* dict)
        : Object(type)
        , m_dict(dict)
    {
    }
    DictObject* m_dict;
    void visit_edges(Visitor& v) override { v.visit(reinterpret_cast<Object*>(m_dict)); }
    DictObject* instance_dict() const override { return m_dict; }
};

} // namespace minipy
