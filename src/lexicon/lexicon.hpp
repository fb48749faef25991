// Lexicons: word lists kept as data files in src/lexicon/data/*.txt, compiled into the
// library (cmake/SaysoEmbed.cmake) and parsed once per Extractor.
//
// File format: UTF-8, one entry per line, fields separated by TAB; empty lines and lines
// whose first character is '#' are skipped; surrounding spaces of fields are trimmed.
#ifndef SAYSO_SRC_LEXICON_LEXICON_HPP
#define SAYSO_SRC_LEXICON_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// The bytes of the embedded lexicon `name` (file name without ".txt"); empty when
/// there is no such file. Defined in the generated sayso_lexicons.cpp.
std::string_view embedded_lexicon(std::string_view name) noexcept;

/// One parsed line: its fields. Views point into the lexicon's bytes.
using LexiconRow = std::vector<std::string_view>;

/// Parses lexicon bytes into rows (see the file format above).
std::vector<LexiconRow> parse_lexicon(std::string_view data);

/// The rows of embedded lexicon `name`, or ErrorCode::invalid_lexicon if it is missing.
Result<std::vector<LexiconRow>> load_lexicon(std::string_view name);

/// Lower-cases ASCII letters; other bytes are kept.
std::string fold_case(std::string_view s);

/// Lower-cases the ASCII letters of `s` into `out` (which must hold s.size() bytes).
inline void fold_case_into(std::string_view s, char* out) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

/// Folds short words into a stack buffer and calls f with the folded view; longer words
/// go through fold_case. Lets lookups fold without allocating.
template <class F>
decltype(auto) with_folded(std::string_view word, F&& f) {
  char buffer[64];
  if (word.size() <= sizeof buffer) {
    fold_case_into(word, buffer);
    return f(std::string_view(buffer, word.size()));
  }
  const std::string folded = fold_case(word);
  return f(std::string_view(folded));
}

/// Hash and equality for heterogeneous lookup of std::string keys by string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

/// A cheap hash for short words (lexicon keys): eight bytes per multiply. The word
/// containers are never iterated, so their order does not matter.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
    std::size_t at = 0;
    for (; at + 8 <= s.size(); at += 8) {
      std::uint64_t v = 0;
      std::memcpy(&v, s.data() + at, 8);
      h = mix(h ^ v);
    }
    std::uint64_t tail = 0;
    for (std::size_t k = at; k < s.size(); ++k) {
      tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[k])) << (8 * (k - at));
    }
    return static_cast<std::size_t>(mix(h ^ tail));
  }

 private:
  static std::uint64_t mix(std::uint64_t h) noexcept {
    h *= 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
  }
};

/// A set of words. Case-sensitive or case-folded (ASCII) as chosen at construction.
/// Immutable once built; concurrent lookups are safe.
class WordSet {
 public:
  explicit WordSet(bool fold = true) : fold_(fold) {}
  /// Adds a word.
  void add(std::string_view word);
  /// Adds the first field of every row of embedded lexicon `name`.
  Result<void> add_lexicon(std::string_view name);
  /// True when `word` is in the set (folded first when the set folds case).
  [[nodiscard]] bool contains(std::string_view word) const;
  /// contains() for a word already lower-cased (ASCII): no folding.
  [[nodiscard]] bool contains_lower(std::string_view lower) const {
    return words_.find(lower) != words_.end();
  }
  /// Number of words.
  [[nodiscard]] std::size_t size() const noexcept { return words_.size(); }

 private:
  bool fold_;
  std::unordered_set<std::string, WordHash, std::equal_to<>> words_;
};

/// A map from words to a value of type V, with the same folding rules as WordSet.
template <class V>
class WordMap {
 public:
  explicit WordMap(bool fold = true) : fold_(fold) {}
  /// Adds or replaces an entry.
  void set(std::string_view word, V value) {
    map_.insert_or_assign(fold_ ? fold_case(word) : std::string(word), std::move(value));
  }
  /// The value for `word`, or nullptr.
  [[nodiscard]] const V* find(std::string_view word) const {
    if (fold_) return with_folded(word, [this](std::string_view key) { return find_lower(key); });
    return find_lower(word);
  }
  /// find() for a word already lower-cased (ASCII), or any word in a case-sensitive map.
  [[nodiscard]] const V* find_lower(std::string_view lower) const {
    auto it = map_.find(lower);
    return it == map_.end() ? nullptr : &it->second;
  }
  /// Number of entries.
  [[nodiscard]] std::size_t size() const noexcept { return map_.size(); }

 private:
  bool fold_;
  std::unordered_map<std::string, V, WordHash, std::equal_to<>> map_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_LEXICON_LEXICON_HPP
