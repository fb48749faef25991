#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include "core/extractor_impl.hpp"
#include "core/record_pool.hpp"
#include "sayso/extractor.hpp"
#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace sayso {
inline namespace v0 {
namespace detail {

ExtractorImpl::ExtractorImpl(ExtractorOptions opts, Segmenter segmenter, CueLexicon cues,
                             QuoteFinder quotes, MentionFinder mentions, Attributor attributor,
                             ClaimBuilder claims)
    : options(std::move(opts)),
      segmenter_(std::move(segmenter)),
      cues_(std::move(cues)),
      quotes_(std::move(quotes)),
      mentions_(std::move(mentions)),
      attributor_(std::move(attributor)),
      claims_(std::move(claims)),
      words_(mentions_.lexicon(), claims_.lexicon(), cues_) {}

Result<void> ExtractorImpl::check_input(std::string_view text, Document& doc,
                                        std::string* folded) const {
  if (text.size() > options.max_input_bytes || text.size() >= max_supported_input_bytes) {
    return Error{ErrorCode::input_too_large,
                 "input of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                     std::to_string(std::min(options.max_input_bytes,
                                             max_supported_input_bytes - 1)) +
                     " bytes"};
  }
  std::size_t bad = text.size();
  if (folded != nullptr) {
    folded->resize(text.size());
    bad = fold_ascii_and_validate(text, folded->data());
  } else {
    bad = find_invalid_utf8(text);
  }
  if (bad != text.size()) {
    doc.warnings.push_back(Warning{
        "invalid_utf8", "invalid UTF-8 at byte " + std::to_string(bad) +
                            "; bytes kept as they are, offsets point into the input"});
  }
  return {};
}

void ExtractorImpl::segment(std::string_view text, Document& doc, Analysis& analysis) const {
  analysis.text = text;
  analysis.doc = &doc;
  segmenter_.run(text, doc, analysis.sentence_paragraph);
}

Result<void> ExtractorImpl::analyse(Analysis& a) const {
  tokenizer_.run(a.text, a.doc->sentences, a.tokens, a.sentence_first_token,
                 &a.quote_like_tokens, &a.token_locator);
  if (!words_.tag(a)) cues_.tag(a);  // the word tagger tags the cues, too
  if (auto r = quotes_.run(a); !r) return r;
  if (auto r = mentions_.run(a); !r) return r;
  if (auto r = attributor_.run(a); !r) return r;
  if (a.doc->attributions.size() > options.max_attributions) {
    return Error{ErrorCode::too_many_attributions,
                 "document yields " + std::to_string(a.doc->attributions.size()) +
                     " attributions, more than the limit of " +
                     std::to_string(options.max_attributions)};
  }
  if (options.claims) {
    if (auto r = claims_.run(a); !r) return r;
  }
  return {};
}

namespace {

constexpr std::size_t min_sentence_cap = 256;

Result<void> check_options(const ExtractorOptions& options) {
  if (options.max_input_bytes == 0 || options.max_input_bytes > max_supported_input_bytes) {
    return Error{ErrorCode::invalid_argument,
                 "max_input_bytes must be between 1 and " +
                     std::to_string(max_supported_input_bytes)};
  }
  if (options.max_sentence_bytes < min_sentence_cap) {
    return Error{ErrorCode::invalid_argument,
                 "max_sentence_bytes must be at least " + std::to_string(min_sentence_cap)};
  }
  return {};
}

// Each call of the pipeline needs an Analysis; one per thread keeps its memory.
Analysis& thread_analysis() {
  thread_local Analysis analysis;
  analysis.clear();
  return analysis;
}

}  // namespace
}  // namespace detail

Extractor::Extractor(std::shared_ptr<const detail::ExtractorImpl> impl) noexcept
    : impl_(std::move(impl)) {}

Result<Extractor> Extractor::create(const ExtractorOptions& options) {
  if (auto ok = detail::check_options(options); !ok) return ok.error();
  auto segmenter = detail::Segmenter::create(options);
  if (!segmenter) return segmenter.error();
  auto cues = detail::CueLexicon::load(options);
  if (!cues) return cues.error();
  auto quotes = detail::QuoteFinder::create(options);
  if (!quotes) return quotes.error();
  auto mentions = detail::MentionFinder::create(options);
  if (!mentions) return mentions.error();
  auto attributor = detail::Attributor::create(options);
  if (!attributor) return attributor.error();
  auto claims = detail::ClaimBuilder::create(options);
  if (!claims) return claims.error();
  return Extractor(std::make_shared<const detail::ExtractorImpl>(
      options, std::move(*segmenter), std::move(*cues), std::move(*quotes), std::move(*mentions),
      std::move(*attributor), std::move(*claims)));
}

Result<void> Extractor::segment_into(std::string_view text, Document& doc) const {
  doc.clear();
  if (auto ok = impl_->check_input(text, doc); !ok) return ok;
  detail::Analysis& analysis = detail::thread_analysis();
  impl_->segment(text, doc, analysis);
  return {};
}

Result<void> Extractor::extract_into(std::string_view text, Document& doc) const {
  detail::recycle_records(doc);  // doc.clear(), its records kept for the stages to refill
  detail::Analysis& analysis = detail::thread_analysis();
  if (auto ok = impl_->check_input(text, doc, &analysis.folded); !ok) return ok;
  impl_->segment(text, doc, analysis);
  if (auto ok = impl_->analyse(analysis); !ok) {
    doc.clear();
    return ok;
  }
  return {};
}

Result<Document> Extractor::segment(std::string_view text) const {
  Document doc;
  if (auto ok = segment_into(text, doc); !ok) return ok.error();
  return doc;
}

Result<Document> Extractor::extract(std::string_view text) const {
  Document doc;
  if (auto ok = extract_into(text, doc); !ok) return ok.error();
  return doc;
}

const ExtractorOptions& Extractor::options() const noexcept { return impl_->options; }

namespace {

const Result<Extractor>& default_extractor() {
  static const Result<Extractor> extractor = Extractor::create();
  return extractor;
}

}  // namespace

Result<Document> extract(std::string_view text) {
  const auto& e = default_extractor();
  if (!e) return e.error();
  return e->extract(text);
}

Result<Document> segment(std::string_view text) {
  const auto& e = default_extractor();
  if (!e) return e.error();
  return e->segment(text);
}

}  // namespace v0
}  // namespace sayso
