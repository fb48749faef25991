// One whole-pipeline run over one adversarial family at one size, for profilers
// (callgrind, cachegrind, perf, /usr/bin/time -v): the bench_adversarial text without
// its timing loop, so instruction and miss counts per MB can be compared across sizes.
//
//   adversarial_once --family K --mb N [--runs R] [--segment]
//
// Prints the document's counts (sentences, quotations, mentions, attributions, claims)
// so a run can be checked, and the minor page faults per MB of one extract call in the
// steady state (the calls after the first, when R > 1: the first faults its memory in).
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "adversarial_families.hpp"
#include "sayso/extractor.hpp"

namespace {

long minor_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t family = 0, mb = 1;
  int runs = 1;
  bool segment_only = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--segment") {
      segment_only = true;
      continue;
    }
    if (i + 1 >= argc) break;
    if (arg == "--family") family = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--mb") mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--runs") runs = std::atoi(argv[++i]);
  }
  const auto families = sayso_bench::adversarial_families();
  if (family >= families.size() || mb == 0) return 2;
  const std::string text = sayso_bench::repeat_to(families[family].unit, mb << 20);
  auto extractor = sayso::Extractor::create(sayso_bench::unlimited_options());
  if (!extractor) return 1;
  sayso::Document doc;
  long faults0 = minor_faults();
  for (int r = 0; r < runs; ++r) {
    if (r == 1) faults0 = minor_faults();
    auto ok = segment_only ? extractor->segment_into(text, doc) : extractor->extract_into(text, doc);
    if (!ok) {
      std::fprintf(stderr, "error: %s\n", ok.error().message.c_str());
      return 1;
    }
  }
  const long faults = minor_faults() - faults0;
  std::printf("%s %zu MB x%d: sentences %zu quotations %zu mentions %zu entities %zu "
              "attributions %zu claims %zu; minor faults/MB/run %.1f\n",
              families[family].name, mb, runs, doc.sentences.size(), doc.quotations.size(),
              doc.mentions.size(), doc.entities.size(), doc.attributions.size(),
              doc.claims.size(),
              static_cast<double>(faults) / static_cast<double>(mb) / (runs > 1 ? runs - 1 : 1));
  return 0;
}
