// Output formats of `sayso` (--format jsonl|json|table|html). A Formatter is
// immutable and shared by all worker threads; each call appends to its own string.
#ifndef SAYSO_CLI_FORMATTER_HPP
#define SAYSO_CLI_FORMATTER_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "options.hpp"
#include "sayso/document.hpp"
#include "sayso/json.hpp"
#include "sayso/result.hpp"

namespace sayso_cli {

/// A processed document as the formatters see it.
struct DocumentView {
  std::string_view text;
  const sayso::Document& doc;
  const sayso::DocumentInfo& info;
};

class Formatter {
 public:
  virtual ~Formatter() = default;
  /// Written once before the first document.
  virtual void begin(std::string& /*out*/) const {}
  /// One processed document.
  virtual void document(std::string& out, const DocumentView& d) const = 0;
  /// A document that could not be processed (line 0: not from a JSON Lines file).
  virtual void error(std::string& out, std::string_view id, std::size_t line,
                     const sayso::Error& error) const = 0;
  /// Written once after the last document.
  virtual void end(std::string& /*out*/) const {}
};

std::unique_ptr<Formatter> make_json_formatter(Command command, sayso::JsonOptions options);
std::unique_ptr<Formatter> make_table_formatter(Command command);
std::unique_ptr<Formatter> make_html_formatter(Command command);

/// The formatter that `options` ask for.
std::unique_ptr<Formatter> make_formatter(const CliOptions& options);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_FORMATTER_HPP
