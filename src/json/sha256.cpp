#include "json/sha256.hpp"

#include <algorithm>
#include <cstring>

namespace sayso::inline v0::detail {
namespace {

constexpr std::array<std::uint32_t, 64> round_constants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, unsigned n) noexcept {
  return (x >> n) | (x << (32U - n));
}

std::uint32_t load_be32(const std::uint8_t* p) noexcept {
  return (std::uint32_t{p[0]} << 24U) | (std::uint32_t{p[1]} << 16U) |
         (std::uint32_t{p[2]} << 8U) | std::uint32_t{p[3]};
}

// The sigma functions with their rotations nested (rotr(x,2)^rotr(x,13)^rotr(x,22)
// == rotr(x ^ rotr(x ^ rotr(x,9), 11), 2)): the same values with fewer register copies.
constexpr std::uint32_t big_sigma0(std::uint32_t x) noexcept {
  return rotr(x ^ rotr(x ^ rotr(x, 9), 11), 2);
}
constexpr std::uint32_t big_sigma1(std::uint32_t x) noexcept {
  return rotr(x ^ rotr(x ^ rotr(x, 14), 5), 6);
}
constexpr std::uint32_t small_sigma0(std::uint32_t x) noexcept {
  return rotr(x ^ rotr(x, 11), 7) ^ (x >> 3U);
}
constexpr std::uint32_t small_sigma1(std::uint32_t x) noexcept {
  return rotr(x ^ rotr(x, 2), 17) ^ (x >> 10U);
}
constexpr std::uint32_t choose(std::uint32_t e, std::uint32_t f, std::uint32_t g) noexcept {
  return g ^ (e & (f ^ g));
}
constexpr std::uint32_t majority(std::uint32_t a, std::uint32_t b, std::uint32_t c) noexcept {
  return (a & b) | (c & (a | b));
}

// One round. The working variables are passed in their roles for this round, so the
// caller rotates the roles instead of moving eight values: only d and h change.
inline void round(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t& d,
                  std::uint32_t e, std::uint32_t f, std::uint32_t g, std::uint32_t& h,
                  std::uint32_t constant_plus_word) noexcept {
  const std::uint32_t t1 = h + big_sigma1(e) + choose(e, f, g) + constant_plus_word;
  d += t1;
  h = t1 + big_sigma0(a) + majority(a, b, c);
}

// The message schedule kept as a ring of its last 16 words.
class Schedule {
 public:
  explicit Schedule(const std::uint8_t* block) noexcept {
    for (std::size_t i = 0; i < 16; ++i) w_[i] = load_be32(block + 4 * i);
  }
  // Round constant plus schedule word `t`, which the caller asks for in order.
  std::uint32_t operator()(std::size_t t) noexcept {
    if (t >= 16) {
      w_[t & 15U] += small_sigma1(w_[(t - 2) & 15U]) + w_[(t - 7) & 15U] +
                     small_sigma0(w_[(t - 15) & 15U]);
    }
    return round_constants[t] + w_[t & 15U];
  }

 private:
  std::array<std::uint32_t, 16> w_{};
};

}  // namespace

Sha256::Sha256() noexcept
    : state_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
             0x1f83d9ab, 0x5be0cd19} {}

void Sha256::compress(const std::uint8_t* block) noexcept {
  Schedule word(block);
  auto [a, b, c, d, e, f, g, h] = state_;
  // Unrolled whole, every schedule index is a constant and the t >= 16 test vanishes.
#pragma GCC unroll 8
  for (std::size_t t = 0; t < 64; t += 8) {
    round(a, b, c, d, e, f, g, h, word(t));
    round(h, a, b, c, d, e, f, g, word(t + 1));
    round(g, h, a, b, c, d, e, f, word(t + 2));
    round(f, g, h, a, b, c, d, e, word(t + 3));
    round(e, f, g, h, a, b, c, d, word(t + 4));
    round(d, e, f, g, h, a, b, c, word(t + 5));
    round(c, d, e, f, g, h, a, b, word(t + 6));
    round(b, c, d, e, f, g, h, a, word(t + 7));
  }
  const std::array<std::uint32_t, 8> add{a, b, c, d, e, f, g, h};
  for (std::size_t i = 0; i < 8; ++i) state_[i] += add[i];
}

void Sha256::update(std::string_view bytes) noexcept {
  const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
  std::size_t n = bytes.size();
  total_bytes_ += n;
  if (buffered_ > 0) {
    const std::size_t take = std::min(n, 64 - buffered_);
    std::memcpy(buffer_.data() + buffered_, p, take);
    buffered_ += take;
    p += take;
    n -= take;
    if (buffered_ < 64) return;
    compress(buffer_.data());
    buffered_ = 0;
  }
  for (; n >= 64; p += 64, n -= 64) compress(p);
  if (n > 0) std::memcpy(buffer_.data(), p, n);
  buffered_ = n;
}

std::array<std::uint8_t, 32> Sha256::digest() noexcept {
  const std::uint64_t bits = total_bytes_ * 8;
  static constexpr std::array<std::uint8_t, 64> padding{0x80};
  const std::size_t pad = buffered_ < 56 ? 56 - buffered_ : 120 - buffered_;
  update(std::string_view(reinterpret_cast<const char*>(padding.data()), pad));
  std::array<char, 8> length{};
  for (std::size_t i = 0; i < 8; ++i) {
    length[i] = static_cast<char>((bits >> (56 - 8 * i)) & 0xFFU);
  }
  update(std::string_view(length.data(), length.size()));
  std::array<std::uint8_t, 32> out{};
  for (std::size_t i = 0; i < 8; ++i) {
    for (std::size_t j = 0; j < 4; ++j) {
      out[4 * i + j] = static_cast<std::uint8_t>((state_[i] >> (24 - 8 * j)) & 0xFFU);
    }
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 hash;
  hash.update(bytes);
  static constexpr std::string_view hex = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (const std::uint8_t b : hash.digest()) {
    out += hex[b >> 4U];
    out += hex[b & 0xFU];
  }
  return out;
}

}  // namespace sayso::inline v0::detail
