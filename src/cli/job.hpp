// One unit of work for the runner: a document (or a JSON Lines line that should hold
// one) and what it produced.
#ifndef SAYSO_CLI_JOB_HPP
#define SAYSO_CLI_JOB_HPP

#include <cstddef>
#include <string>

namespace sayso_cli {

enum class JobKind {
  text,        ///< `payload` is the document text; `source` is its id.
  jsonl_line,  ///< `payload` is one JSON Lines line, number `line` of file `source`.
  unreadable,  ///< `source` could not be read; `payload` says why.
};

struct Job {
  JobKind kind = JobKind::text;
  std::string payload;
  std::string source;     ///< File name ("-" for standard input).
  std::size_t line = 0;   ///< 1-based line number for jsonl_line, else 0.
};

/// What a job produced, in its place in the output.
struct JobOutput {
  std::string text;        ///< Formatted result or error record, for standard output.
  std::string diagnostic;  ///< One line for standard error; empty when all went well.
  std::size_t input_bytes = 0;
  bool failed = false;
};

}  // namespace sayso_cli

#endif  // SAYSO_CLI_JOB_HPP
