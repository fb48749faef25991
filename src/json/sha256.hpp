// SHA-256 (FIPS 180-4), for `document.textSha256`.
#ifndef SAYSO_SRC_JSON_SHA256_HPP
#define SAYSO_SRC_JSON_SHA256_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sayso::inline v0::detail {

/// Incremental SHA-256: update() any number of times, then digest() once.
class Sha256 {
 public:
  Sha256() noexcept;
  void update(std::string_view bytes) noexcept;
  /// The 32-byte digest. Finishes the hash; call once.
  [[nodiscard]] std::array<std::uint8_t, 32> digest() noexcept;

 private:
  void compress(const std::uint8_t* block) noexcept;

  std::array<std::uint32_t, 8> state_{};
  std::array<std::uint8_t, 64> buffer_{};
  std::uint64_t total_bytes_ = 0;
  std::size_t buffered_ = 0;
};

/// The SHA-256 of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_SHA256_HPP
