// CueLexicon: the reporting-verb lexicon (src/lexicon/data/reporting_verbs.txt plus the
// ExtractorOptions::reporting_verbs extras): every inflected form with its lemma, cue
// class and flags, matched over tokens (multi-word forms such as "pointed out" and
// "according to" included).
#ifndef SAYSO_SRC_ATTRIBUTION_CUE_LEXICON_HPP
#define SAYSO_SRC_ATTRIBUTION_CUE_LEXICON_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "lexicon/lexicon.hpp"
#include "mentions/token_text.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// The lemmas the attribution rules test by name (CueEntry::known), so that a rule reads
/// one byte instead of comparing strings.
enum class KnownLemma : std::uint8_t { other, say, add, ask, warn, urge, expect, write };

/// What the lexicon knows about one form.
struct CueEntry {
  std::string lemma;
  KnownLemma known = KnownLemma::other;  ///< `lemma` when it is one the rules name.
  CueClass cue_class = CueClass::communication;
  bool needs_that = false;  ///< Only a cue with a that-clause, colon, quote or postposed.
  bool addressee = false;   ///< Takes an addressee object ("told reporters").
  /// A manner of speaking ("shouted", "laughed"): only a cue beside a quotation or
  /// before a that-clause or colon, never for a plain clause before or after it.
  bool beside_quote = false;
  bool participle = false;  ///< An -ing form ("saying", "adding").
  std::uint8_t words = 1;   ///< Tokens the form spans.
  /// Objects after which the verb reports nothing ("claimed victory"), folded
  /// (non_report_objects.txt).
  std::vector<std::string> non_report_objects;
};

/// A form found at a token.
struct CueMatch {
  const CueEntry* entry = nullptr;
  Index first = 0;  ///< First token of the verb form.
  Index last = 0;   ///< One past its last token.
};

/// The form tagged at token i (CueLexicon::tag), or nothing.
inline std::optional<CueMatch> tagged_cue(const TokenText& t, Index i) {
  const CueEntry* e = t.cue(i);
  if (e == nullptr) return std::nullopt;
  return CueMatch{e, i, i + e->words};
}

/// Immutable after load(); lookups are thread-safe. Move-only: its word table points
/// into its form table (moving keeps those addresses).
class CueLexicon {
 public:
  CueLexicon() = default;
  CueLexicon(const CueLexicon&) = delete;
  CueLexicon& operator=(const CueLexicon&) = delete;
  CueLexicon(CueLexicon&&) = default;
  CueLexicon& operator=(CueLexicon&&) = default;

  /// Loads the built-in lexicon and the options' extra verbs.
  static Result<CueLexicon> load(const ExtractorOptions& options);
  /// The form starting at token i, longest first, or nothing.
  [[nodiscard]] std::optional<CueMatch> match(const TokenText& t, Index i) const;
  /// Sets Analysis::token_cue and cue_tokens: the form starting at each token (match()),
  /// so that the later stages read one pointer per token instead of matching again.
  /// Linear. (LexiconWords::tag does the same from its records, tag_word() for each
  /// word whose record has a form, when it tags the tokens: core/lexicon_words.hpp.)
  void tag(Analysis& a) const;
  /// Sets a.token_cue[i] (the table sized to the tokens) to the form starting at word
  /// token i, whose one-word form is `single` (or nullptr) and which starts a two-word
  /// form when `pair_start`, and appends i to a.cue_tokens when there is one.
  void tag_word(Analysis& a, const TokenText& t, Index i, const CueEntry* single,
                bool pair_start) const;
  /// Calls f(word, single, pair_start) for every word that starts a form (folded): its
  /// one-word form or nullptr, and whether some two-word form starts with it.
  template <class F>
  void for_each_word(F&& f) const {
    for (std::size_t n = 0; n < words_.size(); ++n) {
      const WordCue& w = words_.value_at(n);
      f(words_.key(n), w.single, w.pair_start);
    }
  }

 private:
  Result<void> add_objects(const std::vector<LexiconRow>& rows);
  Result<void> add_row(const LexiconRow& row);
  /// The two-word form of tokens i and i + 1, or nullptr.
  [[nodiscard]] const CueEntry* pair_at(const TokenText& t, Index i) const;
  /// The form starting at word token i, whose one-word form is `single` (or nullptr)
  /// and which starts a two-word form when `pair_start`: the longer one first.
  [[nodiscard]] const CueEntry* form_at(const TokenText& t, Index i, const CueEntry* single,
                                        bool pair_start) const;
  /// What one word may start: a one-word form, and whether some two-word form starts with it.
  struct WordCue {
    const CueEntry* single = nullptr;
    bool pair_start = false;
  };
  void index_words();

  WordMap<std::vector<std::string>> objects_;  ///< non_report_objects.txt, per lemma.
  WordMap<CueEntry> forms_;  ///< Every form, two-word ones joined by a space.
  WordMap<WordCue> words_;   ///< Per first word: one lookup per token.
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_ATTRIBUTION_CUE_LEXICON_HPP
