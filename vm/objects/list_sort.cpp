// list.sort: a stable, exception-safe merge sort over Python's `<`.
//
// We sort a permutation of indices rather than the values themselves: when a comparison raises
// halfway through a merge, the values are untouched and the list can be restored intact. The
// list is emptied while sorting (as CPython does) so that mutation by a key function or __lt__ is
// detected instead of corrupting memory.
#include "vm/objects/list_sort.hpp"

#include "vm/objects/int_api.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/str_object.hpp"

#include <algorithm>
#include <vector>

namespace minipy {

namespace {

/// `a < b` with fast paths for the common homogeneous cases (no user code can run in them).
Result<bool> less_than(VM& vm, Value a, Value b)
{
    if (a.is_small_int() && b.is_small_int())
        return a.as_small_int() < b.as_small_int();
    Type* ta = object_type(a);
    Type* tb = object_type(b);
    if (ta == types::str && tb == types::str) {
        // UTF-8 byte order is code point order.
        return static_cast<StrObject*>(a.as_object())->view()
            < static_cast<StrObject*>(b.as_object())->view();
    }
    if (ta == types::float_ && tb == types::float_)
        return float_value(a) < float_value(b);
    Value result = TRY(vm.compare(a, b, CompareOp::Lt));
    if (result.is(py_true))
        return true;
    if (result.is(py_false))
        return false;
    return vm.truthy(result);
}

class Sorter {
public:
    Sorter(VM& vm, Value const* keys)
        : m_vm(vm)
        , m_keys(keys)
    {
    }

    /// Sorts perm[0, n) stably by m_keys[perm[i]], using tmp[0, n) as scratch.
    Result<void> sort(uint32_t* perm, uint32_t* tmp, size_t n)
    {
        if (n <= 12)
            return insertion_sort(perm, n);
        size_t const mid = n / 2;
        TRY(sort(perm, tmp, mid));
        TRY(sort(perm + mid, tmp, n - mid));
        // Already in order across the halves: nothing to merge (sorted input costs O(n)).
        if (!TRY(less(perm[mid], perm[mid - 1])))
            return {};
        std::copy(perm, perm + mid, tmp);
        size_t i = 0, j = mid, k = 0;
        while (i < mid && j < n) {
            // Take from the right only if strictly smaller: that keeps the sort stable.
            if (TRY(less(perm[j], tmp[i])))
                perm[k++] = perm[j++];
            else
                perm[k++] = tmp[i++];
        }
        while (i < mid)
            perm[k++] = tmp[i++];
        return {};
    }

private:
    Result<bool> less(uint32_t a, uint32_t b) { return less_than(m_vm, m_keys[a], m_keys[b]); }

    Result<void> insertion_sort(uint32_t* perm, size_t n)
    {
        for (size_t i = 1; i < n; ++i) {
            uint32_t const item = perm[i];
            size_t j = i;
            while (j > 0) {
                if (!TRY(less(item, perm[j - 1])))
                    break;
                perm[j] = perm[j - 1];
                --j;
            }
            perm[j] = item;
        }
        return {};
    }

    VM& m_vm;
    Value const* m_keys;
};

} // namespace

Result<void> list_sort(VM& vm, ListObject* list, Value key, bool reverse)
{
    // Move the items into a private list: they stay GC-reachable, and the user's list looks
    // empty while we sort.
    ListObject* work = vm.new_list();
    Root work_root(vm, work->value());
    work->items().swap(list->items());
    auto& items = work->items();
    size_t const n = items.size();

    auto restore = [&]() { list->items().swap(items); };

    ListObject* keys_list = nullptr;
    Root keys_root(vm);
    if (!key.is_empty() && !key.is(py_none)) {
        keys_list = vm.new_list(n);
        keys_root.set(keys_list->value());
        for (size_t i = 0; i < n; ++i) {
            Result<Value> k = vm.call(key, {items[i]});
            if (k.is_error()) {
                restore();
                return Error {};
            }
            keys_list->append(k.value());
        }
    }

    if (reverse) {
        // Reverse, sort stably, reverse back: equal items keep their original order.
        std::reverse(items.begin(), items.end());
        if (keys_list)
            std::reverse(keys_list->items().begin(), keys_list->items().end());
    }

    if (n > 1) {
        std::vector<uint32_t> perm(n), tmp(n);
        for (size_t i = 0; i < n; ++i)
            perm[i] = static_cast<uint32_t>(i);
        Sorter sorter(vm, keys_list ? keys_list->items().data() : items.data());
        if (sorter.sort(perm.data(), tmp.data(), n).is_error()) {
            if (reverse)
                std::reverse(items.begin(), items.end());
            if (!list->items().empty()) {
                // The list was also mutated; CPython keeps the sorting data, dropping the mutation.
                list->items().clear();
            }
            restore();
            return Error {};
        }
        std::vector<Value> sorted(n);
        for (size_t i = 0; i < n; ++i)
            sorted[i] = items[perm[i]];
        items.swap(sorted);
    }
    if (reverse)
        std::reverse(items.begin(), items.end());

    bool const modified = !list->items().empty();
    list->items().clear();
    restore();
    if (modified)
        return vm.raise_value_error("list modified during sort");
    return {};
}

} // namespace minipy
