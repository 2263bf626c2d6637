// citelib convert [INPUT...] --to FORMAT: one file to stdout or to --output FILE, or many
// (files, directories, JSON Lines) to an output directory or to JSON Lines, converted in
// parallel.
#include "batch/inputs.hpp"
#include "batch/progress.hpp"
#include "batch/runner.hpp"
#include "batch/sinks.hpp"
#include "commands.hpp"
#include "counted.hpp"
#include "input.hpp"

#include <citelib/convert.hpp>
#include <citelib/result.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace citelib::cli {

namespace {

struct ConvertCommand {
  std::vector<std::string> inputs;
  ConvertOptions output;  // format, input kind, style
  std::string from;
  std::string out_dir;
  std::string out_file;
  bool jsonl_out = false;
  bool jsonl_in = false;
  std::string glob = "*";
  unsigned jobs = 0;
  bool quiet = false;
  bool verbose = false;
  bool no_extras = false;
  std::string keys = "id";
  std::vector<std::string> bib_strings;
};

// Output to `out` as it comes; diagnostics to stderr (warnings and errors unless quiet), held
// until the first output, since a failure (all of whose diagnostics are shown) comes before.
// Output into a regular file can be taken back (a CSL-JSON item found broken late voids the
// conversion): the file is cut back to where the output started. Then the diagnostics are
// held to the end, as text (in a temporary file past a few megabytes, so that memory stays
// bounded), and a discard forgets them with the output.
class StdioSink final : public ConversionSink {
 public:
  /// `start`: where the output starts in `out` when `out` is a regular file.
  StdioSink(std::FILE* out, bool quiet, std::optional<off_t> start) : out_(out), quiet_(quiet), start_(start) {}
  void output(std::string_view text) override {
    if (!started_) {
      started_ = true;
      show(std::exchange(held_, {}), Severity::warning);
    }
    std::fwrite(text.data(), 1, text.size(), out_);
  }
  void diagnostics(std::vector<Diagnostic>&& d) override {
    if (!started_) {
      held_.insert(held_.end(), std::make_move_iterator(d.begin()), std::make_move_iterator(d.end()));
      return;
    }
    show(d, Severity::warning);
  }
  bool can_discard() const override { return start_.has_value(); }
  void discard() override {
    held_.clear();
    held_text_.clear();
    spill_.reset();
    started_ = false;
    std::fflush(out_);
    if (ftruncate(fileno(out_), *start_) == 0) fseeko(out_, *start_, SEEK_SET);
  }
  /// Prints what was held to the end, then the diagnostics held so far (from `at_least` on);
  /// true when an error was among the latter.
  bool print_held(Severity at_least) {
    if (spill_) {
      std::rewind(spill_.get());
      char block[1 << 16];
      for (std::size_t n; (n = std::fread(block, 1, sizeof block, spill_.get())) > 0;) std::fwrite(block, 1, n, stderr);
      spill_.reset();
    }
    std::fwrite(held_text_.data(), 1, held_text_.size(), stderr);
    held_text_.clear();
    const bool error = std::any_of(held_.begin(), held_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
    write_text(format(held_, at_least));
    held_.clear();
    return error;
  }

 private:
  static constexpr std::size_t kSpillBytes = std::size_t{4} << 20;

  std::string format(const std::vector<Diagnostic>& d, Severity at_least) const {
    std::string text;
    format_into(text, d, at_least);
    return text;
  }
  void format_into(std::string& text, const std::vector<Diagnostic>& d, Severity at_least) const {
    if (quiet_ && at_least > Severity::info) return;
    for (const Diagnostic& x : d) {
      if (x.severity < at_least) continue;
      append_diagnostic(text, x);
      text += '\n';
      if (!x.hint().empty()) {
        text += "  hint: ";
        text += x.hint();
        text += '\n';
      }
    }
  }
  // One write per batch: stderr is unbuffered, and a long file has thousands of findings.
  static void write_text(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stderr); }
  // Shown now, or held to the end when the output can still be discarded.
  void show(const std::vector<Diagnostic>& d, Severity at_least) {
    if (!start_) return write_text(format(d, at_least));
    // Room for all that is held before a spill, at once: grown by doubling, the text was
    // copied and faulted in several times over (a fifth of a long conversion's page faults).
    if (held_text_.capacity() < kSpillBytes) held_text_.reserve(kSpillBytes + (kSpillBytes >> 3));
    format_into(held_text_, d, at_least);
    if (held_text_.size() < kSpillBytes) return;
    if (!spill_) spill_.reset(std::tmpfile());
    if (spill_ && std::fwrite(held_text_.data(), 1, held_text_.size(), spill_.get()) == held_text_.size()) held_text_.clear();
  }

  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::FILE* out_;
  bool quiet_;
  std::optional<off_t> start_;  // set: the output can be cut back to it
  bool started_ = false;
  std::vector<Diagnostic> held_;
  std::string held_text_;                    // start_ set: shown at the end
  std::unique_ptr<std::FILE, Close> spill_;  // its earlier part, past kSpillBytes
};

// Where a single document goes: stdout, or the --output file, written under a temporary name
// beside it and renamed into place only when the conversion succeeded, so that a failed or
// interrupted run leaves what was there before.
class OutputFile {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  /// Opens the destination; false (with `error` set) when it cannot be written.
  bool open(const std::string& path, std::string& error) {
    if (path.empty() || path == "-") return true;
    path_ = path;
    // A device or a pipe (/dev/stdout, a FIFO) is written as it is: renaming over it would
    // replace it.
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(path_, ec);
    const bool in_place = std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
    if (!in_place) tmp_ = temporary_beside(path_);
    file_ = std::fopen((in_place ? path_ : tmp_).c_str(), "wb");
    if (!file_) error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
    return file_ != nullptr;
  }
  std::FILE* get() const { return file_ ? file_ : stdout; }
  /// Where the output starts when it goes into a regular file (a temporary one renamed into
  /// place, or stdout redirected to a file by `>` or `>>`), so that it can be cut back there;
  /// nullopt for a pipe, a terminal or a device.
  std::optional<off_t> start_in_regular_file() const {
    if (file_) return tmp_.empty() ? std::nullopt : std::optional<off_t>(0);
    struct stat st {};
    const int fd = fileno(stdout);
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    const int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return std::nullopt;
    // Appending (`>>`): writes go to the end, whatever the offset says.
    const off_t at = (flags & O_APPEND) ? st.st_size : lseek(fd, 0, SEEK_CUR);
    return at < 0 ? std::nullopt : std::optional<off_t>(at);
  }
  /// Puts the output in place; an error message, or empty.
  std::string commit() {
    const bool failed = std::fflush(get()) != 0 || std::ferror(get());
    const int saved = errno;
    if (!file_) return failed ? fmt::format("cannot write the output: {}", std::strerror(saved)) : std::string();
    const bool closed = std::fclose(std::exchange(file_, nullptr)) == 0;
    std::error_code ec;
    if (failed || !closed) {
      if (!tmp_.empty()) std::filesystem::remove(tmp_, ec);
      return fmt::format("cannot write {}: {}", path_.string(), std::strerror(failed ? saved : errno));
    }
    if (tmp_.empty()) return {};
    std::filesystem::rename(tmp_, path_, ec);
    if (ec) {
      std::filesystem::remove(tmp_, ec);
      return fmt::format("cannot write {}: {}", path_.string(), ec.message());
    }
    return {};
  }
  ~OutputFile() {
    if (!file_) return;
    std::fclose(file_);
    std::error_code ec;
    if (!tmp_.empty()) std::filesystem::remove(tmp_, ec);
  }

