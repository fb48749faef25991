#include "json/text_escapes.hpp"

#include <algorithm>

#include "json/byte_words.hpp"
#include "text/utf8.hpp"

namespace sayso::inline v0::detail {
namespace {

bool ascii_needs_escape(unsigned char c) noexcept { return c < 0x20U || c == '"' || c == '\\'; }

bool non_ascii_needs_escape(const CodePoint& cp) noexcept {
  return !cp.valid || cp.value == 0x2028 || cp.value == 0x2029;
}

}  // namespace

TextEscapes::TextEscapes(std::string_view text) : text_(text) {
  find_positions();
  index_blocks();
}

void TextEscapes::find_positions() {
  const std::size_t size = text_.size();
  std::size_t pos = 0;
  while (pos < size) {
    if (size - pos >= 8) {
      const std::size_t plain = unmarked_prefix(unplain_bytes(load_word(text_.data() + pos)));
      pos += plain;
      if (plain == 8) continue;
    }
    const auto c = static_cast<unsigned char>(text_[pos]);
    if (c < 0x80U) {
      if (ascii_needs_escape(c)) positions_.push_back(static_cast<std::uint32_t>(pos));
      ++pos;
      continue;
    }
    const CodePoint cp = decode_utf8(text_, pos);
    if (non_ascii_needs_escape(cp)) positions_.push_back(static_cast<std::uint32_t>(pos));
    pos += cp.length;
  }
}

void TextEscapes::index_blocks() {
  const std::size_t blocks = text_.size() / block + 1;
  first_in_block_.resize(blocks);
  std::size_t i = 0;
  for (std::size_t k = 0; k < blocks; ++k) {
    while (i < positions_.size() && positions_[i] < k * block) ++i;
    first_in_block_[k] = static_cast<std::uint32_t>(i);
  }
}

std::size_t TextEscapes::first_from(std::uint32_t byte) const noexcept {
  const std::size_t k = std::min<std::size_t>(byte / block, first_in_block_.size() - 1);
  std::size_t i = first_in_block_[k];
  while (i < positions_.size() && positions_[i] < byte) ++i;  // within one block
  return i;
}

}  // namespace sayso::inline v0::detail
