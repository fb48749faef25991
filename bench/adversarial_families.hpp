// The hostile input families of bench_adversarial, shared with adversarial_once (the
// one-run driver for profilers), so both time and profile exactly the same text.
#ifndef SAYSO_BENCH_ADVERSARIAL_FAMILIES_HPP
#define SAYSO_BENCH_ADVERSARIAL_FAMILIES_HPP

#include <cstddef>
#include <string>
#include <vector>

#include "sayso/extractor.hpp"

namespace sayso_bench {

struct Family {
  const char* name;
  std::string unit;  // repeated to the size
};

/// Every family, in the order --family K numbers them.
inline std::vector<Family> adversarial_families() {
  return {
      {"spaced dots \". . . .\"", ". "},
      {"dotted \"a.b.c.\"", "a.b.c."},
      {"one unpunctuated line", "word and more words without any stop "},
      {"quotation marks", "\"\xE2\x80\x9C\xE2\x80\x9D'\xE2\x80\x98\xE2\x80\x99\xC2\xAB\xC2\xBB \" "},
      {"periods and spaces \". \"", "x. "},
      {"abbreviations \"Mr. \"", "Mr. "},
      {"line breaks", "a\n"},
      {"list markers \"1) \"", "1) "},
      {"numbered lines, CR breaks", "1. item\r"},
      {"closings \"Thanks, Ana \"", "Thanks, Ana "},
      {"clock times \"10:30 AM Ana \"", "10:30 AM Ana "},
      {"quoted questions", "\"Why?\" Ana Lee "},
      {"apostrophes", "don't the players' Jones\xE2\x80\x99 \xE2\x80\x99" "90s "},
      {"nested quotes", "\"a 'b \xE2\x80\x9C"},
      {"speech cues", "\"Yes,\" she said. He said: "},
      {"NUL bytes", std::string("a\0. \0\"", 6)},
      {"invalid UTF-8", "\xC0\xAF\xE0\x80\xAF\xFF. \xED\xA0\x80\""},
  };
}

/// Default options without the attribution limit: at 16 MB some families yield more
/// than the default million attributions, and an early error exit is not what is timed.
inline sayso::ExtractorOptions unlimited_options() {
  sayso::ExtractorOptions options;
  options.max_attributions = static_cast<std::size_t>(-1);
  return options;
}

/// `unit` repeated and cut to exactly `bytes` bytes.
inline std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  s.resize(bytes);
  return s;
}

}  // namespace sayso_bench

#endif  // SAYSO_BENCH_ADVERSARIAL_FAMILIES_HPP
