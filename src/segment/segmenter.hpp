// Segmenter: paragraphs and sentences as byte spans, in one linear pass.
#ifndef SAYSO_SRC_SEGMENT_SEGMENTER_HPP
#define SAYSO_SRC_SEGMENT_SEGMENTER_HPP

#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "sayso/document.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"

namespace sayso::inline v0::detail {

/// Splits text into paragraphs and sentences. Immutable after create(); run() is safe
/// from many threads at once.
class Segmenter {
 public:
  /// Loads the abbreviation, title and month lexicons plus the options' extras.
  static Result<Segmenter> create(const ExtractorOptions& options);

  /// Fills doc.paragraphs and doc.sentences (appending; callers pass a cleared Document)
  /// and `sentence_paragraph` (the paragraph index of each sentence). Sentences tile
  /// their paragraph's non-space text: every sentence lies inside one paragraph.
  void run(std::string_view text, Document& doc, std::vector<Index>& sentence_paragraph) const;

 private:
  Segmenter() = default;
  WordSet abbreviations_;
  WordSet titles_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_SEGMENT_SEGMENTER_HPP
