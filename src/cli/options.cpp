#include "options.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <thread>

#include "sayso/version.hpp"

namespace sayso_cli {
namespace {

// Option values as typed, before they are mapped onto CliOptions.
struct RawOptions {
  std::vector<std::string> files;
  std::string input = "text";
  std::string format = "jsonl";
  std::string offsets = "codepoint";
  unsigned threads = 0;
};

unsigned default_threads() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

void add_document_options(CLI::App& sub, RawOptions& raw) {
  sub.add_option("FILE", raw.files,
                 "UTF-8 text documents (with --input jsonl: JSON Lines files); '-' or none: "
                 "standard input");
  sub.add_option("--input", raw.input, "Input format: text (one document per FILE) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  sub.add_option("--format", raw.format, "Output format: jsonl, json, table or html")
      ->check(CLI::IsMember({"jsonl", "json", "table", "html"}))
      ->capture_default_str();
  sub.add_option("--offsets", raw.offsets, "Offset unit: codepoint, utf16 or utf8")
      ->check(CLI::IsMember({"codepoint", "utf16", "utf8"}))
      ->capture_default_str();
  sub.add_option("--threads", raw.threads,
                 "Worker threads for JSON Lines input (default: all cores)")
      ->check(CLI::Range(1U, 1024U));
}

CliOptions to_options(const RawOptions& raw, Command command) {
  static const std::map<std::string, OutputFormat> formats{{"jsonl", OutputFormat::jsonl},
                                                           {"json", OutputFormat::json},
                                                           {"table", OutputFormat::table},
                                                           {"html", OutputFormat::html}};
  CliOptions options;
  options.command = command;
  options.files = raw.files;
  options.input = raw.input == "jsonl" ? InputFormat::jsonl : InputFormat::text;
  options.format = formats.at(raw.format);
  options.offsets = *sayso::parse_offset_unit(raw.offsets);
  options.threads = raw.threads == 0 ? default_threads() : raw.threads;
  return options;
}

int report_usage_error(const CLI::App& app, const CLI::ParseError& e) {
  std::cerr << "sayso: " << e.what() << "\n\n" << app.help();
  return 2;
}

}  // namespace

ParsedCommandLine parse_command_line(int argc, const char* const* argv) {
  CLI::App app{"sayso: who said what in news text (quotations, speakers, claims)", "sayso"};
  app.set_version_flag("--version", "sayso " + std::string(sayso::version));
  app.require_subcommand(1);
  RawOptions raw;
  CLI::App* extract = app.add_subcommand("extract", "One full result per document");
  CLI::App* segment = app.add_subcommand("segment", "Paragraphs and sentences only");
  add_document_options(*extract, raw);
  add_document_options(*segment, raw);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::ParseError& e) {
    return {std::nullopt, report_usage_error(app, e)};
  }
  const Command command = segment->parsed() ? Command::segment : Command::extract;
  return {to_options(raw, command), 0};
}

}  // namespace sayso_cli
