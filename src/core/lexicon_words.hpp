// LexiconWords: every word the per-token lexicons of the pipeline know (the mention
// stage's MentionLexicon::words, the claim stage's ClaimLexicon, the reporting-verb
// forms of the CueLexicon), merged into one table when the Extractor is created, with
// what each lexicon says about the word in one record. tag() looks every word token of
// a document up once, stores its record's index in the Analysis (token_word) and tags
// the reporting-verb forms from the records (the cue tagger's work); TokenFacts and
// TokenTable read the records instead of hashing each word into their own tables (three
// hash lookups per word, three tables in the cache).
#ifndef SAYSO_SRC_CORE_LEXICON_WORDS_HPP
#define SAYSO_SRC_CORE_LEXICON_WORDS_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/analysis.hpp"
#include "lexicon/folded_index.hpp"

namespace sayso::inline v0::detail {

struct MentionWord;
struct MentionLexicon;
struct WordInfo;
class ClaimLexicon;
class CueLexicon;

/// What the lexicons say about one lower-case word (ASCII folded, as Analysis::folded
/// holds it). Pointers point into the lexicons the table was built from.
struct LexiconWord {
  const MentionWord* mention = nullptr;  ///< MentionLexicon::words entry, or nullptr.
  const WordInfo* claim = nullptr;       ///< ClaimLexicon::find() of the word, or nullptr.
  const CueEntry* cue = nullptr;         ///< The one-word reporting-verb form, or nullptr.
  std::uint64_t name_state = 0;          ///< name_hash_state() of the word (token_facts.hpp).
  bool cue_pair = false;                 ///< Some two-word form starts with the word.
};

class LexiconWords;

/// The record of each token of one document (LexiconWords::tag), read by value: plain
/// pointers. Empty (size 0) when the tokens were not tagged.
struct TokenWords {
  const Index* index = nullptr;          ///< Per token: its record, or no_index.
  Index size = 0;                        ///< The token count; 0: not tagged.
  const LexiconWord* records = nullptr;
  const LexiconWords* table = nullptr;   ///< The table that tagged the tokens.
  /// Records [0, cue_records) are those with a cue or cue_pair; the others have neither,
  /// so that a token's index tells it (no_index, the largest, included).
  Index cue_records = 0;

  [[nodiscard]] bool empty() const noexcept { return size == 0; }
  /// Token i's record (i < size), or nullptr for a word no lexicon knows and a non-word.
  [[nodiscard]] const LexiconWord* at(Index i) const noexcept {
    const Index k = index[i];
    return k == no_index ? nullptr : records + k;
  }
};

/// The merged word table. Immutable once built; shared by every thread.
class LexiconWords {
 public:
  LexiconWords() = default;
  /// Merges the words of the three lexicons, which must outlive the table.
  LexiconWords(const MentionLexicon& mentions, const ClaimLexicon& claims, const CueLexicon& cues);

  /// Sets a.token_word to the record of every word token (no_index for unknown words
  /// and other tokens), a.lexicon_words to this table, and a.token_cue and cue_tokens as
  /// CueLexicon::tag would (CueLexicon::tag_word for the words whose record has a form).
  /// Reads a.folded; when that does not match the text, returns false and changes
  /// nothing (the Analysis stays untagged: CueLexicon::tag and the other readers then
  /// look words up themselves). Linear in the token count.
  bool tag(Analysis& a) const;

  /// The record of the `length` bytes of `folded` from `start` (within it), or nullptr.
  [[nodiscard]] const LexiconWord* find_in(std::string_view folded, std::size_t start,
                                           std::size_t length) const noexcept {
    const std::uint32_t k = index_.find_in(folded, start, length);
    return k == FoldedIndex::npos ? nullptr : &records_[k];
  }
  /// The record of a lower-case word, or nullptr.
  [[nodiscard]] const LexiconWord* find(std::string_view lower) const noexcept {
    return find_in(lower, 0, lower.size());
  }
  /// True when the records point into these lexicons.
  [[nodiscard]] bool built_from(const MentionLexicon& m) const noexcept { return mentions_ == &m; }
  [[nodiscard]] bool built_from(const ClaimLexicon& c) const noexcept { return claims_ == &c; }
  [[nodiscard]] bool built_from(const CueLexicon& c) const noexcept { return cues_ == &c; }
  /// The records, by the index tag() stores.
  [[nodiscard]] const LexiconWord* records() const noexcept { return records_.data(); }
  /// The records with a cue or cue_pair: those of the indices below this.
  [[nodiscard]] Index cue_records() const noexcept { return cue_records_; }

 private:
  /// The record of `word`, added when new.
  LexiconWord& record(std::string_view word);

  FoldedIndex index_;
  std::vector<LexiconWord> records_;  ///< By index_'s index.
  const MentionLexicon* mentions_ = nullptr;
  const ClaimLexicon* claims_ = nullptr;
  const CueLexicon* cues_ = nullptr;
  Index cue_records_ = 0;
};

/// The records a.token_word holds (LexiconWords::tag), or an empty view when the
/// Analysis's tokens are not tagged.
[[nodiscard]] inline TokenWords token_words(const Analysis& a) noexcept {
  if (a.lexicon_words == nullptr || a.token_word.size() != a.tokens.size()) return {};
  return TokenWords{a.token_word.data(), static_cast<Index>(a.tokens.size()),
                    a.lexicon_words->records(), a.lexicon_words, a.lexicon_words->cue_records()};
}

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CORE_LEXICON_WORDS_HPP
