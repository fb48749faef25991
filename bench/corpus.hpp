// Benchmark corpora: the UD English EWT test texts read at run time from the shared
// evaluation kit (never copied into the tree) plus generated news-style copy.
#ifndef SAYSO_BENCH_CORPUS_HPP
#define SAYSO_BENCH_CORPUS_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace sayso_bench {

/// The "text" field of every line of a JSONL file; empty when the file cannot be read.
std::vector<std::string> read_jsonl_texts(const std::string& path);

/// One generated news article (headline, byline, dateline, quotes, numbers,
/// abbreviations, times), deterministic for a given seed.
std::string news_article(unsigned seed);

/// A corpus of documents of at least `min_bytes` bytes in total: the given texts
/// (repeated) interleaved with generated articles, about half of the bytes each.
std::vector<std::string> mixed_corpus(const std::vector<std::string>& texts, std::size_t min_bytes);

/// The given texts repeated to at least `min_bytes` bytes in total.
std::vector<std::string> repeated_corpus(const std::vector<std::string>& texts, std::size_t min_bytes);

/// Total bytes of a corpus.
std::size_t corpus_bytes(const std::vector<std::string>& docs);

/// CPU time of the calling thread, in seconds. The benchmarks time with it: on a
/// shared machine wall time also counts the time other processes hold the core.
double thread_seconds();

/// The default location of the UD file, overridable by the SAYSO_UD_JSONL variable.
std::string default_ud_path();

}  // namespace sayso_bench

#endif  // SAYSO_BENCH_CORPUS_HPP
