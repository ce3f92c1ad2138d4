// RealFileSystem (POSIX) and MemoryFileSystem (for unit tests).
#include "modules/filesystem.hpp"

#include "vm/os_text.hpp"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace minipy {

std::string path_join(std::string const& directory, std::string const& name)
{
    // importlib's _path_join: every trailing separator of the directory goes ("/a//" + "b" is
    // "/a/b", "/" + "b" is "/b").
    if (directory.empty())
        return name;
    size_t end = directory.find_last_not_of('/');
    return (end == std::string::npos ? std::string() : directory.substr(0, end + 1)) + "/" + name;
}

// -- RealFileSystem -----------------------------------------------------------------------------

RealFileSystem& RealFileSystem::instance()
{
    static RealFileSystem fs;
    return fs;
}

bool RealFileSystem::is_directory(std::string const& path) const
{
    struct stat st { };
    return ::stat(os_encode(path).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool RealFileSystem::is_file(std::string const& path) const
{
    struct stat st { };
    return ::stat(os_encode(path).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::optional<std::vector<std::string>> RealFileSystem::list_directory(
    std::string const& path) const
{
    DIR* dir = opendir(path.empty() ? "." : os_encode(path).c_str());
    if (!dir)
        return std::nullopt;
    std::vector<std::string> names;
    while (dirent* entry = readdir(dir)) {
        std::string name = os_decode(entry->d_name);
        if (name != "." && name != "..")
            names.push_back(std::move(name));
    }
    closedir(dir);
    return names;
}

int64_t RealFileSystem::modification_stamp(std::string const& path) const
{
    struct stat st { };
    if (::stat(path.empty() ? "." : os_encode(path).c_str(), &st) != 0)
        return -1;
    return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

std::optional<std::string> RealFileSystem::read_file(std::string const& path, int& error) const
{
    int fd = ::open(os_encode(path).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        return std::nullopt;
    }
    std::string contents;
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        contents.append(buffer, static_cast<size_t>(n));
    }
    ::close(fd);
    return contents;
}

std::string RealFileSystem::current_directory() const
{
    char buffer[4096];
    if (!getcwd(buffer, sizeof buffer))
        return ".";
    return os_decode(buffer);
}

// -- MemoryFileSystem ---------------------------------------------------------------------------

namespace {

std::string parent_of(std::string const& path)
{
    auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return "";
    return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

void MemoryFileSystem::touch_parents(std::string const& path)
{
    for (std::string dir = parent_of(path); !dir.empty(); dir = parent_of(dir)) {
        m_directories[dir] = ++m_clock;
        if (dir == "/")
            break;
    }
}

void MemoryFileSystem::add_file(std::string const& path, std::string contents)
{
    m_files[path] = std::move(contents);
    touch_parents(path);
}

void MemoryFileSystem::add_directory(std::string const& path)
{
    m_directories[path] = ++m_clock;
    touch_parents(path);
}

void MemoryFileSystem::remove(std::string const& path)
{
    m_files.erase(path);
    m_directories.erase(path);
    touch_parents(path);
}

bool MemoryFileSystem::is_directory(std::string const& path) const
{
    return m_directories.count(path.empty() ? m_cwd : path) != 0;
}

bool MemoryFileSystem::is_file(std::string const& path) const
{
    return m_files.count(path) != 0;
}

std::optional<std::vector<std::string>> MemoryFileSystem::list_directory(
    std::string const& path) const
{
    std::string dir = path.empty() ? m_cwd : path;
    if (!is_directory(dir))
        return std::nullopt;
    std::vector<std::string> names;
    auto collect = [&](std::string const& entry) {
        if (entry.size() > dir.size() && parent_of(entry) == dir)
            names.push_back(entry.substr(dir == "/" ? 1 : dir.size() + 1));
    };
    for (auto const& [p, contents] : m_files)
        collect(p);
    for (auto const& [p, stamp] : m_directories)
        collect(p);
    return names;
}

int64_t MemoryFileSystem::modification_stamp(std::string const& path) const
{
    auto it = m_directories.find(path.empty() ? m_cwd : path);
    return it == m_directories.end() ? -1 : it->second;
}

std::optional<std::string> MemoryFileSystem::read_file(std::string const& path, int& error) const
{
    auto it = m_files.find(path);
    if (it == m_files.end()) {
        error = ENOENT;
        return std::nullopt;
    }
    return it->second;
}

} // namespace minipy
