// citelib convert [FILE|-] --to FORMAT [--from KIND]: read one input, write one format.
#include "commands.hpp"
#include "input.hpp"

#include <citelib/csl/engine.hpp>
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
  std::string style = "apa";
  std::string locale;
};

int run_convert(const ConvertOptions& o) {
  std::optional<InputKind> forced;
  if (!o.from.empty()) {
    forced = parse_input_kind(o.from);
    if (!forced) {
      fmt::print(stderr, "citelib convert: unknown input kind '{}' (reference-list, csl-json, bibtex)\n", o.from);
      return Exit::usage;
    }
  }
  Diagnostics diags;
  std::optional<LoadedInput> in = load_input(o.input, forced, diags);
  if (!in) {
    print_diagnostics(diags, Severity::info);
    return Exit::usage;
  }
  std::string out;
  if (o.to == "csl-json" || o.to == "json") {
    CslJsonOptions opt;
    if (o.compact) opt.indent = -1;
    out = write_csl_json(in->references, opt);
  } else if (o.to == "text" || o.to == "html") {
    // Rendered bibliography through the CSL engine.
    auto style = csl::load_style(o.style, diags);
    if (!style) {
      print_diagnostics(diags, Severity::info);
      return Exit::usage;
    }
    csl::Engine engine(*style, {o.locale, o.to == "html" ? csl::OutputFormat::html : csl::OutputFormat::text}, diags);
    engine.set_references(in->references);
    out = engine.bibliography_document();
    if (!out.empty() && out.back() == '\n') out.pop_back();
  } else {
    fmt::print(stderr, "citelib convert: unknown output format '{}'\n", o.to);
    return Exit::usage;
  }
  // Warnings go to stderr; the output is still written.
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
  cmd->add_option("--to,-t", opts->to, "Output format: csl-json, text, html")->capture_default_str();
  cmd->add_option("--from,-f", opts->from, "Input kind: reference-list, csl-json, bibtex (default: detect)");
  cmd->add_flag("--compact", opts->compact, "One-line JSON");
  cmd->add_option("--style,-s", opts->style, "CSL style name or path (text/html)")->capture_default_str();
  cmd->add_option("--locale,-l", opts->locale, "Locale xx-XX (text/html; default: the style's)");
  return [cmd, opts]() { return cmd->parsed() ? run_convert(*opts) : -1; };
}

}  // namespace citelib::cli
