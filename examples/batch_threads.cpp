// batch_threads: one Extractor shared by several threads.
//
//   batch_threads [FILE [THREADS [REPEAT]]]
//
// The texts are the paragraphs of FILE (default: the bundled sample article), repeated
// REPEAT times (default 8). THREADS threads (default 4) share one const Extractor and
// take texts from a common counter; each reuses its own Document through
// extract_into(), so its memory is allocated once. Results are printed in input order,
// and compared with a single-threaded run over the same texts.
#include <sayso/sayso.hpp>

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

struct Counts {
  std::size_t sentences = 0;
  std::size_t quotations = 0;
  std::size_t attributions = 0;
  std::size_t claims = 0;
  bool failed = false;
  friend bool operator==(const Counts&, const Counts&) = default;
};

std::optional<std::string> read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The non-empty lines of `text` (one paragraph per line in the sample), `repeat` times.
std::vector<std::string_view> split_texts(std::string_view text, int repeat) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::string_view> texts;
  for (int r = 0; r < repeat; ++r) texts.insert(texts.end(), lines.begin(), lines.end());
  return texts;
}

Counts count(const sayso::Result<void>& status, const sayso::Document& doc) {
  if (!status) return Counts{.failed = true};
  return Counts{doc.sentences.size(), doc.quotations.size(), doc.attributions.size(),
                doc.claims.size(), false};
}

// Extracts every text on `threads` threads; results[i] belongs to texts[i].
std::vector<Counts> run(const sayso::Extractor& extractor,
                        const std::vector<std::string_view>& texts, unsigned threads) {
  std::vector<Counts> results(texts.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    sayso::Document doc;  // reused: extract_into() clears it and keeps its capacity
    for (std::size_t i = next++; i < texts.size(); i = next++) {
      const sayso::Result<void> status = extractor.extract_into(texts[i], doc);
      results[i] = count(status, doc);  // each index is written by one thread only
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::thread& thread : pool) thread.join();
  return results;
}

int parse_positive(const char* arg, int fallback) {
  if (arg == nullptr) return fallback;
  const int value = std::atoi(arg);
  return value > 0 ? value : fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : SAYSO_SAMPLE_ARTICLE;
  const int threads = parse_positive(argc > 2 ? argv[2] : nullptr, 4);
  const int repeat = parse_positive(argc > 3 ? argv[3] : nullptr, 8);
  const std::optional<std::string> text = read_file(path);
  if (!text) {
    std::cerr << "batch_threads: cannot read " << path << '\n';
    return 1;
  }
  auto created = sayso::Extractor::create();
  if (!created) {
    std::cerr << "batch_threads: " << created.error().message << '\n';
    return 1;
  }
  const sayso::Extractor& extractor = *created;  // one, shared by every thread
  const std::vector<std::string_view> texts = split_texts(*text, repeat);

  const std::vector<Counts> parallel = run(extractor, texts, static_cast<unsigned>(threads));
  const std::vector<Counts> serial = run(extractor, texts, 1);

  Counts total;
  for (std::size_t i = 0; i < parallel.size(); ++i) {
    const Counts& c = parallel[i];
    std::cout << "text " << i + 1 << ": " << (c.failed ? "FAILED " : "") << c.sentences
              << " sentences, " << c.quotations << " quotations, " << c.attributions
              << " attributions, " << c.claims << " claims\n";
    total.sentences += c.sentences;
    total.quotations += c.quotations;
    total.attributions += c.attributions;
    total.claims += c.claims;
    total.failed = total.failed || c.failed;
  }
  const bool same = parallel == serial;
  std::cout << texts.size() << " texts on " << threads << " threads: " << total.sentences
            << " sentences, " << total.quotations << " quotations, " << total.attributions
            << " attributions, " << total.claims << " claims\n"
            << "same as one thread: " << (same ? "yes" : "NO") << '\n';
  return same && !total.failed ? 0 : 1;
}
