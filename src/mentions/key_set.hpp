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
/// at half load), lookups O(1) expected, clear() O(1): a slot holds a key only when it
/// carries the current generation, so emptying the set starts a new generation instead
/// of rewriting a table sized by the largest document seen.
class KeySet {
 public:
  /// Empties the set, keeping its memory.
  void clear() noexcept {
    used_ = 0;
    if (++generation_ != 0) return;
    slots_.assign(slots_.size(), Slot{});  // the generation wrapped: empty for real
    generation_ = 1;
  }
  /// Adds `key`.
  void insert(std::uint64_t key) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    if (place(slots_, key, generation_)) ++used_;
  }
  /// True when `key` was added.
  [[nodiscard]] bool contains(std::uint64_t key) const noexcept {
    if (slots_.empty()) return false;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i].generation != generation_) return false;
      if (slots_[i].key == key) return true;
    }
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t generation = 0;  ///< Holds a key of this set iff equal to generation_.
  };
  static std::size_t spread(std::uint64_t key) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20);
  }
  // Puts key into table (which has a free slot); false when it was there already.
  static bool place(std::vector<Slot>& table, std::uint64_t key, std::uint32_t generation) noexcept {
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
      if (table[i].generation != generation) {
        table[i] = Slot{key, generation};
        return true;
      }
      if (table[i].key == key) return false;
    }
  }
  /// Doubles the table (rare: its memory is kept across documents), out of put()'s line.
  [[gnu::noinline]] void grow() {
    std::vector<Slot> bigger(slots_.empty() ? 64 : slots_.size() * 2);
    for (const Slot& s : slots_) {
      if (s.generation == generation_) place(bigger, s.key, generation_);
    }
    slots_.swap(bigger);
  }

  std::vector<Slot> slots_;  // a power of two in size, or empty
  std::size_t used_ = 0;
  std::uint32_t generation_ = 1;  // slots start at 0: empty
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
  [[nodiscard]] std::uint64_t value() const noexcept { return finish(h_); }
  /// The state after the bytes fed so far (never finished).
  [[nodiscard]] std::uint64_t state() const noexcept { return h_; }
  /// value() of a hasher whose state() is `state`.
  [[nodiscard]] static std::uint64_t finish(std::uint64_t state) noexcept {
    const std::uint64_t h = state * 0xC4CEB9FE1A85EC53ULL;
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
/// hashes do (a chance of about 2^-64 per pair). clear() is O(1), by generations as in
/// KeySet. Not thread-safe; one per pipeline run.
class KeyMap {
 public:
  /// Empties the map, keeping its memory.
  void clear() noexcept {
    used_ = 0;
    if (++generation_ != 0) return;
    slots_.assign(slots_.size(), Slot{});  // the generation wrapped: empty for real
    generation_ = 1;
  }
  /// The value of `key`, or nullptr.
  [[nodiscard]] const Index* find(std::string_view key) const noexcept { return find_key(hash64(key)); }
  /// find() by the key's hash64 (or a KeyHasher value).
  [[nodiscard]] const Index* find_key(std::uint64_t key) const noexcept {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i].generation != generation_) return nullptr;
      if (slots_[i].hash == key) return &slots_[i].value;
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
    std::uint32_t generation = 0;  ///< Holds a key of this map iff equal to generation_.
  };
  static std::size_t spread(std::uint64_t h) noexcept { return static_cast<std::size_t>(h >> 7); }
  void put(std::uint64_t key, Index value, bool overwrite) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = spread(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i].generation != generation_) {
        slots_[i] = Slot{key, value, generation_};
        ++used_;
        return;
      }
      if (slots_[i].hash == key) {
        if (overwrite) slots_[i].value = value;
        return;
      }
    }
  }
  /// Doubles the table (rare: its memory is kept across documents), out of put()'s line.
  [[gnu::noinline]] void grow() {
    std::vector<Slot> bigger(slots_.empty() ? 64 : slots_.size() * 2);
    const std::size_t mask = bigger.size() - 1;
    for (const Slot& s : slots_) {
      if (s.generation != generation_) continue;
      std::size_t i = spread(s.hash) & mask;
      while (bigger[i].generation == generation_) i = (i + 1) & mask;
      bigger[i] = s;
    }
    slots_.swap(bigger);
  }

  std::vector<Slot> slots_;  // a power of two in size, or empty
  std::size_t used_ = 0;
  std::uint32_t generation_ = 1;  // slots start at 0: empty
};

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_MENTIONS_KEY_SET_HPP
