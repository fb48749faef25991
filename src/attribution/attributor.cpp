#include "attribution/attributor.hpp"

#include <utility>

#include "attribution/attribution_builder.hpp"
#include "attribution/cue_lexicon.hpp"

namespace sayso::inline v0::detail {

Result<Attributor> Attributor::create(const ExtractorOptions& options) {
  auto cues = CueLexicon::load(options);
  if (!cues) return cues.error();
  Attributor a;
  a.cues_ = std::make_shared<const CueLexicon>(std::move(*cues));
  return a;
}

Result<void> Attributor::run(Analysis& analysis) const {
  if (analysis.doc == nullptr) return Error{ErrorCode::internal, "attribution stage without a document"};
  AttributionBuilder builder(*cues_, analysis);
  builder.run();
  return {};
}

}  // namespace sayso::inline v0::detail
