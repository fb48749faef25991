// Converts UTF-8 byte offsets into code points or UTF-16 units in linear total time
// and constant time per conversion: one pass over the text records, for every block
// of 64 bytes, which bytes start a character, which characters take two UTF-16
// units, and how many units come before the block. A conversion is a lookup and a
// population count.
#ifndef SAYSO_SRC_JSON_OFFSET_MAP_HPP
#define SAYSO_SRC_JSON_OFFSET_MAP_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "sayso/json.hpp"

namespace sayso::inline v0::detail {

/// A position in the text: its byte offset and its offset in the output unit.
struct UnitPos {
  std::uint32_t byte = 0;
  std::uint32_t unit = 0;
};

/// Byte offsets to offsets in one OffsetUnit, for one text. Each invalid UTF-8 byte
/// counts as one code point and one UTF-16 unit (it is written as one U+FFFD).
/// Keeps a view of the text, which must outlive the map.
class OffsetMap {
 public:
  OffsetMap(std::string_view text, OffsetUnit unit);

  /// The position of `byte` (clamped to the text); inside a multi-byte character it
  /// snaps back to the character's first byte.
  [[nodiscard]] UnitPos floor(std::uint32_t byte) const noexcept {
    byte = byte < size_ ? byte : size_;
    while (!is_boundary(byte)) --byte;  // a character takes at most 4 bytes
    return {byte, units_at(byte)};
  }
  /// As floor(), but inside a multi-byte character it snaps on past its last byte.
  [[nodiscard]] UnitPos ceil(std::uint32_t byte) const noexcept {
    byte = byte < size_ ? byte : size_;
    while (!is_boundary(byte)) ++byte;
    return {byte, units_at(byte)};
  }
  /// The start of the character `count` characters before the boundary `byte`, or 0.
  [[nodiscard]] std::uint32_t chars_before(std::uint32_t byte, std::uint32_t count) const noexcept;
  /// The end of the character `count` characters after the boundary `byte`, or the
  /// end of the text.
  [[nodiscard]] std::uint32_t chars_after(std::uint32_t byte, std::uint32_t count) const noexcept;
  /// The length of the text in the unit.
  [[nodiscard]] std::uint32_t length() const noexcept { return length_; }

  static constexpr std::uint32_t block = 64;

 private:
  struct Block {
    std::uint64_t starts = 0;  // bit i: byte i of the block starts a character
    std::uint64_t wide = 0;    // bit i: ... a character of two units (utf16 only)
    std::uint32_t units = 0;   // units of the characters that start before the block
  };

  void scan();
  void mark_char(std::uint32_t pos, bool wide) noexcept;
  void count_units() noexcept;
  [[nodiscard]] bool is_boundary(std::uint32_t byte) const noexcept {
    return byte >= size_ || ((blocks_[byte / block].starts >> (byte % block)) & 1U) != 0;
  }
  /// Units before `byte`, which is a character boundary.
  [[nodiscard]] std::uint32_t units_at(std::uint32_t byte) const noexcept;

  std::string_view text_;
  OffsetUnit unit_;
  std::uint32_t size_ = 0;
  std::uint32_t length_ = 0;
  std::vector<Block> blocks_;  // size_ / block + 1 entries
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_OFFSET_MAP_HPP
