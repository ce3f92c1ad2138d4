// SliceObject: Python's slice(start, stop, step), and the index arithmetic every sequence uses.
#pragma once

#include "vm/object.hpp"
#include "vm/result.hpp"

#include <cstdint>

namespace minipy {

class VM;

class SliceObject final : public Object {
public:
    SliceObject(Type* type, Value start, Value stop, Value step)
        : Object(type)
        , m_start(start)
        , m_stop(stop)
        , m_step(step)
    {
    }
    Value m_start; ///< None when omitted, never empty
    Value m_stop;
    Value m_step;
    void visit_edges(Visitor& v) override
    {
        v.visit(m_start);
        v.visit(m_stop);
        v.visit(m_step);
    }
};

/// BUILD_SLICE and slice(): empty arguments become None.
SliceObject* make_slice(VM&, Value start, Value stop, Value step);

/// True if `v` is a slice object.
bool is_slice(Value v);

/// CPython's PySlice_Unpack + PySlice_AdjustIndices for a sequence of `length` items: bounds via
/// __index__ (clamped to int64), ValueError "slice step cannot be zero", TypeError "slice indices
/// must be integers or None or have an __index__ method".
Result<void> slice_indices(VM&, SliceObject*, int64_t length, int64_t& start, int64_t& stop,
    int64_t& step, int64_t& slicelength);

/// Fills the slice type.
void init_slice_type(VM&);

} // namespace minipy
