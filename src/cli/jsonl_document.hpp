// One JSON Lines input line as a document: {"id", "text", "url"?, "headline"?,
// "datePublished"?}; other fields are ignored.
#ifndef SAYSO_CLI_JSONL_DOCUMENT_HPP
#define SAYSO_CLI_JSONL_DOCUMENT_HPP

#include <cstddef>
#include <string>

#include "sayso/result.hpp"

namespace sayso_cli {

struct InputDocument {
  std::string id;
  std::string text;
  std::string url;
  std::string headline;
  std::string date_published;
};

/// Parses one line (number `line_number`, used as the id when there is none), moving
/// strings out of `line`. Fails with ErrorCode::invalid_json when the line is not a
/// JSON object and with ErrorCode::missing_text when it has no string `text`; `id`
/// receives the document's id in every case (the line number when it has none).
sayso::Result<InputDocument> parse_jsonl_document(std::string& line, std::size_t line_number,
                                                  std::string& id);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_JSONL_DOCUMENT_HPP
