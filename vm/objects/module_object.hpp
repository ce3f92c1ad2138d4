// ModuleObject: a module, which is little more than its namespace dict.
#pragma once

#include "vm/object.hpp"

namespace minipy {

class DictObject;

class ModuleObject final : public Object {
public:
    ModuleObject(Type* type, DictObject* dict)
        : Object(type)
        , m_dict(dict)
    {
    }
    DictObject* m_dict;
    void visit_edges(Visitor& v) override { v.visit(reinterpret_cast<Object*>(m_dict)); }
    DictObject* instance_dict() const override { return m_dict; }
};

} // namespace minipy
