#include "attribution/attributor.hpp"

namespace sayso::inline v0::detail {

// PLACEHOLDER: replaced by the real stage.
Result<Attributor> Attributor::create(const ExtractorOptions& /*options*/) { return Attributor(); }

Result<void> Attributor::run(Analysis& /*analysis*/) const { return {}; }

}  // namespace sayso::inline v0::detail
