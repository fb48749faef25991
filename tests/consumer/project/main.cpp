// A program built against sayso the way a user builds it: through find_package(sayso),
// add_subdirectory() or pkg-config. It checks that the library it links really works:
// segmentation, JSON output, the version header and errors as values. Exit status 0
// only when every check holds; each failed check prints one line.
#include <sayso/sayso.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "consumer check failed: %s\n", what);
    ++failures;
  }
}

// Two paragraphs, three sentences; the second sentence holds a decimal point and a
// title abbreviation that must not end a sentence.
constexpr std::string_view kText =
    "The council approved the budget on Monday. Spending rises 2.5% to cover repairs "
    "requested by Dr. Imani Ross.\n"
    "\n"
    "\"We will start in May,\" the mayor said.";

void check_segments(const sayso::Document& doc) {
  check(doc.paragraphs.size() == 2, "two paragraphs");
  check(doc.sentences.size() == 3, "three sentences");
  if (doc.sentences.size() != 3) return;
  check(sayso::slice(kText, doc.sentences[0]) == "The council approved the budget on Monday.",
        "first sentence text");
  check(sayso::slice(kText, doc.sentences[2]).find("mayor said") != std::string_view::npos,
        "last sentence text");
}

void check_json(const sayso::Document& doc) {
  sayso::DocumentInfo info;
  info.id = "consumer";
  const std::string json = sayso::to_json(kText, doc, info);
  check(json.find("\"schemaVersion\"") != std::string::npos, "JSON has schemaVersion");
  check(json.find("\"consumer\"") != std::string::npos, "JSON has the document id");
  check(json.find(std::string("\"") + std::string(sayso::version) + "\"") != std::string::npos,
        "JSON names the library version");
}

void check_errors() {
  sayso::ExtractorOptions options;
  options.max_input_bytes = 8;
  auto small = sayso::Extractor::create(options);
  check(small.has_value(), "create with a small input limit");
  if (!small) return;
  auto too_big = small->extract(kText);
  check(!too_big && too_big.error().code == sayso::ErrorCode::input_too_large,
        "input_too_large is returned as a value");
}

}  // namespace

int main() {
  check(sayso::version == SAYSO_VERSION_STRING, "version.hpp is consistent");
  auto extractor = sayso::Extractor::create();
  if (!extractor) {
    std::fprintf(stderr, "Extractor::create failed: %s\n", extractor.error().message.c_str());
    return 1;
  }
  auto doc = extractor->extract(kText);
  if (!doc) {
    std::fprintf(stderr, "extract failed: %s\n", doc.error().message.c_str());
    return 1;
  }
  check_segments(*doc);
  check_json(*doc);
  check_errors();
  if (failures == 0) std::printf("consumer: sayso %s works\n", SAYSO_VERSION_STRING);
  return failures == 0 ? 0 : 1;
}
