#include "sayso/document.hpp"

namespace sayso {
inline namespace v0 {

void Document::clear() noexcept {
  paragraphs.clear();
  sentences.clear();
  quotations.clear();
  entities.clear();
  mentions.clear();
  attributions.clear();
  claims.clear();
  warnings.clear();
}

}  // namespace v0
}  // namespace sayso
