#include "sayso/json.hpp"

namespace sayso {
inline namespace v0 {

// PLACEHOLDER: replaced by the real writer.
std::string_view to_string(OffsetUnit unit) noexcept {
  switch (unit) {
    case OffsetUnit::codepoint: return "codepoint";
    case OffsetUnit::utf16: return "utf16";
    case OffsetUnit::utf8: return "utf8";
  }
  return "codepoint";
}
Result<OffsetUnit> parse_offset_unit(std::string_view name) {
  if (name == "codepoint") return OffsetUnit::codepoint;
  if (name == "utf16") return OffsetUnit::utf16;
  if (name == "utf8") return OffsetUnit::utf8;
  return Error{ErrorCode::invalid_argument, "unknown offset unit"};
}
void write_json(std::string&, std::string_view, const Document&, const DocumentInfo&,
                const JsonOptions&) {}
void write_segments_json(std::string&, std::string_view, const Document&, const DocumentInfo&,
                         const JsonOptions&) {}
void write_error_json(std::string&, std::string_view, std::size_t, const Error&,
                      const JsonOptions&) {}
std::string to_json(std::string_view text, const Document& doc, const DocumentInfo& info,
                    const JsonOptions& options) {
  std::string out;
  write_json(out, text, doc, info, options);
  return out;
}

}  // namespace v0
}  // namespace sayso