 private:
  std::filesystem::path path_, tmp_;  // tmp_ empty: written in place
  std::FILE* file_ = nullptr;
};

// The first 64 kB of a regular file of at least 1 MB, or nothing.
std::string read_head(const std::string& path) {
  constexpr std::size_t kLong = std::size_t{1} << 20, kHead = std::size_t{64} << 10;
  std::error_code ec;
  if (path == "-" || !std::filesystem::is_regular_file(path, ec) || std::filesystem::file_size(path, ec) < kLong || ec)
    return {};
  std::string head(kHead, '\0');
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return {};
  head.resize(std::fread(head.data(), 1, head.size(), f.get()));
  return head;
}

void print_result_problems(const ArticleResult& r, bool verbose) {
  const Conversion& c = r.conversion;
  if (!c.ok()) fmt::print(stderr, "citelib: {}: failed: {}\n", r.name, c.failure);
  for (const Diagnostic& d : c.diagnostics)
    if (verbose || (c.ok() && d.severity == Severity::error)) fmt::print(stderr, "{}\n", format_diagnostic(d));
}

int run_convert(ConvertCommand& o) {
  if (o.from == "jsonl" || o.from == "json-lines") {
    o.jsonl_in = true;
  } else if (!o.from.empty()) {
    o.output.from = parse_input_kind(o.from);
    if (!o.output.from) {
      fmt::print(stderr, "citelib convert: unknown input kind '{}' (reference-list, csl-json, bibtex, jsonl)\n", o.from);
      return Exit::usage;
    }
  }
  if (o.jsonl_out) o.output.compact = true;
  o.output.bibtex.keep_extras = !o.no_extras;
  o.output.bibtex.keys = o.keys == "generate" ? BibKeyPolicy::generate : BibKeyPolicy::id_if_safe;
  if (!load_bib_strings("convert", o.bib_strings, o.output.bib_strings)) return Exit::usage;
  std::string error;
  std::unique_ptr<Converter> converter = Converter::create(o.output, error);
  if (!converter) {
    fmt::print(stderr, "citelib convert: {}\n", error);
    return Exit::usage;
  }
  const OutputFormatInfo format = converter->format();

  ArticleSource source(InputSpec{o.inputs, o.glob, o.jsonl_in});
  const bool single = source.is_single_document() && o.out_dir.empty() && !o.jsonl_out;
  if (!o.out_file.empty() && !single) {
    fmt::print(stderr, "citelib convert: --output takes one input document; use --out-dir DIR (one file per input) or "
                       "--jsonl for several\n");
    return Exit::usage;
  }

  if (single) {
    // One document: the output goes to stdout chunk by chunk as it is converted, warnings to
    // stderr; an input that cannot be converted is the command's own failure (exit 2).
    const std::string path = o.inputs.empty() ? "-" : o.inputs.front();
    // A long file: what converting it will need is built on a spare core while it is read.
    if (o.jobs != 1 && std::thread::hardware_concurrency() > 1) {
      if (std::string head = read_head(path); !head.empty()) converter->warm_up(head);
    }
    Result<SourceBytes> bytes = read_source_bytes(path);
    if (!bytes) {
      fmt::print(stderr, "{}\n", format_diagnostic(bytes.error().diagnostics.front()));
      return Exit::usage;
    }
    OutputFile out;
    if (std::string why; !out.open(o.out_file, why)) {
      fmt::print(stderr, "citelib convert: {}\n", why);
      return Exit::usage;
    }
    StdioSink sink(out.get(), o.quiet, out.start_in_regular_file());
    const Conversion c = converter->stream(path, std::move(*bytes), sink, o.jobs);
    if (!c.ok()) {
      // A failure comes before any output: everything said about it is still held.
      if (!sink.print_held(Severity::info)) fmt::print(stderr, "citelib: {}: {}\n", path, c.failure);
      return Exit::usage;
    }
    sink.print_held(Severity::warning);
    std::fputc('\n', out.get());
    if (std::string why = out.commit(); !why.empty()) {
      fmt::print(stderr, "citelib convert: {}\n", why);
      return Exit::usage;
    }
    return Exit::ok;
  }

  BatchOptions batch;
  batch.jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  batch.convert = o.output;
  batch.jsonl_records = o.out_dir.empty();
  Progress progress(!o.quiet);
  std::size_t write_failures = 0;
  auto sink = [&](ArticleResult&& r) {
    if (!o.quiet || !r.conversion.ok()) {
      progress.finish();
      print_result_problems(r, o.verbose);
    }
    if (!o.out_dir.empty()) {
      if (!r.conversion.ok()) return;
      if (std::string err = write_to_directory(o.out_dir, r, format); !err.empty()) {
        fmt::print(stderr, "citelib: {}: {}\n", r.name, err);
        ++write_failures;
      }
    } else {
      std::fwrite(r.jsonl.data(), 1, r.jsonl.size(), stdout);
      std::fputc('\n', stdout);
    }
  };
  const BatchTotals t = run_batch(source, batch, sink, [&](const BatchTotals& totals) {
    progress.update(totals, source.bytes_read(), source.bytes_total());
  });
  progress.finish();
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    fmt::print(stderr, "citelib convert: cannot write the output: {}\n", std::strerror(errno));
    return Exit::usage;
  }
  if (!o.quiet) {
    const double s = progress.seconds();
    fmt::print(stderr, "citelib: {}, {}, {}, {}, {} failed, {:.2f} s ({:.0f} references/s)\n",
               counted(t.articles, "article"), counted(t.references, "reference"), counted(t.warnings, "warning"),
               counted(t.errors, "error"), t.failed + write_failures, s,
               s > 0 ? static_cast<double>(t.references) / s : 0.0);
  }
  return t.failed + write_failures > 0 ? Exit::findings : Exit::ok;
}

}  // namespace

