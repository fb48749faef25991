// The JSON spelling of every enumeration in sayso/document.hpp (shared spec output.md).
#ifndef SAYSO_SRC_JSON_NAMES_HPP
#define SAYSO_SRC_JSON_NAMES_HPP

#include <string_view>

#include "sayso/document.hpp"

namespace sayso::inline v0::detail {

std::string_view json_name(QuoteMarks v) noexcept;
std::string_view json_name(QuoteRole v) noexcept;
std::string_view json_name(EntityType v) noexcept;
std::string_view json_name(MentionType v) noexcept;
std::string_view json_name(AttributionKind v) noexcept;
std::string_view json_name(CueClass v) noexcept;
std::string_view json_name(ClaimType v) noexcept;
std::string_view json_name(HedgeCategory v) noexcept;
std::string_view json_name(Relation v) noexcept;
std::string_view json_name(TimeType v) noexcept;
std::string_view json_name(Polarity v) noexcept;

}  // namespace sayso::inline v0::detail

#endif  // SAYSO_SRC_JSON_NAMES_HPP
