// Converts UTF-8 byte offsets into code points or UTF-16 units in linear total time:
// one pass over the text records a checkpoint every 64 bytes; a conversion starts at
// the nearest checkpoint and decodes at most 64 + 3 bytes.
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
  [[nodiscard]] UnitPos floor(std::uint32_t byte) const noexcept { return convert(byte, false); }
  /// As floor(), but inside a multi-byte character it snaps on past its last byte.
  [[nodiscard]] UnitPos ceil(std::uint32_t byte) const noexcept { return convert(byte, true); }
  /// The length of the text in the unit.
  [[nodiscard]] std::uint32_t length() const noexcept { return length_; }

  static constexpr std::uint32_t block = 64;

 private:
  [[nodiscard]] UnitPos convert(std::uint32_t byte, bool snap_forward) const noexcept;
  [[nodiscard]] std::uint32_t width(char32_t value, std::uint32_t bytes, bool valid) const noexcept;

  std::string_view text_;
  OffsetUnit unit_;
  std::uint32_t length_ = 0;
  std::vector<UnitPos> checkpoints_;  // [k]: the character containing byte k * block
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_OFFSET_MAP_HPP
