#include "mentions/mention_finder.hpp"

#include <utility>

#include "core/huge_pages.hpp"
#include "core/scratch.hpp"
#include "mentions/mention_builder.hpp"

namespace sayso::inline v0::detail {

Result<MentionFinder> MentionFinder::create(const ExtractorOptions& options) {
  auto lex = MentionLexicon::load(options);
  if (!lex) return lex.error();
  MentionFinder f;
  f.lex_ = std::make_shared<const MentionLexicon>(std::move(*lex));
  return f;
}

Result<void> MentionFinder::run(Analysis& analysis) const {
  if (analysis.doc == nullptr) return Error{ErrorCode::internal, "mention stage without a document"};
  fill_table(analysis.token_mention, analysis.tokens.size(), no_index);
  analysis.mention_tokens.clear();
  MentionBuilder builder(*lex_, analysis, thread_scratch<MentionScratch>());
  builder.run();
  return {};
}

}  // namespace sayso::inline v0::detail
