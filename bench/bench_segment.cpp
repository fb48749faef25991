// Segmentation throughput: the sayso segmenter against a naive RE2 splitter on the
// same corpus, in the same run.
//
//   bench_segment [--mb N] [--ud PATH] [--reps R] [--once] [--texts-only]
//
// The corpus is the UD English EWT test texts (read at run time from PATH, default
// /work/shared/eval/ud_ewt_test.jsonl or $SAYSO_UD_JSONL), repeated, interleaved with
// generated news-style articles, N MB in all (default 24). Each document is segmented
// on its own, as the CLI does. --once segments the corpus a single time and prints
// its size (for bench/callgrind_segment.sh). --texts-only leaves out the generated
// articles: the JSONL texts alone, repeated (e.g. --ud some_news.jsonl).
#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "sayso/extractor.hpp"
#include "segment/segmenter.hpp"

namespace {

struct Args {
  std::size_t mb = 24;
  std::string ud = sayso_bench::default_ud_path();
  int reps = 3;
  bool once = false;
  bool texts_only = false;
};

Args parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) a.mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--ud" && i + 1 < argc) a.ud = argv[++i];
    else if (arg == "--reps" && i + 1 < argc) a.reps = std::atoi(argv[++i]);
    else if (arg == "--once") a.once = true;
    else if (arg == "--texts-only") a.texts_only = true;
  }
  return a;
}

template <class F>
double best_seconds(int reps, F&& run) {
  double best = 1e30;
  for (int r = 0; r < reps; ++r) {
    const auto t0 = sayso_bench::thread_seconds();
    run();
    const auto t1 = sayso_bench::thread_seconds();
    best = std::min(best, t1 - t0);
  }
  return best;
}

std::size_t segment_all(const sayso::detail::Segmenter& seg, const std::vector<std::string>& docs) {
  sayso::Document doc;
  std::vector<sayso::Index> sp;
  std::size_t sentences = 0;
  for (const auto& d : docs) {
    doc.clear();
    sp.clear();
    seg.run(d, doc, sp);
    sentences += doc.sentences.size();
  }
  return sentences;
}

std::size_t segment_public(const sayso::Extractor& ex, const std::vector<std::string>& docs) {
  sayso::Document doc;
  std::size_t sentences = 0;
  for (const auto& d : docs) {
    if (ex.segment_into(d, doc)) sentences += doc.sentences.size();
  }
  return sentences;
}

// The baseline: a sentence ends after [.!?]+ and closing marks followed by a space.
std::size_t segment_regex(const RE2& re, const std::vector<std::string>& docs) {
  std::vector<sayso::ByteSpan> spans;
  std::size_t sentences = 0;
  for (const auto& d : docs) {
    spans.clear();
    re2::StringPiece input(d);
    std::size_t start = 0;
    while (RE2::FindAndConsume(&input, re)) {
      const auto end = static_cast<std::size_t>(input.data() - d.data());
      spans.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
      start = end;
    }
    spans.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(d.size())});
    sentences += spans.size();
  }
  return sentences;
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse_args(argc, argv);
  const std::vector<std::string> ud = sayso_bench::read_jsonl_texts(args.ud);
  if (ud.empty()) std::fprintf(stderr, "note: no UD texts read from %s; news text only\n", args.ud.c_str());
  const auto docs = args.texts_only ? sayso_bench::repeated_corpus(ud, args.mb << 20)
                                    : sayso_bench::mixed_corpus(ud, args.mb << 20);
  const double mb = static_cast<double>(sayso_bench::corpus_bytes(docs)) / (1 << 20);
  auto seg = sayso::detail::Segmenter::create(sayso::ExtractorOptions{});
  if (!seg) return 1;
  if (args.once) {
    const std::size_t n = segment_all(*seg, docs);
    std::printf("bytes %zu sentences %zu\n", sayso_bench::corpus_bytes(docs), n);
    return 0;
  }
  std::size_t ud_docs = 0;
  for (std::size_t i = 0; i < docs.size() && !ud.empty(); ++i) {
    ud_docs += docs[i] == ud[ud_docs % ud.size()] ? 1 : 0;
  }
  std::printf("corpus: %zu documents, %.1f MB: %zu UD EWT test texts (%.1f passes over %s) + "
              "%zu generated news articles\n",
              docs.size(), mb, ud_docs, ud.empty() ? 0.0 : static_cast<double>(ud_docs) / static_cast<double>(ud.size()),
              args.ud.c_str(), docs.size() - ud_docs);
  std::printf("timing: thread CPU time, best of %d runs, one document at a time\n", args.reps);
  std::size_t n_seg = 0, n_pub = 0, n_re = 0;
  const double t_seg = best_seconds(args.reps, [&] { n_seg = segment_all(*seg, docs); });
  auto ex = sayso::Extractor::create();
  if (!ex) return 1;
  const double t_pub = best_seconds(args.reps, [&] { n_pub = segment_public(*ex, docs); });
  const RE2 re(R"([.!?]+["')\]]*\s)");
  const double t_re = best_seconds(args.reps, [&] { n_re = segment_regex(re, docs); });
  std::printf("%-34s %9.1f MB/s  %8zu sentences\n", "sayso Segmenter::run", mb / t_seg, n_seg);
  std::printf("%-34s %9.1f MB/s  %8zu sentences\n", "sayso Extractor::segment_into", mb / t_pub, n_pub);
  std::printf("%-34s %9.1f MB/s  %8zu sentences\n", "naive RE2 [.!?]+[\"')\\]]*\\s", mb / t_re, n_re);
  std::printf("ratio segmenter / regex: %.2fx\n", t_re / t_seg);
  return 0;
}
