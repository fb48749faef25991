// Reading the inputs: whole files as documents, or JSON Lines files line by line,
// streamed into jobs without holding more than one line at a time.
#ifndef SAYSO_CLI_INPUT_HPP
#define SAYSO_CLI_INPUT_HPP

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "job.hpp"
#include "options.hpp"

namespace sayso_cli {

/// Reads '\n'-terminated lines from a FILE*, dropping a trailing '\r'.
class LineReader {
 public:
  explicit LineReader(std::FILE* file) : file_(file) {}
  /// The next line into `line`; false at end of input or on a read error.
  bool next(std::string& line);
  /// True when reading stopped on an error rather than at end of input.
  [[nodiscard]] bool failed() const { return std::ferror(file_) != 0; }

 private:
  bool refill();

  std::FILE* file_;
  std::vector<char> buffer_ = std::vector<char>(1 << 16);
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
};

using JobSink = std::function<void(Job&&)>;

/// Feeds every input named by `options` to `sink` as jobs, in order. Returns false
/// when some input could not be opened or read (already reported on standard error).
bool feed_inputs(const CliOptions& options, const JobSink& sink);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_INPUT_HPP
