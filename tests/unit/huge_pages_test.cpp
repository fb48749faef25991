// core/huge_pages.hpp: large per-token tables grow with huge-page advice, keep their
// contents, and stay usable where the kernel offers no huge pages.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/huge_pages.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace {

// The VmFlags line of the mapping in /proc/self/smaps that contains `address`, or "" when
// it cannot be read (not Linux, /proc not mounted).
std::string vm_flags_of(const void* address) {
  std::ifstream smaps("/proc/self/smaps");
  const auto at = reinterpret_cast<std::uintptr_t>(address);
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t lo = 0, hi = 0;
    char dash = 0;
    std::istringstream head(line);
    if (head >> std::hex >> lo >> dash >> hi && dash == '-' && line.find(':') > line.find(' ')) {
      inside = at >= lo && at < hi;
      continue;
    }
    if (inside && line.rfind("VmFlags:", 0) == 0) return line;
  }
  return "";
}

bool kernel_has_huge_pages() {
  std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string text;
  std::getline(mode, text);
  return text.find("[never]") == std::string::npos && !text.empty();
}

}  // namespace

TEST_CASE("reserve_table grows at least geometrically and keeps the elements") {
  std::vector<std::uint32_t> table{1, 2, 3};
  table.shrink_to_fit();
  sayso::detail::reserve_table(table, 4);
  CHECK(table.capacity() >= 6);  // doubled, not just 4
  CHECK(table == std::vector<std::uint32_t>{1, 2, 3});
  const auto before = table.capacity();
  sayso::detail::reserve_table(table, 2);  // enough already: nothing moves
  CHECK(table.capacity() == before);
}

TEST_CASE("fill_table replaces the contents at any size") {
  std::vector<std::uint32_t> table{7, 7};
  sayso::detail::fill_table(table, 5, std::uint32_t{9});
  CHECK(table == std::vector<std::uint32_t>(5, 9));
  sayso::detail::fill_table(table, 3, std::uint32_t{4});  // shrinking keeps capacity
  CHECK(table == std::vector<std::uint32_t>(3, 4));
  const std::size_t big = 3 * sayso::detail::huge_page_bytes / sizeof(std::uint32_t);
  sayso::detail::fill_table(table, big, std::uint32_t{5});
  REQUIRE(table.size() == big);
  CHECK(table.front() == 5);
  CHECK(table.back() == 5);
}

TEST_CASE("a large table's whole 2 MB pages are advised for huge pages") {
  if (!kernel_has_huge_pages()) return;  // nothing to observe on this kernel
  std::vector<std::uint64_t> table;
  const std::size_t n = 4 * sayso::detail::huge_page_bytes / sizeof(std::uint64_t);
  sayso::detail::reserve_table(table, n);
  const auto begin = reinterpret_cast<std::uintptr_t>(table.data());
  const std::uintptr_t aligned =
      (begin + sayso::detail::huge_page_bytes - 1) & ~(sayso::detail::huge_page_bytes - 1);
  const std::string flags = vm_flags_of(reinterpret_cast<const void*>(aligned));
  if (flags.empty()) return;  // no /proc here
  CHECK(flags.find(" hg") != std::string::npos);
}

// A small table's buffer comes from the heap, where earlier tests' large tables may have
// left advised pages for the allocator to hand out again: so the advice itself is checked
// on a fresh private mapping of its own, which no one else has advised.
TEST_CASE("a small range is left on small pages") {
#if defined(__linux__)
  // Just under the threshold, which still holds one whole 2 MB page wherever it starts.
  const std::size_t bytes = sayso::detail::huge_table_min_bytes - 4096;
  void* region = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(region != MAP_FAILED);
  sayso::detail::advise_huge_pages(region, bytes);
  const auto begin = reinterpret_cast<std::uintptr_t>(region);
  const std::uintptr_t aligned =
      (begin + sayso::detail::huge_page_bytes - 1) & ~(sayso::detail::huge_page_bytes - 1);
  const std::string flags = vm_flags_of(reinterpret_cast<const void*>(aligned));
  munmap(region, bytes);
  if (flags.empty()) return;
  CHECK(flags.find(" hg") == std::string::npos);
#endif
}

TEST_CASE("push_table appends in order through geometric growth") {
  std::vector<std::uint32_t> table;
  std::size_t reallocations = 0;
  const std::uint32_t* buffer = nullptr;
  for (std::uint32_t k = 0; k < 100000; ++k) {
    sayso::detail::push_table(table, k);
    if (table.data() != buffer) {
      ++reallocations;
      buffer = table.data();
    }
  }
  REQUIRE(table.size() == 100000);
  for (std::uint32_t k = 0; k < 100000; k += 997) CHECK(table[k] == k);
  CHECK(reallocations <= 20);  // log2(100000) + 1
}

TEST_CASE("a table grown row by row is advised before its rows are moved in") {
  if (!kernel_has_huge_pages()) return;
  std::vector<std::uint64_t> table;
  const std::size_t n = 5 * sayso::detail::huge_page_bytes / sizeof(std::uint64_t);
  for (std::size_t k = 0; k < n; ++k) sayso::detail::push_table(table, std::uint64_t{k});
  const auto begin = reinterpret_cast<std::uintptr_t>(table.data());
  const std::uintptr_t aligned =
      (begin + sayso::detail::huge_page_bytes - 1) & ~(sayso::detail::huge_page_bytes - 1);
  const std::string flags = vm_flags_of(reinterpret_cast<const void*>(aligned));
  if (flags.empty()) return;
  CHECK(flags.find(" hg") != std::string::npos);  // the first whole page, moved into
  CHECK(table[n - 1] == n - 1);
}

TEST_CASE("size_table sizes a table for the caller to fill") {
  std::vector<std::uint16_t> table{1, 2, 3};
  sayso::detail::size_table(table, 2);  // fits: resize keeps the first elements
  CHECK(table == std::vector<std::uint16_t>{1, 2});
  const std::size_t big = 3 * sayso::detail::huge_page_bytes / sizeof(std::uint16_t);
  sayso::detail::size_table(table, big);
  REQUIRE(table.size() == big);
  table[big - 1] = 7;
  CHECK(table[big - 1] == 7);
}
