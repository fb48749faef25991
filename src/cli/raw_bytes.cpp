#include "raw_bytes.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "text_util.hpp"

namespace sayso_cli {
namespace {

// U+10FF00 + b in UTF-8: F4 8F (BC + b / 64) (80 + b % 64).
constexpr unsigned char carrier_first = 0xF4;
constexpr unsigned char carrier_second = 0x8F;
constexpr unsigned char carrier_third_min = 0xBC;

bool is_carrier_at(std::string_view s, std::size_t at) {
  return at + 4 <= s.size() && static_cast<unsigned char>(s[at]) == carrier_first &&
         static_cast<unsigned char>(s[at + 1]) == carrier_second &&
         static_cast<unsigned char>(s[at + 2]) >= carrier_third_min &&
         valid_utf8_length(s, at) == 4;
}

void append_carrier(std::string& out, unsigned char b) {
  out += static_cast<char>(carrier_first);
  out += static_cast<char>(carrier_second);
  out += static_cast<char>(carrier_third_min + (b >> 6U));
  out += static_cast<char>(0x80U + (b & 0x3FU));
}

unsigned char carried_byte(std::string_view s, std::size_t at) {
  const auto third = static_cast<unsigned>(static_cast<unsigned char>(s[at + 2]) - carrier_third_min);
  const auto fourth = static_cast<unsigned>(static_cast<unsigned char>(s[at + 3]) & 0x3FU);
  return static_cast<unsigned char>((third << 6U) | fourth);
}

// True when `line` has a carrier as raw UTF-8 or may have one as an escape: every
// carrier escapes as \udbff\udfXX, so "udbff" (any case) is looked for.
bool holds_carrier(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (is_carrier_at(line, i)) return true;
  }
  std::string lower(line.size(), ' ');
  std::transform(line.begin(), line.end(), lower.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return lower.find("udbff") != std::string::npos;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = valid_utf8_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace

bool encode_raw_bytes(std::string& line) {
  if (is_valid_utf8(line) || holds_carrier(line)) return false;
  std::string out;
  out.reserve(line.size() + line.size() / 8);
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t n = valid_utf8_length(line, i);
    if (n == 0) {
      append_carrier(out, static_cast<unsigned char>(line[i]));
      ++i;
    } else {
      out.append(line, i, n);
      i += n;
    }
  }
  line = std::move(out);
  return true;
}

void decode_raw_bytes(std::string& s) {
  std::size_t write = 0;
  for (std::size_t read = 0; read < s.size();) {
    if (is_carrier_at(s, read)) {
      s[write++] = static_cast<char>(carried_byte(s, read));
      read += 4;
    } else {
      s[write++] = s[read++];
    }
  }
  s.resize(write);
}

}  // namespace sayso_cli
