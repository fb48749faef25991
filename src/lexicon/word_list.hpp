// WordList: a fixed list of short words, built at compile time, tested for membership in
// a few instructions. A table by first byte narrows the candidates to the words that
// share it (one to five in the lists of the attribution stage), whose length and bytes
// are then compared inline: no chain of string compares, no memcmp call. The attribution
// stage asks such lists about the words around every cue ("has", "on", "later", ...).
#ifndef SAYSO_SRC_LEXICON_WORD_LIST_HPP
#define SAYSO_SRC_LEXICON_WORD_LIST_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sayso::inline v0::detail {

/// N non-empty words (N < 256), compared byte for byte (callers pass folded keys).
template <std::size_t N>
class WordList {
  static_assert(N > 0 && N < 256, "a WordList holds 1 to 255 words");

 public:
  /// Groups `words` by first byte (stable: their order within a group is kept).
  constexpr explicit WordList(const std::string_view (&words)[N]) {
    std::array<std::uint8_t, 257> count{};
    for (const std::string_view w : words) ++count[first_byte(w) + 1];
    for (std::size_t c = 1; c < begin_.size(); ++c) {
      begin_[c] = static_cast<std::uint8_t>(begin_[c - 1] + count[c]);
    }
    std::array<std::uint8_t, 256> next{};
    for (std::size_t c = 0; c < next.size(); ++c) next[c] = begin_[c];
    for (const std::string_view w : words) words_[next[first_byte(w)]++] = w;
  }

  /// True when `k` is one of the words.
  [[nodiscard]] constexpr bool contains(std::string_view k) const noexcept {
    if (k.empty()) return false;
    const std::size_t c = first_byte(k);
    for (std::size_t i = begin_[c]; i < begin_[c + 1]; ++i) {
      const std::string_view w = words_[i];
      if (w.size() != k.size()) continue;
      std::size_t j = 1;  // the first byte matched by the table
      while (j < w.size() && w[j] == k[j]) ++j;
      if (j == w.size()) return true;
    }
    return false;
  }

 private:
  static constexpr std::size_t first_byte(std::string_view w) noexcept {
    return w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  }

  std::array<std::string_view, N> words_{};
  std::array<std::uint8_t, 257> begin_{};  ///< Words with first byte c: [begin_[c], begin_[c + 1]).
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_LEXICON_WORD_LIST_HPP
