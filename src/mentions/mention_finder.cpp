#include "mentions/mention_finder.hpp"

namespace sayso::inline v0::detail {

// PLACEHOLDER: replaced by the real stage.
Result<MentionFinder> MentionFinder::create(const ExtractorOptions& /*options*/) { return MentionFinder(); }

Result<void> MentionFinder::run(Analysis& /*analysis*/) const { return {}; }

}  // namespace sayso::inline v0::detail
