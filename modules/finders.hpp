// The finders on sys.meta_path and sys.path_hooks: BuiltinImporter (native modules),
// FrozenImporter (the embedded pure-Python stdlib), PathFinder (sys.path and packages'
// __path__, through sys.path_importer_cache and sys.path_hooks) and FileFinder (one directory).
//
// The classes are Python-visible and their methods callable from Python, as in
// importlib._bootstrap and _bootstrap_external. FileFinder's directory search is a plain C++
// class, DirectoryCache, so that it can be unit-tested on an in-memory file system.
#pragma once

#include "modules/filesystem.hpp"
#include "vm/vm.hpp"

#include <string>
#include <string_view>
#include <unordered_set>

namespace minipy {

/// What FileFinder.find_spec found for one name in one directory.
enum class EntryKind : uint8_t {
    None, ///< nothing by that name
    Module, ///< `<dir>/<tail>.py`
    Package, ///< `<dir>/<tail>/__init__.py`
    NamespacePortion, ///< a directory `<dir>/<tail>` without __init__.py (PEP 420)
};

struct DirectoryMatch {
    EntryKind kind = EntryKind::None;
    std::string file; ///< the source file (Module, Package)
    std::string directory; ///< the package directory (Package, NamespacePortion)
};

/// FileFinder's search of one directory, with its cache of the directory's entries ("refreshed
/// when the directory the finder is handling has been modified").
class DirectoryCache {
public:
    explicit DirectoryCache(std::string path)
        : m_path(std::move(path))
    {
    }
    /// FileFinder.find_spec's search for the last component `tail` of a module name: a package
    /// directory with __init__.py first, then `tail.py`, then a namespace portion.
    DirectoryMatch find(FileSystem&, std::string_view tail);
    /// FileFinder.invalidate_caches: forget the recorded modification time.
    void invalidate() { m_stamp = -1; }
    std::string const& path() const { return m_path; }

private:
    void fill_cache(FileSystem&);
    std::string m_path;
    int64_t m_stamp = -1;
    std::unordered_set<std::string> m_entries;
};

Type* builtin_importer_type();
Type* frozen_importer_type();
Type* path_finder_type();
Type* file_finder_type();

/// Creates the finder classes and fills sys.meta_path and sys.path_hooks.
void install_finders(VM&);

/// PathFinder.invalidate_caches(), called by importlib.invalidate_caches().
Result<void> path_finder_invalidate_caches(VM&);

/// True if BuiltinImporter can create the module `name` (a native module).
bool is_builtin_module(VM&, std::string const& name);

} // namespace minipy
