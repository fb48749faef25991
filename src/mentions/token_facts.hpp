// TokenFacts: what the mention lexicons say about each token, found once per document
// (read from the token's record in the merged word table, core/lexicon_words.hpp, or
// else one lookup in MentionLexicon::words per token) so that the scans read arrays
// instead of hashing the same words again and again.
#ifndef SAYSO_SRC_MENTIONS_TOKEN_FACTS_HPP
#define SAYSO_SRC_MENTIONS_TOKEN_FACTS_HPP

#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/lexicon_words.hpp"
#include "mentions/key_set.hpp"
#include "mentions/mention_lexicon.hpp"
#include "mentions/token_text.hpp"

namespace sayso::inline v0::detail {

/// The KeyHasher state of name_key(word) for a lower-case word without a possessive
/// ending: its bytes with doubled letters met, never finished (MentionBuilder::name_state).
[[nodiscard]] inline std::uint64_t name_hash_state(std::string_view lower) noexcept {
  KeyHasher key;
  char prev = '\0';
  for (const char c : lower) {
    if (c == prev && c >= 'a' && c <= 'z') continue;  // doubled letters meet
    prev = c;
    key.byte(c);
  }
  return key.state();
}

/// Where TokenFacts::build writes the name_hash_state of each capitalised word (from its
/// record, or through its cache): MentionBuilder's per-token table, whose entries are
/// valid when their low byte is `generation` (the state's own low byte is replaced by it).
struct NameStateTable {
  std::uint64_t* states = nullptr;  ///< Per token; nullptr: write none.
  std::uint8_t generation = 0;
};

/// Read access to the per-token facts of one document (TokenFacts): plain pointers, so
/// that a copy held by value reads a table with one load less than through the owner.
/// Valid until the TokenFacts is built again.
class TokenFactsView {
 public:
  /// The merged lexicon entry of the token's lower-case key (possessive stripped), or
  /// nullptr (also out of range and for tokens that are no words).
  [[nodiscard]] const MentionWord* word(Index i) const noexcept {
    return i < n_ ? words_[i] : nullptr;
  }
  /// lex.heads entry for the token's lower-case key, or nullptr (also out of range).
  [[nodiscard]] const HeadInfo* head(Index i) const noexcept {
    const MentionWord* w = word(i);
    return w != nullptr ? w->head : nullptr;
  }
  /// Bytes of the token's possessive ending (possessive_length of its text: 0, 2 or 4).
  [[nodiscard]] std::size_t ending(Index i) const noexcept {
    return i < n_ ? (bits_[i] >> ending_shift) & ending_mask : 0U;
  }
  /// The token ends with a possessive "'s" / "’s".
  [[nodiscard]] bool possessive(Index i) const noexcept { return ending(i) != 0; }
  /// The token's key is a name stopword.
  [[nodiscard]] bool stopword(Index i) const noexcept { return has(i, mw_stopword); }
  /// A reporting-verb form starts at the token (Analysis::token_cue).
  [[nodiscard]] bool cue(Index i) const noexcept { return i < cue_count_ && cues_[i] != nullptr; }
  /// "one", "some", "several" ...: a quantifier that can open "one of the ...".
  [[nodiscard]] bool quantifier(Index i) const noexcept { return has(i, mw_quantifier); }
  /// "the", "a", "its" ...: a one-word determiner.
  [[nodiscard]] bool article(Index i) const noexcept { return has(i, mw_article); }
  /// The token's key has one of the classes `bits` (MentionWordBit, mention_lexicon.hpp).
  [[nodiscard]] bool has(Index i, unsigned bits) const noexcept {
    const MentionWord* w = word(i);
    return w != nullptr && (w->bits & bits) != 0;
  }
  /// True when a token in [i, end) is a description head; end - i must be at most
  /// max_head_distance + 1 (the mention scan looks four tokens ahead).
  [[nodiscard]] bool head_within(Index i, Index end) const noexcept {
    if (i >= n_) return false;
    const unsigned distance = bits_[i] >> head_distance_shift;  // capped at far_head
    return distance != far_head && i + distance < end;
  }
  /// The capitalised word tokens (TokenText::is_cap), in text order.
  [[nodiscard]] const std::vector<Index>& capitalised() const noexcept { return *caps_; }
  /// The sentence scan's per-token scanners may start at the token: a symbol, or a word
  /// that is a quantifier, an article or a pronoun (mw_scan_start) or has a description
  /// head within its next three tokens (head_within), or a name run starts there
  /// (TokenFacts::mark_scan_start). Tokens past the end: false.
  [[nodiscard]] bool scan_start(Index i) const noexcept {
    return i < n_ && (bits_[i] & scan_start_bit) != 0;
  }
  /// The first token in [i, end) that scan_start() marks, or `end` (at most the number of
  /// tokens). Reads the marks eight at a time: most tokens start nothing.
  [[nodiscard]] Index next_scan_start(Index i, Index end) const noexcept {
    if constexpr (std::endian::native == std::endian::little) {
      constexpr std::uint64_t marks = 0x0101010101010101ULL * scan_start_bit;
      for (; i < end; i += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, bits_ + i, 8);  // the table has eight bytes of padding
        if (const std::uint64_t hit = eight & marks; hit != 0) {
          const Index at = i + static_cast<Index>(std::countr_zero(hit) / 8);
          return at < end ? at : end;
        }
      }
      return end;
    } else {
      while (i < end && (bits_[i] & scan_start_bit) == 0) ++i;
      return i;
    }
  }
  /// The largest window head_within() answers for.
  static constexpr Index max_head_distance = 6;
  /// The gender of the one-word title the key (possessive stripped) is, or nullptr.
  [[nodiscard]] const Gender* title_key(Index i) const noexcept {
    const MentionWord* w = word(i);
    return w != nullptr ? w->title : nullptr;
  }
  /// The gender of the one-word title the whole token is (a possessive is none), or nullptr.
  [[nodiscard]] const Gender* title(Index i) const noexcept {
    const Gender* g = title_key(i);
    return g == nullptr || possessive(i) ? nullptr : g;
  }
  /// The pronoun the whole token is (a possessive is none), or nullptr.
  [[nodiscard]] const PronounInfo* pronoun(Index i) const noexcept {
    const MentionWord* w = word(i);
    return w == nullptr || possessive(i) ? nullptr : w->pronoun;
  }

