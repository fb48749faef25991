// The decision at terminal punctuation: does this ".", "!", "?", ellipsis or CJK full
// stop end the sentence? Reads a bounded window around the mark only.
#ifndef SAYSO_SRC_SEGMENT_TERMINAL_HPP
#define SAYSO_SRC_SEGMENT_TERMINAL_HPP

#include <cstddef>
#include <string_view>

#include "segment/segment_lexicon.hpp"

namespace sayso::inline v0::detail::seg {

/// What the segmenter does at a run of terminal punctuation.
struct Decision {
  bool boundary = false;     ///< The sentence ends here.
  std::size_t end = 0;       ///< One past the sentence's last byte (when boundary).
  std::size_t next = 0;      ///< First byte of the next sentence (when boundary).
  std::size_t resume = 0;    ///< Where the scan for candidates continues.
};

/// Where the decision looks: the text, the current sentence's first byte, and the
/// lexicons.
struct TerminalContext {
  std::string_view text;
  std::size_t sentence_start = 0;
  const SegmentLexicon* lexicon = nullptr;
};

/// Decides at the terminal mark starting at byte `at`. A mark followed by the end of
/// its line is never a boundary here: the line break decides.
Decision decide_terminal(const TerminalContext& context, std::size_t at);

/// True when the sentence from `sentence_start` opens with a short time phrase that
/// runs up to `word_start` ("At 5 a.m.", "By 10:30"): the time does not end it.
bool fronted_time(std::string_view text, std::size_t sentence_start, std::size_t word_start);

}  // namespace sayso::inline v0::detail::seg

#endif  // SAYSO_SRC_SEGMENT_TERMINAL_HPP
