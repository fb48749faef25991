// --format table: for people at a terminal. Per document a heading, then each
// attribution as `speaker | kind | cue | content`, then the claims (extract), or
// each sentence (segment).
#include <string>

#include "describe.hpp"
#include "formatter.hpp"
#include "text_util.hpp"

namespace sayso_cli {
namespace {

constexpr std::string_view separator = " | ";

void append_cell(std::string& out, std::string_view s, std::string_view if_empty = "-") {
  append_one_line(out, s.empty() ? if_empty : s);
}

void append_content(std::string& out, std::string_view text, const sayso::Attribution& a) {
  for (std::size_t i = 0; i < a.content.size(); ++i) {
    if (i > 0) out += " ... ";
    append_one_line(out, sayso::slice(text, a.content[i]));
  }
  if (a.content.empty()) out += '-';
}

void append_attribution_row(std::string& out, const DocumentView& d, const sayso::Attribution& a) {
  append_cell(out, speaker_name(d.doc, d.text, a), "(unknown)");
  out += separator;
  out += kind_name(a.kind);
  out += separator;
  append_cell(out, a.cue ? sayso::slice(d.text, a.cue->span) : std::string_view());
  out += separator;
  append_content(out, d.text, a);
  out += '\n';
}

void append_claim_row(std::string& out, const DocumentView& d, const sayso::Claim& c) {
  const bool attributed = c.attribution && *c.attribution < d.doc.attributions.size();
  append_cell(out, attributed ? speaker_name(d.doc, d.text, d.doc.attributions[*c.attribution])
                              : std::string_view("(writer)"),
              "(unknown)");
  out += separator;
  out += claim_type_name(c.type);
  out += separator;
  out += c.polarity == sayso::Polarity::negative ? "negative" : "positive";
  out += separator;
  append_one_line(out, sayso::slice(d.text, c.span));
  out += '\n';
}

void append_heading(std::string& out, std::string_view id) {
  out += "== ";
  append_cell(out, id, "(no id)");
  out += " ==\n";
}

void append_extract_tables(std::string& out, const DocumentView& d) {
  out += "speaker | kind | cue | content\n";
  for (const sayso::Attribution& a : d.doc.attributions) append_attribution_row(out, d, a);
  out += "\nclaims: speaker | type | polarity | text\n";
  for (const sayso::Claim& c : d.doc.claims) append_claim_row(out, d, c);
}

void append_sentence_rows(std::string& out, const DocumentView& d) {
  out += "sentence | text\n";
  for (std::size_t i = 0; i < d.doc.sentences.size(); ++i) {
    out += std::to_string(i + 1);
    out += separator;
    append_one_line(out, sayso::slice(d.text, d.doc.sentences[i]));
    out += '\n';
  }
}

class TableFormatter final : public Formatter {
 public:
  explicit TableFormatter(Command command) : command_(command) {}

  void document(std::string& out, const DocumentView& d) const override {
    append_heading(out, d.info.id);
    if (command_ == Command::segment) {
      append_sentence_rows(out, d);
    } else {
      append_extract_tables(out, d);
    }
    out += '\n';
  }

  void error(std::string& out, std::string_view id, std::size_t line,
             const sayso::Error& error) const override {
    append_heading(out, id);
    out += "error";
    if (line != 0) out += " at line " + std::to_string(line);
    out += ": ";
    out += sayso::to_string(error.code);
    out += separator;
    append_one_line(out, error.message);
    out += "\n\n";
  }

 private:
  Command command_;
};

}  // namespace

std::unique_ptr<Formatter> make_table_formatter(Command command) {
  return std::make_unique<TableFormatter>(command);
}

}  // namespace sayso_cli
