#include "core/token_locator.hpp"

namespace sayso::inline v0::detail {

void TokenLocator::build(const std::vector<Token>& tokens) {
  tokens_ = &tokens;
  built_count_ = tokens.size();
  const std::uint32_t text_end = tokens.empty() ? 0 : tokens.back().span.end;
  const std::size_t blocks = (std::size_t{text_end} >> block_shift) + 1;
  // resize, not assign: every block is written below, and clear() keeps the size, so
  // the table is not zero-filled again for each text.
  block_first_.resize(blocks);
  Index* const first = block_first_.data();
  std::size_t b = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // Every block starting at or before this token's start and after the previous
    // token's start has this token as its first. Starts lie before text_end, so the
    // blocks stay in the table.
    const std::size_t last_block = std::size_t{tokens[k].span.start} >> block_shift;
    for (; b <= last_block; ++b) first[b] = static_cast<Index>(k);
  }
  for (; b < blocks; ++b) first[b] = static_cast<Index>(tokens.size());
}

void TokenLocator::clear() noexcept {
  tokens_ = nullptr;
  built_count_ = 0;
}

}  // namespace sayso::inline v0::detail
