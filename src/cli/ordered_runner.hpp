// Runs jobs on N threads and hands their outputs on in input order. Jobs are taken
// in batches; while one batch is processed the next is read, so at most two batches
// are in memory at once, whatever the input size.
#ifndef SAYSO_CLI_ORDERED_RUNNER_HPP
#define SAYSO_CLI_ORDERED_RUNNER_HPP

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "batch_pool.hpp"
#include "job.hpp"
#include "processor.hpp"

namespace sayso_cli {

class OrderedRunner {
 public:
  using Emit = std::function<void(const JobOutput&)>;
  /// `threads` workers (1: all work on the calling thread), each with its own Processor.
  OrderedRunner(unsigned threads, const ProcessorConfig& config, Emit emit);
  ~OrderedRunner();
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;

  void submit(Job&& job);
  /// Processes and emits everything still pending.
  void finish();

 private:
  struct Batch {
    std::vector<Job> jobs;
    std::vector<JobOutput> outputs;
    std::size_t bytes = 0;
  };

  [[nodiscard]] bool full(const Batch& batch) const;
  void launch_filling();
  void collect_running();

  std::vector<Processor> processors_;
  Emit emit_;
  std::size_t max_jobs_;
  Batch filling_;
  Batch running_;
  bool is_running_ = false;
  std::unique_ptr<BatchPool> pool_;
};

}  // namespace sayso_cli

#endif  // SAYSO_CLI_ORDERED_RUNNER_HPP
