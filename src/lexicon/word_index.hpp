// WordIndex: an open-addressing hash table from words to dense indices 0, 1, 2 ..., the
// storage under WordSet and WordMap. Lookups fold ASCII case while they hash (eight
// bytes at a time), never allocate, and touch one cache line in the common case; the
// lexicon lookups of every stage go through here once per token or more.
#ifndef SAYSO_SRC_LEXICON_WORD_INDEX_HPP
#define SAYSO_SRC_LEXICON_WORD_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"

namespace sayso::inline v0::detail {

/// Words to indices in insertion order. Case-folding (ASCII) or exact, chosen at
/// construction. Immutable once built; concurrent lookups are safe.
class WordIndex {
 public:
  /// Marks "not found".
  static constexpr std::uint32_t npos = 0xFFFFFFFFu;

  explicit WordIndex(bool fold = true) noexcept : fold_(fold) {}

  /// The index of `word` (folded first when the index folds), inserting it with the
  /// next free index when new.
  std::uint32_t insert(std::string_view word);

  /// The index of `word` (folded first when the index folds), or npos.
  [[nodiscard]] std::uint32_t find(std::string_view word) const noexcept {
    return fold_ ? lookup<true>(word) : lookup<false>(word);
  }
  /// find() for a word already lower-cased (ASCII): no folding.
  [[nodiscard]] std::uint32_t find_lower(std::string_view lower) const noexcept {
    return lookup<false>(lower);
  }
  /// False when find_lower(lower) is surely npos: no stored word has the length and the
  /// first, middle and last byte of `lower`. A few instructions and one bit of a 2 KB
  /// table, against a hash and a probe: worth it in front of lexicons that most words
  /// of running text miss.
  [[nodiscard]] bool may_hold_lower(std::string_view lower) const noexcept {
    if (lower.empty()) return !keys_.empty();
    const std::uint32_t bit = shape_bit(lower);
    return ((shapes_[bit / 64] >> (bit % 64)) & 1U) != 0;
  }
  /// A 32-bit hash of a (non-empty) word's shape: its length and its first, middle and
  /// last byte. Its top N bits index a table of 2^N shapes (shapes_ here; ClaimLexicon's
  /// shape table).
  static std::uint32_t shape_hash(std::string_view w) noexcept {
    const auto b = [&w](std::size_t k) {
      return static_cast<std::uint32_t>(static_cast<unsigned char>(w[k]));
    };
    const std::uint32_t key = (static_cast<std::uint32_t>(w.size()) << 24) ^ (b(0) << 16) ^
                              (b(w.size() / 2) << 8) ^ b(w.size() - 1);
    return key * 0x9E3779B1U;
  }
  /// Number of words.
  [[nodiscard]] std::size_t size() const noexcept { return keys_.size(); }
  /// The stored (folded) form of word `index`.
  [[nodiscard]] std::string_view key(std::uint32_t index) const noexcept { return keys_[index]; }

  /// ASCII upper-case letters of the eight bytes of `x` made lower case (SWAR).
  static std::uint64_t fold8(std::uint64_t x) noexcept { return fold_ascii8(x); }

  /// The hash of `w` (ASCII-folded when Fold); equal for a word and its folded form.
  template <bool Fold>
  static std::uint32_t hash(std::string_view w) noexcept {
    const char* p = w.data();
    const std::size_t n = w.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    std::size_t at = 0;
    for (; at + 8 <= n; at += 8) h = mix(h ^ word8<Fold>(p + at));
    const std::size_t rest = n - at;
    if (rest >= 4) {
      h = mix(h ^ ((word4<Fold>(p + at) << 32) | word4<Fold>(p + n - 4)));
    } else if (rest > 0) {
      const auto b = [p](std::size_t k) -> std::uint64_t {
        return static_cast<unsigned char>(p[k]) | (Fold ? 0x20U * is_upper(p[k]) : 0U);
      };
      h = mix(h ^ ((b(at) << 16) | (b(at + rest / 2) << 8) | b(n - 1)));
    }
    return static_cast<std::uint32_t>(h ^ (h >> 29));
  }

 private:
  static constexpr unsigned shape_log2 = 14;  // 16384 bits

  // The bit of a (folded, non-empty) word's shape in shapes_.
  static std::uint32_t shape_bit(std::string_view w) noexcept {
    return shape_hash(w) >> (32 - shape_log2);
  }

  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t index = npos;  ///< npos: empty slot.
  };

  static std::uint64_t mix(std::uint64_t h) noexcept {
    h *= 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
  }
  static unsigned is_upper(char c) noexcept { return (c >= 'A' && c <= 'Z') ? 1U : 0U; }
  template <bool Fold>
  static std::uint64_t word8(const char* p) noexcept {
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8);
    return Fold ? fold8(v) : v;
  }
  template <bool Fold>
  static std::uint64_t word4(const char* p) noexcept {
    std::uint32_t v = 0;
    std::memcpy(&v, p, 4);
    return Fold ? fold8(v) : v;  // the zero upper half stays zero
  }
  template <bool Fold>
  static bool same(std::string_view key, std::string_view w) noexcept {
    if (key.size() != w.size()) return false;
    if (!Fold && w.size() > 16) return std::memcmp(key.data(), w.data(), w.size()) == 0;
    if (!Fold) {  // short words: inline, cheaper than a call
      for (std::size_t i = 0; i < w.size(); ++i) {
        if (key[i] != w[i]) return false;
      }
      return true;
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      if (key[i] != static_cast<char>(c | (0x20 * is_upper(c)))) return false;
    }
    return true;
  }

  template <bool Fold>
  [[nodiscard]] std::uint32_t lookup(std::string_view w) const noexcept {
    if (w.size() > longest_ || slots_.empty()) return npos;
    const std::uint32_t h = hash<Fold>(w);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.index == npos) return npos;
      if (s.hash == h && same<Fold>(keys_[s.index], w)) return s.index;
    }
  }

  void grow();

  bool fold_;
  std::vector<std::uint64_t> shapes_ =
      std::vector<std::uint64_t>((std::size_t{1} << shape_log2) / 64, 0);  // stored shapes
  std::vector<Slot> slots_;  // a power of two, at most half full; empty until the first insert
  std::size_t mask_ = 0;
  std::size_t longest_ = 0;  // longer words are not looked up
  std::vector<std::string> keys_;
};

inline void WordIndex::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.index == npos) continue;
    std::size_t i = s.hash & mask_;
    while (slots_[i].index != npos) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

inline std::uint32_t WordIndex::insert(std::string_view word) {
  if (const std::uint32_t found = find(word); found != npos) return found;
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();
  std::string key(word);
  if (fold_) {
    for (char& c : key) c = static_cast<char>(c | (0x20 * is_upper(c)));
  }
  const std::uint32_t h = hash<false>(key);
  std::size_t i = h & mask_;
  while (slots_[i].index != npos) i = (i + 1) & mask_;
  const auto index = static_cast<std::uint32_t>(keys_.size());
  slots_[i] = Slot{h, index};
  if (key.size() > longest_) longest_ = key.size();
  if (!key.empty()) {
    const std::uint32_t bit = shape_bit(key);
    shapes_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  keys_.push_back(std::move(key));
  return index;
}

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_LEXICON_WORD_INDEX_HPP
