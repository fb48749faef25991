#include "quotes/quote_finder.hpp"

namespace sayso::inline v0::detail {

// PLACEHOLDER: replaced by the real stage.
Result<QuoteFinder> QuoteFinder::create(const ExtractorOptions& /*options*/) { return QuoteFinder(); }

Result<void> QuoteFinder::run(Analysis& /*analysis*/) const { return {}; }

}  // namespace sayso::inline v0::detail
