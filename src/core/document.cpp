#include "sayso/document.hpp"

#include "core/record_pool.hpp"

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

namespace detail {

void RecordPools::give(Claim& claim) {
  negations.give(claim.negations);
  hedges.give(claim.hedges);
  quantities.give(claim.quantities);
  times.give(claim.times);
  about.give(claim.about);
}

void RecordPools::give(Entity& entity) { entity_mentions.give(entity.mentions); }

void RecordPools::give(Attribution& a) {
  if (a.source) source_mentions.give(a.source->mentions);
  content.give(a.content);
  quoted.give(a.quoted);
}

void RecordPools::end_round() {
  source_mentions.end_round();
  content.end_round();
  quoted.end_round();
  negations.end_round();
  hedges.end_round();
  quantities.end_round();
  times.end_round();
  about.end_round();
  entity_mentions.end_round();
}

void recycle_records(Document& doc) {
  RecordPools& pools = thread_records();
  for (Claim& c : doc.claims) pools.give(c);
  for (Entity& e : doc.entities) pools.give(e);
  for (Attribution& a : doc.attributions) pools.give(a);
  pools.end_round();
  doc.clear();
}

}  // namespace detail
}  // namespace v0
}  // namespace sayso
