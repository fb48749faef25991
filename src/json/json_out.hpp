// A small streaming JSON emitter: objects, arrays, keys, escaped strings, numbers,
// with optional two-space indentation. Callers emit values in order; the emitter
// places commas, newlines and indentation.
//
// It writes straight into the caller's string through a raw cursor: the string is
// grown ahead of the cursor in steps and cut back to what was written when the
// emitter is destroyed, so each small write is a bounds check and a copy.
#ifndef SAYSO_SRC_JSON_JSON_OUT_HPP
#define SAYSO_SRC_JSON_JSON_OUT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace sayso::inline v0::detail {

class TextEscapes;

/// Appends `s` to `out` as the inside of a JSON string: quotes, backslashes and control
/// characters escaped, U+2028 and U+2029 escaped, each invalid UTF-8 byte replaced by
/// U+FFFD, so the result is always valid UTF-8 JSON.
void append_escaped(std::string& out, std::string_view s);

/// Appends a finite double in shortest round-trip form ("2700", "0.5"); null otherwise.
void append_number(std::string& out, double value);

/// Appends a finite float in shortest round-trip form; null otherwise.
void append_number(std::string& out, float value);

/// Writes JSON into a string it does not own. Until the emitter is destroyed the
/// string may hold unwritten bytes past the output; do not read it meanwhile.
class JsonOut {
 public:
  JsonOut(std::string& out, bool pretty) : out_(out), size_(out.size()), pretty_(pretty) {}
  ~JsonOut() { out_.resize(size_); }
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;

  /// Makes room for about `bytes` more bytes of output in one step.
  void reserve(std::size_t bytes);

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// Writes an object key; the next value belongs to it. `name` is written as it is,
  /// so it must need no escaping (every key of the format is a plain ASCII word).
  /// Inline, so that a literal name is copied with its length known.
  void key(std::string_view name) {
    before_value();
    char* p = room(name.size() + 4);
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    commit(p);
    position_ = Position::after_key;
  }

  void string(std::string_view s);
  /// A string that needs no escaping, such as the name of an enumerator: written as
  /// it is.
  void name(std::string_view plain) {
    before_value();
    char* p = room(plain.size() + 2);
    *p++ = '"';
    std::memcpy(p, plain.data(), plain.size());
    p += plain.size();
    *p++ = '"';
    commit(p);
  }
  /// The string of bytes [start, end) of escapes.text(), where start and end are
  /// character boundaries of the text (as OffsetMap gives them): the same as
  /// string(text.substr(start, end - start)), but each stretch between characters that
  /// need escaping is copied whole.
  void text_string(const TextEscapes& escapes, std::uint32_t start, std::uint32_t end);
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
  enum class Position : std::uint8_t { first, after_key, rest };

  void open(char bracket) {
    before_value();
    put(bracket);
    ++depth_;
    position_ = Position::first;
  }
  void close(char bracket) {
    const bool had_items = depth_ > 0 && position_ == Position::rest;
    if (depth_ > 0) --depth_;
    if (pretty_ && had_items) newline_indent();
    put(bracket);
    position_ = Position::rest;
  }
  /// Comma, newline and indentation before a value or key, as its position needs.
  /// Inline: it runs before every token, and after a key it is one test.
  void before_value() {
    if (position_ == Position::after_key) {
      position_ = Position::rest;
      return;
    }
    if (depth_ > 0) separate();
  }
  /// The comma and line break between items of a container.
  void separate() {
    if (position_ == Position::rest) put(',');
    position_ = Position::rest;
    if (pretty_) newline_indent();
  }
  void newline_indent();

  /// A cursor with room for `bytes` more bytes; hand it back with commit().
  char* room(std::size_t bytes) {
    if (out_.size() - size_ < bytes) grow(bytes);
    return out_.data() + size_;
  }
  void commit(const char* end) { size_ = static_cast<std::size_t>(end - out_.data()); }
  void grow(std::size_t bytes);
  void put(char c) {
    char* p = room(1);
    *p = c;
    commit(p + 1);
  }
  void put(std::string_view s) {
    char* p = room(s.size());
    std::memcpy(p, s.data(), s.size());
    commit(p + s.size());
  }
  void put_escaped(std::string_view s);

  std::string& out_;
  std::size_t size_;  // bytes written; out_ may be longer
  bool pretty_;
  Position position_ = Position::first;
  std::uint32_t depth_ = 0;  // open containers
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_JSON_OUT_HPP
