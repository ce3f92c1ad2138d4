// Text that crosses the boundary with the operating system (command-line arguments, environment
// variables, file names, the working directory, standard input and output) as CPython handles it
// under a UTF-8 locale: bytes that are not valid UTF-8 become lone surrogates U+DC80..U+DCFF
// ("surrogateescape") on the way in, and turn back into the same bytes on the way out. A str
// always holds well-formed text, so no invalid byte ever reaches the string code.
#pragma once

#include <string>
#include <string_view>

namespace minipy {

/// OS bytes as str text (UTF-8, lone surrogates in their 3-byte form): os.fsdecode.
std::string os_decode(std::string_view bytes);
/// str text as OS bytes: U+DC80..U+DCFF become the bytes 0x80..0xFF again (os.fsencode); other
/// lone surrogates are kept in their 3-byte form.
std::string os_encode(std::string_view text);
/// str text for sys.stderr (errors='backslashreplace'): every lone surrogate becomes `\udcff`.
std::string backslash_surrogates(std::string_view text);

} // namespace minipy
