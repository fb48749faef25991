#include "describe.hpp"

namespace sayso_cli {

std::optional<sayso::Index> speaker_entity(const sayso::Document& doc, const sayso::Attribution& a) {
  if (!a.source || a.source->entity >= doc.entities.size()) return std::nullopt;
  return a.source->entity;
}

std::string_view speaker_name(const sayso::Document& doc, std::string_view text,
                              const sayso::Attribution& a) {
  const auto entity = speaker_entity(doc, a);
  if (entity && !doc.entities[*entity].name.empty()) return doc.entities[*entity].name;
  if (a.source && !a.source->mentions.empty() && a.source->mentions.front() < doc.mentions.size()) {
    return sayso::slice(text, doc.mentions[a.source->mentions.front()].span);
  }
  return {};
}

const sayso::Attribution* quotation_attribution(const sayso::Document& doc,
                                                const sayso::Quotation& q) {
  if (!q.attribution || *q.attribution >= doc.attributions.size()) return nullptr;
  return &doc.attributions[*q.attribution];
}

std::string_view kind_name(sayso::AttributionKind kind) {
  switch (kind) {
    case sayso::AttributionKind::direct: return "direct";
    case sayso::AttributionKind::mixed: return "mixed";
    case sayso::AttributionKind::indirect: return "indirect";
  }
  return "?";
}

std::string_view claim_type_name(sayso::ClaimType type) {
  switch (type) {
    case sayso::ClaimType::quantity: return "quantity";
    case sayso::ClaimType::prediction: return "prediction";
    case sayso::ClaimType::correlation_causation: return "correlationCausation";
    case sayso::ClaimType::comparison: return "comparison";
    case sayso::ClaimType::laws_rules: return "lawsRules";
    case sayso::ClaimType::personal_experience: return "personalExperience";
    case sayso::ClaimType::other: return "other";
  }
  return "?";
}

}  // namespace sayso_cli
