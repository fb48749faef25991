// Linear time on hostile input (thread CPU time): for each family of adversarial text,
// segment (or, with --extract, run the whole pipeline over) 1, 2, 4, 8 and 16 MB and
// print the time per MB; the spread (slowest / fastest per-MB time) must stay within
// 1.30. Exit status 1 when a family is not flat or a run fails. The extractor has no
// attribution limit: a family that hit it at 16 MB would time an early error exit.
//
//   bench_adversarial [--extract] [--no-claims] [--min-mb 1] [--max-mb 16] [--reps 5]
//                     [--family K] [--evict-mb N]
//
// --no-claims runs the pipeline without its claims stage, to tell which stage a
// growth comes from.
//
// Each size is timed from a cold cache (--evict-mb: MB read before each timed run;
// default twice the last-level cache), best of the repetitions (rounds over all
// sizes), with one output Document reused by every run, so the per-MB times compare the
// algorithm and not the cache or the allocator.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "adversarial_families.hpp"
#include "corpus.hpp"
#include "sayso/extractor.hpp"
#include "segment/segmenter.hpp"

namespace {

using sayso_bench::Family;
using sayso_bench::repeat_to;

// Bytes to read to push everything out of the caches: --evict-mb, or twice the
// last-level cache as the system reports it (480 MiB of L3 on some servers), at least
// 64 MB.
std::size_t eviction_mb = 0;
std::size_t eviction_bytes() {
  if (eviction_mb > 0) return eviction_mb << 20;
  const long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
  const std::size_t floor = std::size_t{64} << 20;
  return l3 > 0 ? std::max(floor, 2 * static_cast<std::size_t>(l3)) : floor;
}

// Reads a buffer larger than the last-level cache, so every size is timed reading
// its text and the buffers kept from the previous call from memory (otherwise 1 MB
// runs from cache and 16 MB does not). Reads, not writes: dirty lines would be written
// back during the timed run.
void evict_caches() {
  static const std::vector<char> junk(eviction_bytes(), 1);
  unsigned sum = 0;
  for (std::size_t i = 0; i < junk.size(); i += 64) sum += static_cast<unsigned char>(junk[i]);
  static volatile unsigned sink = 0;
  sink = sink + sum;
}

struct Sized {
  std::size_t mb = 0;
  std::string text;
  double best = 1e30;
};

// The one output every run writes into, as a program streaming documents through
// extract_into does: capacity is reused across runs and sizes. (One Document per size,
// all alive at once, made the middle sizes up to 1.5x slower than the same size run
// alone: their millions of small element allocations interleaved in one heap.)
struct Output {
  sayso::Document doc;
  std::vector<sayso::Index> sp;
};

// What is timed: one run over a sized input.
using Run = std::function<void(Sized&, Output&)>;

// Seconds to run over `s` `times` times, each from a cold cache (eviction not timed).
double timed(const Run& run, Sized& s, Output& out, std::size_t times) {
  double total = 0;
  for (std::size_t k = 0; k < times; ++k) {
    out.doc.clear();
    out.sp.clear();
    evict_caches();
    const auto t0 = sayso_bench::thread_seconds();
    run(s, out);
    const auto t1 = sayso_bench::thread_seconds();
    total += t1 - t0;
  }
  return total / static_cast<double>(times);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t max_mb = 16;
  std::size_t min_mb = 1;
  int reps = 5;
  int only = -1;
  bool extract = false;
  sayso::ExtractorOptions options = sayso_bench::unlimited_options();
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--extract") {
      extract = true;
      continue;
    }
    if (arg == "--no-claims") {
      options.claims = false;
      continue;
    }
    if (i + 1 >= argc) break;
    if (arg == "--max-mb") max_mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--min-mb") min_mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--family") only = std::atoi(argv[++i]);
    else if (arg == "--reps") reps = std::atoi(argv[++i]);
    else if (arg == "--evict-mb") eviction_mb = std::strtoul(argv[++i], nullptr, 10);
  }
  const std::vector<Family> families = sayso_bench::adversarial_families();
  auto seg = sayso::detail::Segmenter::create(sayso::ExtractorOptions{});
  auto extractor = sayso::Extractor::create(options);
  if (!seg || !extractor) return 1;
  bool failed = false;
  const Run segment_run = [&](Sized& s, Output& out) { seg->run(s.text, out.doc, out.sp); };
  const Run extract_run = [&](Sized& s, Output& out) {
    if (auto ok = extractor->extract_into(s.text, out.doc); !ok) {
      std::fprintf(stderr, "%zu MB: %s\n", s.mb, ok.error().message.c_str());
      failed = true;
    }
  };
  const Run& run = extract ? extract_run : segment_run;
  bool all_flat = true;
  for (std::size_t k = 0; k < families.size(); ++k) {
    if (only >= 0 && static_cast<std::size_t>(only) != k) continue;
    const Family& f = families[k];
    std::vector<Sized> sizes;
    for (std::size_t mb = min_mb; mb <= max_mb; mb *= 2) {
      sizes.push_back(Sized{mb, repeat_to(f.unit, mb << 20), 1e30});
    }
    // Rounds over all sizes, best per size: load changes on a shared machine hit every
    // size alike.
    Output out;
    for (int r = 0; r < reps; ++r) {
      // Each size is run max_mb / mb times, so every size segments the same bytes.
      for (Sized& s : sizes) s.best = std::min(s.best, timed(run, s, out, max_mb / s.mb));
    }
    std::printf("%-30s", f.name);
    double lo = 1e30, hi = 0;
    for (const Sized& s : sizes) {
      const double per_mb = s.best / static_cast<double>(s.mb) * 1000.0;
      lo = std::min(lo, per_mb);
      hi = std::max(hi, per_mb);
      std::printf(" %2zuMB %6.2f", s.mb, per_mb);
    }
    const double spread = hi / lo;
    all_flat = all_flat && spread <= 1.30;
    std::printf(" ms/MB  spread %.2f %s\n", spread, spread <= 1.30 ? "flat" : "NOT FLAT");
  }
  return all_flat && !failed ? 0 : 1;
}
