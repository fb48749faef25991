// Where a text holds the characters a JSON string cannot carry as they are, found in
// one pass, so that any run of whole characters of the text is written escaped with
// one copy per stretch between them instead of a scan of every byte.
#ifndef SAYSO_SRC_JSON_TEXT_ESCAPES_HPP
#define SAYSO_SRC_JSON_TEXT_ESCAPES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sayso::inline v0::detail {

/// The byte offsets, in order, of the characters of one text that JSON escaping
/// changes: quotes, backslashes, control characters, U+2028, U+2029 and invalid UTF-8
/// bytes. Characters are those of decoding the whole text from its start. Keeps a view
/// of the text, which must outlive it.
class TextEscapes {
 public:
  explicit TextEscapes(std::string_view text);

  [[nodiscard]] std::string_view text() const noexcept { return text_; }
  [[nodiscard]] const std::vector<std::uint32_t>& positions() const noexcept {
    return positions_;
  }
  /// The index in positions() of the first one at or after `byte`; in constant time.
  [[nodiscard]] std::size_t first_from(std::uint32_t byte) const noexcept;

  static constexpr std::uint32_t block = 64;

 private:
  void find_positions();
  void index_blocks();

  std::string_view text_;
  std::vector<std::uint32_t> positions_;
  std::vector<std::uint32_t> first_in_block_;  // [k]: first_from(k * block)
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_TEXT_ESCAPES_HPP
