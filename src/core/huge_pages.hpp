// Transparent huge pages for the pipeline's large per-token tables.
//
// On a 16 MB document the tables of the stages hold some 450 MB (the Token array alone
// about 100 MB), read and written in several passes. With 4 KB pages every pass walks
// hundreds of thousands of page-table entries, more than the TLB holds once a document
// passes a few megabytes, so time per MB grew with the input (up to 1.47x from 1 to 16
// MB on lines of "1. item\r"). Backed by 2 MB pages the same tables need a few hundred
// entries.
//
// Linux hands out huge pages where a process asks for them with madvise(MADV_HUGEPAGE)
// (the kernel's default "madvise" mode), but only to pages not yet touched. So a table
// grows through reserve_table(), which asks right after the new buffer is allocated and
// before anything is written into it. Elsewhere, or where the kernel declines, the
// tables work as before on small pages.
#ifndef SAYSO_SRC_CORE_HUGE_PAGES_HPP
#define SAYSO_SRC_CORE_HUGE_PAGES_HPP

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>

namespace sayso::inline v0::detail {

/// Size of one transparent huge page on x86-64 and most arm64 kernels.
inline constexpr std::size_t huge_page_bytes = std::size_t{2} << 20;

/// Tables smaller than this stay on small pages (a huge page would be mostly empty).
inline constexpr std::size_t huge_table_min_bytes = 2 * huge_page_bytes;

/// Asks the kernel to back the whole 2 MB pages inside [data, data + bytes) with
/// transparent huge pages when they are first touched. Best effort: does nothing for
/// ranges under huge_table_min_bytes, off Linux, or when the kernel declines.
/// Thread-safe (one system call, no shared state).
void advise_huge_pages(const void* data, std::size_t bytes) noexcept;

/// Grows `table`'s capacity to at least `n` elements (at least doubling it, so a table
/// grown one element or one document at a time is reallocated O(log n) times). The new
/// buffer is advised for huge pages before the elements already in `table` are moved
/// into it, so none of its pages is touched first. Does nothing when the capacity
/// suffices. May throw std::bad_alloc like std::vector::reserve.
template <class Vector>
void reserve_table(Vector& table, std::size_t n) {
  if (n <= table.capacity()) [[likely]] return;
  Vector grown(table.get_allocator());
  grown.reserve(std::max(n, 2 * table.capacity()));
  advise_huge_pages(grown.data(), grown.capacity() * sizeof(typename Vector::value_type));
  grown.insert(grown.end(), std::make_move_iterator(table.begin()),
               std::make_move_iterator(table.end()));
  table.swap(grown);
}

/// Appends `value` to `table`, growing it through reserve_table() when it is full: for
/// tables filled one row at a time (push_back would grow them without the advice).
template <class Vector, class Value>
[[gnu::always_inline]] inline void push_table(Vector& table, Value&& value) {
  if (table.size() == table.capacity()) [[unlikely]] reserve_table(table, table.size() + 1);
  table.push_back(std::forward<Value>(value));
}

/// Room for `n` elements in `table` for a caller that rewrites it: when the buffer must
/// grow, the old contents are dropped first (not copied) and the new buffer comes from
/// reserve_table().
template <class Vector>
[[gnu::always_inline]] inline void make_room(Vector& table, std::size_t n) {
  if (n > table.capacity()) [[unlikely]] {
    table.clear();
    reserve_table(table, n);
  }
}

/// `table` becomes `n` copies of `value`, its buffer grown through reserve_table() (the
/// old contents are dropped first: they are not copied into a new buffer).
template <class Vector>
[[gnu::always_inline]] inline void fill_table(Vector& table, std::size_t n,
                                              const typename Vector::value_type& value) {
  make_room(table, n);
  table.assign(n, value);
}

/// `table` gets `n` elements, its buffer grown through reserve_table(): for tables whose
/// every element the caller writes next (the contents are not kept when the buffer
/// grows; when it does not, resize() keeps the first elements as it always does).
template <class Vector>
[[gnu::always_inline]] inline void size_table(Vector& table, std::size_t n) {
  make_room(table, n);
  table.resize(n);
}

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_CORE_HUGE_PAGES_HPP
