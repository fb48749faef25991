#include "json/json_out.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

constexpr std::string_view replacement_utf8 = "\xEF\xBF\xBD";

bool is_plain_ascii(unsigned char c) noexcept {
  return c >= 0x20U && c < 0x80U && c != '"' && c != '\\';
}

void append_ascii_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default: break;
  }
  static constexpr std::string_view hex = "0123456789abcdef";
  out += "\\u00";
  out += hex[c >> 4U];
  out += hex[c & 0xFU];
}

// Appends the non-ASCII character at `at`; returns its length in bytes.
std::size_t append_non_ascii(std::string& out, std::string_view s, std::size_t at) {
  const CodePoint cp = decode_utf8(s, at);
  if (!cp.valid) {
    out += replacement_utf8;
  } else if (cp.value == 0x2028) {
    out += "\\u2028";
  } else if (cp.value == 0x2029) {
    out += "\\u2029";
  } else {
    out.append(s.substr(at, cp.length));
  }
  return cp.length;
}

template <class T>
void append_shortest(std::string& out, T value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  std::array<char, 64> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  out.append(buf.data(), r.ptr);
}

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (is_plain_ascii(c)) {
      std::size_t j = i + 1;
      while (j < s.size() && is_plain_ascii(static_cast<unsigned char>(s[j]))) ++j;
      out.append(s.substr(i, j - i));
      i = j;
    } else if (c < 0x80U) {
      append_ascii_escape(out, c);
      ++i;
    } else {
      i += append_non_ascii(out, s, i);
    }
  }
}

void append_number(std::string& out, double value) { append_shortest(out, value); }
void append_number(std::string& out, float value) { append_shortest(out, value); }

void JsonOut::newline_indent() {
  out_ += '\n';
  out_.append(2 * has_items_.size(), ' ');
}

void JsonOut::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) out_ += ',';
  has_items_.back() = true;
  if (pretty_) newline_indent();
}

void JsonOut::open(char bracket) {
  before_value();
  out_ += bracket;
  has_items_.push_back(false);
}

void JsonOut::close(char bracket) {
  const bool had_items = !has_items_.empty() && has_items_.back();
  if (!has_items_.empty()) has_items_.pop_back();
  if (pretty_ && had_items) newline_indent();
  out_ += bracket;
}

void JsonOut::key(std::string_view name) {
  before_value();
  out_ += '"';
  append_escaped(out_, name);
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
}

void JsonOut::string(std::string_view s) {
  before_value();
  out_ += '"';
  append_escaped(out_, s);
  out_ += '"';
}

void JsonOut::string_or_null(std::string_view s) {
  if (s.empty()) {
    null();
  } else {
    string(s);
  }
}

void JsonOut::null() {
  before_value();
  out_ += "null";
}

void JsonOut::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonOut::number(std::uint64_t n) {
  before_value();
  out_ += std::to_string(n);
}

void JsonOut::number(double d) {
  before_value();
  append_number(out_, d);
}

void JsonOut::number(float f) {
  before_value();
  append_number(out_, f);
}

void JsonOut::number(std::optional<double> d) {
  if (d) {
    number(*d);
  } else {
    null();
  }
}

void JsonOut::id(char prefix, std::uint32_t index) {
  before_value();
  out_ += '"';
  out_ += prefix;
  out_ += std::to_string(std::uint64_t{index} + 1);
  out_ += '"';
}

void JsonOut::id(char prefix, std::optional<std::uint32_t> index) {
  if (index) {
    id(prefix, *index);
  } else {
    null();
  }
}

}  // namespace sayso::inline v0::detail
