#include "ordered_runner.hpp"

#include <utility>

namespace sayso_cli {
namespace {

// A batch is sent off once it holds this many bytes of input, or max_jobs_ jobs.
constexpr std::size_t max_batch_bytes = std::size_t{4} << 20;
constexpr std::size_t jobs_per_thread = 16;

}  // namespace

OrderedRunner::OrderedRunner(unsigned threads, const ProcessorConfig& config, Emit emit)
    : processors_(threads == 0 ? 1 : threads, Processor(config)),
      emit_(std::move(emit)),
      max_jobs_(jobs_per_thread * processors_.size()) {
  if (processors_.size() > 1) {
    pool_ = std::make_unique<BatchPool>(
        static_cast<unsigned>(processors_.size()), [this](unsigned worker, std::size_t i) {
          processors_[worker].run(running_.jobs[i], running_.outputs[i]);
        });
  }
}

OrderedRunner::~OrderedRunner() {
  if (is_running_) pool_->wait();
}

void OrderedRunner::submit(Job&& job) {
  if (!pool_) {
    JobOutput out;
    processors_.front().run(job, out);
    emit_(out);
    return;
  }
  filling_.bytes += job.payload.size();
  filling_.jobs.push_back(std::move(job));
  if (full(filling_)) launch_filling();
}

void OrderedRunner::finish() {
  if (!pool_) return;
  if (!filling_.jobs.empty()) launch_filling();
  collect_running();
}

bool OrderedRunner::full(const Batch& batch) const {
  return batch.jobs.size() >= max_jobs_ || batch.bytes >= max_batch_bytes;
}

// Waits for the running batch, emits it, and starts the filled one in its place.
void OrderedRunner::launch_filling() {
  collect_running();
  std::swap(filling_, running_);
  running_.outputs.assign(running_.jobs.size(), JobOutput{});
  pool_->start(running_.jobs.size());
  is_running_ = true;
}

void OrderedRunner::collect_running() {
  if (!is_running_) return;
  pool_->wait();
  is_running_ = false;
  for (const JobOutput& out : running_.outputs) emit_(out);
  running_.jobs.clear();
  running_.outputs.clear();
  running_.bytes = 0;
}

}  // namespace sayso_cli
