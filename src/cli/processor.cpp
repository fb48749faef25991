#include "processor.hpp"

#include <exception>

#include "jsonl_document.hpp"

namespace sayso_cli {
namespace {

std::string location(const Job& job) {
  if (job.line == 0) return job.source;
  return job.source + ": line " + std::to_string(job.line);
}

}  // namespace

void Processor::run(Job& job, JobOutput& out) {
  out.input_bytes = job.payload.size();
  try {
    dispatch(job, out);
  } catch (const std::exception& e) {  // e.g. out of memory: this document only
    out.text.clear();
    fail(out, job.source, job, sayso::Error{sayso::ErrorCode::internal, e.what()});
  }
}

void Processor::dispatch(Job& job, JobOutput& out) {
  switch (job.kind) {
    case JobKind::text:
      run_text(job.payload, sayso::DocumentInfo{job.source, {}, {}, {}}, job, out);
      return;
    case JobKind::jsonl_line:
      run_jsonl(job, out);
      return;
    case JobKind::unreadable:
      out.failed = true;  // already reported on standard error
      config_->formatter.error(out.text, job.source, 0,
                               sayso::Error{sayso::ErrorCode::io_error, job.payload});
      return;
  }
}

void Processor::run_text(std::string_view text, const sayso::DocumentInfo& info,
                         const Job& job, JobOutput& out) {
  const auto ok = config_->command == Command::segment
                      ? config_->extractor.segment_into(text, doc_)
                      : config_->extractor.extract_into(text, doc_);
  if (!ok) {
    fail(out, info.id, job, ok.error());
    return;
  }
  config_->formatter.document(out.text, DocumentView{text, doc_, info});
}

void Processor::run_jsonl(Job& job, JobOutput& out) {
  std::string id;
  auto input = parse_jsonl_document(job.payload, job.line, id);
  if (!input) {
    fail(out, id, job, input.error());
    return;
  }
  const sayso::DocumentInfo info{input->id, input->url, input->headline, input->date_published};
  run_text(input->text, info, job, out);
}

void Processor::fail(JobOutput& out, std::string_view id, const Job& job,
                     const sayso::Error& error) {
  out.failed = true;
  out.diagnostic = location(job) + ": " + std::string(sayso::to_string(error.code)) + ": " +
                   error.message;
  config_->formatter.error(out.text, id, job.line, error);
}

}  // namespace sayso_cli
