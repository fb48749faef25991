// The list buffers of the previous document's records, kept per thread for the next one.
//
// Extractor::extract_into() usually gets the same Document again and again. Clearing
// it destroys every Claim and Entity, and the stages would allocate their lists anew for
// the next text (tens of thousands of malloc/free pairs per megabyte). Instead the
// extractor empties the Document with recycle_records(), which first moves each record's
// list buffers (emptied, capacity kept) into this thread's RecordPools; a stage that
// fills a list of a new record borrows a buffer from there (BufferPool::lend()).
//
// Only memory moves: a record's contents are the same as with a fresh buffer. Moving a
// vector is a few stores, against a malloc and a free; the records themselves are made
// and destroyed as before (moving whole records costs about what it saves).
//
// A pool keeps at most as many buffers as one recycle_records() call gave it (the most
// so far on the thread), so a thread's memory stays bounded by its largest document.
#ifndef SAYSO_SRC_CORE_RECORD_POOL_HPP
#define SAYSO_SRC_CORE_RECORD_POOL_HPP

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "core/scratch.hpp"
#include "sayso/document.hpp"

namespace sayso::inline v0::detail {

/// Spare buffers of one type (vectors), empty with their capacity.
template <class Buffer>
class BufferPool {
 public:
  /// Keeps the memory of `b`, when it has any; `b` is left empty without capacity.
  void give(Buffer& b) {
    if (b.capacity() == 0) return;
    b.clear();
    spare_.push_back(std::move(b));
    ++given_;
  }

  /// Gives `b`, empty and without capacity, the memory of a spare buffer if there is one.
  void lend(Buffer& b) noexcept {
    if (spare_.empty()) return;
    b.swap(spare_.back());
    spare_.pop_back();
  }

  /// Ends a round of give() calls: drops the buffers beyond the most one round gave
  /// (the last given ones, so that the cost is bounded by this round's give() calls).
  void end_round() {
    most_ = std::max(most_, given_);
    given_ = 0;
    if (spare_.size() > most_) {
      spare_.erase(spare_.begin() + static_cast<std::ptrdiff_t>(most_), spare_.end());
    }
  }

  /// Spare buffers.
  [[nodiscard]] std::size_t size() const noexcept { return spare_.size(); }

 private:
  std::vector<Buffer> spare_;
  std::size_t given_ = 0;  ///< Buffers given since the last end_round().
  std::size_t most_ = 0;   ///< The most buffers one round gave.
};

/// v.reserve(n) for an empty vector without capacity, with a spare buffer of `pool` when
/// there is one; nothing when n is 0 (most lists of most records stay empty).
template <class T>
[[gnu::always_inline]] inline void reserve_from(BufferPool<std::vector<T>>& pool,
                                                std::vector<T>& v, std::size_t n) {
  if (n == 0) return;
  pool.lend(v);
  v.reserve(n);
}

template <class T>
inline void push_pooled(BufferPool<std::vector<T>>& pool, std::vector<T>& v, const T& x) {
  if (v.capacity() == 0) pool.lend(v);
  v.push_back(x);
}

/// The spare list buffers of one thread (thread_records()), by the list they came from.
struct RecordPools {
  BufferPool<std::vector<Negation>> negations;         ///< Claim::negations
  BufferPool<std::vector<Hedge>> hedges;               ///< Claim::hedges
  BufferPool<std::vector<Quantity>> quantities;        ///< Claim::quantities
  BufferPool<std::vector<TimeExpression>> times;       ///< Claim::times
  BufferPool<std::vector<Index>> about;                ///< Claim::about
  BufferPool<std::vector<Index>> entity_mentions;      ///< Entity::mentions
  BufferPool<std::vector<Index>> source_mentions;
  BufferPool<std::vector<ByteSpan>> content;
  BufferPool<std::vector<ByteSpan>> quoted;
  void give(Attribution& a);

  /// Takes the list buffers of `claim`.
  void give(Claim& claim);
  /// Takes the list buffers of `entity`.
  void give(Entity& entity);
  /// Ends a round of give() calls (BufferPool::end_round()).
  void end_round();
};

/// This thread's pools.
inline RecordPools& thread_records() noexcept { return thread_scratch<RecordPools>(); }

/// Empties `doc` (as Document::clear()), keeping its records' list buffers in this
/// thread's pools.
void recycle_records(Document& doc);

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CORE_RECORD_POOL_HPP
