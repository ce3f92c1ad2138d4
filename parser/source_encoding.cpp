// PEP 263 source encodings: finding a file's coding declaration and decoding the file to UTF-8,
// with the errors CPython's tokenizer gives.
#include "parser/parser.hpp"
#include "parser/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <string>

namespace minipy {

namespace {

/// The line of `source` starting at `begin` (without its newline), and where the next one begins.
std::string_view line_at(std::string_view source, size_t begin, size_t& next)
{
    size_t end = source.find('\n', begin);
    next = end == std::string_view::npos ? source.size() : end + 1;
    return source.substr(begin, (end == std::string_view::npos ? source.size() : end) - begin);
}

/// The encoding named by a coding comment on `line`: the regular expression
/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`, or "" if the line has none.
std::string coding_spec(std::string_view line)
{
    size_t i = line.find_first_not_of(" \t\f");
    if (i == std::string_view::npos || line[i] != '#')
        return {};
    for (size_t at = line.find("coding", i); at != std::string_view::npos;
         at = line.find("coding", at + 1)) {
        size_t k = at + 6;
        if (k >= line.size() || (line[k] != ':' && line[k] != '='))
            continue;
        ++k;
        while (k < line.size() && (line[k] == ' ' || line[k] == '\t'))
            ++k;
        size_t start = k;
        while (k < line.size()
            && (std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '-'
                || line[k] == '_' || line[k] == '.'))
            ++k;
        if (k > start)
            return std::string(line.substr(start, k - start));
    }
    return {};
}

/// True for a line that holds only blanks or a comment (a coding comment on the second line
/// counts only after such a first line).
bool blank_or_comment(std::string_view line)
{
    size_t i = line.find_first_not_of(" \t\f\r");
    return i == std::string_view::npos || line[i] == '#';
}

/// The tokenizer's get_normal_name: "utf-8" and "iso-8859-1" for their spellings, else `name`.
std::string normal_name(std::string const& name)
{
    std::string buf;
    for (size_t i = 0; i < name.size() && i < 12; ++i)
        buf += name[i] == '_'
            ? '-'
            : static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
    auto starts = [&](char const* p) { return buf.rfind(p, 0) == 0; };
    if (buf == "utf-8" || starts("utf-8-"))
        return "utf-8";
    if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts("latin-1-")
        || starts("iso-8859-1-") || starts("iso-latin-1-"))
        return "iso-8859-1";
    return name;
}

enum class Codec { Utf8, Latin1, Ascii, Cp1252, Unknown };

/// The codec of `name` as Python's codec registry resolves the spellings minipy supports.
Codec codec_of(std::string const& name)
{
    std::string key;
    for (char c : name)
        key += c == '-' || c == ' '
            ? '_'
            : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char const* n : {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})
        if (key == n)
            return Codec::Utf8;
    for (char const* n : {"iso_8859_1", "latin_1", "latin1", "l1", "iso8859_1", "iso8859", "8859",
             "cp819", "latin", "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1:1987"})
        if (key == n)
            return Codec::Latin1;
    for (char const* n :
        {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
            "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6"})
        if (key == n)
            return Codec::Ascii;
    for (char const* n : {"cp1252", "windows_1252", "1252"})
        if (key == n)
            return Codec::Cp1252;
    return Codec::Unknown;
}

void append_utf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// cp1252's characters for 0x80..0x9F (0 where the code page has none).
constexpr uint16_t cp1252_high[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

/// `source` decoded from a single-byte `codec` to UTF-8; false if a byte has no character.
bool decode_single_byte(std::string& source, Codec codec)
{
    if (std::none_of(source.begin(), source.end(), [](char c) { return c & 0x80; }))
        return true;
    std::string out;
    out.reserve(source.size() + source.size() / 4);
    for (char ch : source) {
        auto c = static_cast<unsigned char>(ch);
        uint32_t cp = c;
        if (c >= 0x80) {
            if (codec == Codec::Ascii)
                return false;
            if (codec == Codec::Cp1252 && c < 0xA0) {
                cp = cp1252_high[c - 0x80];
                if (cp == 0)
                    return false;
            }
        }
        append_utf8(out, cp);
    }
    source = std::move(out);
    return true;
}

SyntaxErrorInfo encoding_problem(std::string const& what)
{
    SyntaxErrorInfo info;
    info.msg = "encoding problem: " + what;
    return info;
}

} // namespace

std::optional<SyntaxErrorInfo> check_source_encoding(
    std::string_view source, std::string_view filename)
{
    size_t i = source.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    int line = 1;
    while (i < source.size()) {
        if (source[i] == '\n')
            ++line;
        if (size_t n = well_formed_utf8_length(source, i)) {
            i += n;
            continue;
        }
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(source[i]));
        SyntaxErrorInfo info;
        info.msg = std::string("Non-UTF-8 code starting with '") + buf + "' in file "
            + std::string(filename) + " on line " + std::to_string(line)
            + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        return info;
    }
    return std::nullopt;
}

std::optional<SyntaxErrorInfo> decode_source(std::string& source, std::string_view filename)
{
    bool const bom = source.starts_with("\xEF\xBB\xBF");
    size_t next = 0;
    std::string_view first = line_at(std::string_view(source).substr(bom ? 3 : 0), 0, next);
    std::string declared = coding_spec(first);
    if (declared.empty() && blank_or_comment(first)) {
        size_t after = 0;
        declared = coding_spec(line_at(source, next + (bom ? 3 : 0), after));
    }
    if (declared.empty())
        return check_source_encoding(source, filename);
    std::string const name = normal_name(declared);
    Codec const codec = codec_of(name);
    if (bom && codec != Codec::Utf8)
        return encoding_problem(name + " with BOM");
    switch (codec) {
    case Codec::Utf8:
        return check_source_encoding(source, filename);
    case Codec::Latin1:
    case Codec::Ascii:
    case Codec::Cp1252:
        if (!decode_single_byte(source, codec))
            return encoding_problem(name);
        return std::nullopt;
    case Codec::Unknown:
        break;
    }
    return encoding_problem(name);
}

} // namespace minipy
