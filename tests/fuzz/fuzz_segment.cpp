// libFuzzer target: paragraphs and sentences of arbitrary bytes. Checks that spans are
// in bounds, ordered, sentences inside their paragraphs, and that the segments JSON
// parses and shows each span's slice, in every offset unit.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  sayso::Document doc;
  const auto ok = sayso_fuzz::extractor().segment_into(text, doc);
  if (!ok) sayso_fuzz::require("segment failed: " + ok.error().message, "segment");
  sayso_fuzz::require(sayso_invariants::check_document(text, doc), "segment");
  for (const sayso::OffsetUnit unit : sayso_fuzz::all_units) {
    sayso::JsonOptions options;
    options.offsets = unit;
    std::string json;
    sayso::write_segments_json(json, text, doc, {}, options);
    sayso_fuzz::require(sayso_invariants::check_json(text, doc, json, unit, true),
                        "write_segments_json");
  }
  return 0;
}
