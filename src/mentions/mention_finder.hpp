// MentionFinder: finds mentions (names with their titles, descriptions, pronouns,
// handles) and groups them into entities; fills doc.mentions, doc.entities and
// Analysis::token_mention (the innermost mention holding each token).
//
// The per-document work is in MentionBuilder (mention_builder.hpp): name runs and
// descriptions are found sentence by sentence (mention_scan.cpp); names meet in
// entities through hash maps keyed by normalised forms, appositions link descriptions
// to names, and definite descriptions and pronouns resolve to recent entities through
// a bounded recency list (mention_entities.cpp). Lexicons: titles, description_heads,
// pronouns, place_names, place_parts, name_stopwords, first_names, reporting_verbs.
#ifndef SAYSO_SRC_MENTIONS_MENTION_FINDER_HPP
#define SAYSO_SRC_MENTIONS_MENTION_FINDER_HPP

#include <memory>

#include "core/analysis.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

struct MentionLexicon;

/// Finds mentions (names, descriptions, pronouns, handles) and groups them into entities; fills doc.mentions, doc.entities and Analysis::token_mention.
/// Immutable after create(); run() is safe from many threads at once.
class MentionFinder {
 public:
  /// Loads this stage's lexicons and compiles its patterns.
  static Result<MentionFinder> create(const ExtractorOptions& options);

  /// Runs the stage over `analysis`, reading earlier stages' results.
  Result<void> run(Analysis& analysis) const;
  /// The stage's lexicon (for the merged word table, core/lexicon_words.hpp).
  [[nodiscard]] const MentionLexicon& lexicon() const noexcept { return *lex_; }

 private:
  MentionFinder() = default;
  std::shared_ptr<const MentionLexicon> lex_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_MENTION_FINDER_HPP
