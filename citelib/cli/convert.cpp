// citelib convert [FILE|-] --to FORMAT [--from KIND]: read one input, write one format.
#include "commands.hpp"
#include "input.hpp"

#include <citelib/writers/bibtex.hpp>
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
  bool ascii = false;      // --to bibtex: accent commands instead of UTF-8
  bool no_extras = false;  // --to bibtex|biblatex: leave out the % citelib: lines
  std::string keys = "id";
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
  } else if (o.to == "bibtex" || o.to == "biblatex") {
    BibOptions opt;
    opt.dialect = o.to == "bibtex" ? BibDialect::bibtex : BibDialect::biblatex;
    opt.ascii = o.ascii;
    opt.keep_extras = !o.no_extras;
    opt.keys = o.keys == "generate" ? BibKeyPolicy::generate : BibKeyPolicy::id_if_safe;
    out = write_bibtex(in->references, opt, diags);
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
  cmd->add_option("--to,-t", opts->to, "Output format: csl-json, biblatex, bibtex")->capture_default_str();
  cmd->add_option("--from,-f", opts->from, "Input kind: reference-list, csl-json, bibtex (default: detect)");
  cmd->add_flag("--compact", opts->compact, "One-line JSON");
  cmd->add_flag("--ascii", opts->ascii, "BibTeX: accented Latin letters as LaTeX accent commands");
  cmd->add_flag("--no-extras", opts->no_extras, "BibTeX/biblatex: leave out the '% citelib:' lines (back-links, raw text...)");
  cmd->add_option("--keys", opts->keys, "BibTeX/biblatex keys: 'id' (the id when it is a readable key) or 'generate'")
      ->check(CLI::IsMember({"id", "generate"}))->capture_default_str();
  return [cmd, opts]() { return cmd->parsed() ? run_convert(*opts) : -1; };
}

}  // namespace citelib::cli
