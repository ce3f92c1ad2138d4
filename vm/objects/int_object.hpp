// IntObject: the heap representation of Python ints that are not stored inline.
//
// Big values use boost::multiprecision::cpp_int. The object also carries small values when it
// must exist as an object anyway: the bool singletons and instances of user subclasses of int
// (`class MyInt(int)`), whose type has to live somewhere. Only number files include this header;
// everything else uses vm/objects/int_api.hpp.
#pragma once

#include "vm/object.hpp"
#include "vm/objects/int_api.hpp"

#include <boost/multiprecision/cpp_int.hpp>

namespace minipy {

class DictObject;

using BigInt = boost::multiprecision::cpp_int;

class IntObject final : public Object {
public:
    /// A small value (bool singletons, subclass instances).
    IntObject(Type* type, int64_t small)
        : Object(type)
        , m_small(small)
        , m_is_big(false)
    {
    }
    /// A value that does not fit int64 (or any value, for subclass instances).
    IntObject(Type* type, BigInt big);

    bool is_big() const { return m_is_big; }
    int64_t small() const { return m_small; }
    BigInt const& big() const { return m_big; }
    /// The value as a BigInt (copies when small).
    BigInt to_big() const { return m_is_big ? m_big : BigInt(m_small); }

    void visit_edges(Visitor&) override;
    DictObject* instance_dict() const override { return m_dict; }
    size_t external_size() const override;

    DictObject* m_dict = nullptr; ///< only for instances of user subclasses

private:
    int64_t m_small = 0;
    bool m_is_big = false;
    BigInt m_big;
};

/// The IntObject behind a non-small int value. Precondition: is_int(v) && !v.is_small_int().
inline IntObject* as_int_object(Value v)
{
    return static_cast<IntObject*>(v.as_object());
}

/// The int value of an int/bool as a BigInt. Precondition: is_int(v).
BigInt int_to_big(Value v);
/// The exact integer value of an integral, finite double.
BigInt integral_double_to_big(double d);
/// A normalised int value (small int when it fits) from a BigInt.
Value make_int(VM&, BigInt const& value);
/// As above, taking over the limbs of a temporary instead of copying them.
Value make_int(VM&, BigInt&& value);

} // namespace minipy
