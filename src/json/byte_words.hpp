// Eight bytes at a time: the word tests the JSON writer's text scans share.
#ifndef SAYSO_SRC_JSON_BYTE_WORDS_HPP
#define SAYSO_SRC_JSON_BYTE_WORDS_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sayso::inline v0::detail {

inline constexpr std::uint64_t byte_ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t byte_high_bits = byte_ones * 0x80U;

/// The 8 bytes at `p`, in native order.
inline std::uint64_t load_word(const char* p) noexcept {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  return word;
}

/// Marks (bit 7 of the byte) every byte of `word` that a JSON string cannot carry as
/// it is or that is not ASCII: control characters, '"', '\\', bytes >= 0x80. Marks
/// above the first marked byte may be spurious; the first one is exact.
inline std::uint64_t unplain_bytes(std::uint64_t word) noexcept {
  const std::uint64_t control = (word - byte_ones * 0x20U) & ~word;
  const std::uint64_t quote_xor = word ^ (byte_ones * '"');
  const std::uint64_t quote = (quote_xor - byte_ones) & ~quote_xor;
  const std::uint64_t backslash_xor = word ^ (byte_ones * '\\');
  const std::uint64_t backslash = (backslash_xor - byte_ones) & ~backslash_xor;
  return (control | quote | backslash | word) & byte_high_bits;
}

/// How many bytes of a word, in memory order, come before its first marked byte
/// (8 when none is marked).
inline std::size_t unmarked_prefix(std::uint64_t marks) noexcept {
  if (marks == 0) return 8;
  if constexpr (std::endian::native == std::endian::little) {
    return static_cast<std::size_t>(std::countr_zero(marks)) / 8;
  } else {
    return static_cast<std::size_t>(std::countl_zero(marks)) / 8;
  }
}

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_BYTE_WORDS_HPP
