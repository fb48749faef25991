#include "segment/segmenter.hpp"

namespace sayso::inline v0::detail {

// PLACEHOLDER: one paragraph per line, one sentence per paragraph; replaced by the
// real segmenter.
Result<Segmenter> Segmenter::create(const ExtractorOptions& /*options*/) { return Segmenter(); }

void Segmenter::run(std::string_view text, Document& doc,
                    std::vector<Index>& sentence_paragraph) const {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      const ByteSpan span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
      sentence_paragraph.push_back(static_cast<Index>(doc.paragraphs.size()));
      doc.paragraphs.push_back(span);
      doc.sentences.push_back(span);
    }
    start = end + 1;
  }
}

}  // namespace sayso::inline v0::detail
