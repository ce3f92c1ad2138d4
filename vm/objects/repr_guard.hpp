// ReprGuard: detects a container whose repr reaches itself (`a = []; a.append(a)` prints
// `[[...]]`).
//
// CPython keeps a per-thread list of objects whose repr is in progress (Py_ReprEnter). minipy has
// one VM per process, so the list is one process-wide vector; a guard pushes its object on entry
// and pops it when it goes out of scope, also on the error path.
#pragma once

#include "vm/object.hpp"

namespace minipy {

class ReprGuard {
public:
    /// Marks `object` as being repr'd, unless it already is (then is_recursive() is true).
    explicit ReprGuard(Object* object);
    ~ReprGuard();
    ReprGuard(ReprGuard const&) = delete;
    ReprGuard& operator=(ReprGuard const&) = delete;

    /// True when `object`'s repr is already running further up: print `[...]`, `{...}`, `...`.
    bool is_recursive() const { return m_recursive; }

private:
    Object* m_object;
    bool m_recursive;
};

} // namespace minipy
