// ExtractorImpl: the compiled stages of the pipeline, in data-flow order.
#ifndef SAYSO_SRC_CORE_EXTRACTOR_IMPL_HPP
#define SAYSO_SRC_CORE_EXTRACTOR_IMPL_HPP

#include <string_view>

#include "attribution/attributor.hpp"
#include "attribution/cue_lexicon.hpp"
#include "claims/claim_builder.hpp"
#include "core/analysis.hpp"
#include "core/lexicon_words.hpp"
#include "mentions/mention_finder.hpp"
#include "quotes/quote_finder.hpp"
#include "sayso/extractor.hpp"
#include "segment/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace sayso::inline v0::detail {

/// Every stage, compiled once. Immutable; shared by all copies of an Extractor.
class ExtractorImpl {
 public:
  ExtractorImpl(ExtractorOptions options, Segmenter segmenter, CueLexicon cues,
                QuoteFinder quotes, MentionFinder mentions, Attributor attributor,
                ClaimBuilder claims);
  ExtractorImpl(const ExtractorImpl&) = delete;  // words_ points into the stages
  ExtractorImpl& operator=(const ExtractorImpl&) = delete;

  /// Checks the input's size and encoding; records an invalid-UTF-8 warning in `doc`.
  /// With `folded`, also sets it to the text with ASCII letters lower-cased (the
  /// Analysis::folded of the later stages), in the same pass over the text.
  Result<void> check_input(std::string_view text, Document& doc,
                           std::string* folded = nullptr) const;
  /// Paragraphs and sentences.
  void segment(std::string_view text, Document& doc, Analysis& analysis) const;
  /// Every stage after segmentation. Reads `analysis.folded` as check_input() set it.
  Result<void> analyse(Analysis& analysis) const;

  ExtractorOptions options;

 private:
  Segmenter segmenter_;
  Tokenizer tokenizer_;
  CueLexicon cues_;  ///< The reporting-verb forms (words_ tags them, or cues_ without it).
  QuoteFinder quotes_;
  MentionFinder mentions_;
  Attributor attributor_;
  ClaimBuilder claims_;
  /// The words of the cue, mention and claim lexicons, merged: tags every word token
  /// once for the three of them, its cues included (after the stages it points into).
  LexiconWords words_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CORE_EXTRACTOR_IMPL_HPP
