// Helpers shared by the container types: layout checks, lexicographic comparison and index
// normalisation, so that list, tuple, range, dict and set agree on CPython's rules.
#pragma once

#include "vm/builtin_types.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/tuple_object.hpp"
#include "vm/objects/type_object.hpp"
#include "vm/vm.hpp"

#include <string>

namespace minipy {

/// The object's type if `v` is a heap object, else null (small ints).
inline Type* object_type(Value v)
{
    return v.is_object() ? v.as_object()->type() : nullptr;
}

/// `v` as a list (including instances of list subclasses), or null.
inline ListObject* as_list(Value v)
{
    Type* t = object_type(v);
    return t && t->m_layout == Layout::List ? static_cast<ListObject*>(v.as_object()) : nullptr;
}

/// `v` as a tuple (including instances of tuple subclasses), or null.
inline TupleObject* as_tuple(Value v)
{
    Type* t = object_type(v);
    return t && t->m_layout == Layout::Tuple ? static_cast<TupleObject*>(v.as_object()) : nullptr;
}

/// Python-visible type name of a value, for messages.
inline std::string const& type_name(Value v)
{
    return VM::type_of(v)->name();
}

/// `a == b` as containers compare items: identity first (PyObject_RichCompareBool).
inline Result<bool> items_equal(VM& vm, Value a, Value b)
{
    if (a.is(b))
        return true;
    return vm.equals(a, b);
}

/// Compares the sizes of two sequences whose common prefix is equal.
inline Value compare_sizes(size_t a, size_t b, CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
        return py_bool(a == b);
    case CompareOp::Ne:
        return py_bool(a != b);
    case CompareOp::Lt:
        return py_bool(a < b);
    case CompareOp::Le:
        return py_bool(a <= b);
    case CompareOp::Gt:
        return py_bool(a > b);
    case CompareOp::Ge:
        return py_bool(a >= b);
    }
    return py_false;
}

/// Lexicographic rich comparison as list and tuple do it. `A` and `B` are indexable with a
/// size(); both are re-read after every call into Python because __eq__ may mutate a list.
template<typename A, typename B>
Result<Value> sequence_compare(VM& vm, A const& a, B const& b, CompareOp op)
{
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && a.size() != b.size())
        return py_bool(op == CompareOp::Ne);
    size_t i = 0;
    for (; i < a.size() && i < b.size(); ++i) {
        bool equal = TRY(items_equal(vm, a[i], b[i]));
        if (!equal)
            break;
    }
    if (i >= a.size() || i >= b.size())
        return compare_sizes(a.size(), b.size(), op);
    if (op == CompareOp::Eq)
        return py_false;
    if (op == CompareOp::Ne)
        return py_true;
    return vm.compare(a[i], b[i], op);
}

/// An index argument (int or __index__) as int64, with CPython's TypeError wording:
/// "<what> indices must be integers or slices, not str". OverflowError becomes IndexError
/// "cannot fit 'int' into an index-sized integer" as CPython does.
Result<int64_t> sequence_index(VM&, Value key, char const* what);

/// Clamps a start/stop argument of index()/count() like _PyEval_SliceIndex (None allowed).
Result<int64_t> clamp_slice_bound(VM&, Value bound);

/// Appends every item of `iterable` to `list` (list.extend): exact lists and tuples are copied
/// directly, anything else goes through the iterator protocol.
Result<void> extend_list(VM&, ListObject* list, Value iterable);

/// The int value of an int-like object (int, bool, or __index__) as a Python int Value; TypeError
/// "'float' object cannot be interpreted as an integer" otherwise.
Result<Value> index_value(VM&, Value v);

/// The repeat count of `seq * n`. Sets `handled` to false (return NotImplemented) when `n` is a
/// user object whose __rmul__ should get its turn; raises "can't multiply sequence by non-int of
/// type 'float'" for other non-integers.
Result<int64_t> repeat_count(VM&, Value n, bool& handled);

/// The optional start/stop arguments (args[2], args[3]) of list.index/tuple.index, adjusted to
/// [0, size] as CPython does.
Result<void> index_bounds(VM&, CallArgs const& args, int64_t size, int64_t& start, int64_t& stop);

} // namespace minipy
