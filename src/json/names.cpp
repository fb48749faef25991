#include "json/names.hpp"

#include <array>
#include <cstddef>

namespace sayso::inline v0::detail {
namespace {

// The name at the enumerator's position, or the last name for an out-of-range value.
template <class Enum, std::size_t N>
std::string_view pick(const std::array<std::string_view, N>& names, Enum v) noexcept {
  const auto i = static_cast<std::size_t>(v);
  return i < N ? names[i] : names[N - 1];
}

}  // namespace

std::string_view json_name(QuoteMarks v) noexcept {
  static constexpr std::array<std::string_view, 6> names{"double", "single", "guillemet",
                                                         "low9",   "corner", "none"};
  return pick(names, v);
}

std::string_view json_name(QuoteRole v) noexcept {
  static constexpr std::array<std::string_view, 5> names{"speech", "scare", "title",
                                                         "nickname", "unknown"};
  return pick(names, v);
}

std::string_view json_name(EntityType v) noexcept {
  static constexpr std::array<std::string_view, 4> names{"Person", "Organization", "Group",
                                                         "Unknown"};
  return pick(names, v);
}

std::string_view json_name(MentionType v) noexcept {
  static constexpr std::array<std::string_view, 4> names{"name", "nominal", "pronoun", "handle"};
  return pick(names, v);
}

std::string_view json_name(AttributionKind v) noexcept {
  static constexpr std::array<std::string_view, 3> names{"direct", "mixed", "indirect"};
  return pick(names, v);
}

std::string_view json_name(CueClass v) noexcept {
  static constexpr std::array<std::string_view, 5> names{"communication", "epistemic",
                                                         "documentary", "accordingTo", "post"};
  return pick(names, v);
}

std::string_view json_name(ClaimType v) noexcept {
  static constexpr std::array<std::string_view, 7> names{
      "quantity",   "prediction",         "correlationCausation", "comparison",
      "lawsRules",  "personalExperience", "other"};
  return pick(names, v);
}

std::string_view json_name(HedgeCategory v) noexcept {
  static constexpr std::array<std::string_view, 5> names{
      "epistemicVerb", "modal", "epistemicAdverb", "approximator", "attributionShield"};
  return pick(names, v);
}

std::string_view json_name(Relation v) noexcept {
  static constexpr std::array<std::string_view, 7> names{"eq", "approx", "gt",   "gte",
                                                         "lt", "lte",    "range"};
  return pick(names, v);
}

std::string_view json_name(TimeType v) noexcept {
  static constexpr std::array<std::string_view, 3> names{"date", "duration", "relative"};
  return pick(names, v);
}

std::string_view json_name(Polarity v) noexcept {
  static constexpr std::array<std::string_view, 2> names{"positive", "negative"};
  return pick(names, v);
}

}  // namespace sayso::inline v0::detail
