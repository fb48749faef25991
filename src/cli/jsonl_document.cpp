#include "jsonl_document.hpp"

#include <nlohmann/json.hpp>

#include <utility>

#include "raw_bytes.hpp"

namespace sayso_cli {
namespace {

using nlohmann::json;

sayso::Result<json> parse_object(const std::string& line) {
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
