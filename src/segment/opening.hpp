// Sentences that end without terminal punctuation: the salutation and the closing of
// a letter or e-mail ("Marta, There is ...", "Regards, Petra"), a clock-time stamp
// ("09:12 AM Please send ..."), an emoticon ("... on time. :) We will ...").
#ifndef SAYSO_SRC_SEGMENT_OPENING_HPP
#define SAYSO_SRC_SEGMENT_OPENING_HPP

#include <cstddef>
#include <string_view>

#include "segment/segment_lexicon.hpp"

namespace sayso::inline v0::detail::seg {

/// Where a sentence opening at `at` ends early, or 0 when it does not. Looks at a
/// bounded number of bytes after `at`. `paragraph_start` says whether the sentence
/// opens its paragraph (salutations only count there).
std::size_t opening_end(const SegmentLexicon& lexicon, std::string_view text, std::size_t at,
                        bool paragraph_start);

/// Where a sentence ends after the clock time whose colon is at `colon`
/// ("09:12 AM Please send ..."), or 0. `sentence_start` is the current sentence's first byte.
std::size_t clock_time_end(const SegmentLexicon& lexicon, std::string_view text,
                           std::size_t colon, std::size_t sentence_start);

/// Where a sentence ends after the emoticon whose colon is at `colon` (":)", ":-(",
/// ":D"), when a capitalised word follows it; or 0.
std::size_t emoticon_end(std::string_view text, std::size_t colon);

}  // namespace sayso::inline v0::detail::seg

#endif  // SAYSO_SRC_SEGMENT_OPENING_HPP
