#include "core/token_locator.hpp"

#include "core/huge_pages.hpp"

namespace sayso::inline v0::detail {

void TokenLocator::build(const std::vector<Token>& tokens) {
  Filler filler = begin(tokens.empty() ? 0 : tokens.back().span.end);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    filler.add(static_cast<Index>(k), tokens[k].span.start);
  }
  finish(filler, tokens);
}

TokenLocator::Filler TokenLocator::begin(std::size_t text_size) {
  tokens_ = nullptr;
  built_count_ = 0;
  // resize, not assign: every block is written by the Filler and finish(), and clear()
  // keeps the size, so the table is not zero-filled again for each text.
  blocks_ = (text_size >> block_shift) + 1;
  size_table(block_first_, blocks_ + 1);
  return Filler(block_first_.data());
}

void TokenLocator::finish(const Filler& filler, const std::vector<Token>& tokens) noexcept {
  tokens_ = &tokens;
  built_count_ = tokens.size();
  Index* const first = block_first_.data();
  for (std::size_t b = filler.next_; b < blocks_; ++b) {
    first[b] = static_cast<Index>(tokens.size());
  }
}

void TokenLocator::clear() noexcept {
  tokens_ = nullptr;
  built_count_ = 0;
}

}  // namespace sayso::inline v0::detail
