// citelib render --style S --items items.json [--citations c.json] [--mode M] [--format F]
// citelib csl-fixture FIXTURE.txt
#include "commands.hpp"
#include "input.hpp"

#include <citelib/csl/engine.hpp>
#include <citelib/csl/fixture.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/input_kind.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <unordered_set>

namespace citelib::cli {

namespace {

struct RenderOptions {
  std::string style;
  std::string items;
  std::string citations;
  std::string mode = "bibliography";
  std::string format = "text";
  std::string locale;
  unsigned jobs = 0;  ///< 0: one per core
};

std::optional<std::vector<Citation>> read_citations(const SourceText& src, Diagnostics& diags) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(src.text());
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    diags.report(DiagCode::json_syntax, &src, {at, at + 1}, {e.what()});
    return std::nullopt;
  }
  if (!j.is_array()) {
    diags.report(DiagCode::json_not_items, &src, {0, src.size()}, {j.type_name()});
    return std::nullopt;
  }
  auto text = [](const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return std::string{};
  };
  std::vector<Citation> out;
  for (const auto& c : j) {
    Citation cit;
    if (!c.is_object()) continue;
    cit.citation_id = text(c.value("citationID", nlohmann::json()));
    if (auto it = c.find("citationItems"); it != c.end() && it->is_array()) {
      for (const auto& ci : *it) {
        if (!ci.is_object()) continue;
        CitationItem item;
        item.id = text(ci.value("id", nlohmann::json()));
        item.locator = text(ci.value("locator", nlohmann::json()));
        item.label = text(ci.value("label", nlohmann::json()));
        item.prefix = text(ci.value("prefix", nlohmann::json()));
        item.suffix = text(ci.value("suffix", nlohmann::json()));
        item.suppress_author = ci.value("suppress-author", false);
        item.author_only = ci.value("author-only", false);
        cit.items.push_back(std::move(item));
      }
    }
    if (auto p = c.find("properties"); p != c.end() && p->is_object())
      cit.note_index = p->value("noteIndex", 0);
    out.push_back(std::move(cit));
  }
  return out;
}

int run_render(const RenderOptions& o) {
  Diagnostics diags;
  auto style = csl::load_style(o.style, diags);
  if (!style) {
    print_diagnostics(diags, Severity::info);
    return Exit::usage;
  }
  std::vector<Reference> refs;
  bool strict = true;
  {
    // The file text is dropped once read: its memory serves the rendering.
    auto items_src = SourceText::from_file(o.items);
    if (!items_src) {
      for (const auto& d : items_src.error().diagnostics) diags.add(d);
      print_diagnostics(diags, Severity::info);
      return Exit::usage;
    }
    // CSL-JSON, a .bib file or a pasted reference list, as `convert` detects them. A syntax
    // error voids a JSON file; a .bib file or a list keeps what could be read.
    const InputKind kind = detect_input_kind(o.items, items_src->text());
    strict = kind == InputKind::csl_json;
    refs = strict ? read_csl_json(*items_src, diags, o.jobs) : read_references(*items_src, kind, diags);
  }
  if (strict ? diags.has_errors() : refs.empty()) {
    print_diagnostics(diags, Severity::info);
    return Exit::usage;
  }
  if (o.format != "text" && o.format != "html") {
    fmt::print(stderr, "citelib render: unknown format '{}' (text, html)\n", o.format);
    return Exit::usage;
  }
  csl::EngineOptions options{o.locale, o.format == "html" ? csl::OutputFormat::html : csl::OutputFormat::text};
  options.jobs = o.jobs;
  csl::Engine engine(*style, options, diags);
  engine.set_references(std::move(refs));
  std::string out;
  if (o.mode == "bibliography") {
    // The document goes out as it is rendered, in blocks of about 64 KB: a 10,000-entry
    // bibliography is never held whole (nor copied as it grows). It ends with one newline.
    constexpr std::size_t block = std::size_t{1} << 16;
    out.reserve(block);
    char last = '\n';
    bool empty = true;
    engine.write_bibliography_document([&](std::string_view piece) {
      if (piece.empty()) return;
      out += piece;
      last = piece.back();
      empty = false;
      if (out.size() >= block) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    });
    if (empty || last != '\n') out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    print_diagnostics(diags, Severity::warning);
    return diags.count(Severity::warning) + diags.count(Severity::error) > 0 ? Exit::findings : Exit::ok;
  } else if (o.mode == "citations") {
    std::vector<Citation> citations;
    if (o.citations.empty()) {
      for (const auto& id : engine.bibliography_order()) {
        Citation c;
        c.items.push_back(CitationItem{id, {}, {}, {}, {}, false, false, std::nullopt, false});
        citations.push_back(std::move(c));
      }
    } else {
      auto src = SourceText::from_file(o.citations);
      if (!src) {
        for (const auto& d : src.error().diagnostics) diags.add(d);
        print_diagnostics(diags, Severity::info);
        return Exit::usage;
      }
      auto cits = read_citations(*src, diags);
      if (!cits) {
        print_diagnostics(diags, Severity::info);
        return Exit::usage;
      }
      citations = std::move(*cits);
    }
    std::unordered_set<std::string_view> ids;
    for (const auto& r : engine.references()) ids.insert(r.id);
    for (const Citation& c : citations)
      for (const CitationItem& ci : c.items) {
        if (!ids.contains(ci.id)) {
          Diagnostic d = make_diagnostic(DiagCode::csl_unknown_reference, {ci.id});
          d.file = o.citations;
          diags.add(d);
        }
      }
    engine.order_references_by_citations(citations);
    for (const std::string& line : engine.render_citations(citations)) {
      out += line;
      out += '\n';
    }
    if (!out.empty()) out.pop_back();
  } else {
    fmt::print(stderr, "citelib render: unknown mode '{}' (bibliography, citations)\n", o.mode);
    return Exit::usage;
  }
  print_diagnostics(diags, Severity::warning);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return diags.count(Severity::warning) + diags.count(Severity::error) > 0 ? Exit::findings : Exit::ok;
}

