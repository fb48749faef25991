// QuoteFinder: Finds pairs of quotation marks and gives each a role; fills doc.quotations and Analysis::token_quotation.
#ifndef SAYSO_SRC_QUOTES_QUOTE_FINDER_HPP
#define SAYSO_SRC_QUOTES_QUOTE_FINDER_HPP

#include "core/analysis.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// Finds pairs of quotation marks and gives each a role; fills doc.quotations and Analysis::token_quotation.
/// Immutable after create(); run() is safe from many threads at once.
class QuoteFinder {
 public:
  /// Loads this stage's lexicons and compiles its patterns.
  static Result<QuoteFinder> create(const ExtractorOptions& options);

  /// Runs the stage over `analysis`, reading earlier stages' results.
  Result<void> run(Analysis& analysis) const;

 private:
  QuoteFinder() = default;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_QUOTES_QUOTE_FINDER_HPP
