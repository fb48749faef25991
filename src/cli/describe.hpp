// Readable names for records, shared by the table and HTML formats.
#ifndef SAYSO_CLI_DESCRIBE_HPP
#define SAYSO_CLI_DESCRIBE_HPP

#include <optional>
#include <string_view>

#include "sayso/document.hpp"

namespace sayso_cli {

/// The entity an attribution is by, when known and valid.
std::optional<sayso::Index> speaker_entity(const sayso::Document& doc, const sayso::Attribution& a);

/// The speaker's name (entity name, else the text of its mention), or "" when unknown.
std::string_view speaker_name(const sayso::Document& doc, std::string_view text,
                              const sayso::Attribution& a);

/// The attribution a quotation belongs to, when known and valid.
const sayso::Attribution* quotation_attribution(const sayso::Document& doc,
                                                const sayso::Quotation& q);

std::string_view kind_name(sayso::AttributionKind kind);
std::string_view claim_type_name(sayso::ClaimType type);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_DESCRIBE_HPP
