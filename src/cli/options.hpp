// The command line of `sayso` (shared spec cli.md), parsed with CLI11.
#ifndef SAYSO_CLI_OPTIONS_HPP
#define SAYSO_CLI_OPTIONS_HPP

#include <optional>
#include <string>
#include <vector>

#include "sayso/json.hpp"

namespace sayso_cli {

enum class Command { extract, segment };
enum class InputFormat { text, jsonl };
enum class OutputFormat { jsonl, json, table, html };

struct CliOptions {
  Command command = Command::extract;
  std::vector<std::string> files;  ///< Empty or "-": standard input.
  InputFormat input = InputFormat::text;
  OutputFormat format = OutputFormat::jsonl;
  sayso::OffsetUnit offsets = sayso::OffsetUnit::codepoint;
  unsigned threads = 1;
};

/// Parsed options, or the exit status to end with (0 after --help or --version,
/// 2 after a usage error, which has been reported on standard error).
struct ParsedCommandLine {
  std::optional<CliOptions> options;
  int exit_status = 0;
};

ParsedCommandLine parse_command_line(int argc, const char* const* argv);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_OPTIONS_HPP
