/// @file span.hpp
/// sayso::ByteSpan, a half-open range of UTF-8 byte offsets into the input text, and
/// sayso::slice() to read the text it covers.
#ifndef SAYSO_SPAN_HPP
#define SAYSO_SPAN_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace sayso {
inline namespace v0 {

/// A half-open range [start, end) of UTF-8 byte offsets into the exact text that was
/// given to the Extractor. Inputs are limited to less than 4 GiB, so offsets fit in 32
/// bits. A plain value type.
struct ByteSpan {
  std::uint32_t start = 0;  ///< First byte.
  std::uint32_t end = 0;    ///< One past the last byte; start <= end.

  /// Number of bytes covered.
  [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - start; }
  /// True when no byte is covered.
  [[nodiscard]] constexpr bool empty() const noexcept { return end == start; }
  /// True when `other` lies wholly inside this span.
  [[nodiscard]] constexpr bool contains(ByteSpan other) const noexcept {
    return start <= other.start && other.end <= end;
  }
  /// Spans are equal when both offsets are.
  friend constexpr bool operator==(ByteSpan, ByteSpan) noexcept = default;
};

/// The bytes of `text` that `span` covers. The span is clamped to the text, so a span
/// from another text never reads out of bounds. The view points into `text`.
[[nodiscard]] constexpr std::string_view slice(std::string_view text, ByteSpan span) noexcept {
  const std::size_t size = text.size();
  const std::size_t start = span.start < size ? span.start : size;
  const std::size_t end = span.end < size ? span.end : size;
  return end > start ? text.substr(start, end - start) : std::string_view();
}

/// The bytes of the NUL-terminated `text` that `span` covers.
[[nodiscard]] constexpr std::string_view slice(const char* text, ByteSpan span) noexcept {
  return slice(std::string_view(text), span);
}

/// Deleted: the view would dangle once the temporary string is gone.
std::string_view slice(std::string&& text, ByteSpan span) = delete;

}  // namespace v0
}  // namespace sayso

#endif  // SAYSO_SPAN_HPP
