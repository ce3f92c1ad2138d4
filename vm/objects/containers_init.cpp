// init_container_types: fills tuple, list, dict, set, frozenset, range, slice and the iterators.
#include "vm/init.hpp"
#include "vm/objects/container_types.hpp"
#include "vm/objects/iterators.hpp"
#include "vm/objects/slice_object.hpp"

namespace minipy {

void init_container_types(VM& vm)
{
    // Iterator types first: the containers' __iter__ methods hand them out.
    init_iterator_types(vm);
    init_tuple_type(vm);
    init_list_type(vm);
    init_dict_type(vm);
    init_set_types(vm);
    init_range_type(vm);
    init_slice_type(vm);
}

} // namespace minipy
