// The frozen-module registry.
#include "modules/frozen.hpp"

#include <unordered_map>

namespace minipy {

namespace {

std::unordered_map<std::string_view, FrozenModule const*>& registry()
{
    static std::unordered_map<std::string_view, FrozenModule const*> table;
    return table;
}

} // namespace

void register_frozen_modules(FrozenModule const* modules, size_t count)
{
    for (size_t i = 0; i < count; ++i)
        registry()[modules[i].name] = &modules[i];
}

FrozenModule const* find_frozen(std::string_view name)
{
    auto it = registry().find(name);
    return it == registry().end() ? nullptr : it->second;
}

} // namespace minipy
