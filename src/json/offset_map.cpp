#include "json/offset_map.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace sayso::inline v0::detail {

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  const auto size = static_cast<std::uint32_t>(text.size());
  checkpoints_.reserve(size / block + 2);
  std::uint32_t pos = 0;
  std::uint32_t units = 0;
  std::uint32_t next_checkpoint = 0;
  while (pos < size) {
    if (static_cast<unsigned char>(text[pos]) < 0x80U) {  // ASCII: one unit in every unit
      if (pos == next_checkpoint) {
        checkpoints_.push_back({pos, units});
        next_checkpoint += block;
      }
      ++units;
      ++pos;
      continue;
    }
    const CodePoint cp = decode_utf8(text, pos);
    while (next_checkpoint < pos + cp.length) {
      checkpoints_.push_back({pos, units});
      next_checkpoint += block;
    }
    units += width(cp.value, cp.length, cp.valid);
    pos += cp.length;
  }
  if (next_checkpoint == size) checkpoints_.push_back({size, units});
  length_ = units;
}

std::uint32_t OffsetMap::width(char32_t value, std::uint32_t bytes, bool valid) const noexcept {
  switch (unit_) {
    case OffsetUnit::utf8: return bytes;
    case OffsetUnit::utf16: return valid && value > 0xFFFF ? 2 : 1;
    case OffsetUnit::codepoint: break;
  }
  return 1;
}

UnitPos OffsetMap::convert(std::uint32_t byte, bool snap_forward) const noexcept {
  const auto size = static_cast<std::uint32_t>(text_.size());
  byte = std::min(byte, size);
  UnitPos at = checkpoints_[byte / block];
  while (at.byte < byte) {
    if (static_cast<unsigned char>(text_[at.byte]) < 0x80U) {  // ASCII: one unit
      ++at.byte;
      ++at.unit;
      continue;
    }
    const CodePoint cp = decode_utf8(text_, at.byte);
    if (at.byte + cp.length > byte && !snap_forward) break;
    at.unit += width(cp.value, cp.length, cp.valid);
    at.byte += cp.length;
  }
  return at;
}

}  // namespace sayso::inline v0::detail
