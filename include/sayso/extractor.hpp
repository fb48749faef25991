/// @file extractor.hpp
/// sayso::Extractor, the compiled pipeline (text -> paragraphs and sentences ->
/// quotation marks -> mentions and entities -> attributions -> claims), and the free
/// functions that use a default one.
#ifndef SAYSO_EXTRACTOR_HPP
#define SAYSO_EXTRACTOR_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sayso/document.hpp"
#include "sayso/export.hpp"
#include "sayso/result.hpp"

namespace sayso {
inline namespace v0 {

/// The hard ceiling on input size: offsets are 32-bit, so a text must be shorter than
/// 4 GiB whatever ExtractorOptions::max_input_bytes says.
inline constexpr std::size_t max_supported_input_bytes = 0xFFFFFFFFu;

/// Settings for Extractor::create(). A plain value type.
struct ExtractorOptions {
  /// Texts longer than this are rejected with ErrorCode::input_too_large before any
  /// work is done. At most max_supported_input_bytes.
  std::size_t max_input_bytes = std::size_t{1} << 30;
  /// A document that would yield more attributions than this fails with
  /// ErrorCode::too_many_attributions.
  std::size_t max_attributions = 1'000'000;
  /// A sentence longer than this many bytes (run-on text without sentence punctuation,
  /// not a sentence of news) is cut into pieces at the last white space before the
  /// limit, or at the limit (on a code point boundary) when there is none: the stages
  /// after segmentation then work on pieces of bounded size. At least 256.
  std::size_t max_sentence_bytes = 8192;
  /// Build claim records (the last stage). Off: `claims` stays empty.
  bool claims = true;
  /// Extra abbreviations that do not end a sentence, without the final period
  /// ("Approx", "Dept"). Added to the built-in lexicon.
  std::vector<std::string> abbreviations;
  /// Extra titles that stand before names ("Commissioner", "Archbishop").
  std::vector<std::string> titles;
  /// Extra reporting verbs in the lexicon's line format, "form<TAB>lemma<TAB>class"
  /// ("quipped<TAB>quip<TAB>communication").
  std::vector<std::string> reporting_verbs;
};

namespace detail {
class ExtractorImpl;
}  // namespace detail

/// The sayso pipeline, compiled once: lexicons loaded and patterns compiled.
///
/// Thread safety: immutable after create(); every const member function may be called
/// from many threads at once on the same Extractor. Copies are cheap (a shared
/// pointer) and share the compiled state, which lives as long as any copy does.
///
/// Memory: each thread that calls extract() keeps its working tables for the next call,
/// sized by the largest document it has processed (up to about 45 bytes per input byte,
/// on a document of one short line after another) and freed when the thread exits.
/// On Linux, tables of 4 MB and more ask for transparent huge pages
/// (madvise(MADV_HUGEPAGE)), which keeps time per MB flat on large documents.
///
/// @code
///   auto extractor = sayso::Extractor::create();
///   if (!extractor) return 1;
///   auto doc = extractor->extract(text);
/// @endcode
class SAYSO_EXPORT Extractor {
 public:
  /// Compiles a pipeline. Fails with ErrorCode::invalid_argument for out-of-range
  /// options and ErrorCode::invalid_lexicon for a malformed extra lexicon entry.
  static Result<Extractor> create(const ExtractorOptions& options = {});

  /// Paragraphs and sentences only. The Document's spans point into `text`, which the
  /// caller keeps alive while it reads them.
  [[nodiscard]] Result<Document> segment(std::string_view text) const;

  /// The whole pipeline: paragraphs, sentences, quotations, entities, mentions,
  /// attributions and claims.
  [[nodiscard]] Result<Document> extract(std::string_view text) const;

  /// As extract(), filling `doc` (cleared first), whose memory is reused across calls.
  /// On failure `doc` is left empty.
  Result<void> extract_into(std::string_view text, Document& doc) const;

  /// As segment(), filling `doc` (cleared first).
  Result<void> segment_into(std::string_view text, Document& doc) const;

  /// The options this extractor was created with.
  [[nodiscard]] const ExtractorOptions& options() const noexcept;

 private:
  explicit Extractor(std::shared_ptr<const detail::ExtractorImpl> impl) noexcept;
  std::shared_ptr<const detail::ExtractorImpl> impl_;
};

/// extract() with a default Extractor, built on first use (thread-safe).
SAYSO_EXPORT Result<Document> extract(std::string_view text);

/// segment() with a default Extractor, built on first use (thread-safe).
SAYSO_EXPORT Result<Document> segment(std::string_view text);

}  // namespace v0
}  // namespace sayso

#endif  // SAYSO_EXTRACTOR_HPP
