// The one VM the vm/ unit tests share (the interpreter's types are process-wide).
#pragma once

#include "vm/vm.hpp"

namespace minipy::testing {

/// Constructed on first use with the native modules registered; never destroyed.
VM& shared_vm();

} // namespace minipy::testing
