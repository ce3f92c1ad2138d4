// ReprGuard: the set of containers whose repr is in progress.
#include "vm/objects/repr_guard.hpp"

#include <algorithm>
#include <vector>

namespace minipy {

namespace {

/// Objects whose repr is running, innermost last. Usually a handful, so a vector beats a set.
std::vector<Object*> g_repr_in_progress;

} // namespace

ReprGuard::ReprGuard(Object* object)
    : m_object(object)
    , m_recursive(std::find(g_repr_in_progress.begin(), g_repr_in_progress.end(), object)
          != g_repr_in_progress.end())
{
    if (!m_recursive)
        g_repr_in_progress.push_back(object);
}

ReprGuard::~ReprGuard()
{
    if (m_recursive)
        return;
    // Guards nest strictly, so the object is normally last; search anyway for robustness.
    auto it = std::find(g_repr_in_progress.rbegin(), g_repr_in_progress.rend(), m_object);
    if (it != g_repr_in_progress.rend())
        g_repr_in_progress.erase(std::next(it).base());
}

} // namespace minipy
