// WordTable: a small open-addressing hash table from words to a one-byte value, for
// the lookups the segmenter makes at every candidate boundary (no allocation, one
// FNV-1a pass over the word, ASCII case folded on the fly when asked).
#ifndef SAYSO_SRC_SEGMENT_WORD_TABLE_HPP
#define SAYSO_SRC_SEGMENT_WORD_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sayso::inline v0::detail::seg {

/// Immutable after the last insert(); lookups are safe from many threads.
class WordTable {
 public:
  /// Adds or replaces `word` with `value` (value 0 means absent and is not stored).
  void insert(std::string_view word, std::uint8_t value);
  /// The value of `word` as written, or 0.
  [[nodiscard]] std::uint8_t find(std::string_view word) const noexcept {
    return lookup<false>(word);
  }
  /// The value of `word` with ASCII letters lower-cased, or 0 (for tables whose keys
  /// are lower case).
  [[nodiscard]] std::uint8_t find_folded(std::string_view word) const noexcept {
    return lookup<true>(word);
  }

 private:
  struct Slot {
    std::string key;
    std::uint8_t value = 0;
  };

  static char fold(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }

  template <bool Fold>
  static std::uint32_t hash(std::string_view w) noexcept {
    std::uint32_t h = 2166136261U;
    for (const char c : w) {
      h ^= static_cast<unsigned char>(Fold ? fold(c) : c);
      h *= 16777619U;
    }
    return h;
  }

  template <bool Fold>
  static bool same(std::string_view key, std::string_view w) noexcept {
    if (key.size() != w.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (key[i] != (Fold ? fold(w[i]) : w[i])) return false;
    }
    return true;
  }

  template <bool Fold>
  [[nodiscard]] std::uint8_t lookup(std::string_view w) const noexcept {
    if (slots_.empty() || w.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash<Fold>(w) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == 0) return 0;
      if (same<Fold>(s.key, w)) return s.value;
    }
  }

  void grow();

  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

inline void WordTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(old.empty() ? 64 : old.size() * 2);
  used_ = 0;
  for (Slot& s : old) {
    if (s.value != 0) insert(s.key, s.value);
  }
}

inline void WordTable::insert(std::string_view word, std::uint8_t value) {
  if (word.empty() || value == 0) return;
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash<false>(word) & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.value == 0) {
      s.key = std::string(word);
      s.value = value;
      ++used_;
      return;
    }
    if (s.key == word) {
      s.value = value;
      return;
    }
  }
}

}  // namespace sayso::inline v0::detail::seg

#endif  // SAYSO_SRC_SEGMENT_WORD_TABLE_HPP
