// KeySet and KeyMap: a set of 64-bit keys (hashes of words) and a map from strings to
// indices by their 64-bit hashes, each in one flat open-addressing array: no node per
// key, no string per key. Used per document for "which name keys were seen" and "which
// entity has this name", where node-based containers of strings allocated per word.
#ifndef SAYSO_SRC_MENTIONS_KEY_SET_HPP
#define SAYSO_SRC_MENTIONS_KEY_SET_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "sayso/document.hpp"

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

/// The 64-bit key of a string fed in pieces (FNV-1a over its bytes, then mixed), so
/// that a key can be built from parts without building the string: feeding "a", " ",
/// "b" gives hash64("a b").
class KeyHasher {
 public:
  void byte(char c) noexcept {
    h_ = (h_ ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    ++bytes_;
  }
  void bytes(std::string_view s) noexcept {
    for (const char c : s) byte(c);
  }
  /// True when nothing was fed.
  [[nodiscard]] bool empty() const noexcept { return bytes_ == 0; }
  [[nodiscard]] std::uint64_t value() const noexcept {
    std::uint64_t h = h_ * 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 29);
  }

 private:
  std::uint64_t h_ = 0xCBF29CE484222325ULL;
  std::size_t bytes_ = 0;
};

/// The KeyHasher key of the whole of `s`.
inline std::uint64_t hash64(std::string_view s) noexcept {
  KeyHasher k;
  k.bytes(s);
  return k.value();
}

/// A map from strings to entity indices that stores 64-bit hashes of the strings, not
/// the strings: one flat array, no allocation per key. Two keys meet only when their
/// hashes do (a chance of about 2^-64 per pair). Not thread-safe; one per pipeline run.
class KeyMap {
 public:
  /// Empties the map, keeping its memory.
  void clear() noexcept {
    slots_.assign(slots_.size(), Slot{});
    used_ = 0;
  }
  /// The value of `key`, or nullptr.
  [[nodiscard]] const Index* find(std::string_view key) const noexcept { return find_key(hash64(key)); }
  /// find() by the key's hash64 (or a KeyHasher value).
  [[nodiscard]] const Index* find_key(std::uint64_t key) const noexcept {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = key | 1U;  // 0 marks an empty slot
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(h) & mask;; i = (i + 1) & mask) {
      if (slots_[i].hash == h) return &slots_[i].value;
      if (slots_[i].hash == 0) return nullptr;
    }
  }
  /// Adds `key` with `value` unless the key is there already (as std::map::emplace).
  void emplace(std::string_view key, Index value) { put(hash64(key), value, false); }
  /// emplace() by the key's hash64 (or a KeyHasher value).
  void emplace_key(std::uint64_t key, Index value) { put(key, value, false); }
  /// Sets the value of `key` (as std::map::operator[]).
  void assign(std::string_view key, Index value) { put(hash64(key), value, true); }
  /// assign() by the key's hash64 (or a KeyHasher value).
  void assign_key(std::uint64_t key, Index value) { put(key, value, true); }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    Index value = 0;
  };
  static std::size_t spread(std::uint64_t h) noexcept { return static_cast<std::size_t>(h >> 7); }
  void put(std::uint64_t key, Index value, bool overwrite) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = key | 1U;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(h) & mask;; i = (i + 1) & mask) {
      if (slots_[i].hash == h) {
        if (overwrite) slots_[i].value = value;
        return;
      }
      if (slots_[i].hash == 0) {
        slots_[i] = Slot{h, value};
        ++used_;
        return;
      }
    }
  }
  void grow() {
    std::vector<Slot> bigger(slots_.empty() ? 64 : slots_.size() * 2);
    const std::size_t mask = bigger.size() - 1;
    for (const Slot& s : slots_) {
      if (s.hash == 0) continue;
      std::size_t i = spread(s.hash) & mask;
      while (bigger[i].hash != 0) i = (i + 1) & mask;
      bigger[i] = s;
    }
    slots_.swap(bigger);
  }

  std::vector<Slot> slots_;  // a power of two in size, or empty
  std::size_t used_ = 0;
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_KEY_SET_HPP
