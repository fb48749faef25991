#include "claims/claim_builder.hpp"

#include "claims/claim_run.hpp"

namespace sayso::inline v0::detail {

Result<ClaimBuilder> ClaimBuilder::create(const ExtractorOptions& /*options*/) {
  auto lexicon = ClaimLexicon::load();
  if (!lexicon) return lexicon.error();
  return ClaimBuilder(std::move(*lexicon));
}

Result<void> ClaimBuilder::run(Analysis& analysis) const {
  if (analysis.doc == nullptr) {
    return Error{ErrorCode::internal, "claim stage run without a document"};
  }
  analysis.doc->claims.clear();
  thread_local ClaimScratch scratch;
  ClaimRun pass(*lexicon_, analysis, scratch);
  pass.run();
  return {};
}

}  // namespace sayso::inline v0::detail
