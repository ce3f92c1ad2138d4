// Unit tests for modules/finders: FileFinder's directory search on an in-memory file tree.
#include "modules/filesystem.hpp"
#include "modules/finders.hpp"

#include <doctest/doctest.h>

using namespace minipy;

TEST_SUITE("DirectoryCache")
{
    TEST_CASE("a .py file is a module")
    {
        MemoryFileSystem fs;
        fs.add_file("/p/mod.py", "x = 1\n");
        DirectoryCache cache("/p");
        auto match = cache.find(fs, "mod");
        CHECK(match.kind == EntryKind::Module);
        CHECK(match.file == "/p/mod.py");
    }
    TEST_CASE("a directory with __init__.py is a package")
    {
        MemoryFileSystem fs;
        fs.add_file("/p/pkg/__init__.py", "");
        DirectoryCache cache("/p");
        auto match = cache.find(fs, "pkg");
        CHECK(match.kind == EntryKind::Package);
        CHECK(match.file == "/p/pkg/__init__.py");
        CHECK(match.directory == "/p/pkg");
    }
    TEST_CASE("a package wins over a module of the same name")
    {
        MemoryFileSystem fs;
        fs.add_file("/p/thing/__init__.py", "");
        fs.add_file("/p/thing.py", "");
        DirectoryCache cache("/p");
        CHECK(cache.find(fs, "thing").kind == EntryKind::Package);
    }
    TEST_CASE("a module wins over a namespace portion")
    {
        MemoryFileSystem fs;
        fs.add_directory("/p/thing");
        fs.add_file("/p/thing.py", "");
        DirectoryCache cache("/p");
        CHECK(cache.find(fs, "thing").kind == EntryKind::Module);
    }
    TEST_CASE("a directory without __init__.py is a namespace portion (PEP 420)")
    {
        MemoryFileSystem fs;
        fs.add_file("/p/ns/data.txt", "");
        DirectoryCache cache("/p");
        auto match = cache.find(fs, "ns");
        CHECK(match.kind == EntryKind::NamespacePortion);
        CHECK(match.directory == "/p/ns");
    }
    TEST_CASE("a missing name is not found")
    {
        MemoryFileSystem fs;
        fs.add_file("/p/mod.py", "");
        DirectoryCache cache("/p");
        CHECK(cache.find(fs, "other").kind == EntryKind::None);
    }
    TEST_CASE("a changed directory is listed again")
    {
        MemoryFileSystem fs;
        fs.add_file("/p/a.py", "");
        DirectoryCache cache("/p");
        CHECK(cache.find(fs, "b").kind == EntryKind::None);
        fs.add_file("/p/b.py", "");
        CHECK(cache.find(fs, "b").kind == EntryKind::Module);
    }
    TEST_CASE("a missing directory finds nothing")
    {
        MemoryFileSystem fs;
        DirectoryCache cache("/nowhere");
        CHECK(cache.find(fs, "x").kind == EntryKind::None);
    }
}