int run_fixture_cmd(const std::string& path) {
  auto src = SourceText::from_file(path);
  if (!src) {
    Diagnostics d;
    for (const auto& x : src.error().diagnostics) d.add(x);
    print_diagnostics(d, Severity::info);
    return Exit::usage;
  }
  auto fx = csl::parse_fixture(*src);
  Diagnostics diags;
  if (!fx) {
    for (const auto& x : fx.error().diagnostics) diags.add(x);
    print_diagnostics(diags, Severity::info);
    return Exit::usage;
  }
  auto out = csl::run_fixture(*fx, diags);
  print_diagnostics(diags, Severity::warning);
  if (!out) return Exit::findings;
  const std::string text = csl::normalize_fixture_output(*out);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fputc('\n', stdout);
  return Exit::ok;
}

}  // namespace

Runner register_render(CLI::App& app) {
  auto o = std::make_shared<RenderOptions>();
  CLI::App* cmd = app.add_subcommand("render", "Render CSL-JSON items with a CSL style");
  cmd->add_option("--style,-s", o->style, "Style name (on the style path) or .csl file")->required();
  cmd->add_option("--items,-i", o->items, "The references: CSL-JSON, a .bib file or a pasted reference list (detected)")->required();
  cmd->add_option("--citations,-c", o->citations, "Citations file (CSL citation JSON array)");
  cmd->add_option("--mode,-m", o->mode, "bibliography or citations")->capture_default_str();
  cmd->add_option("--format,-f", o->format, "text or html")->capture_default_str();
  cmd->add_option("--locale,-l", o->locale, "Locale (xx-XX); default: the style's");
  cmd->add_option("--jobs,-j", o->jobs, "Threads reading the items and rendering the bibliography (default: number of cores; the output is the same)");
  return [cmd, o]() { return cmd->parsed() ? run_render(*o) : -1; };
}

Runner register_csl_fixture(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("csl-fixture", "Run one CSL test-suite fixture and print the output");
  cmd->add_option("fixture", *path, "Fixture file (.txt)")->required();
  return [cmd, path]() { return cmd->parsed() ? run_fixture_cmd(*path) : -1; };
}

}  // namespace citelib::cli
