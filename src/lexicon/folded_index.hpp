// FoldedIndex: an open-addressing hash table from lower-case words to dense indices
// 0, 1, 2 ..., made for looking words up where they lie in a text: a word's first eight
// bytes are one load, so that most lookups cost a mask, a multiply and one slot (16
// bytes, four to a cache line), and a stored word of up to eight bytes one comparison.
// The pipeline looks every word token up here once (core/lexicon_words.hpp).
#ifndef SAYSO_SRC_LEXICON_FOLDED_INDEX_HPP
#define SAYSO_SRC_LEXICON_FOLDED_INDEX_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sayso::inline v0::detail {

/// Words to indices in insertion order, compared byte for byte (callers store and look
/// up folded words). Immutable once built; concurrent lookups are safe.
class FoldedIndex {
  // One stored word: its first eight bytes (zero past its end), its length and index.
  struct Slot {
    std::uint64_t head = 0;
    std::uint32_t length = 0;  ///< 0: an empty slot.
    std::uint32_t index = 0;
  };

 public:
  /// Marks "not found".
  static constexpr std::uint32_t npos = 0xFFFFFFFFu;

  FoldedIndex() { grow(); }  // a table to probe from the start: no test for none

  /// The lookups of one pass over a text, held by value: the table's fields stay in
  /// registers (a store between two lookups would make the compiler reload members).
  /// Valid while the index is unchanged.
  class Finder {
   public:
    /// The index of the n bytes at p (1 <= n), or npos. Reads eight bytes at p: p + 8
    /// must be readable. (A word longer than any stored one probes a slot or two like
    /// any other: no test for it.)
    [[nodiscard]] std::uint32_t find_padded(const char* p, std::size_t n) const noexcept {
      const std::uint64_t head = load8(p) & head_mask(n);
      for (std::size_t i = slot_of(head, p, n, shift_);; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.length == 0) return npos;
        if (s.head == head && s.length == n && (n <= 8 || same_tail(keys_[s.index], p, n))) {
          return s.index;
        }
      }
    }

   private:
    friend class FoldedIndex;
    const Slot* slots_ = nullptr;
    const std::string* keys_ = nullptr;
    std::size_t mask_ = 0;
    unsigned shift_ = 0;
  };
  [[nodiscard]] Finder finder() const noexcept {
    Finder f;
    f.slots_ = slots_.data();
    f.keys_ = keys_.data();
    f.mask_ = mask_;
    f.shift_ = shift_;
    return f;
  }

  /// The index of `word`, inserting it with the next free index when new. The empty
  /// word is never stored (npos).
  std::uint32_t insert(std::string_view word) {
    if (word.empty()) return npos;
    if (const std::uint32_t found = find(word); found != npos) return found;
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    const auto index = static_cast<std::uint32_t>(keys_.size());
    keys_.emplace_back(word);
    keys_.back().append(8, '\0');  // the slack a lookup may read past a word's end
    place(index);
    return index;
  }

  /// The index of the `length` bytes of `text` from `start` (1 <= length, within the
  /// text), or npos. Reads eight bytes from `start` where the text has them; near its
  /// end, a copy.
  [[nodiscard]] std::uint32_t find_in(std::string_view text, std::size_t start,
                                      std::size_t length) const noexcept {
    if (start + 8 <= text.size()) return finder().find_padded(text.data() + start, length);
    char copy[16] = {};  // (16: the compiler cannot tell length < 8)
    std::memcpy(copy, text.data() + start, length);  // length < 8 here
    return finder().find_padded(copy, length);
  }
  /// The index of `word`, or npos.
  [[nodiscard]] std::uint32_t find(std::string_view word) const noexcept {
    return word.empty() ? npos : find_in(word, 0, word.size());
  }
  /// Number of words.
  [[nodiscard]] std::size_t size() const noexcept { return keys_.size(); }
  /// Word number `index` as stored.
  [[nodiscard]] std::string_view key(std::uint32_t index) const noexcept {
    return {keys_[index].data(), keys_[index].size() - 8};
  }

 private:
  static std::uint64_t load8(const char* p) noexcept {
    std::uint64_t v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  // Per length 0 to 8: the bits of a loaded word's first `length` bytes.
  static constexpr std::array<std::uint64_t, 9> head_masks = [] {
    std::array<std::uint64_t, 9> m{};
    for (std::size_t n = 1; n < m.size(); ++n) {
      const std::uint64_t low = n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
      m[n] = std::endian::native == std::endian::little ? low : ~(~std::uint64_t{0} >> (8 * n));
    }
    return m;
  }();
  static std::uint64_t head_mask(std::size_t n) noexcept { return head_masks[n < 8 ? n : 8]; }
  // The first slot to probe for the word of `n` bytes at p whose head is `head` (its
  // length and last eight bytes mixed in when it is longer; a shorter word's zero
  // padding already tells its length), in a table of 2^(64 - shift) slots.
  static std::size_t slot_of(std::uint64_t head, const char* p, std::size_t n, unsigned shift) noexcept {
    std::uint64_t h = head;
    if (n > 8) h ^= (n * 0x9E3779B97F4A7C15ULL) ^ std::rotl(load8(p + n - 8), 29);
    return static_cast<std::size_t>((h * 0xFF51AFD7ED558CCDULL) >> shift);
  }
  // Bytes [8, n) of the n bytes at p equal those of `key`.
  static bool same_tail(const std::string& key, const char* p, std::size_t n) noexcept {
    return std::memcmp(key.data() + 8, p + 8, n - 8) == 0;
  }
  // Puts word `index` (stored in keys_) into a free slot.
  void place(std::uint32_t index) noexcept {
    const std::string& key = keys_[index];
    const std::size_t n = key.size() - 8;
    const std::uint64_t head = load8(key.data()) & head_mask(n);
    std::size_t i = slot_of(head, key.data(), n, shift_);
    while (slots_[i].length != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{head, static_cast<std::uint32_t>(n), index};
  }
  // Doubles the table (64 slots at first) and places every word again.
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    shift_ = static_cast<unsigned>(64 - std::countr_zero(slots_.size()));
    for (std::uint32_t k = 0; k < keys_.size(); ++k) place(k);
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t mask_ = 0;     // slots_.size() - 1
  unsigned shift_ = 63;      // 64 - log2(slots_.size())
  std::vector<std::string> keys_;  // each word, then eight zero bytes
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_LEXICON_FOLDED_INDEX_HPP
