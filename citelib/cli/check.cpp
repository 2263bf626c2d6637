// citelib check FILE [--body BODY] [--format text|json] [--reference-date DATE]: report what
// is wrong with a reference list (and with the article body citing it), compiler style.
#include "commands.hpp"
#include "counted.hpp"
#include "input.hpp"

#include <citelib/checks/checks.hpp>
#include <citelib/checks/report.hpp>
#include <citelib/result.hpp>
#include <citelib/writers/diagnostics_json.hpp>

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <memory>

namespace citelib::cli {

namespace {

struct CheckCliOptions {
  std::string input = "-";
  std::string body;
  std::string format = "text";
  std::string reference_date;
  std::string from;
  std::string min_severity = "info";
  bool list_codes = false;
  std::vector<std::string> bib_strings;
  ReferenceListOptions list;  // --language, --repair-encoding
};

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "info") return Severity::info;
  if (s == "warning") return Severity::warning;
  if (s == "error") return Severity::error;
  return std::nullopt;
}

int list_codes(const std::string& format) {
  const std::string out = format == "json" ? write_catalogue_json() + "\n" : write_catalogue_text();
  std::fwrite(out.data(), 1, out.size(), stdout);
  return Exit::ok;
}

int run_check(const CheckCliOptions& o) {
  if (o.format != "text" && o.format != "json") {
    fmt::print(stderr, "citelib check: unknown format '{}' (text, json)\n", o.format);
    return Exit::usage;
  }
  if (o.list_codes) return list_codes(o.format);
  const std::optional<Severity> min_severity = parse_severity(o.min_severity);
  if (!min_severity) {
    fmt::print(stderr, "citelib check: unknown severity '{}' (info, warning, error)\n", o.min_severity);
    return Exit::usage;
  }
  CheckOptions options;
  if (!o.reference_date.empty()) {
    const Date d = parse_date(o.reference_date);
    if (d.precision() != DatePrecision::day || d.is_range() || !is_valid_calendar_date(d.start)) {
      fmt::print(stderr, "citelib check: --reference-date wants a day such as 2024-06-01, not '{}'\n",
                 o.reference_date);
      return Exit::usage;
    }
    options.reference_date = d.start;
  }
  std::shared_ptr<const BibStrings> bib_strings;
  if (!load_bib_strings("check", o.bib_strings, bib_strings)) return Exit::usage;
  Diagnostics diags;
  std::optional<LoadedInput> in = open_input("check", o.input, o.from, diags, bib_strings.get(), o.list);
  if (!in) return Exit::usage;
  std::optional<SourceText> body;
  if (!o.body.empty()) {
    Result<SourceText> b = SourceText::from_file(o.body);
    if (!b) {
      Diagnostics failed;
      for (const Diagnostic& d : b.error().diagnostics) failed.add(d);
      print_diagnostics(failed, Severity::info);
      return Exit::usage;
    }
    body = std::move(*b);
  }

  check_references(in->references, &in->source, options, diags);
  if (body) check_body(in->references, &in->source, *body, options, diags);

  const std::array<const SourceText*, 2> sources = {&in->source, body ? &*body : nullptr};
  sort_diagnostics(diags, sources);
  const bool errors = diags.has_errors();
  Diagnostics shown;
  for (const Diagnostic& d : diags)
    if (d.severity >= *min_severity) shown.add(d);

  const std::string out = o.format == "json" ? write_diagnostics_json(shown.items(), 2, sources) + "\n"
                                             : write_diagnostics_text(shown);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (o.format == "text")
    fmt::print(stderr, "{}: {}; {}, {}, {}\n", in->source.name(), counted(in->references.size(), "reference"),
               counted(diags.count(Severity::error), "error"), counted(diags.count(Severity::warning), "warning"),
               counted(diags.count(Severity::info), "note"));
  return errors ? Exit::findings : Exit::ok;
}

}  // namespace

Runner register_check(CLI::App& app) {
  auto o = std::make_shared<CheckCliOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Report problems in a reference list (and the body citing it)");
  cmd->add_option("input", o->input, "Reference list, CSL-JSON file, or - for stdin")->capture_default_str();
  cmd->add_option("--body,-b", o->body, "Article text with its [n] markers, to check citations against");
  cmd->add_option("--format", o->format, "Output: text (compiler style) or json")->capture_default_str();
  cmd->add_option("--reference-date", o->reference_date,
                  "Day the list is checked against for future dates (default: today, UTC)");
  cmd->add_option("--from,-f", o->from, "Input kind: reference-list, csl-json, bibtex (default: detect)");
  cmd->add_option("--bib-strings", o->bib_strings, "A .bib file of @string macros (journal abbreviations) to read a .bib input with; repeatable");
  cmd->add_option("--language", o->list.language,
                  "Reference lists: the language of the edition they come from, e.g. es (default: from their wording)");
  cmd->add_flag("--repair-encoding", o->list.repair_encoding,
                "Reference lists garbled as a whole (UTF-8 read as Latin-1): check the repaired values, not the printed ones");
  cmd->add_option("--min-severity", o->min_severity, "Show only findings at least this severe: info, warning, error")
      ->capture_default_str();
  cmd->add_flag("--list-codes", o->list_codes, "List every diagnostic code with its severity and exit");
  return [cmd, o]() { return cmd->parsed() ? run_check(*o) : -1; };
}

}  // namespace citelib::cli
