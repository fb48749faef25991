// Attributor: builds attributions (direct, mixed, indirect) from quotations, mentions
// and reporting cues; fills doc.attributions (in text order of their content), sets
// Quotation::attribution and turns the quotations it attributes into speech.
//
// The per-document work is in AttributionBuilder (attribution_builder.hpp): reporting
// cues with their sources and content (attribution_cues.cpp), then quotations no cue
// claimed, nested quotations and embedded posts (attribution_quotes.cpp). Every record
// names its rule (rules.hpp). Reporting cues come tagged per token (Analysis::token_cue,
// cue_lexicon.hpp).
#ifndef SAYSO_SRC_ATTRIBUTION_ATTRIBUTOR_HPP
#define SAYSO_SRC_ATTRIBUTION_ATTRIBUTOR_HPP

#include "core/analysis.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// Builds attributions (direct, mixed, indirect) from quotations, mentions and reporting cues; fills doc.attributions and sets Quotation::attribution.
/// Immutable after create(); run() is safe from many threads at once.
class Attributor {
 public:
  /// Loads this stage's lexicons and compiles its patterns.
  static Result<Attributor> create(const ExtractorOptions& options);

  /// Runs the stage over `analysis`, reading earlier stages' results.
  Result<void> run(Analysis& analysis) const;

 private:
  Attributor() = default;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_ATTRIBUTION_ATTRIBUTOR_HPP
