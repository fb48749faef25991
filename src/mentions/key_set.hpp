// KeySet: a set of 64-bit keys (hashes of words) in one flat open-addressing array:
// no node per key, no string per key. Used per document for "which name keys were
// seen", where a std::unordered_set<std::string> allocated once per capitalised token.
#ifndef SAYSO_SRC_MENTIONS_KEY_SET_HPP
#define SAYSO_SRC_MENTIONS_KEY_SET_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sayso::inline v0::detail {

/// Not thread-safe; one per pipeline run. Insert is amortised O(1) (the table doubles
/// at half load), lookups O(1) expected.
class KeySet {
 public:
  /// Empties the set, keeping its memory.
  void clear() noexcept {
    slots_.assign(slots_.size(), empty);
    used_ = 0;
    has_empty_key_ = false;
  }
  /// Adds `key`.
  void insert(std::uint64_t key) {
    if (key == empty) {
      has_empty_key_ = true;
      return;
    }
    if ((used_ + 1) * 2 > slots_.size()) grow();
    if (place(slots_, key)) ++used_;
  }
  /// True when `key` was added.
  [[nodiscard]] bool contains(std::uint64_t key) const noexcept {
    if (key == empty) return has_empty_key_;
    if (slots_.empty()) return false;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == key) return true;
      if (slots_[i] == empty) return false;
    }
  }

 private:
  static constexpr std::uint64_t empty = 0;
  static std::size_t spread(std::uint64_t key) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20);
  }
  // Puts key into table (which has a free slot); false when it was there already.
  static bool place(std::vector<std::uint64_t>& table, std::uint64_t key) noexcept {
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
      if (table[i] == key) return false;
      if (table[i] == empty) {
        table[i] = key;
        return true;
      }
    }
  }
  void grow() {
    std::vector<std::uint64_t> bigger(slots_.empty() ? 64 : slots_.size() * 2, empty);
    for (const std::uint64_t k : slots_) {
      if (k != empty) place(bigger, k);
    }
    slots_.swap(bigger);
  }

  std::vector<std::uint64_t> slots_;  // a power of two in size, or empty
  std::size_t used_ = 0;
  bool has_empty_key_ = false;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_KEY_SET_HPP
