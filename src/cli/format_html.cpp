// --format html: one self-contained page. Each document's text is shown with its
// quotations highlighted, one colour per speaker, followed by the attributions and
// claims as tables (extract), or with its sentences shaded in turn (segment).
#include <algorithm>
#include <string>
#include <vector>

#include "describe.hpp"
#include "formatter.hpp"
#include "text_util.hpp"

namespace sayso_cli {
namespace {

constexpr std::size_t palette_size = 12;

constexpr std::string_view page_head = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>sayso: who said what</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
.text { white-space: pre-wrap; border: 1px solid #ccc; border-radius: 4px; padding: 1em; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
.s0 { background: #ffd0d0; } .s1 { background: #cfe8ff; } .s2 { background: #d4f5d0; }
.s3 { background: #fff0b3; } .s4 { background: #e8d4ff; } .s5 { background: #ffdcb8; }
.s6 { background: #c8f0ec; } .s7 { background: #f5d0ea; } .s8 { background: #e0e8c0; }
.s9 { background: #d8d8ff; } .s10 { background: #f0e0d0; } .s11 { background: #c0e0d8; }
.unattributed { background: #e6e6e6; }
.nonspeech { background: none; border-bottom: 1px dashed #888; border-radius: 0; }
.sentence0 { background: #eef4ff; } .sentence1 { background: #fff6e8; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; text-align: left; }
.error { color: #a00000; }
</style>
</head>
<body>
<h1>sayso: who said what</h1>
)";

constexpr std::string_view page_tail = "</body>\n</html>\n";

// A stretch of text to wrap in an element.
struct Highlight {
  sayso::ByteSpan span;
  std::string css_class;
  std::string title;
};

// One colour per speaker: speakers are numbered in order of their first attribution,
// so the first twelve speakers of a document all get different colours.
class SpeakerColours {
 public:
  explicit SpeakerColours(const sayso::Document& doc) : doc_(doc), rank_(doc.entities.size(), none) {
    for (const sayso::Attribution& a : doc.attributions) {
      const auto entity = speaker_entity(doc, a);
      if (entity && rank_[*entity] == none) {
        rank_[*entity] = speakers_.size();
        speakers_.push_back(&a);
      }
    }
  }

  [[nodiscard]] std::string css_class(const sayso::Attribution* a) const {
    const auto entity = a ? speaker_entity(doc_, *a) : std::nullopt;
    if (!entity) return "unattributed";
    std::string css = "s";
    css += std::to_string(rank_[*entity] % palette_size);
    return css;
  }

  /// One attribution of each speaker, in order of first appearance.
  [[nodiscard]] const std::vector<const sayso::Attribution*>& speakers() const { return speakers_; }

 private:
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  const sayso::Document& doc_;
  std::vector<std::size_t> rank_;  // per entity: its place among the speakers
  std::vector<const sayso::Attribution*> speakers_;
};

std::string quotation_title(const DocumentView& d, const sayso::Quotation& q,
                            const sayso::Attribution* a) {
  if (q.role != sayso::QuoteRole::speech && !a) return "not speech";
  const std::string_view name = a ? speaker_name(d.doc, d.text, *a) : std::string_view();
  return name.empty() ? "speaker unknown" : std::string(name);
}

std::vector<Highlight> quotation_highlights(const DocumentView& d, const SpeakerColours& colours) {
  std::vector<Highlight> out;
  for (const sayso::Quotation& q : d.doc.quotations) {
    const sayso::Attribution* a = quotation_attribution(d.doc, q);
    const bool speech = a || q.role == sayso::QuoteRole::speech;
    out.push_back({q.span, speech ? colours.css_class(a) : "nonspeech", quotation_title(d, q, a)});
  }
  return out;
}

std::vector<Highlight> sentence_highlights(const DocumentView& d) {
  std::vector<Highlight> out;
  for (std::size_t i = 0; i < d.doc.sentences.size(); ++i) {
    std::string css_class = "sentence";
    css_class += std::to_string(i % 2);
    std::string title = "sentence ";
    title += std::to_string(i + 1);
    out.push_back({d.doc.sentences[i], std::move(css_class), std::move(title)});
  }
  return out;
}

void append_element(std::string& out, std::string_view tag, std::string_view s) {
  out += '<';
  out += tag;
  out += '>';
  append_html(out, s);
  out += "</";
  out += tag;
  out += '>';
}

// The text with outermost highlights wrapped in <mark>; nested ones are skipped.
void append_highlighted(std::string& out, std::string_view text, std::vector<Highlight> marks) {
  std::stable_sort(marks.begin(), marks.end(),
                   [](const Highlight& a, const Highlight& b) { return a.span.start < b.span.start; });
  std::size_t cursor = 0;
  for (const Highlight& m : marks) {
    if (m.span.start < cursor || m.span.start >= text.size() || m.span.empty()) continue;
    const std::size_t end = std::min<std::size_t>(m.span.end, text.size());
    append_html(out, text.substr(cursor, m.span.start - cursor));
    out += "<mark class=\"" + m.css_class + "\" title=\"";
    append_html(out, m.title);
    out += "\">";
    append_html(out, text.substr(m.span.start, end - m.span.start));
    out += "</mark>";
    cursor = end;
  }
  append_html(out, text.substr(cursor));
}

void append_speaker_mark(std::string& out, const DocumentView& d, const SpeakerColours& colours,
                         const sayso::Attribution& a) {
  out += "<mark class=\"" + colours.css_class(&a) + "\">";
  const std::string_view name = speaker_name(d.doc, d.text, a);
  append_html(out, name.empty() ? std::string_view("(unknown)") : name);
  out += "</mark>";
}

void append_speaker_cell(std::string& out, const DocumentView& d, const SpeakerColours& colours,
                         const sayso::Attribution& a) {
  out += "<td>";
  append_speaker_mark(out, d, colours, a);
  out += "</td>";
}

void append_legend(std::string& out, const DocumentView& d, const SpeakerColours& colours) {
  out += "<p class=\"legend\">Speakers: ";
  for (const sayso::Attribution* a : colours.speakers()) {
    append_speaker_mark(out, d, colours, *a);
    out += ' ';
  }
  if (colours.speakers().empty()) out += "none found";
  out += "</p>\n";
}

void append_content_cell(std::string& out, std::string_view text, const sayso::Attribution& a) {
  out += "<td>";
  for (std::size_t i = 0; i < a.content.size(); ++i) {
    if (i > 0) out += " &hellip; ";
    append_html(out, sayso::slice(text, a.content[i]));
  }
  out += "</td>";
}

void append_attribution_table(std::string& out, const DocumentView& d,
                              const SpeakerColours& colours) {
  out += "<h3>Attributions</h3>\n<table>\n<tr><th>speaker</th><th>kind</th><th>cue</th>"
         "<th>content</th></tr>\n";
  for (const sayso::Attribution& a : d.doc.attributions) {
    out += "<tr>";
    append_speaker_cell(out, d, colours, a);
    append_element(out, "td", kind_name(a.kind));
    append_element(out, "td", a.cue ? sayso::slice(d.text, a.cue->span) : std::string_view("-"));
    append_content_cell(out, d.text, a);
    out += "</tr>\n";
  }
  out += "</table>\n";
}

void append_claim_table(std::string& out, const DocumentView& d, const SpeakerColours& colours) {
  out += "<h3>Claims</h3>\n<table>\n<tr><th>type</th><th>polarity</th><th>by</th>"
         "<th>claim</th></tr>\n";
  for (const sayso::Claim& c : d.doc.claims) {
    const bool attributed = c.attribution && *c.attribution < d.doc.attributions.size();
    out += "<tr>";
    append_element(out, "td", claim_type_name(c.type));
    append_element(out, "td", c.polarity == sayso::Polarity::negative ? "negative" : "positive");
    if (attributed) {
      append_speaker_cell(out, d, colours, d.doc.attributions[*c.attribution]);
    } else {
      append_element(out, "td", "(writer)");
    }
    append_element(out, "td", sayso::slice(d.text, c.span));
    out += "</tr>\n";
  }
  out += "</table>\n";
}

void append_text_block(std::string& out, std::string_view text, std::vector<Highlight> marks) {
  out += "<div class=\"text\">";
  append_highlighted(out, text, std::move(marks));
  out += "</div>\n";
}

class HtmlFormatter final : public Formatter {
 public:
  explicit HtmlFormatter(Command command) : command_(command) {}

  void begin(std::string& out) const override { out += page_head; }
  void end(std::string& out) const override { out += page_tail; }

  void document(std::string& out, const DocumentView& d) const override {
    out += "<article>\n";
    append_element(out, "h2", d.info.id);
    out += '\n';
    if (command_ == Command::segment) {
      append_text_block(out, d.text, sentence_highlights(d));
    } else {
      const SpeakerColours colours(d.doc);
      append_legend(out, d, colours);
      append_text_block(out, d.text, quotation_highlights(d, colours));
      append_attribution_table(out, d, colours);
      append_claim_table(out, d, colours);
    }
    out += "</article>\n";
  }

  void error(std::string& out, std::string_view id, std::size_t line,
             const sayso::Error& error) const override {
    out += "<article>\n";
    append_element(out, "h2", id);
    out += "\n<p class=\"error\">";
    if (line != 0) out += "line " + std::to_string(line) + ": ";
    append_html(out, sayso::to_string(error.code));
    out += ": ";
    append_html(out, error.message);
    out += "</p>\n</article>\n";
  }

 private:
  Command command_;
};

}  // namespace

std::unique_ptr<Formatter> make_html_formatter(Command command) {
  return std::make_unique<HtmlFormatter>(command);
}

}  // namespace sayso_cli
