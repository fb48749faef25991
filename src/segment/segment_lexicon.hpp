// The word lists the segmenter consults at candidate boundaries: abbreviations by
// kind, words that usually start a sentence, words that follow a clock time, and
// reporting verbs. Loaded once per Extractor from the embedded lexicons.
#ifndef SAYSO_SRC_SEGMENT_SEGMENT_LEXICON_HPP
#define SAYSO_SRC_SEGMENT_SEGMENT_LEXICON_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"
#include "segment/word_table.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// What an abbreviation's period says about a sentence boundary (see
/// src/lexicon/data/abbreviations.txt).
enum class AbbrevKind : std::uint8_t {
  none,     ///< Not an abbreviation.
  title,    ///< Before a name: never ends a sentence ("Mr.", "Gen.", "St.").
  number,   ///< Before a number ("No.", "p."); months too ("Jan.").
  time,     ///< "a.m.", "p.m.".
  general,  ///< Ends a sentence only before a usual sentence starter ("Inc.", "U.S.").
};

/// A quick, exact-negative filter on words: by ASCII-folded first byte and length.
/// maybe() false means the word is surely not in the set it was built from.
class WordShapeFilter {
 public:
  void add(std::string_view word) noexcept {
    if (word.empty()) return;
    masks_[first_byte(word)] |= bit(word.size());
  }
  [[nodiscard]] bool maybe(std::string_view word) const noexcept {
    return !word.empty() && (masks_[first_byte(word)] & bit(word.size())) != 0;
  }

 private:
  static std::size_t first_byte(std::string_view w) noexcept {
    const auto b = static_cast<unsigned char>(w[0]);
    return (b >= 'A' && b <= 'Z') ? b + 32U : b;
  }
  static std::uint64_t bit(std::size_t size) noexcept {
    return std::uint64_t{1} << (size < 63 ? size : 63);
  }
  std::array<std::uint64_t, 256> masks_{};
};

/// Immutable after load(); lookups are safe from many threads.
class SegmentLexicon {
 public:
  /// Reads the built-in lexicons and the options' extra abbreviations and titles.
  static Result<SegmentLexicon> load(const ExtractorOptions& options);

  /// The kind of `word` (written without its final period).
  [[nodiscard]] AbbrevKind abbreviation(std::string_view word) const;
  /// True for capitalised words that usually begin a sentence ("The", "He").
  [[nodiscard]] bool starts_sentence(std::string_view word) const {
    return starter_shapes_.maybe(word) && starters_.find(word) != 0;
  }
  /// True for words that continue a sentence after a clock time ("Tuesday", "EST").
  [[nodiscard]] bool follows_clock_time(std::string_view word) const {
    return clock_followers_.contains(word);
  }
  /// True for letter closings ("Thanks", "Best regards").
  [[nodiscard]] bool is_closing(std::string_view phrase) const {
    return closings_.contains(phrase);
  }
  /// True for reporting verbs and verbs of speaking ("said", "asked", "shouted").
  [[nodiscard]] bool is_reporting_verb(std::string_view word) const {
    return reporting_verbs_.contains(word);
  }

 private:
  void add_abbreviation(std::string_view form, AbbrevKind kind);
  Result<void> add_kind_lexicon();
  Result<void> add_months();
  Result<void> add_places();

  Result<void> add_starters();

  WordShapeFilter abbreviation_shapes_;
  WordShapeFilter starter_shapes_;
  seg::WordTable exact_;   // forms with a capital letter, as written and in capitals
  seg::WordTable folded_;  // all-lowercase forms, matched in any case
  seg::WordTable starters_;
  WordSet clock_followers_{false};
  WordSet reporting_verbs_{true};
  WordSet closings_{true};
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_SEGMENT_SEGMENT_LEXICON_HPP
