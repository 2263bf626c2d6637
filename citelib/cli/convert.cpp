// citelib convert [FILE|-] --to FORMAT [--from KIND]: read one input, write one format.
#include "commands.hpp"
#include "input.hpp"

#include <citelib/checks/checks.hpp>
#include <citelib/writers/csl_json.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <memory>

namespace citelib::cli {

namespace {

struct ConvertOptions {
  std::string input = "-";
  std::string to = "csl-json";
  std::string from;
  bool compact = false;
  bool no_check = false;
};

int run_convert(const ConvertOptions& o) {
  Diagnostics diags;
  std::optional<LoadedInput> in = open_input("convert", o.input, o.from, diags);
  if (!in) return Exit::usage;
  std::string out;
  if (o.to == "csl-json" || o.to == "json") {
    CslJsonOptions opt;
    if (o.compact) opt.indent = -1;
    out = write_csl_json(in->references, opt);
  } else {
    fmt::print(stderr, "citelib convert: unknown output format '{}'\n", o.to);
    return Exit::usage;
  }
  // Checks run on what was read; their warnings and errors go to stderr with the reader's, and
  // the output is still written.
  if (!o.no_check) check_references(in->references, &in->source, {}, diags);
  print_diagnostics(diags, Severity::warning);
  if (diags.has_errors() && in->references.empty()) return Exit::usage;
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return Exit::ok;
}

}  // namespace

Runner register_convert(CLI::App& app) {
  auto opts = std::make_shared<ConvertOptions>();
  CLI::App* cmd = app.add_subcommand("convert", "Convert a reference list, CSL-JSON or BibTeX file");
  cmd->add_option("input", opts->input, "Input file, or - for stdin")->capture_default_str();
  cmd->add_option("--to,-t", opts->to, "Output format: csl-json")->capture_default_str();
  cmd->add_option("--from,-f", opts->from, "Input kind: reference-list, csl-json, bibtex (default: detect)");
  cmd->add_flag("--compact", opts->compact, "One-line JSON");
  cmd->add_flag("--no-check", opts->no_check, "Do not run the checks (citelib check) on the input");
  return [cmd, opts]() { return cmd->parsed() ? run_convert(*opts) : -1; };
}

}  // namespace citelib::cli
