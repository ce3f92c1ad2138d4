// FloatObject: Python's float, an IEEE-754 double on the heap.
#pragma once

#include "vm/object.hpp"
#include "vm/objects/int_api.hpp"

namespace minipy {

class DictObject;

class FloatObject final : public Object {
public:
    FloatObject(Type* type, double value)
        : Object(type)
        , m_value(value)
    {
        set_trivial_destructor();
    }

    double as_double() const { return m_value; }

    void visit_edges(Visitor& v) override { v.visit(reinterpret_cast<Object*>(m_dict)); }
    DictObject* instance_dict() const override { return m_dict; }

    DictObject* m_dict = nullptr; ///< only for instances of user subclasses

private:
    double m_value;
};

} // namespace minipy