Runner register_convert(CLI::App& app) {
  auto opts = std::make_shared<ConvertCommand>();
  CLI::App* cmd = app.add_subcommand("convert", "Convert reference lists, CSL-JSON or BibTeX files");
  cmd->add_option("inputs", opts->inputs,
                  "Input files, directories (recursive) or - for stdin; .jsonl files are JSON Lines");
  cmd->add_option("--to,-t", opts->output.to, "Output format: " + output_format_names())->capture_default_str();
  cmd->add_option("--from,-f", opts->from, "Input kind: reference-list, csl-json, bibtex, jsonl (default: detect)");
  cmd->add_option("--output,-o", opts->out_file, "Write the output to this file (one input document; default: stdout)");
  cmd->add_option("--out-dir,-d", opts->out_dir, "Write one output file per input into this directory");
  cmd->add_flag("--jsonl", opts->jsonl_out, "Write JSON Lines (one record per article) to stdout");
  cmd->add_option("--glob", opts->glob, "File-name pattern for files inside directories")->capture_default_str();
  cmd->add_option("--jobs,-j", opts->jobs, "Parallel workers, for many inputs or one long one (default: number of cores)");
  cmd->add_option("--style,-s", opts->output.style, "CSL style name or path (text, html)");
  cmd->add_option("--locale,-l", opts->output.locale, "CSL locale, e.g. en-US (text, html)");
  cmd->add_flag("--compact", opts->output.compact, "One-line JSON");
  cmd->add_flag("--ascii", opts->output.bibtex.ascii, "BibTeX: accented Latin letters as LaTeX accent commands");
  cmd->add_flag("--no-extras", opts->no_extras,
                "BibTeX/biblatex: leave out the '% citelib:' lines (back-links, raw text...)");
  cmd->add_option("--keys", opts->keys, "BibTeX/biblatex keys: 'id' (the citation-key, else the id, when it is a readable key) or 'generate'")
      ->check(CLI::IsMember({"id", "generate"}))
      ->capture_default_str();
  cmd->add_option("--bib-strings", opts->bib_strings,
                  "A .bib file of @string macros (journal abbreviations) to read .bib inputs with; repeatable");
  cmd->add_option("--language", opts->output.list.language,
                  "Reference lists: the language of the edition they come from, e.g. es (default: from their wording)");
  cmd->add_flag("--repair-encoding", opts->output.list.repair_encoding,
                "Reference lists garbled as a whole (UTF-8 read as Latin-1: 'NÃ¸rsett'): give the values repaired, not as printed");
  cmd->add_flag("!--no-check", opts->output.check, "Do not run the checks (citelib check) on the inputs");
  cmd->add_flag("--quiet,-q", opts->quiet, "No progress, warnings or summary on stderr");
  cmd->add_flag("--verbose,-v", opts->verbose, "Print every diagnostic of every article");
  return [cmd, opts]() { return cmd->parsed() ? run_convert(*opts) : -1; };
}

}  // namespace citelib::cli
