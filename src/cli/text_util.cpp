#include "text_util.hpp"

namespace sayso_cli {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";

bool is_continuation(unsigned char b) noexcept { return (b & 0xC0U) == 0x80U; }

// The sequence length a lead byte announces, or 0 for a byte that cannot lead.
std::size_t announced_length(unsigned char b) noexcept {
  if (b < 0x80U) return 1;
  if (b >= 0xC2U && b <= 0xDFU) return 2;
  if (b >= 0xE0U && b <= 0xEFU) return 3;
  if (b >= 0xF0U && b <= 0xF4U) return 4;
  return 0;
}

// Rules out overlong forms, surrogates and code points above U+10FFFF (RFC 3629).
bool second_byte_ok(unsigned char lead, unsigned char second) noexcept {
  if (lead == 0xE0U) return second >= 0xA0U;
  if (lead == 0xEDU) return second < 0xA0U;
  if (lead == 0xF0U) return second >= 0x90U;
  if (lead == 0xF4U) return second < 0x90U;
  return true;
}

// Appends the character at `at` through `plain` (for ASCII) or as is; returns its length.
template <class Ascii>
std::size_t append_char(std::string& out, std::string_view s, std::size_t at, Ascii plain) {
  const auto c = static_cast<unsigned char>(s[at]);
  if (c < 0x80U) {
    plain(out, static_cast<char>(c));
    return 1;
  }
  const std::size_t n = valid_utf8_length(s, at);
  if (n == 0) {
    out += replacement;
    return 1;
  }
  out.append(s.substr(at, n));
  return n;
}

void one_line_ascii(std::string& out, char c) {
  const auto u = static_cast<unsigned char>(c);
  out += (u < 0x20U || u == 0x7FU) ? ' ' : c;
}

void html_ascii(std::string& out, char c) {
  switch (c) {
    case '&': out += "&amp;"; return;
    case '<': out += "&lt;"; return;
    case '>': out += "&gt;"; return;
    case '"': out += "&quot;"; return;
    case '\'': out += "&#39;"; return;
    case '\n': case '\r': case '\t': out += c; return;
    default: break;
  }
  const auto u = static_cast<unsigned char>(c);
  if (u < 0x20U || u == 0x7FU) {
    out += replacement;
  } else {
    out += c;
  }
}

}  // namespace

std::size_t valid_utf8_length(std::string_view s, std::size_t at) noexcept {
  const auto lead = static_cast<unsigned char>(s[at]);
  const std::size_t n = announced_length(lead);
  if (n <= 1) return n;
  if (at + n > s.size()) return 0;
  if (!second_byte_ok(lead, static_cast<unsigned char>(s[at + 1]))) return 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (!is_continuation(static_cast<unsigned char>(s[at + i]))) return 0;
  }
  return n;
}

void append_one_line(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) i += append_char(out, s, i, one_line_ascii);
}

void append_html(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) i += append_char(out, s, i, html_ascii);
}

}  // namespace sayso_cli
