// --format jsonl (one line per document) and --format json (pretty-printed).
#include "formatter.hpp"

namespace sayso_cli {
namespace {

class JsonFormatter final : public Formatter {
 public:
  JsonFormatter(Command command, sayso::JsonOptions options)
      : command_(command), options_(options) {}

  void document(std::string& out, const DocumentView& d) const override {
    if (command_ == Command::segment) {
      sayso::write_segments_json(out, d.text, d.doc, d.info, options_);
    } else {
      sayso::write_json(out, d.text, d.doc, d.info, options_);
    }
    out += '\n';
  }

  void error(std::string& out, std::string_view id, std::size_t line,
             const sayso::Error& error) const override {
    sayso::write_error_json(out, id, line, error, options_);
    out += '\n';
  }

 private:
  Command command_;
  sayso::JsonOptions options_;
};

}  // namespace

std::unique_ptr<Formatter> make_json_formatter(Command command, sayso::JsonOptions options) {
  return std::make_unique<JsonFormatter>(command, options);
}

std::unique_ptr<Formatter> make_formatter(const CliOptions& options) {
  switch (options.format) {
    case OutputFormat::table: return make_table_formatter(options.command);
    case OutputFormat::html: return make_html_formatter(options.command);
    case OutputFormat::json: return make_json_formatter(options.command, {options.offsets, true});
    case OutputFormat::jsonl: break;
  }
  return make_json_formatter(options.command, {options.offsets, false});
}

}  // namespace sayso_cli
