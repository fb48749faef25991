// Full-pipeline throughput: MB/s of sayso::Extractor::extract_into (segmentation,
// tokens, quotations, mentions, attributions, claims) over a stated corpus.
//
//   bench_extract [--mb N] [--ud PATH] [--reps R] [--news-only]
//
// The corpus is as in bench_segment: UD English EWT test texts (read at run time)
// interleaved with generated news-style articles, N MB in all (default 20);
// --news-only uses the generated articles alone.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "sayso/extractor.hpp"

int main(int argc, char** argv) {
  std::size_t mb = 20;
  int reps = 1;
  bool news_only = false;
  std::string ud_path = sayso_bench::default_ud_path();
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--ud" && i + 1 < argc) ud_path = argv[++i];
    else if (arg == "--reps" && i + 1 < argc) reps = std::atoi(argv[++i]);
    else if (arg == "--news-only") news_only = true;
  }
  const std::vector<std::string> ud =
      news_only ? std::vector<std::string>{} : sayso_bench::read_jsonl_texts(ud_path);
  const auto docs = sayso_bench::mixed_corpus(ud, mb << 20);
  const double total_mb = static_cast<double>(sayso_bench::corpus_bytes(docs)) / (1 << 20);
  auto ex = sayso::Extractor::create();
  if (!ex) {
    std::fprintf(stderr, "Extractor::create failed: %s\n", ex.error().message.c_str());
    return 1;
  }
  std::printf("corpus: %zu documents, %.1f MB (%s)\n", docs.size(), total_mb,
              ud.empty() ? "generated news" : "UD EWT test texts + generated news");
  sayso::Document doc;
  std::size_t failures = 0, attributions = 0, sentences = 0;
  double best = 1e30;
  for (int r = 0; r < reps; ++r) {
    failures = attributions = sentences = 0;
    const auto t0 = sayso_bench::thread_seconds();
    for (const auto& d : docs) {
      if (!ex->extract_into(d, doc)) {
        ++failures;
        continue;
      }
      attributions += doc.attributions.size();
      sentences += doc.sentences.size();
    }
    const auto t1 = sayso_bench::thread_seconds();
    best = std::min(best, t1 - t0);
  }
  std::printf("extract_into: %.1f MB/s, %.0f documents/s (%zu sentences, %zu attributions, %zu failures)\n",
              total_mb / best, static_cast<double>(docs.size()) / best, sentences, attributions,
              failures);
  return failures == 0 ? 0 : 1;
}
