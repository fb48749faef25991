#include "jsonl_document.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>

#include "raw_bytes.hpp"

namespace sayso_cli {
namespace {

using nlohmann::json;

// Deeper nesting than any document line needs; bounds the recursion of the JSON
// library's serialiser and destructor, which follows the depth of the value.
constexpr std::size_t max_nesting_depth = 64;

// True when arrays and objects in `line` nest deeper than `limit`. One linear pass that
// skips string contents (and their escapes); no JSON validity is checked here.
bool nests_deeper_than(std::string_view line, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

sayso::Result<json> parse_object(const std::string& line) {
  if (nests_deeper_than(line, max_nesting_depth)) {
    return sayso::Error{sayso::ErrorCode::invalid_json,
                        "not JSON this tool reads: arrays or objects nested deeper than " +
                            std::to_string(max_nesting_depth) + " levels"};
  }
  json value;
  try {
    value = json::parse(line);
  } catch (const json::exception& e) {  // a syntax error, or a number out of range
    return sayso::Error{sayso::ErrorCode::invalid_json, std::string("not JSON: ") + e.what()};
  }
  if (!value.is_object()) {
    return sayso::Error{sayso::ErrorCode::invalid_json,
                        std::string("not a JSON object but ") + value.type_name()};
  }
  return value;
}

// The string member `key`, moved out, or empty when absent or not a string.
std::string take_string(json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return {};
  return std::move(it->get_ref<std::string&>());
}

std::string document_id(json& object, std::size_t line_number) {
  const auto it = object.find("id");
  if (it == object.end() || it->is_null()) return std::to_string(line_number);
  if (it->is_string()) return std::move(it->get_ref<std::string&>());
  return it->dump();
}

void restore_raw_bytes(InputDocument& doc) {
  for (std::string* s : {&doc.text, &doc.url, &doc.headline, &doc.date_published}) {
    decode_raw_bytes(*s);
  }
}

}  // namespace

sayso::Result<InputDocument> parse_jsonl_document(std::string& line, std::size_t line_number,
                                                  std::string& id) {
  id = std::to_string(line_number);
  const bool carries_raw_bytes = encode_raw_bytes(line);
  auto object = parse_object(line);
  if (!object) return object.error();
  json& o = *object;
  id = document_id(o, line_number);
  if (carries_raw_bytes) decode_raw_bytes(id);
  const auto text = o.find("text");
  if (text == o.end() || !text->is_string()) {
    return sayso::Error{sayso::ErrorCode::missing_text, "no string field \"text\""};
  }
  InputDocument doc;
  doc.text = std::move(text->get_ref<std::string&>());
  doc.id = id;
  doc.url = take_string(o, "url");
  doc.headline = take_string(o, "headline");
  doc.date_published = take_string(o, "datePublished");
  if (carries_raw_bytes) restore_raw_bytes(doc);
  return doc;
}

}  // namespace sayso_cli
