#include "json/offset_map.hpp"

#include <algorithm>
#include <bit>

#include "json/byte_words.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

// The number of set bits, without relying on a popcount instruction (the portable
// build would call a library routine for std::popcount).
std::uint32_t count_bits(std::uint64_t x) noexcept {
  x -= (x >> 1U) & 0x5555555555555555ULL;
  x = (x & 0x3333333333333333ULL) + ((x >> 2U) & 0x3333333333333333ULL);
  x = (x + (x >> 4U)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<std::uint32_t>((x * 0x0101010101010101ULL) >> 56U);
}

// The bits of a block below bit `bit` (0..63).
std::uint64_t bits_below(std::uint32_t bit) noexcept {
  return (std::uint64_t{1} << bit) - 1;
}

// The offset of the `n`-th (from 1) lowest set bit of `bits`, which has at least n.
std::uint32_t nth_lowest_bit(std::uint64_t bits, std::uint32_t n) noexcept {
  for (std::uint32_t i = 1; i < n; ++i) bits &= bits - 1;
  return static_cast<std::uint32_t>(std::countr_zero(bits));
}

}  // namespace

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit)
    : text_(text), unit_(unit), size_(static_cast<std::uint32_t>(text.size())) {
  blocks_.resize(size_ / block + 1);
  scan();
  count_units();
}

// Marks where every character starts, reading ASCII eight bytes at a time.
void OffsetMap::scan() {
  std::uint32_t pos = 0;
  while (pos < size_) {
    const std::uint32_t in_block = pos % block;
    if (in_block <= block - 8 && size_ - pos >= 8) {
      const auto ascii = static_cast<std::uint32_t>(
          unmarked_prefix(load_word(text_.data() + pos) & byte_high_bits));
      blocks_[pos / block].starts |= ((std::uint64_t{1} << ascii) - 1) << in_block;
      pos += ascii;
      if (ascii == 8) continue;
    }
    if (static_cast<unsigned char>(text_[pos]) < 0x80U) {
      mark_char(pos, false);
      ++pos;
      continue;
    }
    const CodePoint cp = decode_utf8(text_, pos);
    mark_char(pos, cp.valid && cp.value > 0xFFFF);
    pos += cp.length;
  }
}

void OffsetMap::mark_char(std::uint32_t pos, bool wide) noexcept {
  Block& b = blocks_[pos / block];
  const std::uint64_t bit = std::uint64_t{1} << (pos % block);
  b.starts |= bit;
  if (wide && unit_ == OffsetUnit::utf16) b.wide |= bit;
}

void OffsetMap::count_units() noexcept {
  std::uint32_t units = 0;
  for (Block& b : blocks_) {
    b.units = units;
    units += count_bits(b.starts) + count_bits(b.wide);
  }
  length_ = units_at(size_);
}

std::uint32_t OffsetMap::units_at(std::uint32_t byte) const noexcept {
  if (unit_ == OffsetUnit::utf8) return byte;
  const Block& b = blocks_[byte / block];
  const std::uint64_t before = bits_below(byte % block);
  const std::uint32_t chars = b.units + count_bits(b.starts & before);
  return unit_ == OffsetUnit::utf16 ? chars + count_bits(b.wide & before) : chars;
}

// Walks back block by block over character starts; `count` characters span at most
// 4 * count bytes.
std::uint32_t OffsetMap::chars_before(std::uint32_t byte, std::uint32_t count) const noexcept {
  byte = std::min(byte, size_);
  if (count == 0) return byte;
  std::uint32_t k = byte / block;
  std::uint64_t starts = blocks_[k].starts & bits_below(byte % block);
  for (;;) {
    const auto found = count_bits(starts);
    if (found >= count) return k * block + nth_lowest_bit(starts, found - count + 1);
    if (k == 0) return 0;
    count -= found;
    --k;
    starts = blocks_[k].starts;
  }
}

// Finds the start of the character after the last one counted.
std::uint32_t OffsetMap::chars_after(std::uint32_t byte, std::uint32_t count) const noexcept {
  byte = std::min(byte, size_);
  std::uint32_t k = byte / block;
  std::uint64_t starts = blocks_[k].starts & ~bits_below(byte % block);
  std::uint32_t wanted = count + 1;
  for (;;) {
    const auto found = count_bits(starts);
    if (found >= wanted) return k * block + nth_lowest_bit(starts, wanted);
    wanted -= found;
    ++k;
    if (k >= blocks_.size()) return size_;
    starts = blocks_[k].starts;
  }
}

}  // namespace sayso::inline v0::detail
