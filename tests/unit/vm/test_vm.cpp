// The shared unit-test VM.
#include "tests/unit/vm/test_vm.hpp"

#include "vm/init.hpp"

namespace minipy::testing {

VM& shared_vm()
{
    static VM* vm = [] {
        auto* v = new VM();
        init_native_modules(*v);
        return v;
    }();
    return *vm;
}

} // namespace minipy::testing
