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
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/word_index.hpp"
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

/// Hash and equality for heterogeneous lookup of std::string keys by string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

/// A set of words. Case-sensitive or case-folded (ASCII) as chosen at construction.
/// Immutable once built; concurrent lookups are safe.
class WordSet {
 public:
  explicit WordSet(bool fold = true) : index_(fold) {}
  /// Adds a word.
  void add(std::string_view word) { index_.insert(word); }
  /// Adds the first field of every row of embedded lexicon `name`.
  Result<void> add_lexicon(std::string_view name);
  /// True when `word` is in the set (folded first when the set folds case).
  [[nodiscard]] bool contains(std::string_view word) const noexcept {
    return index_.find(word) != WordIndex::npos;
  }
  /// contains() for a word already lower-cased (ASCII): no folding.
  [[nodiscard]] bool contains_lower(std::string_view lower) const noexcept {
    return index_.find_lower(lower) != WordIndex::npos;
  }
  /// Number of words.
  [[nodiscard]] std::size_t size() const noexcept { return index_.size(); }
  /// Word number n (0 <= n < size()) in its stored (folded) form, in insertion order.
  [[nodiscard]] std::string_view key(std::size_t n) const noexcept {
    return index_.key(static_cast<std::uint32_t>(n));
  }

 private:
  WordIndex index_;
};

/// A map from words to a value of type V, with the same folding rules as WordSet.
/// Values keep their addresses once the map is built (moving the map included); adding
/// an entry may move them, so take pointers to values only after the last one.
template <class V>
class WordMap {
 public:
  explicit WordMap(bool fold = true) : index_(fold) {}
  /// Adds or replaces an entry.
  void set(std::string_view word, V value) {
    const std::uint32_t at = index_.insert(word);
    if (at == values_.size()) {
      values_.push_back(std::move(value));
    } else {
      values_[at] = std::move(value);
    }
  }
  /// The value for `word`, inserting a default-constructed one when it is new.
  V& slot(std::string_view word) {
    const std::uint32_t at = index_.insert(word);
    if (at == values_.size()) values_.emplace_back();
    return values_[at];
  }
  /// The value for `word`, or nullptr.
  [[nodiscard]] const V* find(std::string_view word) const noexcept {
    return value(index_.find(word));
  }
  /// find() for a word already lower-cased (ASCII), or any word in a case-sensitive map.
  [[nodiscard]] const V* find_lower(std::string_view lower) const noexcept {
    return value(index_.find_lower(lower));
  }
  /// WordIndex::may_hold_lower: false when find_lower(lower) is surely nullptr.
  [[nodiscard]] bool may_hold_lower(std::string_view lower) const noexcept {
    return index_.may_hold_lower(lower);
  }
  /// Number of entries.
  [[nodiscard]] std::size_t size() const noexcept { return values_.size(); }
  /// Entry number n (0 <= n < size()), in insertion order: its stored key and value.
  [[nodiscard]] std::string_view key(std::size_t n) const noexcept {
    return index_.key(static_cast<std::uint32_t>(n));
  }
  [[nodiscard]] const V& value_at(std::size_t n) const noexcept { return values_[n]; }

 private:
  [[nodiscard]] const V* value(std::uint32_t at) const noexcept {
    return at == WordIndex::npos ? nullptr : &values_[at];
  }
  WordIndex index_;
  std::vector<V> values_;  // by index
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_LEXICON_LEXICON_HPP
