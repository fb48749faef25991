// ClaimBuilder: Builds claim records (quantities, times, hedges, negations) from attributions and the writer's own checkable statements; fills doc.claims.
#ifndef SAYSO_SRC_CLAIMS_CLAIM_BUILDER_HPP
#define SAYSO_SRC_CLAIMS_CLAIM_BUILDER_HPP

#include <memory>

#include "claims/claim_lexicon.hpp"
#include "core/analysis.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// Builds claim records (quantities, times, hedges, negations) from attributions and the writer's own checkable statements; fills doc.claims.
/// Immutable after create(); run() is safe from many threads at once.
class ClaimBuilder {
 public:
  /// Loads this stage's lexicons and compiles its patterns.
  static Result<ClaimBuilder> create(const ExtractorOptions& options);

  /// Runs the stage over `analysis`, reading earlier stages' results.
  Result<void> run(Analysis& analysis) const;
  /// The stage's lexicon (for the merged word table, core/lexicon_words.hpp).
  [[nodiscard]] const ClaimLexicon& lexicon() const noexcept { return *lexicon_; }

 private:
  explicit ClaimBuilder(std::shared_ptr<const ClaimLexicon> lexicon)
      : lexicon_(std::move(lexicon)) {}

  std::shared_ptr<const ClaimLexicon> lexicon_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CLAIMS_CLAIM_BUILDER_HPP
