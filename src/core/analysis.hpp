// Analysis: the working state one call of the pipeline passes from stage to stage.
// Each stage reads what earlier stages wrote and adds its own results; none re-scans
// what an earlier stage already found.
#ifndef SAYSO_SRC_CORE_ANALYSIS_HPP
#define SAYSO_SRC_CORE_ANALYSIS_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/token_locator.hpp"
#include "sayso/document.hpp"
#include "text/tokenizer.hpp"

namespace sayso::inline v0::detail {

struct CueEntry;
class LexiconWords;

/// Marks "no index" in the Analysis's per-token tables.
inline constexpr Index no_index = 0xFFFFFFFFu;

/// The state of one pipeline run. Owned by the caller of the pipeline; not shared
/// between threads.
struct Analysis {
  std::string_view text;               ///< The input, exactly as given.
  Document* doc = nullptr;             ///< Where the results go.

  // Written by the segmentation stage's caller (ExtractorImpl) after segmenting.
  std::vector<Index> sentence_paragraph;  ///< Paragraph of each sentence.

  // Written by the tokenizer.
  std::vector<Token> tokens;              ///< Every token, in text order.
  std::vector<Index> sentence_first_token;  ///< Per sentence, plus a final end entry.
  std::vector<Index> quote_like_tokens;    ///< Tokens that may be quotation marks, in order.
  std::string folded;                     ///< `text` with ASCII letters lower-cased; same offsets.
  TokenLocator token_locator;             ///< Byte offset -> token in O(1) (the tokenizer builds it).

  // Written by LexiconWords::tag (core/lexicon_words.hpp), right after the tokenizer.
  /// Per token: the index of its word's record in `lexicon_words` (what the lexicons
  /// say about it), or no_index for a word they do not know and for other tokens.
  std::vector<Index> token_word;
  const LexiconWords* lexicon_words = nullptr;  ///< The table token_word indexes; nullptr: untagged.

  // Written by LexiconWords::tag from the words' records (CueLexicon::tag_word), or by
  // CueLexicon::tag for untagged tokens (attribution/cue_lexicon.hpp).
  std::vector<const CueEntry*> token_cue;  ///< Reporting-verb form starting at each token, or nullptr.
  std::vector<Index> cue_tokens;          ///< The tokens whose token_cue is set, in order.

  // Written by the quotation stage.
  /// Innermost quotation holding each token, or no_index; empty when the document has
  /// no quotation (readers take a table of another size than `tokens` as all no_index).
  std::vector<Index> token_quotation;

  // Written by the mention stage.
  std::vector<Index> token_mention;       ///< Mention covering each token, or no_index.
  /// Per doc->mentions entry: its first token and one past its last, as the mention
  /// stage built it (so that later stages need not map its byte span back to tokens).
  std::vector<std::pair<Index, Index>> mention_tokens;

  /// Empties everything but `folded`, `token_word` and `token_cue` (see below), keeping
  /// capacity.
  void clear() noexcept {
    sentence_paragraph.clear();
    tokens.clear();
    sentence_first_token.clear();
    quote_like_tokens.clear();
    // `folded` keeps its contents: the pipeline overwrites all of it for each text, and
    // resizing an emptied string would first zero-fill megabytes (a pass over memory
    // that outgrows the cache on large inputs).
    token_locator.clear();
    // token_word keeps its entries (LexiconWords::tag overwrites every one), unread
    // until the tag sets lexicon_words again.
    lexicon_words = nullptr;
    // token_cue keeps its entries: the tagger overwrites every one for each text.
    cue_tokens.clear();
    token_quotation.clear();
    token_mention.clear();
    mention_tokens.clear();
  }
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CORE_ANALYSIS_HPP
