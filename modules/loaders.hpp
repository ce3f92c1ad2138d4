// The loaders: SourceFileLoader (a `.py` file) and NamespaceLoader (a PEP 420 namespace
// package), as importlib._bootstrap_external defines them, plus the step they share with
// FrozenImporter: compiling source text and executing it in a module's namespace.
#pragma once

#include "vm/vm.hpp"

#include <string_view>

namespace minipy {

class FileSystem;

Type* source_file_loader_type();
Type* namespace_loader_type();
void install_loader_types(VM&);

/// SourceFileLoader(fullname, path).
Value new_source_file_loader(VM&, Value fullname, Value path);
/// NamespaceLoader.__new__ with `_path` set, as _init_module_attrs creates it.
Value new_namespace_loader(VM&, Value path);

/// compile(source, filename, 'exec') after the PEP 263/3120 source checks.
Result<CodeObject*> source_to_code(VM&, std::string_view source, std::string_view filename);
/// exec(compile(source, filename, 'exec'), module.__dict__) after the PEP 263/3120 source checks
/// (check_source_encoding), as SourceLoader.exec_module does through source_to_code.
Result<void> exec_source_in_module(
    VM&, Value module, std::string_view source, std::string_view filename);

/// The file system the loaders and FileFinder read (the real one unless a test replaces it).
FileSystem& import_file_system();
void set_import_file_system(FileSystem*);

} // namespace minipy
