/// @file json.hpp
/// JSON output in the sayso format (shared spec `output.md`, schema version 1):
/// one object per document, spans converted to the requested offset unit, every span
/// carrying its text, every string escaped for any input bytes.
///
/// Thread safety: the functions are reentrant; they read the Document and text and
/// write only to `out`.
#ifndef SAYSO_JSON_HPP
#define SAYSO_JSON_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "sayso/document.hpp"
#include "sayso/export.hpp"
#include "sayso/result.hpp"

namespace sayso {
inline namespace v0 {

/// The unit of offsets in JSON output (JSON `document.offsetUnit`).
enum class OffsetUnit : std::uint8_t {
  codepoint,  ///< Unicode code points, as Python slices (the default).
  utf16,      ///< UTF-16 code units, as JavaScript and Java index strings.
  utf8,       ///< Bytes, as the C++ API.
};

/// The name of an offset unit: "codepoint", "utf16" or "utf8".
SAYSO_EXPORT std::string_view to_string(OffsetUnit unit) noexcept;

/// Parses "codepoint", "utf16" or "utf8".
SAYSO_EXPORT Result<OffsetUnit> parse_offset_unit(std::string_view name);

/// Facts about a document that are not in its text (JSON `document`). Empty strings
/// are written as null. The views must stay valid during the call.
struct DocumentInfo {
  std::string_view id;              ///< JSON `document.id`.
  std::string_view url;             ///< JSON `document.url`.
  std::string_view headline;        ///< JSON `document.headline`.
  std::string_view date_published;  ///< JSON `document.datePublished`.
};

/// How to write JSON.
struct JsonOptions {
  OffsetUnit offsets = OffsetUnit::codepoint;  ///< Unit of every start and end.
  bool pretty = false;   ///< Indent with two spaces; default: one line, no newline.
};

/// Appends the full result for `doc`, made from `text`, to `out`.
SAYSO_EXPORT void write_json(std::string& out, std::string_view text, const Document& doc,
                             const DocumentInfo& info, const JsonOptions& options = {});

/// Appends the `segment` result (document, paragraphs, sentences) to `out`.
SAYSO_EXPORT void write_segments_json(std::string& out, std::string_view text,
                                      const Document& doc, const DocumentInfo& info,
                                      const JsonOptions& options = {});

/// Appends an error record for a document that could not be processed:
/// {"document": {"id": ..., "line": N}, "error": {"code": ..., "message": ...}}.
/// `line` 0 omits the line number.
SAYSO_EXPORT void write_error_json(std::string& out, std::string_view id, std::size_t line,
                                   const Error& error, const JsonOptions& options = {});

/// The full result as a string; see write_json().
[[nodiscard]] SAYSO_EXPORT std::string to_json(std::string_view text, const Document& doc,
                                               const DocumentInfo& info = {},
                                               const JsonOptions& options = {});

}  // namespace v0
}  // namespace sayso

#endif  // SAYSO_JSON_HPP
