// A small streaming JSON emitter: objects, arrays, keys, escaped strings, numbers,
// with optional two-space indentation. Callers emit values in order; the emitter
// places commas, newlines and indentation.
#ifndef SAYSO_SRC_JSON_JSON_OUT_HPP
#define SAYSO_SRC_JSON_JSON_OUT_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sayso::inline v0::detail {

/// Appends `s` to `out` as the inside of a JSON string: quotes, backslashes and control
/// characters escaped, U+2028 and U+2029 escaped, each invalid UTF-8 byte replaced by
/// U+FFFD, so the result is always valid UTF-8 JSON.
void append_escaped(std::string& out, std::string_view s);

/// Appends a finite double in shortest round-trip form ("2700", "0.5"); null otherwise.
void append_number(std::string& out, double value);

/// Appends a finite float in shortest round-trip form; null otherwise.
void append_number(std::string& out, float value);

/// Writes JSON into a string it does not own.
class JsonOut {
 public:
  JsonOut(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// Writes an object key; the next value belongs to it.
  void key(std::string_view name);

  void string(std::string_view s);
  /// A string, or null when it is empty.
  void string_or_null(std::string_view s);
  void null();
  void boolean(bool b);
  void number(std::uint64_t n);
  void number(double d);
  void number(float f);
  void number(std::optional<double> d);
  /// An id such as "e3" for index 2 with prefix 'e'.
  void id(char prefix, std::uint32_t index);
  /// An id, or null when absent.
  void id(char prefix, std::optional<std::uint32_t> index);

 private:
  void open(char bracket);
  void close(char bracket);
  /// Comma, newline and indentation before a value or key, as its position needs.
  void before_value();
  void newline_indent();

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::vector<bool> has_items_;  // one entry per open container
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_JSON_OUT_HPP
