// Segmenter: paragraphs and sentences as byte spans, in one linear pass.
#ifndef SAYSO_SRC_SEGMENT_SEGMENTER_HPP
#define SAYSO_SRC_SEGMENT_SEGMENTER_HPP

#include <string_view>
#include <vector>

#include "sayso/document.hpp"
#include "sayso/extractor.hpp"
#include "sayso/result.hpp"
#include "segment/segment_lexicon.hpp"

namespace sayso::inline v0::detail {

/// Splits text into paragraphs and sentences. Immutable after create(); run() is safe
/// from many threads at once.
///
/// One pass over the bytes: a vectorised search jumps to candidate bytes (terminal
/// punctuation, line breaks, lead bytes of Unicode punctuation); each candidate is
/// decided from a window of bounded size around it, so the time is linear in the
/// input whatever it holds.
class Segmenter {
 public:
  /// Loads the abbreviation, title, month and sentence-starter lexicons plus the
  /// options' extra abbreviations and titles.
  static Result<Segmenter> create(const ExtractorOptions& options);

  /// Fills doc.paragraphs and doc.sentences (appending; callers pass a cleared Document)
  /// and `sentence_paragraph` (the paragraph index of each sentence). Sentences tile
  /// their paragraph's non-space text: every sentence lies inside one paragraph, and
  /// both are trimmed of white space. No sentence is longer than the options'
  /// max_sentence_bytes (split_long_sentences()).
  void run(std::string_view text, Document& doc, std::vector<Index>& sentence_paragraph) const;

 private:
  Segmenter(SegmentLexicon lexicon, std::size_t max_sentence_bytes)
      : lexicon_(std::move(lexicon)), max_sentence_bytes_(max_sentence_bytes) {}
  SegmentLexicon lexicon_;
  std::size_t max_sentence_bytes_;
};

/// Cuts every sentence of `sentences` longer than `max_bytes` (>= 4) into pieces of at
/// most `max_bytes`: at the last white space before the limit within its second half,
/// else at the limit, moved back to a code point boundary; pieces are trimmed of white
/// space and keep their sentence's paragraph in `sentence_paragraph`. Linear in the
/// text; leaves the vectors untouched when no sentence is too long.
void split_long_sentences(std::string_view text, std::vector<ByteSpan>& sentences,
                          std::vector<Index>& sentence_paragraph, std::size_t max_bytes);

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_SEGMENT_SEGMENTER_HPP