 protected:
  // Per token, in two tables (nine bytes, not sixteen: on a large document every
  // scan streams them from memory).
  // Bit 0: scan_start().
  static constexpr unsigned scan_start_bit = 1;
  // Bits 1-3: the possessive ending's length (0, 2 or 4 bytes).
  static constexpr unsigned ending_shift = 1;
  static constexpr unsigned ending_mask = 7;
  // Bits 5-7: tokens to the next head noun (0-6), or far_head when it is further.
  static constexpr unsigned head_distance_shift = 5;
  static constexpr unsigned far_head = 7;
  const MentionWord* const* words_ = nullptr;  ///< Per token; for word tokens only.
  const std::uint8_t* bits_ = nullptr;         ///< Per token, and eight bytes of zeros.
  Index n_ = 0;                                ///< Tokens (the size of words_).
  const std::vector<Index>* caps_ = nullptr;
  const CueEntry* const* cues_ = nullptr;  ///< Analysis::token_cue.
  Index cue_count_ = 0;  ///< Its size when it has one entry per token, else 0.
};

/// Per-token lexicon facts of one document, read through the TokenFactsView it is. Not
/// thread-safe; one per pipeline run.
class TokenFacts : public TokenFactsView {
 public:
  /// Finds every word token's entry once (its record, when the Analysis's tokens are
  /// tagged by a table built from `lex`, else a lookup) and measures every token's
  /// possessive ending: O(number of tokens). Writes the name states of capitalised words
  /// into `names`.
  void build(const TokenText& t, const MentionLexicon& lex, NameStateTable names = {});
  /// The tables' read access, to keep by value.
  [[nodiscard]] TokenFactsView view() const noexcept { return *this; }
  /// Marks token i (when there is one) as a scan_start(): a name run starts there.
  void mark_scan_start(Index i) noexcept {
    if (i < n_) bit_table_[i] = static_cast<std::uint8_t>(bit_table_[i] | scan_start_bit);
  }

 private:
  // A direct-mapped cache of the name_hash_state of capitalised words no lexicon knows
  // (names: the others' states are in their records), words of up to eight bytes, kept
  // from document to document. Keyed by the word's bytes read as one integer, so a hit
  // is exact; the state's low byte (replaced by a generation where it is used) holds the
  // word's length.
  struct CacheSlot {
    std::uint64_t word = 0;
    std::uint64_t state = 0;  ///< name_hash_state, low byte: the length (0: empty).
  };
  /// `state` with its low byte replaced by `length`.
  static std::uint64_t with_length(std::uint64_t state, std::size_t length) noexcept {
    return (state & ~std::uint64_t{0xFF}) | length;
  }
  // 16384 slots (256 KiB per thread).
  static constexpr unsigned cache_bits = 14;
  /// build()'s pass over the tokens: writes the tables, returns the capitalised words.
  template <bool Tagged>
  Index fill(const Token* tokens, Index n, std::string_view all, const MentionLexicon& lex,
             const TokenWords& records, NameStateTable names);
  /// Computes the state of `word` into `slot` (a cache miss).
  [[gnu::noinline]] static std::uint64_t fill(CacheSlot& slot, std::string_view word,
                                              std::uint64_t bytes);
  /// The name_hash_state of the `length` bytes of `all` from `start` (low byte: the
  /// length), through the caches; 0 for a word they do not keep (longer than sixteen
  /// bytes, or too near the end of the text).
  [[nodiscard]] std::uint64_t state_of(std::string_view all, std::size_t start, std::size_t length);
  // Words of nine to sixteen bytes, keyed by their bytes read as two integers.
  struct LongSlot {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    std::uint64_t state = 0;  ///< As CacheSlot's.
  };
  static constexpr unsigned long_cache_bits = 12;
  [[gnu::noinline]] std::uint64_t long_state_of(std::string_view all, std::size_t start,
                                                std::size_t length);
  std::vector<LongSlot> long_cache_ = std::vector<LongSlot>(std::size_t{1} << long_cache_bits);
  std::vector<CacheSlot> cache_ = std::vector<CacheSlot>(std::size_t{1} << cache_bits);
  std::vector<const MentionWord*> word_table_;
  std::vector<std::uint8_t> bit_table_;
  std::vector<Index> cap_list_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_TOKEN_FACTS_HPP
