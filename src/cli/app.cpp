#include "app.hpp"

#include <cstdio>
#include <iostream>
#include <string>

#include "formatter.hpp"
#include "input.hpp"
#include "ordered_runner.hpp"
#include "progress.hpp"
#include "sayso/extractor.hpp"

namespace sayso_cli {
namespace {

void write_stdout(const std::string& s) {
  if (!s.empty()) std::fwrite(s.data(), 1, s.size(), stdout);
}

// Writes outputs in order, reports failures, counts progress.
class OutputSink {
 public:
  explicit OutputSink(Progress& progress) : progress_(progress) {}

  void operator()(const JobOutput& out) {
    write_stdout(out.text);
    if (!out.diagnostic.empty()) {
      progress_.before_message();
      std::cerr << "sayso: " << out.diagnostic << '\n';
    }
    failed_ = failed_ || out.failed;
    progress_.add(out.input_bytes);
  }
  [[nodiscard]] bool failed() const { return failed_; }

 private:
  Progress& progress_;
  bool failed_ = false;
};

// Feeds all inputs through the runner; false when anything failed.
bool process_inputs(const CliOptions& options, const ProcessorConfig& config) {
  Progress progress(Progress::stderr_is_terminal());
  OutputSink sink(progress);
  OrderedRunner runner(options.threads, config, [&sink](const JobOutput& out) { sink(out); });
  const bool inputs_ok = feed_inputs(options, [&runner](Job&& job) { runner.submit(std::move(job)); });
  runner.finish();
  progress.finish();
  return inputs_ok && !sink.failed();
}

}  // namespace

int run_command(const CliOptions& options) {
  auto extractor = sayso::Extractor::create();
  if (!extractor) {
    std::cerr << "sayso: " << extractor.error().message << '\n';
    return 1;
  }
  const auto formatter = make_formatter(options);
  std::string text;
  formatter->begin(text);
  write_stdout(text);
  const bool ok = process_inputs(options, ProcessorConfig{*extractor, *formatter, options.command});
  text.clear();
  formatter->end(text);
  write_stdout(text);
  if (std::fflush(stdout) != 0) {
    std::cerr << "sayso: cannot write standard output\n";
    return 1;
  }
  return ok ? 0 : 1;
}

}  // namespace sayso_cli
