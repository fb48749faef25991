// Helpers shared by the libFuzzer targets: one Extractor per process, and a failure
// that prints what broke and aborts, so libFuzzer records the input as a crash.
#ifndef SAYSO_TESTS_FUZZ_FUZZ_COMMON_HPP
#define SAYSO_TESTS_FUZZ_FUZZ_COMMON_HPP

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "invariants.hpp"
#include "sayso/extractor.hpp"
#include "sayso/json.hpp"

namespace sayso_fuzz {

/// The violation named by SAYSO_FUZZ_IGNORE (a substring of its message), if set: a
/// known finding to step over so fuzzing can go on looking for new ones.
inline std::string_view ignored_violation() {
  static const char* const value = std::getenv("SAYSO_FUZZ_IGNORE");
  return value != nullptr ? std::string_view(value) : std::string_view();
}

/// Aborts with `what` when it is not empty (a violated invariant) and not ignored.
inline void require(const std::string& what, std::string_view where) {
  if (what.empty()) return;
  const std::string_view ignored = ignored_violation();
  if (!ignored.empty() && what.find(ignored) != std::string::npos) return;
  std::fprintf(stderr, "sayso invariant violated in %.*s: %s\n", static_cast<int>(where.size()),
               where.data(), what.c_str());
  std::abort();
}

/// The options the targets fuzz: the defaults, but the smallest sentence cap, so that
/// inputs of libFuzzer's few kilobytes also go through the cutting of long sentences.
inline sayso::ExtractorOptions fuzz_options() {
  sayso::ExtractorOptions options;
  options.max_sentence_bytes = 256;
  return options;
}

/// The Extractor the targets fuzz, created once.
inline const sayso::Extractor& extractor() {
  static const sayso::Result<sayso::Extractor> e = sayso::Extractor::create(fuzz_options());
  if (!e) {
    std::fprintf(stderr, "Extractor::create failed: %s\n", e.error().message.c_str());
    std::abort();
  }
  return *e;
}

inline constexpr sayso::OffsetUnit all_units[] = {
    sayso::OffsetUnit::utf8, sayso::OffsetUnit::codepoint, sayso::OffsetUnit::utf16};

/// Runs the full pipeline on `text` and checks the Document and its JSON in every unit.
inline void extract_and_check(std::string_view text, const sayso::DocumentInfo& info = {}) {
  sayso::Document doc;
  const auto ok = extractor().extract_into(text, doc);
  if (!ok) require("extract failed: " + ok.error().message, "extract");
  require(sayso_invariants::check_document(text, doc), "extract");
  for (const sayso::OffsetUnit unit : all_units) {
    sayso::JsonOptions options;
    options.offsets = unit;
    const std::string json = sayso::to_json(text, doc, info, options);
    require(sayso_invariants::check_json(text, doc, json, unit), "to_json");
  }
}

}  // namespace sayso_fuzz

#endif  // SAYSO_TESTS_FUZZ_FUZZ_COMMON_HPP
