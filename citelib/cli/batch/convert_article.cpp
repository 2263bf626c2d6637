#include "batch/convert_article.hpp"

#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace citelib::cli {

namespace {

// Fills text/body/id from a JSON Lines record {"id", "references", "body"}; returns an
// error message when the record is unusable.
std::string decode_record(Article& a, std::string& id, std::string& body) {
  nlohmann::json rec;
  try {
    rec = nlohmann::json::parse(a.text);
  } catch (const nlohmann::json::parse_error& e) {
    return "invalid JSON at column " + std::to_string(e.byte);
  }
  if (!rec.is_object()) return "a JSON Lines record must be an object";
  if (auto it = rec.find("id"); it != rec.end()) {
    if (it->is_string()) id = it->get<std::string>();
    else if (it->is_number_integer()) id = std::to_string(it->get<long long>());
  }
  auto refs = rec.find("references");
  if (refs == rec.end() || !refs->is_string()) return "the record has no \"references\" string";
  if (auto it = rec.find("body"); it != rec.end() && it->is_string()) body = it->get<std::string>();
  a.text = refs->get<std::string>();
  return {};
}

}  // namespace

ArticleResult convert_article(Article&& a, OutputWriter& writer, std::optional<InputKind> forced_kind) {
  ArticleResult r;
  r.index = a.index;
  r.name = a.name;
  r.id = a.name;
  r.out_stem = a.out_stem;
  if (!a.read_error.empty()) {
    r.failure = a.read_error;
    return r;
  }
  std::string body;
  if (a.is_jsonl_record) {
    std::string id;
    if (std::string err = decode_record(a, id, body); !err.empty()) {
      r.failure = err;
      return r;
    }
    if (!id.empty()) r.id = id;
    r.out_stem = id.empty() ? "line-" + std::to_string(a.jsonl_line) : id;
  }
  Result<SourceText> src = SourceText::from_bytes(a.is_jsonl_record ? r.id : a.name, std::move(a.text));
  if (!src) {
    r.failure = src.error().message;
    r.diagnostics = src.error().diagnostics;
    return r;
  }
  if (src->text().find_first_not_of(" \t\r\n") == std::string_view::npos) {
    r.failure = "empty input";
    return r;
  }
  Diagnostics diags;
  const InputKind kind = forced_kind ? *forced_kind : detect_input_kind(src->text());
  std::vector<Reference> refs;
  switch (kind) {
    case InputKind::reference_list: refs = read_reference_list(*src, {}, diags); break;
    case InputKind::csl_json: refs = read_csl_json(*src, diags); break;
    case InputKind::bibtex:
      r.failure = "BibTeX input is not supported by this build";
      return r;
  }
  if (refs.empty() && diags.has_errors()) {
    r.failure = format_diagnostic(*std::find_if(diags.begin(), diags.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::error; }));
    r.diagnostics = std::move(diags.items());
    return r;
  }
  r.references = refs.size();
  r.output = writer.write(refs, diags);
  r.diagnostics = std::move(diags.items());
  return r;
}

}  // namespace citelib::cli
