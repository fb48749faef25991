// Turns one job into its output: parse the JSON Lines line if need be, run the
// extractor, format the result or the error.
#ifndef SAYSO_CLI_PROCESSOR_HPP
#define SAYSO_CLI_PROCESSOR_HPP

#include "formatter.hpp"
#include "job.hpp"
#include "sayso/extractor.hpp"

namespace sayso_cli {

/// Shared, read-only state of all workers.
struct ProcessorConfig {
  const sayso::Extractor& extractor;
  const Formatter& formatter;
  Command command;
};

/// One worker's processor: owns a Document whose memory is reused from job to job.
/// Not thread-safe; use one per thread.
class Processor {
 public:
  explicit Processor(const ProcessorConfig& config) : config_(&config) {}
  /// Never throws: a failure becomes an error record for this job.
  void run(Job& job, JobOutput& out);

 private:
  void dispatch(Job& job, JobOutput& out);
  void run_text(std::string_view text, const sayso::DocumentInfo& info, const Job& job,
                JobOutput& out);
  void run_jsonl(Job& job, JobOutput& out);
  void fail(JobOutput& out, std::string_view id, const Job& job, const sayso::Error& error);

  const ProcessorConfig* config_;
  sayso::Document doc_;
};

}  // namespace sayso_cli

#endif  // SAYSO_CLI_PROCESSOR_HPP
