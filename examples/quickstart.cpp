// quickstart: who said what in one news article.
//
//   quickstart [FILE]     FILE: a UTF-8 text file; default: the bundled sample article
//
// Prints the document's counts, then one `speaker: words` line per attribution
// (direct quotes in quotation marks, reported speech without), then the claims.
#include <sayso/sayso.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace {

std::optional<std::string> read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string_view claim_type_name(sayso::ClaimType type) {
  switch (type) {
    case sayso::ClaimType::quantity: return "quantity";
    case sayso::ClaimType::prediction: return "prediction";
    case sayso::ClaimType::correlation_causation: return "correlation/causation";
    case sayso::ClaimType::comparison: return "comparison";
    case sayso::ClaimType::laws_rules: return "laws/rules";
    case sayso::ClaimType::personal_experience: return "personal experience";
    case sayso::ClaimType::other: break;
  }
  return "other";
}

// The speaker's name, or "(unknown)" when no source was found.
std::string_view speaker_of(const sayso::Document& doc, const sayso::Attribution& a) {
  if (!a.source || a.source->entity >= doc.entities.size()) return "(unknown)";
  return doc.entities[a.source->entity].name;
}

// The attributed words: the content spans joined by " ... ".
std::string words_of(std::string_view text, const sayso::Attribution& a) {
  std::string words;
  for (const sayso::ByteSpan span : a.content) {
    if (!words.empty()) words += " ... ";
    words += sayso::slice(text, span);
  }
  return words;
}

void print_counts(const sayso::Document& doc) {
  std::cout << "paragraphs: " << doc.paragraphs.size()
            << ", sentences: " << doc.sentences.size()
            << ", quotations: " << doc.quotations.size()
            << ", entities: " << doc.entities.size()
            << ", attributions: " << doc.attributions.size()
            << ", claims: " << doc.claims.size() << '\n';
}

void print_attributions(std::string_view text, const sayso::Document& doc) {
  std::cout << "\nWho said what:\n";
  for (const sayso::Attribution& a : doc.attributions) {
    const bool quoted = a.kind == sayso::AttributionKind::direct;
    std::cout << "  " << speaker_of(doc, a) << ": " << (quoted ? "\"" : "")
              << words_of(text, a) << (quoted ? "\"" : "") << '\n';
  }
}

void print_claims(std::string_view text, const sayso::Document& doc) {
  std::cout << "\nClaims:\n";
  for (const sayso::Claim& c : doc.claims) {
    std::cout << "  [" << claim_type_name(c.type) << "] " << sayso::slice(text, c.span);
    if (c.attribution && *c.attribution < doc.attributions.size()) {
      std::cout << " (" << speaker_of(doc, doc.attributions[*c.attribution]) << ')';
    }
    if (c.polarity == sayso::Polarity::negative) std::cout << " [negated]";
    if (!c.hedges.empty()) std::cout << " [hedged]";
    std::cout << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : SAYSO_SAMPLE_ARTICLE;
  const std::optional<std::string> text = read_file(path);
  if (!text) {
    std::cerr << "quickstart: cannot read " << path << '\n';
    return 1;
  }

  // Compile the pipeline once; an Extractor is immutable and can be shared.
  auto extractor = sayso::Extractor::create();
  if (!extractor) {
    std::cerr << "quickstart: " << extractor.error().message << '\n';
    return 1;
  }
  // The Document's spans are byte offsets into *text, which stays alive below.
  auto doc = extractor->extract(*text);
  if (!doc) {
    std::cerr << "quickstart: " << doc.error().message << '\n';
    return 1;
  }

  print_counts(*doc);
  print_attributions(*text, *doc);
  print_claims(*text, *doc);
  return 0;
}
