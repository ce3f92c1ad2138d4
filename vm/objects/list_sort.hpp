// list.sort: a stable merge sort over Python comparisons that may call user code and fail.
#pragma once

#include "vm/result.hpp"

namespace minipy {

class VM;
class ListObject;

/// Sorts `list` in place as `list.sort(key=key, reverse=reverse)` does (key empty or None: no key
/// function). Stable; an exception from a comparison or the key function leaves the list holding
/// its original items. ValueError "list modified during sort" if the list changed meanwhile.
/// sorted() uses this too.
Result<void> list_sort(VM&, ListObject* list, Value key, bool reverse);

} // namespace minipy
