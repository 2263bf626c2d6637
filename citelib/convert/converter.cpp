#include <citelib/checks/checks.hpp>
#include <citelib/convert.hpp>
#include <citelib/csl/engine.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/writers/csl_json.hpp>
#include <citelib/writers/diagnostics_json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace citelib {

namespace {

constexpr std::array kFormats = {
    OutputFormatInfo{"csl-json", ".json", true},
    OutputFormatInfo{"text", ".txt", false},
    OutputFormatInfo{"html", ".html", false},
    OutputFormatInfo{"biblatex", ".bib", false},
    OutputFormatInfo{"bibtex", ".bib", false},
};

class CslJsonConverter final : public Converter {
 public:
  CslJsonConverter(const ConvertOptions& o, OutputFormatInfo f) : Converter(o, f) {
    json_.indent = o.compact ? -1 : 2;
  }
  std::string write(std::span<const Reference> refs, Diagnostics&) override { return write_csl_json(refs, json_); }

 private:
  CslJsonOptions json_;
};

class BibConverter final : public Converter {
 public:
  BibConverter(const ConvertOptions& o, OutputFormatInfo f) : Converter(o, f), bib_(o.bibtex) {
    bib_.dialect = f.name == "bibtex" ? BibDialect::bibtex : BibDialect::biblatex;
  }
  std::string write(std::span<const Reference> refs, Diagnostics& diagnostics) override {
    return write_bibtex(refs, bib_, diagnostics);
  }

 private:
  BibOptions bib_;
};

// A bibliography rendered through the CSL engine. The style is parsed once per converter
// (that is, per worker thread); each write registers that input's references afresh.
class CslConverter final : public Converter {
 public:
  CslConverter(const ConvertOptions& o, OutputFormatInfo f, std::shared_ptr<const csl::Style> style)
      : Converter(o, f), style_(std::move(style)) {}
  std::string write(std::span<const Reference> refs, Diagnostics& diagnostics) override {
    csl::EngineOptions eo{options().locale, format().name == "html" ? csl::OutputFormat::html
                                                                    : csl::OutputFormat::text};
    // Pasted lists rarely say which language a title is in.
    eo.guess_title_language = true;
    csl::Engine engine(style_, eo, diagnostics);
    engine.set_references(std::vector<Reference>(refs.begin(), refs.end()));
    std::string out = engine.bibliography_document();
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

 private:
  std::shared_ptr<const csl::Style> style_;
};

constexpr std::string_view kDefaultStyle = "apa";

}  // namespace

std::optional<OutputFormatInfo> find_output_format(std::string_view name) {
  if (name == "json") name = "csl-json";
  for (const OutputFormatInfo& f : kFormats)
    if (f.name == name) return f;
  return std::nullopt;
}

std::string output_format_names() {
  std::string out;
  for (const OutputFormatInfo& f : kFormats) {
    if (!out.empty()) out += ", ";
    out += f.name;
  }
  return out;
}

std::unique_ptr<Converter> Converter::create(const ConvertOptions& options, std::string& error) {
  const auto format = find_output_format(options.to);
  if (!format) {
    error = "unknown output format '" + options.to + "' (" + output_format_names() + ")";
    return nullptr;
  }
  if (format->name == "csl-json") return std::make_unique<CslJsonConverter>(options, *format);
  if (format->name == "bibtex" || format->name == "biblatex") return std::make_unique<BibConverter>(options, *format);
  if (format->name == "text" || format->name == "html") {
    Diagnostics d;
    auto style = csl::load_style(options.style.empty() ? kDefaultStyle : std::string_view(options.style), d);
    if (!style) {
      error = style.error().message;
      for (const Diagnostic& diag : style.error().diagnostics) error += "\n  " + format_diagnostic(diag);
      return nullptr;
    }
    return std::make_unique<CslConverter>(options, *format, std::move(*style));
  }
  error = "output format '" + options.to + "' is not available";
  return nullptr;
}

Conversion Converter::convert(std::string name, std::string bytes, std::string body) {
  Conversion c;
  Diagnostics diags;
  InputRead in = read_input(std::move(name), std::move(bytes), options_.from, diags);
  // Converting nothing is almost always a mistake (an empty file in a batch): a failure.
  if (in.failure.empty() && in.references.empty() && in.source && in.source->text().find_first_not_of(" \t\r\n") == std::string_view::npos)
    in.failure = "empty input";
  if (in.failure.empty()) {
    c.references = in.references.size();
    if (options_.check) {
      check_references(in.references, &*in.source, {}, diags);
      if (!body.empty())
        check_body(in.references, &*in.source, SourceText(std::string(in.source->name()) + ".body", std::move(body)),
                   {}, diags);
    }
    c.output = write(in.references, diags);
  } else {
    c.failure = std::move(in.failure);
  }
  c.diagnostics = std::move(diags.items());
  return c;
}

std::string parse_jsonl_record(std::string_view line, JsonlRecord& out) {
  nlohmann::json rec;
  try {
    rec = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return "invalid JSON at column " + std::to_string(e.byte);
  }
  if (!rec.is_object()) return "a JSON Lines record must be an object";
  if (auto it = rec.find("id"); it != rec.end()) {
    if (it->is_string()) out.id = it->get<std::string>();
    else if (it->is_number_integer()) out.id = std::to_string(it->get<long long>());
  }
  auto refs = rec.find("references");
  if (refs == rec.end() || !refs->is_string()) return "the record has no \"references\" string";
  if (auto it = rec.find("body"); it != rec.end() && it->is_string()) out.body = it->get<std::string>();
  out.references = refs->get<std::string>();
  return {};
}

std::string jsonl_output_record(std::string_view id, const Conversion& c, const OutputFormatInfo& format) {
  using nlohmann::json;
  const auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  std::string rec = "{\"id\":" + dump(json(id)) + ",\"references\":" + std::to_string(c.references);
  if (c.ok()) {
    // JSON output is spliced in as it is (no re-parse): this runs once per article of a batch.
    std::string_view out = c.output;
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.remove_suffix(1);
    if (!format.is_json) {
      rec += ",\"output\":" + dump(json(out));
    } else if (!out.empty() && out.find('\n') == std::string_view::npos) {
      rec += ",\"items\":";
      rec += out;
    } else {
      // Indented JSON would break the one-record-per-line format: re-serialise it compactly.
      json items = json::parse(out, nullptr, false);
      rec += ",\"items\":" + (items.is_discarded() ? dump(json(out)) : dump(items));
    }
  } else {
    rec += ",\"error\":" + dump(json(c.failure));
  }
  rec += ",\"diagnostics\":" + write_diagnostics_json(c.diagnostics, -1) + "}";
  return rec;
}

std::string Converter::convert_jsonl_record(std::string_view line, std::string_view source) {
  JsonlRecord rec;
  Conversion c;
  std::string id(source);
  if (std::string err = parse_jsonl_record(line, rec); !err.empty()) {
    c.failure = err;
  } else {
    if (!rec.id.empty()) id = rec.id;
    c = convert(id, std::move(rec.references), std::move(rec.body));
  }
  return jsonl_output_record(id, c, format_);
}

}  // namespace citelib
