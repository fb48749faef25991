#include "claims/claim_builder.hpp"

namespace sayso::inline v0::detail {

// PLACEHOLDER: replaced by the real stage.
Result<ClaimBuilder> ClaimBuilder::create(const ExtractorOptions& /*options*/) { return ClaimBuilder(); }

Result<void> ClaimBuilder::run(Analysis& /*analysis*/) const { return {}; }

}  // namespace sayso::inline v0::detail
