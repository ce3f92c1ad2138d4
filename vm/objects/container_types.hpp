// The per-type start-up steps that init_container_types (vm/init.hpp) runs, one per file.
#pragma once

namespace minipy {

class VM;

void init_tuple_type(VM&); ///< vm/objects/tuple_object.cpp
void init_list_type(VM&); ///< vm/objects/list_object.cpp
void init_dict_type(VM&); ///< vm/objects/dict_methods.cpp (dict and its views)
void init_set_types(VM&); ///< vm/objects/set_object.cpp (set and frozenset)
void init_range_type(VM&); ///< vm/objects/range_object.cpp

} // namespace minipy
