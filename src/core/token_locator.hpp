// TokenLocator: the token at a byte offset in O(1), for the stages that map the byte
// spans of quotations, mentions and cues back to tokens.
//
// A binary search over every token of the document costs ~log2(tokens) dependent
// loads, most of them cache misses once the token array outgrows the cache (23 levels
// at 16 MB): the per-lookup cost grows with the document. The locator keeps, for each
// 16-byte block of the text, the first token starting in or after it (4 bytes per 16
// bytes of text), and then steps over at most the tokens starting in one block: at
// most 16, as tokens are non-empty and do not overlap; one to three in news text.
// (64-byte blocks stepped over ~10 tokens a lookup; 8-byte blocks cost more to build
// than they save.)
#ifndef SAYSO_SRC_CORE_TOKEN_LOCATOR_HPP
#define SAYSO_SRC_CORE_TOKEN_LOCATOR_HPP

#include <cstdint>
#include <vector>

#include "text/tokenizer.hpp"

namespace sayso::inline v0::detail {

class TokenLocator {
 public:
  /// Indexes `tokens` (in text order, non-empty, not overlapping), which must outlive
  /// the lookups. Linear in the tokens and blocks; keeps its capacity across builds.
  void build(const std::vector<Token>& tokens);

  // The same index built by the producer of the tokens (Tokenizer::run) while they are
  // in the cache, instead of in a second pass over the token array (16 bytes per
  // token, read back from memory on a large document): begin(), add() on the Filler
  // for every token in order, finish().
  /// Fills the table; a small value the producer keeps in registers.
  class Filler {
   public:
    /// Indexes token `k` (the next one, in text order), which starts at byte `start`.
    void add(Index k, std::uint32_t start) noexcept {
      // Every block starting at or before this token's start and after the previous
      // token's start has this token as its first. start < text_size: in the table.
      // Most tokens set none or one: the first block is stored without a branch (when
      // the token sets none, the store lands on the block a later token sets, or on the
      // spare entry past the blocks), then a loop sets the rest.
      const std::size_t last_block = std::size_t{start} >> block_shift;
      std::size_t next = next_;
      first_[next] = k;
      next += next <= last_block ? 1U : 0U;
      for (; next <= last_block; ++next) first_[next] = k;
      next_ = next;
    }

   private:
    friend class TokenLocator;
    explicit Filler(Index* first) noexcept : first_(first) {}
    Index* first_;
    std::size_t next_ = 0;  ///< The first block add() has not set.
  };
  /// Starts a build over tokens that all start before `text_size`.
  [[nodiscard]] Filler begin(std::size_t text_size);
  /// Ends the build over `tokens`, whose every token `filler` indexed.
  void finish(const Filler& filler, const std::vector<Token>& tokens) noexcept;

  /// The index of the first token whose start is at or after `offset` (tokens.size()
  /// if none): std::lower_bound on span.start.
  /// Inline: the claim and attribution stages call it ~50,000 times per MB.
  [[nodiscard]] Index first_at_or_after(std::uint32_t offset) const noexcept {
    if (blocks_ == 0) return 0;
    const Token* const toks = tokens_->data();
    const std::size_t count = built_count_;
    std::size_t b = std::size_t{offset} >> block_shift;
    if (b >= blocks_) b = blocks_ - 1;
    std::size_t k = block_first_[b];
    while (k < count && toks[k].span.start < offset) ++k;
    return static_cast<Index>(k);
  }

  /// One past the last token that ends at or before `offset`: the first token whose
  /// end is after `offset` (std::upper_bound on span.end).
  [[nodiscard]] Index end_at_or_before(std::uint32_t offset) const noexcept {
    if (blocks_ == 0) return 0;
    const Token* const toks = tokens_->data();
    std::size_t k = first_at_or_after(offset);
    // Tokens do not overlap, so only the token just before may still run past `offset`.
    while (k > 0 && toks[k - 1].span.end > offset) --k;
    while (k < built_count_ && toks[k].span.end <= offset) ++k;
    return static_cast<Index>(k);
  }

  /// Whether the last build() indexed this very vector, at its present size.
  [[nodiscard]] bool indexes(const std::vector<Token>& tokens) const noexcept {
    return tokens_ == &tokens && built_count_ == tokens.size() && blocks_ != 0;
  }

  /// Forgets the tokens, keeping capacity.
  void clear() noexcept;

 private:
  static constexpr unsigned block_shift = 4;  // 16-byte blocks

  const std::vector<Token>* tokens_ = nullptr;
  std::size_t built_count_ = 0;  ///< tokens_->size() when built.
  std::size_t blocks_ = 0;           ///< 16-byte blocks of the indexed text.
  /// Per block: first token with start >= block start; then one spare entry, which
  /// Filler::add() may write before finish() does.
  std::vector<Index> block_first_;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CORE_TOKEN_LOCATOR_HPP
