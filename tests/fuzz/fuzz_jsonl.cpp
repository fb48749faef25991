// libFuzzer target: the CLI's JSON Lines reading (src/cli/jsonl_document.cpp,
// parse_jsonl_document). Each input line must give a document or an error value of the
// documented kind, never an exception; a document goes through the whole pipeline and
// its JSON (with the line's id, url, headline and date) is checked; an error record must
// be JSON that names the error code.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"
#include "jsonl_document.hpp"

namespace {

void check_error_record(const std::string& id, std::size_t line, const sayso::Error& error) {
  if (error.code != sayso::ErrorCode::invalid_json && error.code != sayso::ErrorCode::missing_text) {
    sayso_fuzz::require("unexpected error code " + std::string(sayso::to_string(error.code)),
                        "parse_jsonl_document");
  }
  std::string out;
  sayso::write_error_json(out, id, line, error);
  try {
    const auto record = nlohmann::json::parse(out);
    if (record.at("error").at("code") != std::string(sayso::to_string(error.code))) {
      sayso_fuzz::require("error record names another code", "write_error_json");
    }
  } catch (const nlohmann::json::exception& e) {
    sayso_fuzz::require(std::string("error record is not JSON: ") + e.what(), "write_error_json");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t line_number = 0;
  for (std::size_t start = 0; start <= input.size();) {
    std::size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    std::string line(input.substr(start, end - start));
    start = end + 1;
    ++line_number;
    std::string id;
    auto doc = sayso_cli::parse_jsonl_document(line, line_number, id);
    if (!doc) {
      check_error_record(id, line_number, doc.error());
      continue;
    }
    if (doc->id != id) sayso_fuzz::require("document id differs from the id reported", "jsonl");
    const sayso::DocumentInfo info{doc->id, doc->url, doc->headline, doc->date_published};
    sayso_fuzz::extract_and_check(doc->text, info);
  }
  return 0;
}
