#include "attribution/attributor.hpp"

#include "attribution/attribution_builder.hpp"
#include "core/scratch.hpp"

namespace sayso::inline v0::detail {

Result<Attributor> Attributor::create(const ExtractorOptions& /*options*/) { return Attributor(); }

Result<void> Attributor::run(Analysis& analysis) const {
  if (analysis.doc == nullptr) return Error{ErrorCode::internal, "attribution stage without a document"};
  AttributionBuilder builder(analysis, thread_scratch<AttributionScratch>());
  builder.run();
  return {};
}

}  // namespace sayso::inline v0::detail
