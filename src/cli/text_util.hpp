// Writing document text into human-readable formats: every byte is made safe (invalid
// UTF-8 shown as U+FFFD), for a terminal line or for HTML.
#ifndef SAYSO_CLI_TEXT_UTIL_HPP
#define SAYSO_CLI_TEXT_UTIL_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace sayso_cli {

/// Length of the valid UTF-8 sequence starting at byte `at`, or 0 when it is invalid.
std::size_t valid_utf8_length(std::string_view s, std::size_t at) noexcept;

/// Appends `s` on one line: control characters (line breaks and tabs included) become
/// spaces, invalid bytes U+FFFD.
void append_one_line(std::string& out, std::string_view s);

/// Appends `s` escaped for HTML text and attribute values: & < > " ' as entities,
/// control characters other than tab and line breaks and invalid bytes as U+FFFD.
void append_html(std::string& out, std::string_view s);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_TEXT_UTIL_HPP
