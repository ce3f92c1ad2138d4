// The file-system view the path-based finders and the source loader use.
//
// importlib's FileFinder and SourceFileLoader only ever ask four questions of the file system:
// is this path a directory, what does this directory contain, when did it last change, and what
// are this file's bytes. Putting them behind one interface lets the unit tests run the finders on
// an in-memory tree (as ninja's VirtualFileSystem does for its builder tests) while minipy itself
// uses the real POSIX calls.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace minipy {

class FileSystem {
public:
    virtual ~FileSystem() = default;
    /// True if `path` names an existing directory.
    virtual bool is_directory(std::string const& path) const = 0;
    /// True if `path` names an existing regular file.
    virtual bool is_file(std::string const& path) const = 0;
    /// The entry names of directory `path` (no "." or ".."), or nullopt if it cannot be read.
    virtual std::optional<std::vector<std::string>> list_directory(
        std::string const& path) const = 0;
    /// A stamp that changes whenever the directory's entries change (its mtime), or -1.
    virtual int64_t modification_stamp(std::string const& path) const = 0;
    /// The file's bytes, or nullopt (with `error` set to errno) if it cannot be read.
    virtual std::optional<std::string> read_file(std::string const& path, int& error) const = 0;
    /// The current working directory (an empty sys.path entry means it, as in FileFinder).
    virtual std::string current_directory() const = 0;
};

/// The process's file system through POSIX calls.
class RealFileSystem final : public FileSystem {
public:
    bool is_directory(std::string const& path) const override;
    bool is_file(std::string const& path) const override;
    std::optional<std::vector<std::string>> list_directory(std::string const& path) const override;
    int64_t modification_stamp(std::string const& path) const override;
    std::optional<std::string> read_file(std::string const& path, int& error) const override;
    std::string current_directory() const override;

    /// The one instance minipy uses.
    static RealFileSystem& instance();
};

/// A tree of files held in memory, for tests. Directories exist implicitly as parents of files,
/// or explicitly through add_directory. Every change bumps the stamp of the affected directory.
class MemoryFileSystem final : public FileSystem {
public:
    void add_file(std::string const& path, std::string contents);
    void add_directory(std::string const& path);
    void remove(std::string const& path);
    void set_current_directory(std::string path) { m_cwd = std::move(path); }

    bool is_directory(std::string const& path) const override;
    bool is_file(std::string const& path) const override;
    std::optional<std::vector<std::string>> list_directory(std::string const& path) const override;
    int64_t modification_stamp(std::string const& path) const override;
    std::optional<std::string> read_file(std::string const& path, int& error) const override;
    std::string current_directory() const override { return m_cwd; }

private:
    void touch_parents(std::string const& path);
    std::map<std::string, std::string> m_files;
    std::map<std::string, int64_t> m_directories; ///< path -> stamp
    std::string m_cwd = "/";
    int64_t m_clock = 0;
};

/// `directory + "/" + name`, without doubling a trailing slash (importlib's _path_join).
std::string path_join(std::string const& directory, std::string const& name);

} // namespace minipy
