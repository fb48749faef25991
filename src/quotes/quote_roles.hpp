// What a quotation is used for: someone's words (speech), scare quotes, the title of a
// work, or a nickname inside a name (phenomena 11 and 21).
//
// The decision is split in two so that later stages can read and refine it:
// QuoteFeatureReader measures a quotation and its surroundings (a bounded window of
// tokens around each mark) into QuoteFeatures, and decide_quote_role() applies the
// rules below to those features alone. The attribution stage may still turn a
// quotation into speech when it finds a speaker for it.
//
// The rules, first match wins:
//  1. unknown:  no word or number inside the marks ("", "...").
//  2. title:    title-cased content (every word capitalised but small function words)
//               right after a title cue within two tokens ("the film 'Long Road'",
//               "an album called 'Blue Skies'", "his book, 'Why We Fight,'"); a final
//               comma or period inside the marks is allowed, other punctuation is not.
//  3. speech:   a quotation of at most three words in a headline (the first paragraph
//               of a longer text, one sentence without a final period): headline
//               quotes are words of the headline's subject ("Mayor 'Open' To Budget Talks").
//  4. nickname: at most three words without punctuation, right between two capitalised
//               words that are not function words ("Dwayne 'The Rock' Johnson").
//  5. title:    two or more title-cased words in the middle of a sentence, with no
//               punctuation and no speech context (italic-like use:
//               "they watched 'The Long Goodbye' twice").
//  6. scare:    at most three words without punctuation, in the middle of a sentence,
//               with no speech context ("a so-called 'reform'").
//  7. speech:   everything else: clause-like content.
// "Speech context" is a colon or comma right before the opening mark, a comma right
// after the closing mark, a reporting verb earlier in the same sentence (at most 30
// tokens back: a partial quote inside reported speech, "she said the plan was 'dead'")
// or within three tokens after the closing mark. A verb form right after a determiner
// is a noun and does not count ("the answer").
#ifndef SAYSO_SRC_QUOTES_QUOTE_ROLES_HPP
#define SAYSO_SRC_QUOTES_QUOTE_ROLES_HPP

#include <cstdint>
#include <memory>

#include "core/analysis.hpp"
#include "lexicon/lexicon.hpp"
#include "quotes/quote_pairing.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// The word lists the quotation stage uses. Immutable after load().
struct QuoteLexicon {
  WordSet elisions;         ///< quote_roles.txt "elision": words spelled 'em, 'cause.
  WordSet title_cues;       ///< quote_roles.txt "title_cue": film, book, titled, ...
  WordSet function_words;   ///< quote_roles.txt "function": of, the, and, ...
  WordSet determiners;      ///< quote_roles.txt "determiner": a verb form after one is a noun.
  WordSet reporting_verbs;  ///< reporting_verbs.txt forms, plus the options' extras.

  /// Loads quote_roles.txt and reporting_verbs.txt, adding options.reporting_verbs.
  static Result<QuoteLexicon> load(const ExtractorOptions& options);
};

/// What decide_quote_role() looks at. Counts and flags over the content tokens (the
/// tokens strictly inside the marks) and the few tokens around the marks.
struct QuoteFeatures {
  std::uint32_t words = 0;           ///< Word and number tokens in the content.
  bool ends_with_speech_punct = false;  ///< Content ends with , . ! ? ; : or an ellipsis.
  bool inner_speech_punct = false;   ///< Such punctuation elsewhere in the content.
  bool title_cased = false;          ///< Every word capitalised, or a small function word
                                     ///< after the first.
  bool at_sentence_start = false;    ///< Only marks or brackets before it in its sentence.
  bool colon_or_comma_before = false;  ///< ':' or ',' right before the opening mark.
  bool comma_after = false;          ///< ',' right after the closing mark.
  bool reporting_verb_near = false;  ///< A reporting verb earlier in the sentence or
                                     ///< within 3 tokens after the closing mark.
  bool title_cue_before = false;     ///< A title cue within 2 tokens before the opening.
  bool between_name_parts = false;   ///< Capitalised non-function words on both sides.
  bool verdict = false;              ///< The object's complement after a verb of naming
                                     ///< or judging: `called the plan "reckless"`,
                                     ///< `described it as "...", `accused him of "..."`.
  bool modifies_noun = false;        ///< Between a determiner and a lower-case noun: `the
                                     ///< "work till you drop" reform`.
  bool in_headline = false;          ///< In a headline paragraph.
};

/// The role the rules in this file's header give to a quotation with features `f`.
QuoteRole decide_quote_role(const QuoteFeatures& f) noexcept;

/// Whether decide_quote_role(f) may change with the features read_surroundings() sets
/// (at_sentence_start through between_name_parts); false when the content features
/// alone decide it.
bool surroundings_matter(const QuoteFeatures& f) noexcept;

/// Measures quotations. Holds the lexicon; cheap to copy.
class QuoteFeatureReader {
 public:
  explicit QuoteFeatureReader(std::shared_ptr<const QuoteLexicon> lexicon)
      : lexicon_(std::move(lexicon)) {}

  /// The features of `pair` in `analysis`. `in_headline` is decided by the caller.
  /// Reads O(content tokens) tokens.
  [[nodiscard]] QuoteFeatures read(const Analysis& analysis, const QuotePair& pair,
                                   bool in_headline) const;
  /// decide_quote_role(read(analysis, pair, in_headline)), reading the surroundings only
  /// when they can change the role: a quotation that is neither short and plain nor
  /// title-cased without inner punctuation is speech whatever surrounds it (most
  /// quotations in news text), so its 30-token look-back for a reporting verb is skipped,
  /// and so is the rest of its content once its first tokens show that it is such.
  [[nodiscard]] QuoteRole role(const Analysis& analysis, const QuotePair& pair,
                               bool in_headline) const;

 private:
  [[nodiscard]] bool noun_like(const Analysis& a, Index t) const;
  [[nodiscard]] bool is_verdict(const Analysis& a, Index o) const;
  /// Reads the content features into `f`; with `settle`, may stop early and return
  /// true when the role is speech whatever the rest (f is then incomplete).
  bool read_content(const Analysis& a, const QuotePair& pair, QuoteFeatures& f,
                    bool settle) const;
  void read_surroundings(const Analysis& a, const QuotePair& pair, QuoteFeatures& f) const;
  [[nodiscard]] bool reporting_verb_within(const Analysis& a, Index from, Index to,
                                           Index sentence_lo, Index sentence_hi) const;

  std::shared_ptr<const QuoteLexicon> lexicon_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_QUOTES_QUOTE_ROLES_HPP
