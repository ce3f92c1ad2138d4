// list.sort: a stable, exception-safe timsort-style sort over Python's `<`.
//
// We sort a permutation of indices rather than the values themselves: when a comparison raises
// halfway through a merge, the values are untouched and the list can be restored intact. The
// list is emptied while sorting (as CPython does) so that mutation by a key function or __lt__ is
// detected instead of corrupting memory.
#include "vm/objects/list_sort.hpp"

#include "vm/objects/int_api.hpp"
#include "vm/objects/list_object.hpp"
#include "vm/objects/sequence_util.hpp"
#include "vm/objects/str_object.hpp"
#include "vm/objects/tuple_object.hpp"

#include <algorithm>
#include <span>
#include <string_view>
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

/// CPython's merge_compute_minrun: the run length timsort extends short runs to.
size_t compute_minrun(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/// Timsort's run discovery and binary insertion sort, comparison for comparison as in CPython's
/// listobject.c (count_run, binarysort), so that a list shorter than 64 items calls `__lt__` in
/// exactly CPython's order. Runs are then merged stably without galloping.
class Sorter {
public:
    Sorter(VM& vm, Value const* keys)
        : m_vm(vm)
        , m_keys(keys)
    {
    }

    /// Sorts perm[0, n) stably by m_keys[perm[i]].
    Result<void> sort(uint32_t* perm, size_t n)
    {
        std::vector<size_t> run_starts;
        size_t const minrun = compute_minrun(n);
        size_t lo = 0;
        while (lo < n) {
            size_t const remaining = n - lo;
            bool descending = false;
            size_t run = TRY(count_run(perm + lo, remaining, descending));
            if (descending)
                std::reverse(perm + lo, perm + lo + run);
            if (run < minrun) {
                size_t const force = remaining <= minrun ? remaining : minrun;
                TRY(binary_sort(perm + lo, force, run));
                run = force;
            }
            run_starts.push_back(lo);
            lo += run;
        }
        run_starts.push_back(n);
        // Merge neighbouring runs pairwise until one remains.
        std::vector<uint32_t> tmp(n);
        while (run_starts.size() > 2) {
            std::vector<size_t> merged {0};
            for (size_t r = 0; r + 1 < run_starts.size(); r += 2) {
                size_t const a = run_starts[r];
                size_t const b = run_starts[r + 1];
                if (r + 2 < run_starts.size()) {
                    size_t const c = run_starts[r + 2];
                    TRY(merge(perm, tmp.data(), a, b, c));
                    merged.push_back(c);
                } else {
                    merged.push_back(b);
                }
            }
            run_starts.swap(merged);
        }
        return {};
    }

private:
    Result<bool> less(uint32_t a, uint32_t b) { return less_than(m_vm, m_keys[a], m_keys[b]); }

    /// count_run: the length of the run starting at perm[0]; strictly descending runs are
    /// reported (and later reversed) so that stability holds.
    Result<size_t> count_run(uint32_t* perm, size_t n, bool& descending)
    {
        descending = false;
        if (n == 1)
            return size_t(1);
        size_t length = 2;
        if (TRY(less(perm[1], perm[0]))) {
            descending = true;
            for (size_t i = 2; i < n; ++i, ++length) {
                if (!TRY(less(perm[i], perm[i - 1])))
                    break;
            }
        } else {
            for (size_t i = 2; i < n; ++i, ++length) {
                if (TRY(less(perm[i], perm[i - 1])))
                    break;
            }
        }
        return length;
    }

    /// binarysort: perm[0, start) is sorted; insert perm[start, n) one by one.
    Result<void> binary_sort(uint32_t* perm, size_t n, size_t start)
    {
        if (start == 0)
            ++start;
        for (; start < n; ++start) {
            uint32_t const pivot = perm[start];
            size_t l = 0, r = start;
            do {
                size_t const p = l + ((r - l) >> 1);
                if (TRY(less(pivot, perm[p])))
                    r = p;
                else
                    l = p + 1;
            } while (l < r);
            for (size_t p = start; p > l; --p)
                perm[p] = perm[p - 1];
            perm[l] = pivot;
        }
        return {};
    }

    /// Merges the sorted runs perm[a, b) and perm[b, c) stably.
    Result<void> merge(uint32_t* perm, uint32_t* tmp, size_t a, size_t b, size_t c)
    {
        // Already in order across the boundary: nothing to do.
        if (!TRY(less(perm[b], perm[b - 1])))
            return {};
        std::copy(perm + a, perm + b, tmp + a);
        size_t i = a, j = b, k = a;
        while (i < b && j < c) {
            // Take from the right only if strictly smaller: that keeps the sort stable.
            if (TRY(less(perm[j], tmp[i])))
                perm[k++] = perm[j++];
            else
                perm[k++] = tmp[i++];
        }
        while (i < b)
            perm[k++] = tmp[i++];
        return {};
    }

    VM& m_vm;
    Value const* m_keys;
};

// -- Sorting keys that run no user code ----------------------------------------------------------
//
// When every key is a small int, every key a str, every key a float, or every key a tuple (or
// every key a list) of such scalars, `<` is a pure function that runs no user code and cannot
// fail (as CPython's unsafe_*_compare specialisations assume). A stable sort's result is then
// fully determined by the order, so std::stable_sort over (key, index) pairs gives exactly the
// permutation timsort would, without the generic comparison protocol.

/// The scalar keys handled natively: small int, exact str, exact float other than NaN.
enum class ScalarKind : uint8_t { None, Int, Str, Float };

ScalarKind scalar_kind(Value v)
{
    if (v.is_small_int())
        return ScalarKind::Int;
    Type* t = v.as_object()->type();
    if (t == types::str)
        return ScalarKind::Str;
    if (t == types::float_) {
        double d = float_value(v);
        return d == d ? ScalarKind::Float : ScalarKind::None;
    }
    return ScalarKind::None;
}

template<typename Key>
void stable_sort_pairs(std::vector<std::pair<Key, uint32_t>>& pairs, uint32_t* perm)
{
    std::stable_sort(
        pairs.begin(), pairs.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
    for (size_t i = 0; i < pairs.size(); ++i)
        perm[i] = pairs[i].second;
}

/// Compares sequences of scalars as tuple/list `<` does: the first position whose items differ
/// decides, else the shorter sequence is smaller. Sets `m_mixed` (and answers false) when two
/// items at the deciding position have different kinds (1 < "a" raises; 1 < 1.5 is left to the
/// generic path).
struct SequenceLess {
    bool* mixed;
    bool operator()(std::pair<std::span<Value const>, uint32_t> const& pa,
        std::pair<std::span<Value const>, uint32_t> const& pb) const
    {
        auto const& a = pa.first;
        auto const& b = pb.first;
        size_t n = std::min(a.size(), b.size());
        for (size_t i = 0; i < n; ++i) {
            Value x = a[i], y = b[i];
            if (x.is(y))
                continue;
            if (x.is_small_int() && y.is_small_int())
                return x.as_small_int() < y.as_small_int();
            ScalarKind kx = scalar_kind(x), ky = scalar_kind(y);
            if (kx != ky) {
                *mixed = true;
                return false;
            }
            if (kx == ScalarKind::Str) {
                auto vx = static_cast<StrObject*>(x.as_object())->view();
                auto vy = static_cast<StrObject*>(y.as_object())->view();
                if (vx != vy)
                    return vx < vy;
                continue;
            }
            double dx = float_value(x), dy = float_value(y);
            if (dx != dy)
                return dx < dy;
        }
        return a.size() < b.size();
    }
};

/// Sorts perm[0, n) by keys when the keys need no user code; false (perm untouched) otherwise.
bool sort_without_user_code(Value const* keys, size_t n, uint32_t* perm)
{
    ScalarKind kind = scalar_kind(keys[0]);
    if (kind != ScalarKind::None) {
        for (size_t i = 1; i < n; ++i)
            if (scalar_kind(keys[i]) != kind)
                return false;
        if (kind == ScalarKind::Int) {
            std::vector<std::pair<int64_t, uint32_t>> pairs(n);
            for (size_t i = 0; i < n; ++i)
                pairs[i] = {keys[i].as_small_int(), static_cast<uint32_t>(i)};
            stable_sort_pairs(pairs, perm);
        } else if (kind == ScalarKind::Str) {
            std::vector<std::pair<std::string_view, uint32_t>> pairs(n);
            for (size_t i = 0; i < n; ++i)
                pairs[i] = {
                    static_cast<StrObject*>(keys[i].as_object())->view(), static_cast<uint32_t>(i)};
            stable_sort_pairs(pairs, perm);
        } else {
            std::vector<std::pair<double, uint32_t>> pairs(n);
            for (size_t i = 0; i < n; ++i)
                pairs[i] = {float_value(keys[i]), static_cast<uint32_t>(i)};
            stable_sort_pairs(pairs, perm);
        }
        return true;
    }
    // Tuples (or lists) of scalars.
    Type* seq_type = object_type(keys[0]);
    if (seq_type != types::tuple && seq_type != types::list)
        return false;
    std::vector<std::pair<std::span<Value const>, uint32_t>> pairs(n);
    for (size_t i = 0; i < n; ++i) {
        if (object_type(keys[i]) != seq_type)
            return false;
        std::span<Value const> items;
        if (seq_type == types::tuple) {
            items = static_cast<TupleObject*>(keys[i].as_object())->items();
        } else {
            auto& v = static_cast<ListObject*>(keys[i].as_object())->items();
            items = {v.data(), v.size()};
        }
        for (Value item : items)
            if (scalar_kind(item) == ScalarKind::None)
                return false;
        pairs[i] = {items, static_cast<uint32_t>(i)};
    }
    bool mixed = false;
    std::stable_sort(pairs.begin(), pairs.end(), SequenceLess {&mixed});
    if (mixed)
        return false; // the generic sort will compare (and fail) exactly as CPython does
    for (size_t i = 0; i < n; ++i)
        perm[i] = pairs[i].second;
    return true;
}

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
        std::vector<uint32_t> perm(n);
        for (size_t i = 0; i < n; ++i)
            perm[i] = static_cast<uint32_t>(i);
        Value const* keys = keys_list ? keys_list->items().data() : items.data();
        Sorter sorter(vm, keys);
        if (!sort_without_user_code(keys, n, perm.data())
            && sorter.sort(perm.data(), n).is_error()) {
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
